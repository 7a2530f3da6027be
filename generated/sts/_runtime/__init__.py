"""Protocol runtime of a generated client: written once, copied into every package.

Nothing here is specific to one operation; generated modules import what they need.
"""
