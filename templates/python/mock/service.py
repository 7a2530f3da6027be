"""The service's side of one request, free of sockets: check, route, validate, answer.

``Dispatcher.handle`` turns an ``IncomingRequest`` into a ``Reply``. The generated
``mock`` package supplies the ``MockService``: its actions, how each reads its parameters
back from the query, its validators, its documented answers and its error messages.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from .._runtime.errors import Violation
from .anonymous import anonymous_identity
from .auth import AuthError, Identity, IncomingRequest, NonceStore, verify
from .paging import MockPaging, PageTokenError, page_data
from .replies import (
    CONTENT_TYPES,
    data_body,
    documented_data,
    error_body,
    new_request_id,
    success_body,
)

__all__ = [
    "AnswersRequests",
    "DocumentedError",
    "ServesDocumentedErrors",
    "ServiceTable",
    "DEFAULT_ERRORS",
    "ErrorTemplate",
    "MockAction",
    "MockService",
    "Reply",
    "Dispatcher",
    "response_format_of",
]


@dataclass(frozen=True)
class ErrorTemplate:
    """HTTP status and message of an error code; ``{parameter}`` names the parameter."""

    http_status: int
    message: str


def load_errors(path: Path) -> dict[str, ErrorTemplate]:
    """The documented errors a generated server lists in its ``errors.json``: each
    code's ``[http_status, message]``."""
    with open(path, encoding="utf-8") as file:
        listed = json.load(file)
    return {
        code: ErrorTemplate(int(status), str(message))
        for code, (status, message) in listed.items()
    }


# Used when the spec does not document a code the server answers with.
DEFAULT_ERRORS: Mapping[str, ErrorTemplate] = {
    "MissingParameter": ErrorTemplate(
        400,
        'The input parameter "{parameter}" that is mandatory for processing this'
        " request is not supplied.",
    ),
    "InvalidParameter": ErrorTemplate(
        400, 'The specified parameter "{parameter}" is not valid.'
    ),
    "SignatureDoesNotMatch": ErrorTemplate(
        400, "Specified signature is not matched with our calculation."
    ),
    "IncompleteSignature": ErrorTemplate(
        400, "The request signature does not conform to Aliyun standards."
    ),
    "InvalidAccessKeyId.NotFound": ErrorTemplate(
        404, "Specified access key is not found."
    ),
    "SignatureNonceUsed": ErrorTemplate(
        400, "Specified signature nonce was used already."
    ),
    "InvalidTimeStamp.Expired": ErrorTemplate(
        400, "Specified time stamp or date value is expired."
    ),
    "InvalidTimeStamp.Format": ErrorTemplate(
        400, "Specified time stamp or date value is not well formatted."
    ),
    "InvalidVersion": ErrorTemplate(400, 'Specified parameter "Version" is not valid.'),
    "InvalidAction.NotFound": ErrorTemplate(
        404, "Specified api is not found, please check your url and method."
    ),
    "Throttling.User": ErrorTemplate(
        503, "Request was denied due to user flow control."
    ),
    "InternalError": ErrorTemplate(
        500,
        "The request processing has failed due to some unknown error, exception or"
        " failure.",
    ),
}


@dataclass(frozen=True)
class DocumentedError:
    """An error example of the spec, served verbatim when a test asks for it by name."""

    http_status: int
    format: str  # json | xml
    code: str
    body: str
    request_id: str | None = None

    def reply(self, action: str | None) -> Reply:
        request_id = self.request_id or new_request_id()
        return Reply(
            status=self.http_status,
            headers={
                "content-type": CONTENT_TYPES.get(self.format, CONTENT_TYPES["json"]),
                "x-acs-request-id": request_id,
            },
            body=self.body.encode(),
            request_id=request_id,
            action=action,
            code=self.code,
        )


def documented_error(
    tables: Sequence[tuple[str, Mapping[str, DocumentedError]]],
    name: str,
    preferred: str | None,
) -> Reply:
    """The error example ``name`` of the operation ``preferred`` (the one the request
    calls), else of the first operation that documents one by that name."""
    for action, examples in tables:
        if action == preferred and name in examples:
            return examples[name].reply(action)
    for action, examples in tables:
        if name in examples:
            return examples[name].reply(action)
    raise KeyError(name)


def error_example_names(
    tables: Sequence[tuple[str, Mapping[str, DocumentedError]]],
) -> list[str]:
    """Every error example name, sorted, once each."""
    return sorted({name for _, examples in tables for name in examples})


