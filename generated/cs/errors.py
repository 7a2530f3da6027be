"""Errors raised by the Container Service for Kubernetes clients.

Every error derives from ``ApiError``. Catch ``ServiceError`` for answers of the service
(``code``, ``message``, ``request_id``), ``ThrottlingError`` for throttling,
``TransportError`` for network failures, ``RequestValidationError`` for arguments refused
before sending, and ``ResponseParseError`` for answers that are not the documented shape.

Generated from spec/cs/2015-12-15/service.yaml; do not edit.
"""

from ._runtime.errors import (
    ApiError as ApiError,
    ConfigurationError as ConfigurationError,
    CredentialsError as CredentialsError,
    PaginationError as PaginationError,
    RequestValidationError as RequestValidationError,
    ResponseParseError as ResponseParseError,
    ResponseValidationError as ResponseValidationError,
    ServiceError as ServiceError,
    ThrottlingError as ThrottlingError,
    TransportError as TransportError,
    TransportTimeoutError as TransportTimeoutError,
    UnknownVariantError as UnknownVariantError,
    Violation as Violation,
    WaiterError as WaiterError,
    WaiterFailedError as WaiterFailedError,
    WaiterTimeoutError as WaiterTimeoutError,
    is_throttling_code as is_throttling_code,
)

__all__ = [
    "ApiError",
    "ConfigurationError",
    "CredentialsError",
    "PaginationError",
    "RequestValidationError",
    "ResponseParseError",
    "ResponseValidationError",
    "ServiceError",
    "ThrottlingError",
    "TransportError",
    "TransportTimeoutError",
    "UnknownVariantError",
    "Violation",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
    "is_throttling_code",
]
