"""``python -m generated.vod``: the command line of ApsaraVideo VOD.

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""

from .cli import main

raise SystemExit(main())
