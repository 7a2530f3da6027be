"""Operations of ROA (RESTful) products: a method and path each, parameters in the path,
query, headers or body, and answers that may be an object, a list, a string or nothing.

Everything else (types, texts, examples, error codes, names) is read as for RPC; this
module only supplies what differs, through the hooks of :class:`OperationImporter`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..protocols.alibaba_roa import METHODS as ROA_METHODS
from ..protocols.alibaba_roa import default_style, path_variables
from .notes import Category
from .operations import Context, OperationImporter, spec_name, spec_style
from .roa_body import body_members
from .shapes import ShapeConverter, ordered, text

PROTOCOL = "alibaba-roa"
# The member that holds an answer which is not an object with members.
PAYLOAD_MEMBER = "body"
_PATH_TEMPLATE = re.compile(
    r"^/([A-Za-z0-9._~!$&'()*+,;=:@%-]|\{[A-Za-z_][A-Za-z0-9_.-]*\}|/)*$"
)
_SCALARS = ("string", "integer", "number", "boolean")
_PAYLOAD_KINDS = ("array", "string", "map", "object")
_FORM = "application/x-www-form-urlencoded"


def service_binding(schemes: list[str]) -> dict[str, Any]:
    """The service's ``alibaba-roa`` section: both signatures, V3 by default."""
    return {
        PROTOCOL: {
            "schemes": schemes,
            "signature_versions": ["v1", "v3"],
            "default_signature_version": "v3",
        }
    }


