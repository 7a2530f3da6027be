"""Validators of every Security Token Service operation, one module each.

Each module offers ``validate_request(data)`` and ``validate_response(data)`` (every
violation) and ``is_valid_request(data)`` and ``is_valid_response(data)``; import the
operation's module (``from generated.sts._sts.validators import assume_role``).

Generated from spec/sts/2015-04-01/service.yaml; do not edit.
"""
