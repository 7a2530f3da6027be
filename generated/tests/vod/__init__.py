"""Example tests of vod; generated, do not edit."""
