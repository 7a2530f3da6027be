"""Tests generated from the specs' examples; do not edit."""
