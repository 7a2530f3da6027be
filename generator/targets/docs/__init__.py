"""Reference pages: one Markdown page per operation and language, and a product index.

Pages follow the structure of Alibaba's product documentation (summary, debugging link,
request parameters, response fields, examples, error codes) and add a Python section
whose code is executed by the tests. Everything a page shows is computed here and in the
modules beside this one; ``templates/docs/`` only lays it out, escaping as it writes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from ...markdown import RichText, code, paragraph, parse, plain, safe_url, text
from ...model import Operation, Service
from ...render import OutputFile, Renderer
from ..facets import DocsFacet
from ..per_operation import PerOperation
from ..python_cli import client_options, command_plan
from .labels import LABELS, LANGUAGES
from .snippets import Snippets, snippets
from .tables import ErrorRow, FieldRow, error_rows, response_rows
from .waiters import WaiterRow, waiter_rows


def _protocol(service: Service) -> DocsFacet:
    from ...plugins import facet, plugin_for

    return facet(service, "reference docs", plugin_for(service).docs)


def _labels(protocol: DocsFacet, service: Service, language: str) -> Mapping[str, str]:
    """The page labels, with the protocol's word on credentials when it has one."""
    intro = getattr(protocol, "python_intro", None)
    if intro is None:
        return LABELS[language]
    return {**LABELS[language], "python_intro": intro(service, language)}


@dataclass(frozen=True)
class ExamplePlan:
    title: RichText
    note: RichText
    body: str
    info: str


@dataclass(frozen=True)
class OperationPage:
    language: str
    labels: Mapping[str, str]
    name: str
    title: RichText
    summary: RichText
    description: RichText
    deprecated: bool
    other_languages: tuple[tuple[str, str], ...]
    index_file: str
    debug_url: str | None
    request_rows: tuple[FieldRow, ...]
    response_rows: tuple[FieldRow, ...]
    request_examples: tuple[ExamplePlan, ...]
    response_examples: tuple[ExamplePlan, ...]
    error_examples: tuple[ExamplePlan, ...]
    operation_errors: tuple[ErrorRow, ...]
    common_errors: tuple[ErrorRow, ...]
    error_center_url: str | None
    snippets: Snippets | None
    waiter_rows: tuple[WaiterRow, ...] = ()


@dataclass(frozen=True)
class IndexRow:
    name: str
    file: str
    title: RichText
    summary: RichText


def page_file(operation: Operation, language: str) -> str:
    return f"{operation.name}.{language}.md"


def index_file(language: str) -> str:
    return f"index.{language}.md"


def _title(operation: Operation, language: str) -> RichText:
    """The spec's title, or the operation's name when the title shows no words."""
    rich = parse(operation.title.get(language))
    return rich if plain(rich).strip() else (paragraph(text(operation.name)),)


def _examples(
    service: Service, operation: Operation, language: str
) -> tuple[tuple[ExamplePlan, ...], ...]:
    labels = LABELS[language]
    protocol = _protocol(service)
    requests = tuple(
        ExamplePlan(
            title=parse(example.title.get(language) or labels["request_example"]),
            note=parse(example.description.get(language)),
            body=protocol.request_example_text(service, operation, example, language),
            info="text",
        )
        for example in operation.examples.requests
    )
    responses = tuple(
        ExamplePlan(
            title=parse(
                example.title.get(language)
                or f"{labels['response_example']} ({example.format.upper()})"
            ),
            note=parse(example.description.get(language)),
            body=example.body,
            info=example.format,
        )
        for example in operation.examples.responses
    )
    errors = tuple(
        ExamplePlan(
            title=parse(
                example.title.get(language)
                or f"{labels['error_example']} ({example.format.upper()})"
            ),
            note=(
                paragraph(
                    text(labels["http_status_is"]),
                    code(str(example.http_status)),
                    text(labels["error_code_is"]),
                    code(example.code),
                ),
                *parse(example.description.get(language)),
            ),
            body=example.body,
            info=example.format,
        )
        for example in operation.examples.errors
    )
    return requests, responses, errors


