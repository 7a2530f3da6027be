"""Generated API clients: cs, vod.

Everything under this folder is written by ``python -m generator generate``; do not edit.
"""