@dataclass(frozen=True)
class MockAction:
    """One operation as the server sees it; generated from the spec."""

    action: str
    # query parameters (common ones removed) -> wire-shaped data for the validator
    read: Callable[[Mapping[str, str]], dict[str, Any]]
    validate: Callable[[Any], list[Violation]]
    # member wire name -> the query name it travels under, where the two differ
    query_names: Mapping[str, str]
    # member wire names a request must carry
    required: tuple[str, ...]
    json_example: str | None
    xml_example: str | None
    xml_shape: Any
    root_tag: str
    # The spec's error examples by name, for ``MockServer.fail(example=...)``.
    error_examples: Mapping[str, DocumentedError] = field(default_factory=dict)
    # Set for a paged operation: later pages continue the documented one.
    paging: MockPaging | None = None
    # Served unsigned (STS's AssumeRoleWithOIDC): see ``anonymous``.
    anonymous: bool = False
    # Query names of the parameters the spec marks secret: read, then never kept.
    secret: frozenset[str] = frozenset()


class AnswersRequests(Protocol):
    """What the HTTP server needs of a protocol's dispatcher."""

    def handle(self, request: IncomingRequest) -> Reply: ...

    def error(
        self,
        code: str,
        response_format: str,
        *,
        status: int | None = None,
        message: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Reply: ...


@runtime_checkable
class ServesDocumentedErrors(Protocol):
    """A dispatcher that can answer with the spec's own error examples by name."""

    def error_example_names(self) -> list[str]: ...

    def documented_error(self, request: IncomingRequest, name: str) -> Reply: ...


class ServiceTable(Protocol):
    """A generated service table: it makes the dispatcher of its protocol."""

    @property
    def product(self) -> str: ...

    @property
    def api_version(self) -> str: ...

    def dispatcher(
        self,
        credentials: Mapping[str, str],
        *,
        clock: Callable[[], float] = ...,
        nonces: NonceStore | None = None,
    ) -> AnswersRequests: ...


@dataclass(frozen=True)
class MockService:
    product: str
    api_version: str
    host_id: str
    actions: Mapping[str, MockAction]
    errors: Mapping[str, ErrorTemplate] = field(default_factory=dict)

    def dispatcher(
        self,
        credentials: Mapping[str, str],
        *,
        clock: Callable[[], float] = time.time,
        nonces: NonceStore | None = None,
    ) -> Dispatcher:
        return Dispatcher(self, credentials, clock=clock, nonces=nonces)

    def error_template(self, code: str) -> ErrorTemplate:
        return (
            self.errors.get(code)
            or DEFAULT_ERRORS.get(code)
            or ErrorTemplate(400, f"{code}.")
        )


@dataclass(frozen=True)
class Reply:
    """An answer to send, with what the log line and the request record need."""

    status: int
    headers: dict[str, str]
    body: bytes
    request_id: str
    action: str | None = None
    code: str | None = None
    identity: Identity | None = None


def response_format_of(request: IncomingRequest) -> str:
    """``json`` or ``xml``, from the ``Format`` parameter (JSON when absent or unknown)."""
    value = request.parameters().get("Format", "")
    return "xml" if value.lower() == "xml" else "json"


class Dispatcher:
    """Answers requests for one service; thread-safe (its nonce store locks)."""

    def __init__(
        self,
        service: MockService,
        credentials: Mapping[str, str],
        *,
        clock: Callable[[], float] = time.time,
        nonces: NonceStore | None = None,
    ) -> None:
        self.service = service
        self._credentials = dict(credentials)
        self._clock = clock
        self._nonces = nonces if nonces is not None else NonceStore()
        self._anonymous = frozenset(
            name for name, action in service.actions.items() if action.anonymous
        )

    def __repr__(self) -> str:
        return f"Dispatcher({self.service.product} {self.service.api_version})"

    def _error_tables(self) -> list[tuple[str, Mapping[str, DocumentedError]]]:
        return [(a.action, a.error_examples) for a in self.service.actions.values()]

    def error_example_names(self) -> list[str]:
        return error_example_names(self._error_tables())

    def documented_error(self, request: IncomingRequest, name: str) -> Reply:
        """The spec's error example ``name``, preferring the requested action's."""
        action = request.parameters().get("Action")
        return documented_error(self._error_tables(), name, action)

    def error(
        self,
        code: str,
        response_format: str,
        *,
        detail: str | None = None,
        parameter: str | None = None,
        status: int | None = None,
        message: str | None = None,
        action: str | None = None,
        headers: Mapping[str, str] | None = None,
        identity: Identity | None = None,
    ) -> Reply:
        """An error answer in Alibaba's format."""
        template = self.service.error_template(code)
        text = message or template.message.replace("{parameter}", parameter or "")
        if detail:
            text = f"{text} ({detail})"
        request_id = new_request_id()
        fields = {
            "RequestId": request_id,
            "HostId": self.service.host_id,
            "Code": code,
            "Message": text,
            "Recommend": "https://next.api.aliyun.com/troubleshoot"
            f"?q={code}&product={self.service.product}",
        }
        return Reply(
            status=status or template.http_status,
            headers={
                "content-type": CONTENT_TYPES[response_format],
                "x-acs-request-id": request_id,
                **(headers or {}),
            },
            body=error_body(fields, response_format),
            request_id=request_id,
            action=action,
            code=code,
            identity=identity,
        )

    def handle(self, request: IncomingRequest) -> Reply:
        response_format = response_format_of(request)
        try:
            identity = anonymous_identity(
                request, self._anonymous, now=self._clock(), nonces=self._nonces
            ) or verify(
                request, self._credentials, now=self._clock(), nonces=self._nonces
            )
        except AuthError as refused:
            return self.error(refused.code, response_format, detail=refused.detail)
        # Every reply from here on carries the identity into the request record: with
        # the operation's secret parameters hidden once they are read.
        params = identity.params
        known = self.service.actions.get(identity.action or "")
        if known is not None:
            identity = identity.hiding(known.secret)
        fail = self._refusal(identity, response_format)
        if fail is not None:
            return fail
        assert identity.action is not None
        action = self.service.actions[identity.action]
        data = action.read(params)
        for member in action.required:
            if member not in data:
                return self.error(
                    "MissingParameter",
                    response_format,
                    parameter=action.query_names.get(member, member),
                    action=action.action,
                    identity=identity,
                )
        violations = action.validate(data)
        if violations:
            first = violations[0]
            member = first.path.split("/")[1] if first.path.count("/") else ""
            return self.error(
                "InvalidParameter",
                response_format,
                parameter=action.query_names.get(member, member or "request"),
                detail=str(first),
                action=action.action,
                identity=identity,
            )
        request_id = new_request_id()
        page = None
        if action.paging is not None:
            documented = documented_data(
                json_example=action.json_example,
                xml_example=action.xml_example,
                xml_shape=action.xml_shape,
            )
            try:
                page = page_data(action.paging, data, documented)
            except PageTokenError:
                token = action.paging.request_token or ""
                return self.error(
                    "InvalidParameter",
                    response_format,
                    parameter=action.query_names.get(token, token),
                    detail="no page has this token",
                    action=action.action,
                    identity=identity,
                )
        if page is not None:
            body = data_body(
                page,
                root_tag=action.root_tag,
                request_id=request_id,
                response_format=response_format,
            )
        else:
            body = success_body(
                json_example=action.json_example,
                xml_example=action.xml_example,
                xml_shape=action.xml_shape,
                root_tag=action.root_tag,
                request_id=request_id,
                response_format=response_format,
            )
        return Reply(
            status=200,
            headers={
                "content-type": CONTENT_TYPES[response_format],
                "x-acs-request-id": request_id,
            },
            body=body,
            request_id=request_id,
            action=action.action,
            identity=identity,
        )

    def _refusal(self, identity: Identity, response_format: str) -> Reply | None:
        """An error for a missing or unknown action or version, else None."""
        if not identity.action:
            return self.error(
                "MissingParameter",
                response_format,
                parameter="Action",
                identity=identity,
            )
        if not identity.api_version:
            return self.error(
                "MissingParameter",
                response_format,
                parameter="Version",
                action=identity.action,
                identity=identity,
            )
        if identity.api_version != self.service.api_version:
            return self.error(
                "InvalidVersion",
                response_format,
                detail=f"this server speaks {self.service.api_version}",
                action=identity.action,
                identity=identity,
            )
        if identity.action not in self.service.actions:
            return self.error(
                "InvalidAction.NotFound",
                response_format,
                detail=f"no action {identity.action!r}",
                action=identity.action,
                identity=identity,
            )
        return None
