"""The client's paging methods: ``<operation>_pages`` and ``<operation>_items``.

Computed here so the client template only places them. Each method forwards the
caller's arguments and the operation's ``PagingInfo`` constant to the runtime's
``pagination`` module, which holds every rule of walking pages; the operation's own
method makes each call, so arguments are checked there, page by page.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import layout
from ..filters import docblock, py_str
from ..model import Member, Operation, Paging, Service
from .python_code import annotation

_RAISES = """Raises:
    PaginationError: the service repeated a page token (asking again would repeat
        pages forever), or a page-numbered walk without an item list was given no
        page size.
    RequestValidationError, ServiceError, TransportError, ResponseParseError: as the
        operation's own method raises them, for whichever page."""

_STOPS = {
    "token": (
        "Each request after the first sends the previous answer's {response} as"
        " {request}; the walk ends when an answer carries none (or an empty one)."
    ),
    "page_number": (
        "Pages are numbered from {page} (1 when not given); the walk ends on a page"
        " with no items, a page shorter than {size}, or once the pages reach {total}."
    ),
}


def constant_name(operation: Operation) -> str:
    return f"_PAGING_{operation.python_name.upper()}"


def _path(head: str, members: tuple[Member, ...]) -> list[str]:
    return layout.tuple_lines(head, [py_str(m.python_name) for m in members])


def _info_lines(operation: Operation, paging: Paging) -> list[str]:
    fields = [
        f"action={py_str(operation.name)},",
        f"style={py_str(paging.style)},",
        f"page_size={py_str(paging.page_size.python_name)},",
    ]
    if paging.request_token is not None:
        fields.append(f"request_token={py_str(paging.request_token.python_name)},")
    if paging.response_token is not None:
        fields += _path("response_token=", (paging.response_token,))
    if paging.page_number is not None:
        fields.append(f"page_number={py_str(paging.page_number.python_name)},")
    if paging.total_count is not None:
        fields += _path("total_count=", (paging.total_count,))
    if paging.items:
        fields += _path("items=", paging.items)
    default = paging.page_size.shape.default
    if isinstance(default, int) and not isinstance(default, bool):
        fields.append(f"default_page_size={default},")
    return [f"{constant_name(operation)} = PagingInfo(", *layout.indented(fields), ")"]


@dataclass(frozen=True)
class PagingPlan:
    """What the template needs of one paged operation."""

    operation: Operation
    paging: Paging
    info_lines: list[str]

    @property
    def kinds(self) -> tuple[str, ...]:
        return ("pages", "items") if self.paging.items else ("pages",)

    def returns(self, kind: str, asynchronous: bool) -> list[str]:
        iterator = "AsyncIterator" if asynchronous else "Iterator"
        if kind == "pages":
            element = f"models.{self.operation.output.class_name}"
        else:
            item = self.paging.item_shape
            assert item is not None
            element = annotation(item, "models.")
        return layout.returns_lines(f"{iterator}[{element}]", indent=4)

    def docstring(self, kind: str) -> str:
        paging = self.paging
        operation = self.operation
        wire = {
            "request": paging.request_token,
            "response": paging.response_token,
            "page": paging.page_number,
            "size": paging.page_size,
            "total": paging.total_count,
        }
        stops = _STOPS[paging.style].format(
            **{
                key: f"``{member.python_name}``"
                for key, member in wire.items()
                if member is not None
            }
        )
        if kind == "pages":
            first = f"Every page of {operation.name}: each page's answer, in order."
        else:
            path = ".".join(member.python_name for member in paging.items)
            first = f"Every item of {operation.name}'s ``{path}``, page after page."
        return docblock(
            first,
            "Takes the arguments of"
            f" ``{operation.python_name}``; nothing is sent until the first item is"
            " asked for. " + stops,
            _RAISES,
            indent=8,
        )

    def body(self, kind: str, asynchronous: bool) -> list[str]:
        function = {
            ("pages", False): "pages",
            ("items", False): "item_pages",
            ("pages", True): "pages_async",
            ("items", True): "item_pages_async",
        }[(kind, asynchronous)]
        arguments = [
            f"{py_str(m.python_name)}: {m.python_name},"
            for m in self.operation.input.members
        ]
        return [
            f"return _pagination.{function}(",
            *layout.indented(
                [
                    f"self.{self.operation.python_name},",
                    *(
                        ["{", *layout.indented(arguments), "},"]
                        if arguments
                        else ["{},"]
                    ),
                    f"{constant_name(self.operation)},",
                ]
            ),
            ")",
        ]


def plans(service: Service) -> dict[str, PagingPlan]:
    """Operation name -> its paging plan, for the paged operations of ``service``."""
    return {
        operation.name: PagingPlan(
            operation, operation.paging, _info_lines(operation, operation.paging)
        )
        for operation in service.operations
        if operation.paging is not None
    }
