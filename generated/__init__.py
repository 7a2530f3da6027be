"""Generated API clients: cs, sts, vod.

Everything under this folder is written by ``python -m generator generate``; do not edit.
"""
