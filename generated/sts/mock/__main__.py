"""``python -m generated.sts.mock``: run the offline server until Ctrl-C.

Generated from spec/sts/2015-04-01/service.yaml; do not edit.
"""

import sys

from .._mock.cli import main
from . import MockServer

if __name__ == "__main__":
    sys.exit(main(MockServer))
