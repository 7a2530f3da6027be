"""One service's checks beyond the meta-schema: its protocol and binding sections, error
tables, operations (names, routes, members), then shapes and examples."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import naming
from ..diagnostics import Diagnostic, SourcePosition
from ..load import LoadedFile, NodePath, NodeRef
from ..reserved import method_name_problem
from ..protocols import PROTOCOLS, protocol_named
from ..schema_check import check_against_schema

from .common import (
    ShapeTable,
    mapping,
    shape_class,
)
from .examples import ExampleChecks
from .waiters import check_waiters
from .paging import check_paging, paging_methods


class ServiceChecker(ExampleChecks):
    """Every check of one service file and its operations; ``run`` returns what it found."""

    def run(self) -> list[Diagnostic]:
        loaded = self.files.service
        protocol_name = self.service.get("protocol")
        protocol = (
            protocol_named(protocol_name) if isinstance(protocol_name, str) else None
        )
        if isinstance(protocol_name, str) and protocol is None:
            known = ", ".join(sorted(PROTOCOLS))
            self.report(
                loaded,
                ("service", "protocol"),
                f"unknown protocol '{protocol_name}' (known: {known})",
            )
        self.protocol = protocol
        binding = self.service.get("binding", {})
        if protocol is not None:
            self._check_binding_section(
                loaded,
                ("service", "binding"),
                binding,
                protocol.name,
                protocol.service_schema,
            )
        self._check_errors(loaded, ("service", "errors"), self.service.get("errors"))
        table = ShapeTable(self.service_shapes)
        self.service_too_deep = self._check_nesting(
            loaded,
            table,
            [
                (("service", "shapes", name), node)
                for name, node in self.service_shapes.items()
            ],
        )
        self.too_deep = self.service_too_deep
        for name, node in self.service_shapes.items():
            self._claim_class(
                loaded, ("service", "shapes", name), shape_class(name, node), key=True
            )
            self.check_node(loaded, ("service", "shapes", name), node, table, name)
        names: dict[str, NodeRef] = {}
        routes: dict[str, NodeRef] = {}
        for operation_file in self.files.operations:
            self._check_operation(operation_file, protocol, names, routes)
        for operation_file in self.files.operations:
            self._check_paging_methods(operation_file)
        return self.diagnostics

    def _check_paging_methods(self, loaded: LoadedFile) -> None:
        """``<method>_pages`` and ``<method>_items`` must not take another method's name."""
        operation = mapping(mapping(loaded.data).get("operation"))
        name = operation.get("name")
        if not isinstance(name, str):
            return
        python_name = operation.get("python_name")
        method = (
            python_name if isinstance(python_name, str) else naming.snake_case(name)
        )
        for added in paging_methods(operation, method):
            problem = method_name_problem(added)
            if problem is None and added in self.methods:
                problem = (
                    f"paging adds the method '{added}', which is also the method of"
                    f" the operation at {self.methods[added]}"
                )
            if problem is not None:
                self.report(loaded, ("operation", "paging"), problem, key=True)

    def _check_binding_section(
        self,
        loaded: LoadedFile,
        path: NodePath,
        binding: Any,
        protocol: str,
        schema: Mapping[str, Any],
    ) -> None:
        if not isinstance(binding, Mapping):
            return
        for name, section in binding.items():
            if name != protocol:
                self.report(
                    loaded,
                    path + (name,),
                    f"binding for '{name}', but the service protocol is '{protocol}'",
                    key=True,
                )
                continue
            self.diagnostics.extend(
                check_against_schema(loaded, section, schema, path + (name,))
            )

    def _check_errors(self, loaded: LoadedFile, path: NodePath, errors: Any) -> None:
        if not isinstance(errors, list):
            return
        seen: set[str] = set()
        for index, error in enumerate(errors):
            code = mapping(error).get("code")
            if isinstance(code, str):
                if code in seen:
                    self.report(
                        loaded, path + (index, "code"), f"duplicate error code '{code}'"
                    )
                seen.add(code)

    def _check_operation(
        self,
        loaded: LoadedFile,
        protocol: Any,
        names: dict[str, NodeRef],
        routes: dict[str, NodeRef],
    ) -> None:
        operation = mapping(mapping(loaded.data).get("operation"))
        name = operation.get("name")
        if not isinstance(name, str):
            return
        root: NodePath = ("operation",)
        position = loaded.ref(root + ("name",))
        if name in names:
            self.report(
                loaded,
                root + ("name",),
                f"duplicate operation '{name}' (first at {names[name]})",
            )
        names[name] = position
        python_name = operation.get("python_name")
        method_path = root + (
            "python_name" if isinstance(python_name, str) else "name",
        )
        method = (
            python_name if isinstance(python_name, str) else naming.snake_case(name)
        )
        problem = method_name_problem(method)
        if problem is not None:
            self.report(loaded, method_path, problem)
        elif method in self.methods:
            self.report(
                loaded,
                method_path,
                f"method name '{method}' is also the method of the operation at"
                f" {self.methods[method]}; set python_name on one of them",
            )
        else:
            self.methods[method] = loaded.ref(method_path)
        shapes = mapping(operation.get("shapes"))
        table = ShapeTable(shapes, self.service_shapes)
        roots: list[tuple[NodePath, Any]] = [
            (root + ("shapes", shape_name), node) for shape_name, node in shapes.items()
        ]
        roots.extend(
            (root + (part,), {"type": "object", **mapping(operation.get(part))})
            for part in ("input", "output")
        )
        self.too_deep = (
            self._check_nesting(loaded, table, roots) or self.service_too_deep
        )
        for shape_name, node in shapes.items():
            if shape_name in self.service_shapes:
                self.report(
                    loaded,
                    root + ("shapes", shape_name),
                    f"shape '{shape_name}' is also defined in the service file",
                    key=True,
                )
            self._claim_class(
                loaded,
                root + ("shapes", shape_name),
                shape_class(shape_name, node),
                key=True,
            )
            self.check_node(
                loaded, root + ("shapes", shape_name), node, table, shape_name
            )
        for part, suffix in (("input", "Request"), ("output", "Response")):
            structure = mapping(operation.get(part))
            class_name = name + suffix
            self._claim_class(loaded, root + (part,), class_name)
            self.check_node(
                loaded,
                root + (part,),
                {"type": "object", **structure},
                table,
                class_name,
            )
        self._check_errors(loaded, root + ("errors",), operation.get("errors"))
        binding = operation.get("binding", {})
        if protocol is not None:
            self._check_binding_section(
                loaded,
                root + ("binding",),
                binding,
                protocol.name,
                protocol.operation_schema,
            )
            section = mapping(mapping(binding).get(protocol.name))
            route = protocol.route(section, name)
            if route is not None:
                key, label = route
                if key in routes:
                    self.report(
                        loaded,
                        root + ("binding",),
                        f"duplicate {label} (first at {routes[key]})",
                    )
                routes[key] = position
            input_members = mapping(mapping(operation.get("input")).get("members"))
            if not getattr(protocol, "accepts_files", False):
                # Files travel only in rest-json's multipart bodies.
                for member_name, member in input_members.items():
                    if mapping(member).get("format") == "binary":
                        self.report(
                            loaded,
                            root + ("input", "members", member_name, "format"),
                            f"format 'binary' (a file) is not sent by the"
                            f" {protocol.name} binding (rest-json multipart only)",
                        )
            protocol.check_operation(
                section,
                input_members,
                table.resolve,
                root + ("binding", protocol.name),
                self.reporter(loaded),
            )
            protocol.check_response(
                section,
                mapping(mapping(operation.get("output")).get("members")),
                table.resolve,
                root + ("binding", protocol.name),
                self.reporter(loaded),
            )
            # Optional: checks that need the service's own binding section.
            against_service = getattr(protocol, "check_against_service", None)
            if against_service is not None:
                against_service(
                    section,
                    mapping(mapping(self.service.get("binding")).get(protocol.name)),
                    root + ("binding", protocol.name),
                    self.reporter(loaded),
                )
        self._check_examples(loaded, operation, table)
        check_waiters(
            loaded, self.reporter(loaded), root, operation, table, self.methods
        )
        check_paging(operation, table.resolve, root, self.reporter(loaded))
