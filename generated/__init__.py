"""Generated API clients: vod.

Everything under this folder is written by ``python -m generator generate``; do not edit.
"""
