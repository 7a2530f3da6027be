"""Example tests of sts; generated, do not edit."""
