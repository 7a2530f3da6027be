"""Side-by-side benchmarks of the generated client against the official Alibaba SDKs.

Run with ``make bench`` (or ``python benchmarks/run.py``). Benchmarks are not tests: they
live here, in their own virtual environment ``.bench-venv/``, and report figures, never
pass or fail a build.
"""