class RoaOperationImporter(OperationImporter):
    # ROA answers are JSON; the metadata's XML renderings of them are not sent.
    example_formats = ("json",)
    foreign_keys: frozenset[str] = frozenset()

    def __init__(self, raw_name: str, api: Mapping[str, Any], context: Context) -> None:
        super().__init__(raw_name, api, context)
        path = api.get("path")
        self.path = path if isinstance(path, str) else ""
        self.variables = path_variables(self.path)
        self.form_body = False
        self.payload_answer = False
        raw = api.get("parameters")
        # Names of path, query and header parameters: body fields must not take them.
        self.plain_names = {
            parameter["name"]
            for parameter in (raw if isinstance(raw, list) else [])
            if isinstance(parameter, Mapping)
            and isinstance(parameter.get("name"), str)
            and parameter.get("in") != "body"
        }

    # -- request ---------------------------------------------------------------------------

    def _methods(self) -> tuple[str, ...]:
        """The one method the client sends (and the path is checked here too)."""
        if not _PATH_TEMPLATE.match(self.path):
            self.notes.add(
                "/path",
                Category.BINDING,
                f"path {self.path!r} is missing or not a usable path template",
                fatal=True,
            )
        self._content_types()
        raw = self.api.get("methods")
        given = [
            str(item).strip().upper() for item in (raw if isinstance(raw, list) else [])
        ]
        usable = [item for item in given if item in ROA_METHODS]
        for item in given:
            if item not in ROA_METHODS:
                self.notes.add(
                    "/methods",
                    Category.BINDING,
                    f"method {item!r} cannot be expressed; ignored",
                )
        if not usable:
            self.notes.add(
                "/methods",
                Category.BINDING,
                "no HTTP method the protocol can use",
                fatal=True,
            )
            return ()
        if len(usable) > 1:
            self.notes.add(
                "/methods",
                Category.BINDING,
                f"the operation accepts {' and '.join(usable)}; the client sends"
                f" {usable[0]}, the first listed",
            )
        return (usable[0],)

    def _content_types(self) -> None:
        consumes = self.api.get("consumes")
        kinds = [str(item) for item in consumes] if isinstance(consumes, list) else []
        if kinds and all(item == _FORM for item in kinds):
            self.form_body = True
        elif kinds and "application/json" not in kinds:
            self.notes.add(
                "/consumes",
                Category.BINDING,
                f"request body type {', '.join(kinds)} cannot be expressed; a body is"
                " sent as JSON",
            )
        produces = self.api.get("produces")
        answers = [str(item) for item in produces] if isinstance(produces, list) else []
        if answers and "application/json" not in answers:
            self.notes.add(
                "/produces",
                Category.BINDING,
                f"answer type {', '.join(answers)} cannot be expressed; read as JSON",
            )

    def _add_parameter(
        self,
        name: str,
        parameter: Mapping[str, Any],
        pointer: str,
        converter: ShapeConverter,
        members: dict[str, Any],
        bindings: dict[str, dict[str, str]],
    ) -> None:
        location = parameter.get("in")
        if location == "body":
            found = body_members(
                name,
                parameter,
                pointer,
                converter,
                self.context.schemas,
                self.plain_names | set(members),
                self.notes,
            )
            for field in found or []:
                members[field.name] = field.node
                bindings[field.name] = field.settings
            return
        if location not in (None, "path", "query", "header", "formData"):
            self.notes.add(
                pointer,
                Category.LOCATION,
                f"parameter location {location!r} cannot be expressed for {PROTOCOL}",
                fatal=True,
            )
            return
        member = converter.member(parameter.get("schema"), pointer)
        if member is None:
            return
        kind = (self.context.resolve(member) or {}).get("type")
        settings: dict[str, str] = {}
        if location == "path":
            if not self._path_member(name, member, kind, pointer):
                return
        elif location == "formData":
            self.form_body = True
            settings["in"] = "body"
        else:
            if location == "header":
                settings["in"] = "header"
            style = self._roa_style(parameter.get("style"), member, kind, pointer)
            if style is False:
                return
            if isinstance(style, str):
                settings["style"] = style
        members[name] = member
        if settings:
            bindings[name] = settings

    def _path_member(
        self, name: str, member: dict[str, Any], kind: Any, pointer: str
    ) -> bool:
        if name not in self.variables:
            self.notes.add(
                pointer,
                Category.LOCATION,
                f"a path parameter, but the path {self.path!r} has no '{{{name}}}'",
                fatal=True,
            )
            return False
        if kind not in _SCALARS:
            self.notes.add(
                pointer,
                Category.UNSUPPORTED_TYPE,
                f"a path parameter must be a single value, not {kind}",
                fatal=True,
            )
            return False
        if member.get("required") is not True:
            member["required"] = True
            self.notes.add(
                pointer,
                Category.REQUIRED,
                "declared optional, but the path cannot be built without it;"
                " kept required: true",
            )
        return True

    def _roa_style(
        self, style: Any, member: Mapping[str, Any], kind: Any, pointer: str
    ) -> str | None | bool:
        """A query or header style: ``None`` for the protocol's default, or ``False``."""
        if style is None:
            return None
        items = (self.context.resolve(member) or {}).get("items")
        item_node = self.context.resolve(items) if isinstance(items, Mapping) else None
        chosen = spec_style(style, kind, item_node.get("type") if item_node else None)
        if chosen is False:
            self.notes.add(
                pointer,
                Category.UNSUPPORTED_STYLE,
                f"unsupported style {style!r} for a {kind}",
                fatal=True,
            )
            return False
        default = default_style(kind if isinstance(kind, str) else None)
        return None if chosen == default or chosen is None else chosen

    def _unsigned(self, security: object) -> bool:
        # Every ROA request is signed: an unsigned scheme stays a note.
        return False

    def _binding(
        self, methods: tuple[str, ...], parameters: dict[str, dict[str, str]]
    ) -> dict[str, Any]:
        binding: dict[str, Any] = {"method": methods[0], "path": self.path}
        if spec_name(self.raw_name) != self.raw_name:
            binding["action"] = self.raw_name
        if self.form_body and any(
            settings.get("in") == "body" for settings in parameters.values()
        ):
            binding["body"] = "form"
        if parameters:
            binding["parameters"] = parameters
        if self.payload_answer:
            binding["response"] = {"payload": PAYLOAD_MEMBER}
        return {PROTOCOL: binding}

    # -- answer ----------------------------------------------------------------------------

    def _output(self) -> dict[str, Any] | None:
        schema = self._response_schema()
        if schema is None:
            self.notes.add(
                "/responses",
                Category.RESPONSE,
                "no success response schema; the answer is only its HTTP status",
            )
            return {"members": {}}
        node = self._response_node(schema)
        kind = node.get("type") if node is not None else None
        if node is not None and kind == "object" and node.get("members"):
            return self._object_output(schema, node)
        if node is None or kind not in _PAYLOAD_KINDS:
            self.notes.add(
                self.response_pointer,
                Category.RESPONSE,
                f"an answer of type {kind} cannot be expressed",
                fatal=True,
            )
            return None
        self.payload_answer = True
        output: dict[str, Any] = {}
        description = text(self.api.get("responseParamsDescription"))
        if description:
            output["description"] = description
        output["members"] = {PAYLOAD_MEMBER: ordered(node)}
        return output

    def _answer(self, output: dict[str, Any]) -> dict[str, Any]:
        if self.payload_answer:
            payload: dict[str, Any] = output["members"][PAYLOAD_MEMBER]
            return payload
        return super()._answer(output)
