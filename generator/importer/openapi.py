"""OpenAPI 3.0/3.1 documents as ``rest-json`` spec files.

Every operation (path and method) becomes an operation file: its parameters and body
fields become input members with their location, ``style`` and ``explode``; the first
2xx answer with a JSON body becomes the output (an object's properties as members,
anything else as one ``body`` member that is the whole answer); every other answer
becomes an error entry whose body model, when the document names one, is a service
shape. Whatever the spec cannot hold is a note naming the operation and field; an
operation whose request cannot be expressed (a required XML body, say) is
skipped, and the count says so.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ..naming import pascal_case
from .convert import ImportResult
from .notes import Category, Notes
from .openapi_schemas import ACCESS, SchemaConverter, without_access
from .openapi_shape import shape_problems
from .openapi_source import OpenApiError, Source
from .yamlout import dump

__all__ = ["OPENAPI_HEADER", "import_openapi"]

OPENAPI_HEADER = (
    "# Imported from an OpenAPI document by `python -m generator import-openapi`.\n"
)
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_JSON_MEDIA = re.compile(r"^application/([a-z0-9.+-]*\+)?json(;.*)?$", re.IGNORECASE)
_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"
_MEDIA_TYPE = re.compile(
    r"^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9*][A-Za-z0-9!#$&^_.+*-]*$"
)
_HOST = re.compile(r"^[A-Za-z0-9_-]{1,63}(?:\.[A-Za-z0-9_-]{1,63})*(?::[0-9]{1,5})?$")
_REGION = re.compile(r"^[a-z]{2,}(?:-[a-z0-9]+)+$")  # what a client takes as region_id
_WIRE_NAME = re.compile(r"^[A-Za-z0-9_.-]+$")
_PATH = re.compile(
    r"^/([A-Za-z0-9._~!$&'()*+,;=:@%-]|\{[A-Za-z_][A-Za-z0-9_.-]*\}|/)*$"
)
# Operation keys the spec has no place for, and what becomes of them.
_NOT_CARRIED = {
    "callbacks": "callbacks are not generated (the client makes requests only)",
    "links": "links between answers and operations are not carried over",
    "servers": "an operation's own servers are not carried over: pass endpoint=",
    "externalDocs": "the external documentation link is not carried over",
}
_DEFAULT_STYLE = {
    "path": "simple",
    "query": "form",
    "header": "simple",
    "cookie": "form",
}


def _text(value: Any) -> dict[str, str] | None:
    return {"en": value.strip()} if isinstance(value, str) and value.strip() else None


def _product(title: str) -> str:
    words = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")
    words = re.sub(r"_?(api|service)$", "", words) or "api"
    if not words[0].isalpha():
        words = f"api_{words}"
    return words[:40].rstrip("_")


def _operation_name(operation_id: Any, method: str, path: str) -> str | None:
    if isinstance(operation_id, str) and operation_id.strip():
        words = re.sub(r"[^A-Za-z0-9]+", " ", operation_id).split()
        name = "".join(w[:1].upper() + w[1:] for w in words)
        if name and name[0].isalpha():
            return name[:100]
    return None


def _derived_name(method: str, path: str) -> str:
    """``GET /pets/{petId}`` -> ``GetPetsByPetId``: method, then each path segment."""
    pieces = [method.title()]
    for segment in path.strip("/").split("/"):
        if segment.startswith("{") and segment.endswith("}"):
            pieces.append(
                "By" + pascal_case(re.sub(r"[^A-Za-z0-9]+", "_", segment[1:-1]))
            )
        elif segment:
            pieces.append(pascal_case(re.sub(r"[^A-Za-z0-9]+", "_", segment)))
    return re.sub(r"[^A-Za-z0-9]", "", "".join(pieces)) or method.title()


class _Importer:
    def __init__(self, source: Source) -> None:
        self.source = source
        document = source.document
        problems = shape_problems(document)
        if problems:
            raise OpenApiError(
                f"{source.root}: not a usable OpenAPI document:\n  "
                + "\n  ".join(problems)
            )
        version = str(document.get("openapi", ""))
        if not re.match(r"^3\.[01]\.\d+", version):
            raise OpenApiError(
                f"{source.root}: 'openapi' is {version!r}; versions 3.0.x and 3.1.x"
                " are read"
            )
        self.version = version[:3]
        self.document = document
        self.schemas = SchemaConverter(source, self.version)
        self.service_notes = Notes("service")
        self.result: ImportResult

    # -- service --------------------------------------------------------------------

    def _endpoints(self, binding: dict[str, Any]) -> dict[str, Any]:
        notes = self.service_notes
        servers = self.document.get("servers") or []
        if not servers:
            notes.add(
                "/servers", Category.SERVICE, "no servers: the endpoint is localhost"
            )
            return {"global": "localhost"}
        kept = self._servers(servers)
        if kept:
            binding["servers"] = kept
        if len(servers) > 1:
            notes.add(
                "/servers",
                Category.SERVICE,
                f"{len(servers)} servers: the first is the default, server= picks"
                " another (by index or URL)",
            )
        server = servers[0] if isinstance(servers[0], Mapping) else {}
        url = str(server.get("url", ""))
        variables = server.get("variables") or {}
        regional = None
        regions: list[str] = []
        for name, variable in variables.items():
            if not isinstance(variable, Mapping):
                continue
            default = str(variable.get("default", ""))
            enum = [str(v) for v in variable.get("enum") or []]
            placeholder = "{" + name + "}"
            host_part = urlsplit(url.replace(placeholder, "x")).netloc
            in_host = placeholder in url.split("//", 1)[-1].split("/", 1)[0]
            if (
                regional is None
                and in_host
                and enum
                and all(_REGION.match(v) for v in enum)
                and host_part
            ):
                regional = url.replace(placeholder, "{region_id}")
                regions = enum
                url = url.replace(placeholder, default)
                notes.add(
                    f"/servers/0/variables/{name}",
                    Category.SERVICE,
                    f"server variable {name!r} is the client's region_id"
                    f" (default {default!r})",
                )
                continue
            url = url.replace(placeholder, default)
            notes.add(
                f"/servers/0/variables/{name}",
                Category.SERVICE,
                f"server variable {name!r} defaults to {default!r};"
                " server_variables= gives another value",
            )
        parts = urlsplit(url)
        if not parts.netloc:
            notes.add(
                "/servers/0/url",
                Category.SERVICE,
                f"relative server URL {url!r}: the host is localhost",
            )
        host = parts.netloc or "localhost"
        if not _HOST.match(host):
            notes.add(
                "/servers/0/url", Category.SERVICE, f"host {host!r} unusable: localhost"
            )
            host = "localhost"
        binding["schemes"] = ["http"] if parts.scheme == "http" else ["https", "http"]
        base_path = parts.path.rstrip("/")
        if base_path:
            binding["base_path"] = base_path
        endpoints: dict[str, Any] = {"global": host}
        if regional is not None:
            regional_host = urlsplit(regional.replace("{region_id}", "REGIONID")).netloc
            regional_host = regional_host.replace("REGIONID", "{region_id}")
            if "{region_id}" in regional_host:
                endpoints["regional"] = regional_host
                endpoints["regions"] = regions
        return endpoints

    def _servers(self, servers: list[Any]) -> list[dict[str, Any]]:
        """Every server with an absolute http(s) URL, its variables with their
        default and enum; the others are noted and left out."""
        kept: list[dict[str, Any]] = []
        for index, server in enumerate(servers):
            pointer = f"/servers/{index}"
            url = str(server.get("url", "")) if isinstance(server, Mapping) else ""
            if urlsplit(re.sub(r"\{[^{}]*\}", "x", url)).scheme not in (
                "http",
                "https",
            ):
                self.service_notes.add(
                    pointer,
                    Category.SERVICE,
                    f"server {url!r} is not an absolute http(s) URL: not selectable",
                )
                continue
            entry: dict[str, Any] = {"url": url}
            if _text(server.get("description")):
                entry["description"] = server["description"].strip()
            variables: dict[str, Any] = {}
            raw = server.get("variables")
            for name, variable in (raw if isinstance(raw, Mapping) else {}).items():
                if not isinstance(variable, Mapping) or not _WIRE_NAME.match(name):
                    continue
                default = str(variable.get("default", ""))
                enum = [str(v) for v in variable.get("enum") or []]
                if enum and default not in enum:
                    self.service_notes.add(
                        f"{pointer}/variables/{name}",
                        Category.SERVICE,
                        f"default {default!r} is not one of the enum: {enum[0]!r}"
                        " is the default",
                    )
                    default = enum[0]
                variables[name] = {
                    "default": default,
                    **({"enum": enum} if enum else {}),
                }
            if variables:
                entry["variables"] = variables
            kept.append(entry)
        return kept

    def _security_schemes(self) -> dict[str, dict[str, Any]]:
        notes = self.service_notes
        components = self.document.get("components") or {}
        found: dict[str, dict[str, Any]] = {}
        for name, raw in (components.get("securitySchemes") or {}).items():
            scheme = self.source.follow(raw, self.source.root).node
            pointer = f"/components/securitySchemes/{name}"
            if not isinstance(scheme, Mapping) or not _WIRE_NAME.match(name):
                notes.add(
                    pointer, Category.SERVICE, "unusable security scheme: dropped"
                )
                continue
            kind = scheme.get("type")
            if kind == "http" and str(scheme.get("scheme", "")).lower() in (
                "bearer",
                "basic",
            ):
                found[name] = {"name": name, "type": str(scheme["scheme"]).lower()}
            elif kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
                found[name] = {
                    "name": name,
                    "type": "api_key",
                    "in": scheme["in"],
                    "parameter": str(scheme.get("name", "")),
                }
            elif kind in ("oauth2", "openIdConnect"):
                found[name] = {"name": name, "type": "bearer"}
                notes.add(
                    pointer,
                    Category.SERVICE,
                    f"{kind}: the token flow is not run; pass the access token as"
                    " token= (sent as a bearer token)",
                )
            else:
                notes.add(
                    pointer,
                    Category.SERVICE,
                    f"security scheme {kind!r} unsupported: dropped",
                )
        return found

    def _requirement(
        self, requirements: Any, schemes: Mapping[str, Any], notes: Notes, pointer: str
    ) -> list[Any]:
        """OpenAPI's security requirements as the binding's alternatives: a scheme's
        name, or a list of names sent together (``[]``: credentials optional)."""
        items: list[Any] = []
        for index, requirement in enumerate(requirements or []):
            if not isinstance(requirement, Mapping):
                continue
            where = f"{pointer}/{index}"
            unknown = sorted(str(n) for n in requirement if n not in schemes)
            if unknown:
                notes.add(
                    where,
                    Category.BINDING,
                    f"scheme(s) {unknown} unusable: this alternative is dropped",
                )
                continue
            if any(requirement[name] for name in requirement):
                notes.add(
                    where,
                    Category.BINDING,
                    "scopes are not checked by the client: the token must carry them",
                )
            names = [str(name) for name in requirement]
            headers = [n for n in names if schemes[n]["type"] in ("bearer", "basic")]
            if len(headers) > 1:
                notes.add(
                    where,
                    Category.BINDING,
                    f"schemes {headers} all need the Authorization header: this"
                    " alternative is dropped",
                )
                continue
            item: Any = names[0] if len(names) == 1 else names
            if item not in items:
                items.append(item)
        return items

    # -- operations -----------------------------------------------------------------

    def run(self) -> ImportResult:
        info = self.document.get("info") or {}
        title = str(info.get("title") or "API")
        product = _product(title)
        version = re.sub(r"[^A-Za-z0-9._-]", "-", str(info.get("version") or "1"))[:64]
        if not version[:1].isalnum():
            version = f"v{version}"[:64]
        binding: dict[str, Any] = {}
        if self.document.get("webhooks"):
            self.service_notes.add(
                "/webhooks",
                Category.SERVICE,
                "webhooks are not generated (the client makes requests only)",
            )
        if self.document.get("tags") or any(
            isinstance(op, Mapping) and op.get("tags")
            for item in (self.document.get("paths") or {}).values()
            if isinstance(item, Mapping)
            for op in item.values()
        ):
            self.service_notes.add(
                "/tags",
                Category.SERVICE,
                "tags (grouping in docs) are not carried over",
            )
        endpoints = self._endpoints(binding)
        schemes = self._security_schemes()
        if schemes:
            binding["security"] = list(schemes.values())
        service_security = self._requirement(
            self.document.get("security"), schemes, self.service_notes, "/security"
        )
        self.result = ImportResult(folder=f"{product}/{version}")
        operations = self._operations(schemes, service_security)
        service: dict[str, Any] = {
            "product": product,
            "api_version": version,
            "title": {"en": title},
        }
        if _text(info.get("description")):
            service["description"] = _text(info["description"])
        service["client_name"] = pascal_case(product).replace("_", "") or "Api"
        service["protocol"] = "rest-json"
        service["endpoints"] = endpoints
        service["binding"] = {"rest-json": binding}
        if self.schemas.shapes:
            service["shapes"] = without_access(
                dict(sorted(self.schemas.shapes.items()))
            )
        files = {"service.yaml": dump({"service": service}, OPENAPI_HEADER)}
        used: set[str] = set()
        for name, operation in operations:
            stem = name
            while stem.lower() in used:
                stem += "_"
            used.add(stem.lower())
            files[f"operations/{stem}.yaml"] = dump(
                {"operation": without_access(operation)}, OPENAPI_HEADER
            )
        self.result.files = files
        self.result.notes = [*self.service_notes.items, *self.result.notes]
        return self.result

    def _operations(
        self, schemes: Mapping[str, Any], service_security: list[str]
    ) -> list[tuple[str, dict[str, Any]]]:
        paths = self.document.get("paths") or {}
        found: list[tuple[str, str, Any, Any]] = []
        for path, item in paths.items():
            located = self.source.follow(item, self.source.root)
            if not isinstance(located.node, Mapping):
                continue
            for method in METHODS:
                if method in located.node:
                    found.append((path, method, located.node[method], located.node))
        # Names: the operationId in PascalCase, else derived from method and path;
        # a clash keeps the first (in path order) and numbers the rest, stably.
        names: list[str] = []
        taken: set[str] = set()
        for path, method, operation, _ in found:
            explicit = (
                _operation_name(operation.get("operationId"), method, path)
                if isinstance(operation, Mapping)
                else None
            )
            name = explicit or _derived_name(method, path)
            base, index = name, 2
            while name.lower() in taken:
                name, index = f"{base}{index}", index + 1
            notes = Notes(name)
            if explicit is None:
                notes.add(
                    "/operationId",
                    Category.NAME,
                    f"no usable operationId: named {name} after {method.upper()} {path}",
                )
            elif name != base:
                notes.add(
                    "/operationId", Category.NAME, f"{base} is taken: named {name}"
                )
            self.result.notes.extend(notes.items)
            taken.add(name.lower())
            names.append(name)
        written = []
        routes: dict[str, str] = {}
        for name, (path, method, operation, item) in zip(names, found):
            notes = Notes(name)
            converted = self._operation(
                name, path, method, operation, item, schemes, service_security, notes
            )
            if converted is not None and not notes.fatal:
                self._check_route(converted, routes, notes)
            self.result.notes.extend(notes.items)
            if converted is None or notes.fatal:
                self.result.skipped.append(name)
            else:
                self.result.imported.append(name)
                written.append((name, converted))
        return written

    def _check_route(
        self, operation: dict[str, Any], routes: dict[str, str], notes: Notes
    ) -> None:
        """The lint rules a path must keep, checked here so that one operation the
        spec cannot hold is skipped instead of failing the whole import's generation:
        every ``{variable}`` bound to a path parameter, and no route taken twice."""
        binding = operation["binding"]["rest-json"]
        path = binding["path"]
        bound = {
            (settings.get("wire_name") or member)
            for member, settings in binding.get("parameters", {}).items()
            if settings.get("in") == "path"
        }
        for variable in re.findall(r"\{([^{}]*)\}", path):
            if variable not in bound:
                notes.add(
                    "/parameters",
                    Category.BINDING,
                    f"path variable {{{variable}}} has no path parameter",
                    fatal=True,
                )
        fixed = "&".join(
            f"{k}={v}" for k, v in sorted(binding.get("query", {}).items())
        )
        key = f"{binding['method']} {re.sub(r'{[^{}]*}', '{}', path)}?{fixed}"
        if key in routes and not notes.fatal:
            notes.add(
                "/",
                Category.BINDING,
                f"{binding['method']} {path} is the route of {routes[key]} too"
                " (the variables' names do not tell them apart)",
                fatal=True,
            )
        routes.setdefault(key, operation["name"])

    def _report(self, notes: Notes) -> Any:
        def report(pointer: str, category: Category, message: str) -> None:
            notes.add(pointer, category, message)

        return report

    def _parameters(
        self, operation: Mapping[str, Any], item: Mapping[str, Any]
    ) -> list[tuple[str, dict[str, Any]]]:
        merged: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        for where, source in (("path-item", item), ("operation", operation)):
            for index, raw in enumerate(source.get("parameters") or []):
                located = self.source.follow(raw, self.source.root)
                parameter = located.node
                if isinstance(parameter, Mapping):
                    key = (str(parameter.get("name")), str(parameter.get("in")))
                    merged[key] = (
                        f"/parameters/{index}",
                        dict(parameter, _file=located.file),
                    )
        return list(merged.values())

    def _operation(
        self,
        name: str,
        path: str,
        method: str,
        operation: Any,
        item: Mapping[str, Any],
        schemes: Mapping[str, Any],
        service_security: list[str],
        notes: Notes,
    ) -> dict[str, Any] | None:
        if not isinstance(operation, Mapping):
            notes.add("/", Category.MALFORMED, "not an operation object", fatal=True)
            return None
        # Inline union variants met in this operation are named after it.
        self.schemas.operation = name
        report = self._report(notes)
        for key, what in _NOT_CARRIED.items():
            if operation.get(key):
                notes.add(f"/{key}", Category.UNSUPPORTED_KEY, what)
        for answered, answer, _ in self._responses(operation):
            if answer.get("headers") and not re.match(r"^2(\d\d|XX)$", answered):
                notes.add(
                    f"/responses/{answered}/headers",
                    Category.RESPONSE,
                    "headers of an error answer are not read: "
                    + ", ".join(sorted(str(h) for h in answer["headers"])),
                )
        members: dict[str, Any] = {}
        settings: dict[str, Any] = {}
        request_example: dict[str, Any] = {}
        wire_path, _, fixed_query = path.partition("?")
        if not _PATH.match(wire_path):
            notes.add(
                "/",
                Category.BINDING,
                f"path {wire_path!r} has characters a path template cannot hold",
                fatal=True,
            )
            return None
        for pointer, parameter in self._parameters(operation, item):
            wire = str(parameter.get("name", ""))
            location = parameter.get("in")
            file = parameter.pop("_file")
            if location not in ("path", "query", "header", "cookie"):
                notes.add(
                    pointer,
                    Category.LOCATION,
                    f"location {location!r} unknown",
                    fatal=True,
                )
                continue
            if location == "header" and wire.lower() in (
                "accept",
                "content-type",
                "authorization",
            ):
                notes.add(
                    pointer,
                    Category.LOCATION,
                    f"header {wire!r} is set by the client: dropped",
                )
                continue
            if not _WIRE_NAME.match(wire):
                if location == "path":
                    notes.add(
                        pointer,
                        Category.NAME,
                        f"path variable {wire!r} unusable",
                        fatal=True,
                    )
                    continue
                notes.add(
                    pointer, Category.NAME, f"parameter name {wire!r} unusable: dropped"
                )
                continue
            as_json = False
            content_kind, content = self._media(parameter.get("content"))
            if "schema" not in parameter and content_kind == "json" and content:
                if location == "path":
                    notes.add(
                        pointer,
                        Category.UNSUPPORTED_STYLE,
                        "a path parameter given as JSON content is not expressible",
                        fatal=True,
                    )
                    continue
                parameter["schema"] = content.get("schema", {})
                as_json = True
            if "schema" not in parameter:
                fatal = parameter.get("required") is True or location == "path"
                notes.add(
                    pointer,
                    Category.UNSUPPORTED_STYLE,
                    "a parameter given as content (not schema) is not expressible"
                    + ("" if fatal else ": dropped"),
                    fatal=fatal,
                )
                continue
            node = self.schemas.convert(
                parameter["schema"], file, f"{pointer}/schema", report
            )
            member_name = wire if wire not in members else f"{wire}_{location}"
            required = parameter.get("required") is True or location == "path"
            if required:
                node["required"] = True
            if _text(parameter.get("description")):
                node["description"] = _text(parameter["description"])
            if parameter.get("deprecated") is True:
                node["deprecated"] = True
            example = parameter.get("example")
            if example is None and isinstance(parameter.get("examples"), Mapping):
                first = next(iter(parameter["examples"].values()), None)
                first = self.source.follow(first, file).node
                if isinstance(first, Mapping):
                    example = first.get("value")
            if example is None:
                example = node.get("example")
            if example is not None:
                node["example"] = example
                request_example[member_name] = example
            members[member_name] = node
            setting: dict[str, Any] = {"in": location}
            style = parameter.get("style", _DEFAULT_STYLE[location])
            if as_json:
                style = "json"
            if style != _DEFAULT_STYLE[location]:
                setting["style"] = style
            explode = parameter.get("explode", style == "form")
            if explode != (style == "form"):
                setting["explode"] = explode
            if parameter.get("allowReserved") is True:
                notes.add(
                    pointer,
                    Category.UNSUPPORTED_STYLE,
                    "allowReserved: reserved characters are percent-encoded",
                )
            if member_name != wire:
                setting["wire_name"] = wire
            settings[member_name] = setting
        body_format = self._request_body(
            operation, members, settings, request_example, notes, report
        )
        if notes.fatal:
            return None
        output, payload, status, response_example = self._success(
            operation, name, notes, report
        )
        response_extra = self._answer_headers(operation, output, notes, report)
        error_examples: list[dict[str, Any]] = []
        errors = self._errors(operation, name, notes, report, error_examples)
        binding: dict[str, Any] = {"method": method.upper(), "path": wire_path}
        if fixed_query:
            binding["query"] = dict(parse_qsl(fixed_query, keep_blank_values=True))
        if body_format in ("form", "multipart"):
            binding["body"] = body_format
        if settings:
            binding["parameters"] = settings
        response: dict[str, Any] = {}
        if payload:
            response["payload"] = payload
        if status != 200:
            response["status"] = status
        response.update(response_extra)
        if response:
            binding["response"] = response
        if errors:
            binding["errors"] = errors
        # Without ``security`` the binding means every scheme of the service; OpenAPI
        # means the document's own ``security``, which may name fewer or none.
        effective = (
            self._requirement(operation["security"], schemes, notes, "/security")
            if "security" in operation
            else service_security
        )
        if effective != list(schemes):
            binding["security"] = effective
        result: dict[str, Any] = {"name": name}
        if _text(operation.get("summary")):
            result["title"] = _text(operation["summary"])
        if _text(operation.get("description")):
            result["description"] = _text(operation["description"])
        if operation.get("deprecated") is True:
            result["deprecated"] = True
        result["input"] = {"members": members}
        result["output"] = {"members": output}
        result["binding"] = {"rest-json": binding}
        examples: dict[str, Any] = {}
        required = [k for k, v in members.items() if v.get("required")]
        if all(k in request_example for k in required):
            examples["requests"] = [{"name": "documented", "input": request_example}]
        if response_example is not None:
            examples["responses"] = [
                {"name": "documented-json", "format": "json", "body": response_example}
            ]
        if error_examples:
            examples["errors"] = error_examples
        if examples:
            result["examples"] = examples
        return result

    def _media(self, content: Any) -> tuple[str | None, Mapping[str, Any] | None]:
        if not isinstance(content, Mapping):
            return None, None
        for media, value in content.items():
            if _JSON_MEDIA.match(media):
                return "json", value if isinstance(value, Mapping) else {}
        if _FORM in content:
            value = content[_FORM]
            return "form", value if isinstance(value, Mapping) else {}
        return None, None

    def _request_body(
        self,
        operation: Mapping[str, Any],
        members: dict[str, Any],
        settings: dict[str, Any],
        request_example: dict[str, Any],
        notes: Notes,
        report: Any,
    ) -> str | None:
        if "requestBody" not in operation:
            return None
        located = self.source.follow(operation["requestBody"], self.source.root)
        body = located.node
        if not isinstance(body, Mapping):
            return None
        required = body.get("required") is True
        kind, media = self._media(body.get("content"))
        content = body.get("content")
        if kind is None and isinstance(content, Mapping) and _MULTIPART in content:
            value = content[_MULTIPART]
            kind, media = "multipart", value if isinstance(value, Mapping) else {}
        if kind == "multipart":
            report = _files_kept(report)
        if kind is None or media is None:
            types = ", ".join(sorted(body.get("content") or {})) or "none"
            notes.add(
                "/requestBody",
                Category.BINDING,
                f"request body of media type {types} is not expressible"
                + ("" if required else ": the body is dropped"),
                fatal=required,
            )
            return None
        schema = media.get("schema", {})
        example = media.get("example")
        if example is None and isinstance(media.get("examples"), Mapping):
            first = self.source.follow(
                next(iter(media["examples"].values()), None), located.file
            ).node
            if isinstance(first, Mapping):
                example = first.get("value")
        if self.schemas.is_object(schema, located.file):
            fields, _ = self.schemas.object_members(
                schema, located.file, "/requestBody/schema", report
            )
            if not fields and kind == "json":
                return self._payload(
                    schema,
                    located.file,
                    members,
                    settings,
                    required,
                    report,
                    request_example,
                    example,
                )
            for wire, node in fields.items():
                if node.get(ACCESS) == "readOnly":
                    notes.add(
                        f"/requestBody/schema/properties/{wire}",
                        Category.UNSUPPORTED_KEY,
                        "readOnly: not a request argument",
                    )
                    continue
                member_name = wire if wire not in members else f"{wire}_body"
                node = dict(node)
                if not required:
                    node.pop("required", None)
                declared = self.source.follow(
                    _properties(schema, located.file, self.source).get(wire),
                    located.file,
                ).node
                if kind == "multipart" and _is_file(declared):
                    node["format"] = "binary"
                elif (
                    kind == "multipart"
                    and isinstance(declared, Mapping)
                    and node.get("type") == "array"
                    and isinstance(node.get("items"), Mapping)
                    and _is_file(
                        self.source.follow(declared.get("items"), located.file).node
                    )
                ):
                    # Several files: one part each, all under the field's name.
                    node["items"] = {**node["items"], "format": "binary"}
                members[member_name] = node
                settings[member_name] = {"in": "body"}
                if member_name != wire:
                    settings[member_name]["wire_name"] = wire
                if kind == "multipart":
                    self._part_type(media, wire, settings[member_name], notes)
                if isinstance(example, Mapping) and wire in example:
                    request_example[member_name] = example[wire]
            return kind
        if kind in ("form", "multipart"):
            notes.add(
                "/requestBody",
                Category.BINDING,
                f"a {kind} body must be an object",
                fatal=required,
            )
            return None
        return self._payload(
            schema,
            located.file,
            members,
            settings,
            required,
            report,
            request_example,
            example,
        )

    def _part_type(
        self,
        media: Mapping[str, Any],
        wire: str,
        setting: dict[str, Any],
        notes: Notes,
    ) -> None:
        """A part's ``encoding.contentType`` when it names one media type."""
        encoding = media.get("encoding")
        entry = encoding.get(wire) if isinstance(encoding, Mapping) else None
        if not isinstance(entry, Mapping):
            return
        pointer = f"/requestBody/content/multipart~1form-data/encoding/{wire}"
        declared = entry.get("contentType")
        if isinstance(declared, str) and _MEDIA_TYPE.match(declared.strip()):
            setting["content_type"] = declared.strip()
        elif declared is not None:
            notes.add(
                pointer + "/contentType",
                Category.UNSUPPORTED_KEY,
                f"contentType {declared!r} is not one media type: the default is sent",
            )
        for key in sorted(set(entry) - {"contentType"}):
            notes.add(pointer, Category.UNSUPPORTED_KEY, f"{key}: not carried")

    def _payload(
        self,
        schema: Any,
        file: Path,
        members: dict[str, Any],
        settings: dict[str, Any],
        required: bool,
        report: Any,
        request_example: dict[str, Any],
        example: Any,
    ) -> str:
        node = self.schemas.convert(schema, file, "/requestBody/schema", report)
        if required:
            node["required"] = True
        name = "body" if "body" not in members else "request_body"
        members[name] = node
        settings[name] = {"in": "payload"}
        if example is not None:
            request_example[name] = example
        return "json"

    def _responses(
        self, operation: Mapping[str, Any]
    ) -> list[tuple[str, Mapping[str, Any], Path]]:
        found = []
        for status, raw in (operation.get("responses") or {}).items():
            located = self.source.follow(raw, self.source.root)
            if isinstance(located.node, Mapping):
                found.append(
                    (
                        str(status).upper() if str(status) != "default" else "default",
                        located.node,
                        located.file,
                    )
                )
        return found

    def _success(
        self, operation: Mapping[str, Any], name: str, notes: Notes, report: Any
    ) -> tuple[dict[str, Any], str | None, int, str | None]:
        """The output from the 2xx answers: one answer's body as it is; the object
        bodies of several merged (a member required only where every one requires
        it), with a member holding the status that tells them apart."""
        responses = self._responses(operation)
        success = [r for r in responses if re.match(r"^2\d\d$", r[0])]
        if not success:
            if any(r[0] == "2XX" for r in responses):
                success = [("200", r[1], r[2]) for r in responses if r[0] == "2XX"]
            else:
                notes.add(
                    "/responses",
                    Category.RESPONSE,
                    "no 2xx answer: the output is empty",
                )
                return {}, None, 200, None
        bodies = []
        for status, response, file in success:
            kind, media = self._media(response.get("content"))
            if response.get("content") and kind != "json":
                notes.add(
                    f"/responses/{status}",
                    Category.RESPONSE,
                    f"answer of media type {', '.join(response['content'])}: not read",
                )
            if kind == "json" and media is not None and "schema" in media:
                bodies.append((status, media, file))
        if not bodies:
            return {}, None, int(success[0][0]), None
        outputs = [
            self._answer_body(status, media, file, notes, report)
            for status, media, file in bodies
        ]
        status, media, file = bodies[0]
        fields, payload = outputs[0]
        if len(outputs) > 1 and payload is None and all(p is None for _, p in outputs):
            fields = self._merged(
                [f for f, _ in outputs], [b[0] for b in bodies], notes
            )
        else:
            for extra in bodies[1:]:
                notes.add(
                    f"/responses/{extra[0]}",
                    Category.RESPONSE,
                    f"another success body that is not an object: read by the"
                    f" {status} answer's rules",
                )
        example = media.get("example")
        if example is None and isinstance(media.get("examples"), Mapping):
            first = self.source.follow(
                next(iter(media["examples"].values()), None), file
            ).node
            if isinstance(first, Mapping):
                example = first.get("value")
        shape: dict[str, Any] = (
            {"type": "object", "members": fields}
            if payload is None
            else fields.get(payload, {"type": "any"})
        )
        if example is not None:
            kept = _without_nulls(example, shape, self.schemas.shapes)
            if kept != example:
                notes.add(
                    f"/responses/{status}/content/example",
                    Category.RESPONSE_EXAMPLE,
                    "null values of members that are not nullable: left out of the"
                    " example",
                )
                example = kept
        text = json.dumps(example, ensure_ascii=False) if example is not None else None
        return fields, payload, int(status), text

    def _answer_body(
        self,
        status: str,
        media: Mapping[str, Any],
        file: Path,
        notes: Notes,
        report: Any,
    ) -> tuple[dict[str, Any], str | None]:
        """One success body as output members, and the payload member when the body
        is not an object with members (then it is one ``body`` member)."""
        schema = media["schema"]
        pointer = f"/responses/{status}/content/schema"
        if self.schemas.is_object(schema, file):
            fields, _ = self.schemas.object_members(schema, file, pointer, report)
            for wire in [
                w for w, node in fields.items() if node.get(ACCESS) == "writeOnly"
            ]:
                notes.add(
                    f"{pointer}/properties/{wire}",
                    Category.UNSUPPORTED_KEY,
                    "writeOnly: not read from the answer",
                )
                del fields[wire]
            if fields:
                return fields, None
        node = self.schemas.convert(schema, file, pointer, report)
        return {"body": node}, "body"

    def _merged(
        self, outputs: list[dict[str, Any]], statuses: list[str], notes: Notes
    ) -> dict[str, Any]:
        """Object bodies of several statuses as one output: every member of any, in
        order; required only when each body requires it; a member that two bodies
        declare differently keeps the first declaration."""
        merged: dict[str, Any] = {}
        for index, fields in enumerate(outputs):
            for wire, node in fields.items():
                if wire not in merged:
                    merged[wire] = dict(node)
                    continue
                plain = {
                    k: v
                    for k, v in node.items()
                    if k not in ("required", "description")
                }
                kept = {
                    k: v
                    for k, v in merged[wire].items()
                    if k not in ("required", "description")
                }
                if plain != kept:
                    notes.add(
                        f"/responses/{statuses[index]}/content/schema/properties/{wire}",
                        Category.RESPONSE,
                        f"{wire} differs from the {statuses[0]} answer's: read as that",
                    )
        for wire, node in merged.items():
            if not all(fields.get(wire, {}).get("required") for fields in outputs):
                node.pop("required", None)
        return merged

    def _answer_headers(
        self,
        operation: Mapping[str, Any],
        output: dict[str, Any],
        notes: Notes,
        report: Any,
    ) -> dict[str, Any]:
        """Headers the 2xx answers declare, as output members read from them; and the
        status member when there are several success statuses."""
        extra: dict[str, Any] = {}
        statuses = [
            status
            for status, _, _ in self._responses(operation)
            if re.match(r"^2(\d\d|XX)$", status)
        ]
        status_member = None
        if len(statuses) > 1:
            # Which success this is: their bodies were merged into one output.
            status_member = "http_status"
            while status_member in output:
                status_member += "_"
            output[status_member] = {
                "type": "integer",
                "description": {
                    "en": f"The answer's HTTP status ({', '.join(statuses)})."
                },
            }
        headers: dict[str, str] = {}
        seen: set[str] = set()
        for status, response, file in self._responses(operation):
            if not re.match(r"^2(\d\d|XX)$", status):
                continue
            declared = response.get("headers")
            for header, raw in (
                declared if isinstance(declared, Mapping) else {}
            ).items():
                pointer = f"/responses/{status}/headers/{header}"
                located = self.source.follow(raw, file)
                node = located.node
                if (
                    str(header).lower() in seen
                    or str(header).lower() == "content-type"
                    or not _WIRE_NAME.match(str(header))
                    or not isinstance(node, Mapping)
                ):
                    continue
                if "schema" not in node:
                    notes.add(
                        pointer,
                        Category.RESPONSE,
                        "a header without a schema is not read",
                    )
                    continue
                member = self.schemas.convert(
                    node["schema"], located.file, f"{pointer}/schema", report
                )
                kind = member.get("type")
                items = member.get("items") if kind == "array" else None
                scalars = ("string", "integer", "number", "boolean")
                if kind not in scalars and not (
                    isinstance(items, Mapping) and items.get("type") in scalars
                ):
                    notes.add(
                        pointer, Category.RESPONSE, f"a {kind} header is not read"
                    )
                    continue
                member.pop("required", None)  # a server may leave any header out
                if _text(node.get("description")):
                    member["description"] = _text(node["description"])
                name = str(header)
                while name in output:
                    name += "_header"
                output[name] = member
                headers[name] = str(header)
                seen.add(str(header).lower())
        if headers:
            extra["headers"] = headers
        if status_member is not None:
            extra["status_member"] = status_member
        return extra

    def _errors(
        self,
        operation: Mapping[str, Any],
        name: str,
        notes: Notes,
        report: Any,
        examples: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        entries = []
        for status, response, file in self._responses(operation):
            if re.match(r"^2(\d\d|XX)$", status):
                continue
            if not re.match(r"^([1-5]\d\d|[1-5]XX|default)$", status):
                notes.add(
                    f"/responses/{status}", Category.RESPONSE, "unknown status: dropped"
                )
                continue
            entry: dict[str, Any] = {"status": status}
            kind, media = self._media(response.get("content"))
            schema = media.get("schema") if media else None
            if schema is not None:
                pointer = f"/responses/{status}/content/schema"
                if (
                    isinstance(schema, Mapping)
                    and "$ref" in schema
                    and self.schemas.is_object(schema, file)
                ):
                    node = self.schemas.convert(schema, file, pointer, report)
                    entry["shape"] = node["ref"]
                elif self.schemas.is_object(schema, file):
                    shape = f"{name}Error{status.replace('XX', 'xx').title()}"
                    shape = re.sub(r"[^A-Za-z0-9]", "", shape)
                    self.schemas.shapes[shape] = self.schemas.convert(
                        schema, file, pointer, report
                    )
                    entry["shape"] = shape
                else:
                    notes.add(
                        pointer,
                        Category.RESPONSE,
                        "an error body that is not an object is kept as JSON only",
                    )
            if media is not None:
                example = self._error_example(status, media, file, notes)
                if example is not None:
                    examples.append(example)
            entries.append(entry)
        statuses = {entry["status"] for entry in entries}
        for example in examples:
            # ``default`` and ranges are shown by a status the operation lists nowhere.
            if example["http_status"] == 0:
                example["http_status"] = next(
                    s
                    for s in (500, 400, 418, 599)
                    if str(s) not in statuses and f"{str(s)[0]}XX" not in statuses
                )
        return entries

    def _error_example(
        self, status: str, media: Mapping[str, Any], file: Path, notes: Notes
    ) -> dict[str, Any] | None:
        example = media.get("example")
        if example is None and isinstance(media.get("examples"), Mapping):
            first = self.source.follow(
                next(iter(media["examples"].values()), None), file
            ).node
            if isinstance(first, Mapping):
                example = first.get("value")
        if example is None:
            return None
        code = None
        if isinstance(example, Mapping):
            code = next(
                (
                    example[key]
                    for key in ("code", "Code", "error")
                    if isinstance(example.get(key), (str, int))
                    and not isinstance(example.get(key), bool)
                ),
                None,
            )
        if code is None:
            notes.add(
                f"/responses/{status}/content/example",
                Category.ERROR_EXAMPLE,
                "an error example without a code field is not carried over",
            )
            return None
        if status.isdigit():
            http_status = int(status)
        elif status.endswith("XX"):
            http_status = int(status[0]) * 100
        else:
            http_status = 0  # chosen once every status of the operation is known
        return {
            "name": f"error-{status.lower()}",
            "format": "json",
            "http_status": http_status,
            "code": str(code),
            "body": json.dumps(example, ensure_ascii=False),
        }


def _without_nulls(
    value: Any, node: Mapping[str, Any], shapes: Mapping[str, Any], depth: int = 0
) -> Any:
    """An example without the nulls its shape (a spec type node) does not allow: those
    of members that are not nullable, at any depth; where the shape says nothing (a
    union, any value), every null goes."""
    while isinstance(node.get("ref"), str) and depth < 64:
        node, depth = shapes.get(node["ref"], {}), depth + 1
    if isinstance(value, dict):
        members = node.get("members", {}) if node.get("type") == "object" else {}
        values = node.get("values", {}) if node.get("type") == "map" else {}
        kept = {}
        for key, item in value.items():
            member = members.get(key, values)
            if item is None and not (key in members and member.get("nullable")):
                continue
            kept[key] = _without_nulls(item, member, shapes, depth + 1)
        return kept
    if isinstance(value, list):
        items = node.get("items", {}) if node.get("type") == "array" else {}
        return [
            _without_nulls(item, items, shapes, depth + 1)
            for item in value
            if item is not None
        ]
    return value


def import_openapi(path: Path) -> ImportResult:
    """Convert the document at ``path``; raises OpenApiError when it cannot be read."""
    return _Importer(Source(path)).run()


def _properties(schema: Any, file: Path, source: Any) -> Mapping[str, Any]:
    """An object schema's own properties (through one ``$ref``)."""
    node = source.follow(schema, file).node if isinstance(schema, Mapping) else None
    properties = node.get("properties") if isinstance(node, Mapping) else None
    return properties if isinstance(properties, Mapping) else {}


def _is_file(schema: Any) -> bool:
    """``type: string, format: binary``: a file, when it is a multipart field."""
    if not isinstance(schema, Mapping) or schema.get("format") != "binary":
        return False
    kind = schema.get("type")
    return kind == "string" or (isinstance(kind, list) and "string" in kind)


def _files_kept(report: Any) -> Any:
    """The reporter of a multipart body: its binary fields are files, not text, so
    the note that binary strings travel as text does not apply to them."""

    def filtered(pointer: str, category: Category, message: str) -> None:
        field = pointer.startswith("/requestBody/schema/properties/")
        depth = pointer.count("/")
        item = depth == 5 and pointer.endswith("/items")
        if field and (depth == 4 or item) and message.startswith("format binary"):
            # /requestBody/schema/properties/<name>[/items]: a field (or each item
            # of a list field), kept as a file
            return
        report(pointer, category, message)

    return filtered
