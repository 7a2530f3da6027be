"""``python -m generated.vod.mock``: run the offline server until Ctrl-C.

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""

import sys

from .._mock.cli import main
from . import MockServer

if __name__ == "__main__":
    sys.exit(main(MockServer))
