"""``python -m generated.cs.mock``: run the offline server until Ctrl-C.

Generated from spec/cs/2015-12-15/service.yaml; do not edit.
"""

import sys

from .._mock.cli import main
from . import MockServer

if __name__ == "__main__":
    sys.exit(main(MockServer))
