"""The spec checks that a schema cannot say, one service at a time (``ServiceChecker``).

Split by what they look at: ``shapes`` (type nodes), ``examples`` (examples against
their shapes) and ``service`` (the service file, its protocol and its operations), over
``common`` (the state they share). Protocol-specific rules come from each protocol's
binding (``generator.protocols``).
"""
