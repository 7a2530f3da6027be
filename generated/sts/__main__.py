"""``python -m generated.sts``: the command line of Security Token Service.

Generated from spec/sts/2015-04-01/service.yaml; do not edit.
"""

from .cli import main

raise SystemExit(main())
