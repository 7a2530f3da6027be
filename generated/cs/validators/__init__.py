"""Validators of every Container Service for Kubernetes operation, one module each.

Each module offers ``validate_request(data)`` and ``validate_response(data)`` (every
violation) and ``is_valid_request(data)`` and ``is_valid_response(data)``; import the
operation's module (``from generated.cs.validators import delete_cluster``).

Generated from spec/cs/2015-12-15/service.yaml; do not edit.
"""
