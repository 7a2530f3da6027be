"""Example tests of cs; generated, do not edit."""
