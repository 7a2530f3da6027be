"""``python -m generated.cs``: the command line of Container Service for Kubernetes.

Generated from spec/cs/2015-12-15/service.yaml; do not edit.
"""

from .cli import main

raise SystemExit(main())