def operation_page(
    service: Service,
    operation: Operation,
    language: str,
    page_snippets: Snippets | None,
) -> OperationPage:
    protocol = _protocol(service)
    requests, responses, errors = _examples(service, operation, language)
    return OperationPage(
        language=language,
        labels=_labels(protocol, service, language),
        name=operation.name,
        title=_title(operation, language),
        summary=parse(operation.summary.get(language)),
        description=parse(operation.description.get(language)),
        deprecated=operation.deprecated,
        other_languages=tuple(
            (LABELS[other]["language"], page_file(operation, other))
            for other in LANGUAGES
            if other != language
        ),
        index_file=index_file(language),
        debug_url=safe_url(operation.debug_url or ""),
        request_rows=tuple(protocol.request_rows(service, operation, language)),
        response_rows=tuple(response_rows(operation.output, language)),
        request_examples=requests,
        response_examples=responses,
        error_examples=errors,
        operation_errors=tuple(error_rows(operation.errors, language)),
        common_errors=tuple(error_rows(service.errors, language)),
        error_center_url=safe_url(operation.error_center_url or ""),
        snippets=page_snippets,
        waiter_rows=waiter_rows(operation, language),
    )


def _index_rows(service: Service, language: str) -> tuple[IndexRow, ...]:
    return tuple(
        IndexRow(
            name=operation.name,
            file=page_file(operation, language),
            title=_title(operation, language),
            summary=parse(operation.summary.get(language)),
        )
        for operation in service.operations
    )


def _formatted(
    renderer: Renderer, found: dict[str, Snippets | None]
) -> dict[str, Snippets]:
    """Every page's Python examples black-formatted in one batch (cached, parallel)."""
    sources: dict[str, str] = {}
    for name, page_snippets in found.items():
        if page_snippets is not None:
            sources[f"{name}.sync"] = page_snippets.sync_code
            sources[f"{name}.async"] = page_snippets.async_code
    code = renderer.format_python(sources)
    return {
        name: replace(
            page_snippets,
            sync_code=code[f"{name}.sync"],
            async_code=code[f"{name}.async"],
        )
        for name, page_snippets in found.items()
        if page_snippets is not None
    }


_PAGES_AT_ONCE = 32


def _render_service(
    service: Service, renderer: Renderer, folder: str
) -> Iterator[OutputFile]:
    package_path = f"{renderer.root_package}.{service.package}"
    reserved = frozenset(option.flag for option in client_options(service))
    plans = PerOperation(
        service.operations, lambda operation: command_plan(operation, reserved)
    )
    operations = service.operations
    # The examples of a few pages at a time: formatted in one batch, let go of with
    # their pages, so a product of hundreds of operations never holds them all.
    for start in range(0, len(operations), _PAGES_AT_ONCE):
        chunk = operations[start : start + _PAGES_AT_ONCE]
        found = {
            operation.name: snippets(
                service, operation, plans[operation.name], package_path
            )
            for operation in chunk
        }
        formatted = _formatted(renderer, found)
        del found
        for operation in chunk:
            page_snippets = formatted.get(operation.name)
            for language in LANGUAGES:
                page = operation_page(service, operation, language, page_snippets)
                yield OutputFile(
                    f"{folder}/{page_file(operation, language)}",
                    renderer.render("docs/operation.md.j2", page=page),
                )
    for language in LANGUAGES:
        yield OutputFile(
            f"{folder}/{index_file(language)}",
            renderer.render(
                "docs/index.md.j2",
                service=service,
                labels=LABELS[language],
                language=language,
                title=parse(service.title.get(language)),
                summary=parse(service.summary.get(language)),
                rows=_index_rows(service, language),
                other_languages=tuple(
                    (LABELS[other]["language"], index_file(other))
                    for other in LANGUAGES
                    if other != language
                ),
                module=package_path,
            ),
        )


def stream(services: Sequence[Service], renderer: Renderer) -> Iterator[OutputFile]:
    """The pages one at a time, so each can be written and let go of."""
    for service in services:
        yield from _render_service(service, renderer, f"docs/{service.package}")


def render(services: Sequence[Service], renderer: Renderer) -> list[OutputFile]:
    return list(stream(services, renderer))
