"""Validators of every ApsaraVideo VOD operation, one module each.

Each module offers ``validate_request(data)`` and ``validate_response(data)`` (every
violation) and ``is_valid_request(data)`` and ``is_valid_response(data)``; import the
operation's module (``from generated.vod.validators import get_ai_image_jobs``).

Generated from spec/vod/2017-03-21/service.yaml; do not edit.
"""
