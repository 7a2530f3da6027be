"""Python types and code snippets for shapes, computed here so templates only lay them out.

Decoding from wire data is generated as straight-line code per class (the hot path of
every response); values nested inside lists and maps go through small runtime helpers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import layout
from ..filters import py_literal, py_str
from ..model import Member, Operation, Shape


def enum_map_name(shape: Shape) -> str:
    assert shape.enum_class_name is not None
    return f"_{shape.enum_class_name}_BY_VALUE"


def has_enum_class(shape: Shape) -> bool:
    return (
        bool(shape.enum)
        and shape.kind in ("string", "integer")
        and shape.enum_class_name is not None
    )


def annotation(shape: Shape, prefix: str = "") -> str:
    """The Python type of a decoded value of ``shape`` (JSON-in-string: the decoded one).

    ``prefix`` qualifies generated class names (``"models."`` outside the models package).
    """
    if shape.json_content is not None:
        return annotation(shape.json_content, prefix)
    if has_enum_class(shape):
        if prefix:  # outside the models package, where ``_m`` is not imported
            base = "str" if shape.kind == "string" else "int"
        else:
            base = (
                "_m.UndocumentedStr" if shape.kind == "string" else "_m.UndocumentedInt"
            )
        return f"{prefix}{shape.enum_class_name} | {base}"
    if shape.kind == "string" and shape.format == "binary":
        return "FileInput"  # a multipart body's file (``rest_multipart``)
    if shape.kind == "string":
        return "datetime" if shape.format == "date-time" else "str"
    if shape.kind == "integer":
        return "int"
    if shape.kind == "number":
        return "float"
    if shape.kind == "boolean":
        return "bool"
    if shape.kind == "object":
        return (
            f"{prefix}{shape.class_name}"
            if shape.class_name
            else "dict[str, JsonValue]"
        )
    if shape.kind == "array":
        assert shape.items is not None
        return f"list[{annotation(shape.items, prefix)}]"
    if shape.kind == "map":
        assert shape.values is not None
        return f"dict[str, {annotation(shape.values, prefix)}]"
    if shape.kind == "union":
        return _union_of(annotation(variant, prefix) for variant in shape.variants)
    return "JsonValue"


def _union_of(annotations: Iterable[str]) -> str:
    """``A | B`` of distinct annotations; any JSON value when one of them is."""
    parts = list(dict.fromkeys(annotations))
    return "JsonValue" if "JsonValue" in parts else " | ".join(parts)


def union_decoder_name(shape: Shape) -> str:
    """The module-level function decoding a union's value (see ``UnionPlan``)."""
    assert shape.union_name is not None
    return f"_decode_{shape.union_name}"


def default_literal(member: Member) -> str | None:
    """The spec's ``default`` of an input member as the Python default of its parameter,
    or None when the parameter defaults to ``None``.

    A scalar's default is what the client sends when the caller gives nothing (``None``
    leaves the member out, for the service to decide). Lists, objects, date-times and
    JSON text have no literal a signature can show: their default stays the service's.
    """
    shape = member.shape
    if (
        shape.default is None
        or not shape.is_scalar
        or shape.json_content is not None
        or shape.format == "date-time"
    ):
        return None
    return py_literal(shape.default)


def enum_literal(shape: Shape) -> str:
    """``Literal[...]`` of an enum's values, what a type checker holds a caller to."""
    return f"Literal[{', '.join(py_literal(value.value) for value in shape.enum)}]"


def input_annotation(
    shape: Shape, joined_string: bool = False, prefix: str = ""
) -> str:
    """What a caller may pass for ``shape``: any sequence for lists, text for JSON-in-string,
    an enum's member or one of its values (answers keep values the spec does not know;
    a caller is held to the documented ones)."""
    if shape.json_content is not None:
        return f"{input_annotation(shape.json_content, prefix=prefix)} | str"
    if shape.kind == "array":
        assert shape.items is not None
        accepted = f"Sequence[{input_annotation(shape.items, prefix=prefix)}]"
        return f"{accepted} | str" if joined_string else accepted
    if shape.kind == "map":
        assert shape.values is not None
        return f"Mapping[str, {input_annotation(shape.values, prefix=prefix)}]"
    if shape.kind == "object" and shape.class_name:
        return f"{prefix}{shape.class_name} | Mapping[str, JsonValue]"
    if has_enum_class(shape):
        return f"{prefix}{shape.enum_class_name} | {enum_literal(shape)}"
    if shape.kind == "union":
        return _union_of(
            input_annotation(variant, prefix=prefix) for variant in shape.variants
        )
    return annotation(shape, prefix)


def _wire_kind(shape: Shape) -> str:
    return {"map": "object"}.get(shape.kind, shape.kind)


_SCALAR_DECODERS = {
    "string": "_m.as_str",
    "integer": "_m.as_int",
    "number": "_m.as_float",
    "boolean": "_m.as_bool",
}


def is_lazy(shape: Shape) -> bool:
    """Whether a response member of ``shape`` is decoded on its first read: nested
    objects, lists and maps, the bulk of a large answer. Scalars (dates and enums too)
    are decoded with the model that holds them."""
    if shape.json_content is not None:
        return False
    if shape.kind == "object":
        return shape.class_name is not None
    return shape.kind in ("array", "map")


def holds_lazy(shape: Shape) -> bool:
    """Whether values of ``shape`` are models with members decoded on first read: in
    a list or map each such value needs its own path, for those members' errors
    (a union's, when any of its variants is such a model)."""
    if shape.kind == "union":
        return any(holds_lazy(variant) for variant in shape.variants)
    return (
        shape.kind == "object"
        and shape.class_name is not None
        and shape.json_content is None
        and any(is_lazy(member.shape) for member in shape.members)
    )


def item_decoder(shape: Shape) -> str:
    """A runtime decoder ``(value, path, request_id) -> decoded`` for values of ``shape``
    nested in lists and maps (a value that is not None)."""
    if shape.json_content is not None:
        return "_m.as_str"
    if has_enum_class(shape):
        check = "_m.as_str" if shape.kind == "string" else "_m.as_int"
        return f"_m.enum_decoder({enum_map_name(shape)}, {check})"
    if shape.kind == "string" and shape.format == "date-time":
        return "_m.as_date_time"
    if shape.kind in _SCALAR_DECODERS:
        return _SCALAR_DECODERS[shape.kind]
    if shape.kind == "object":
        return f"{shape.class_name}.from_wire" if shape.class_name else "_m.as_object"
    if shape.kind == "array":
        assert shape.items is not None
        placed = ", placed=True" if holds_lazy(shape.items) else ""
        return f"_m.list_decoder({item_decoder(shape.items)}{placed})"
    if shape.kind == "map":
        assert shape.values is not None
        placed = ", placed=True" if holds_lazy(shape.values) else ""
        return f"_m.map_decoder({item_decoder(shape.values)}{placed})"
    if shape.kind == "union":
        return union_decoder_name(shape)
    return "_m.as_any"


def converter(shape: Shape, value: str, path: str) -> tuple[str, list[str]]:
    """A call decoding ``value`` (wire data, not None) found at ``path``, as the
    function and its arguments."""
    if has_enum_class(shape) and shape.json_content is None:
        check = "as_str" if shape.kind == "string" else "as_int"
        return (
            f"{enum_map_name(shape)}.get",
            [f"_m.{check}({value}, {path}, request_id)", value],
        )
    if shape.kind == "array" and shape.json_content is None:
        assert shape.items is not None
        function = "_m.placed_list_of" if holds_lazy(shape.items) else "_m.list_of"
        return function, [value, path, "request_id", item_decoder(shape.items)]
    if shape.kind == "map" and shape.json_content is None:
        assert shape.values is not None
        function = "_m.placed_map_of" if holds_lazy(shape.values) else "_m.map_of"
        return function, [value, path, "request_id", item_decoder(shape.values)]
    if shape.kind == "any" and shape.json_content is None:
        return "_m.as_any", [value, path, "request_id"]
    return item_decoder(shape), [value, path, "request_id"]


_INLINE_CHECKS = {
    "string": ("str", "string"),
    "integer": ("int", "integer"),
    "boolean": ("bool", "boolean"),
}
# from_wire's statements sit in a method body.
DECODE_INDENT = 8


def _wrong_kind(path: str, kind: str, depth: int = 1) -> list[str]:
    return layout.call(
        "_m.wrong_kind(",
        [path, py_str(kind), "value", "request_id"],
        ")",
        indent=DECODE_INDENT + 4 * depth,
    )


def decode_lines(member: Member, target: str = "") -> list[str]:
    """Statements turning local ``value`` (the wire value or None) into the attribute
    (or into ``target``), laid out for a method body."""
    shape = member.shape
    if is_lazy(shape) and not target:
        # Kept as sent with where it sits; the member's property decodes it.
        decoded, wire = lazy_slots(member.python_name)
        return [f"self.{wire} = value", f"self.{decoded} = _m.UNSET"]
    target = target or f"self.{member.python_name}"
    path = f"path + {py_str('/' + member.wire_name)}"
    if shape.json_content is not None:
        return [
            "if value is not None and value.__class__ is not str:",
            *layout.indented(_wrong_kind(path, "string")),
            f"{target}_raw = value",
            f"self._{member.python_name}_cache = _m.UNSET",
        ]
    if shape.kind in _INLINE_CHECKS and not (
        shape.kind == "string" and shape.format == "date-time"
    ):
        python_type, wire_kind = _INLINE_CHECKS[shape.kind]
        if has_enum_class(shape):
            return [
                "if value is not None:",
                f"    if value.__class__ is not {python_type}:",
                *layout.indented(_wrong_kind(path, wire_kind, 2), 2),
                *layout.indented(
                    layout.assign_call(
                        "value",
                        f"{enum_map_name(shape)}.get",
                        ["value", "value"],
                        indent=DECODE_INDENT + 4,
                    )
                ),
                f"{target} = value",
            ]
        return [
            f"if value is not None and value.__class__ is not {python_type}:",
            *layout.indented(_wrong_kind(path, wire_kind)),
            f"{target} = value",
        ]
    if shape.kind == "number":
        return [
            "if value is not None and value.__class__ is not float:",
            "    if value.__class__ is not int:",
            *layout.indented(_wrong_kind(path, "number", 2), 2),
            "    value = float(value)",
            f"{target} = value",
        ]
    if shape.kind == "any" or shape.format == "binary":
        return [f"{target} = value"]
    if shape.kind == "array":
        assert shape.items is not None
        return layout.assign_call(
            target,
            (
                "_m.placed_list_or_empty"
                if holds_lazy(shape.items)
                else "_m.list_or_empty"
            ),
            ["value", path, "request_id", item_decoder(shape.items)],
            indent=DECODE_INDENT,
        )
    function, arguments = converter(shape, "value", path)
    return [
        "if value is not None:",
        *layout.indented(
            layout.assign_call("value", function, arguments, indent=DECODE_INDENT + 4)
        ),
        f"{target} = value",
    ]


def encode_expression(shape: Shape, value: str) -> str:
    """An expression turning a decoded (or caller-given) value into wire-shaped data."""
    if (
        shape.kind == "string"
        and shape.format == "date-time"
        and shape.json_content is None
    ):
        return f"_m.format_date_time({value})"
    if (shape.kind == "object" and shape.class_name) or shape.kind == "union":
        return f"_m.to_wire({value})"
    if shape.kind in ("array", "map"):
        inner = shape.items if shape.kind == "array" else shape.values
        assert inner is not None
        if encode_expression(inner, "item") == "item":
            return f"{'list' if shape.kind == 'array' else 'dict'}({value})"
        # Models, datetimes and containers of them, item by item.
        return f"_m.to_wire({value})"
    return value


def xml_descriptor(shape: Shape, ancestry: frozenset[int] = frozenset()) -> object:
    """The value the runtime XML reader uses to know lists and scalar types; a
    recursive shape met again is read as any value."""
    if id(shape) in ancestry:
        return "any"
    ancestry = ancestry | {id(shape)}
    if shape.json_content is not None:
        return "string"
    if shape.kind in ("string", "integer", "number", "boolean", "any"):
        return shape.kind
    if shape.kind == "union":
        return "any"
    if shape.kind == "array":
        assert shape.items is not None
        return ("list", xml_descriptor(shape.items, ancestry))
    if shape.kind == "map":
        assert shape.values is not None
        return ("map", xml_descriptor(shape.values, ancestry))
    if not shape.members and shape.class_name is None:
        return "any"  # a free-form object
    # A class has a descriptor of its members, even when it has none (an answer that
    # is only its HTTP status).
    return {m.wire_name: xml_descriptor(m.shape, ancestry) for m in shape.members}


# Where the model template puts each kind of statement.
CLASS_INDENT = 4
METHOD_INDENT = 8


@dataclass(frozen=True)
class FieldPlan:
    """One member of a generated class, with everything its template needs.

    Statements come as lines laid out for their place (see ``layout``).
    """

    member: Member
    annotation: str
    attribute_lines: tuple[str, ...]
    cache_lines: tuple[str, ...]
    init_parameters: tuple[str, ...]
    init_lines: tuple[str, ...]
    decode: tuple[str, ...]
    encode: tuple[str, ...]  # ``data[...] = ...`` inside an ``if``
    is_json_text: bool
    # A response member decoded on its first read (see ``is_lazy``): a property
    # (``lazy_head``, the docstring, ``lazy_body``) over two slots.
    is_lazy: bool = False
    lazy_head: tuple[str, ...] = ()
    lazy_body: tuple[str, ...] = ()
    # Response lists are never None (absent means empty), so to_dict leaves out empty
    # ones: a body without the list round-trips to a dict without it.
    omit_when_empty: bool = False

    @property
    def name(self) -> str:
        return self.member.python_name

    @property
    def wire_name(self) -> str:
        return self.member.wire_name


def _parameter(name: str, given: str, default: str = "") -> list[str]:
    return layout.annotated(name, given, f"{default},", indent=METHOD_INDENT)


def _request_init(
    member: Member, joined_string: bool
) -> tuple[str, list[str], list[str]]:
    """(attribute annotation, __init__ parameters, __init__ statements) of a request member."""
    shape, name = member.shape, member.python_name
    given = input_annotation(shape, joined_string)
    if member.nullable:
        given += " | _m.Null"  # NULL sends an explicit null
    default = default_literal(member)
    if default is not None:
        parameter = _parameter(name, f"{given} | None", f" = {default}")
    elif member.required:
        parameter = _parameter(name, given)
    else:
        parameter = _parameter(name, f"{given} | None", " = None")
    if shape.json_content is not None:
        return (
            "str | None",
            parameter,
            [
                *layout.assign_ternary(
                    f"self.{name}_raw",
                    "None",
                    f"{name} is None",
                    f"_m.encode_json_text({name})",
                    indent=METHOD_INDENT,
                ),
                f"self._{name}_cache = _m.UNSET",
            ],
        )
    if shape.kind == "array":
        assert shape.items is not None
        attribute = f"list[{input_annotation(shape.items)}] | None"
        if member.nullable:
            attribute += " | _m.Null"
        if joined_string:
            function, arguments = "_m.split_joined", [name, '","']
        else:
            function, arguments = "_m.as_given_list", [name]
        return (
            attribute,
            parameter,
            layout.assign_call(
                f"self.{name}", function, arguments, indent=METHOD_INDENT
            ),
        )
    return (
        f"{given} | None",
        parameter,
        layout.assign(f"self.{name}", name, indent=METHOD_INDENT),
    )


def _response_init(member: Member) -> tuple[str, list[str], list[str]]:
    shape, name = member.shape, member.python_name
    decoded = annotation(shape)
    if shape.json_content is not None:
        return (
            "str | None",
            [
                *_parameter(name, f"{decoded} | None", " = None"),
                *_parameter(f"{name}_raw", "str | None", " = None"),
            ],
            [
                f"if {name} is not None and {name}_raw is None:",
                *layout.indented(
                    layout.assign_call(
                        f"{name}_raw",
                        "_m.encode_json_text",
                        [name],
                        indent=METHOD_INDENT + 4,
                    )
                ),
                *layout.assign(f"self.{name}_raw", f"{name}_raw", indent=METHOD_INDENT),
                *layout.assign_ternary(
                    f"self._{name}_cache",
                    "_m.UNSET",
                    f"{name} is None",
                    name,
                    indent=METHOD_INDENT,
                ),
            ],
        )
    if shape.kind == "array":
        assert shape.items is not None
        return (
            decoded,
            _parameter(name, f"Sequence[{annotation(shape.items)}] | None", " = None"),
            layout.assign_ternary(
                f"self.{name}",
                "[]",
                f"{name} is None",
                f"list({name})",
                indent=METHOD_INDENT,
            ),
        )
    # A caller building a model is held to an enum's documented values and the model
    # holds the member, as decoding gives it; the attribute keeps any value an answer
    # carries.
    # A nullable member may be given NULL: the attribute is None, and ``sent_null``
    # (and to_dict, which writes the null) tells it from absent.
    null = " | _m.Null" if member.nullable else ""
    given = f"_m.not_null({name})" if member.nullable else name
    if has_enum_class(shape):
        return (
            f"{decoded} | None",
            _parameter(name, f"{input_annotation(shape)}{null} | None", " = None"),
            layout.assign_call(
                f"self.{name}",
                "_m.enum_member",
                [enum_map_name(shape), given],
                indent=METHOD_INDENT,
            ),
        )
    if member.nullable:
        return (
            f"{decoded} | None",
            _parameter(name, f"{decoded}{null} | None", " = None"),
            layout.assign_call(
                f"self.{name}", "_m.not_null", [name], indent=METHOD_INDENT
            ),
        )
    return (
        f"{decoded} | None",
        _parameter(name, f"{decoded} | None", " = None"),
        layout.assign(f"self.{name}", name, indent=METHOD_INDENT),
    )


# Slots of a model with lazily decoded members: where the model sits in the answer and
# the answer's request id, for those members' errors. A member's own slots are
# ``_{name}__decoded`` and ``_{name}__wire``: no member name holds ``__``.
LAZY_PLACE_SLOTS = ("_wire__path", "_wire__request_id")


def lazy_slots(name: str) -> tuple[str, str]:
    return f"_{name}__decoded", f"_{name}__wire"


def _lazy_lines(member: Member, attribute: str) -> tuple[list[str], list[str]]:
    """The property of a lazily decoded member, around its docstring: on first read it
    decodes the kept wire value (and lets it go), as from_wire would have at once."""
    name = member.python_name
    decoded, wire = lazy_slots(name)
    head = ["@property", *layout.signature(name, ["self"], attribute, indent=4)]
    # Checked again under the runtime's first-read lock: a second thread that saw no
    # value yet must not decode the wire value the first one has just let go (it would
    # read None: an empty list instead of the answer's) nor replace the first one's
    # object with an equal copy.
    body = [
        f"    value = self.{decoded}",
        "    if value is _m.UNSET:",
        "        with _m.FIRST_READ:",
        f"            value = self.{decoded}",
        "            if value is _m.UNSET:",
        *layout.indented(
            layout.assign_call(
                f"value = self.{decoded}",
                f"self._read_{name}",
                [f"self.{wire}", "self._wire__path", "self._wire__request_id"],
                indent=16,
            ),
            4,
        ),
        f"                self.{wire} = None",
        "    return value",
        "",
        f"@{name}.setter",
        *layout.signature(name, ["self", f"value: {attribute}"], "None", indent=4),
        f"    self.{decoded} = value",
        "",
        "@staticmethod",
        *layout.signature(
            f"_read_{name}",
            ["value: Any", "path: str", "request_id: str | None"],
            attribute,
            indent=4,
        ),
        *layout.indented(layout.annotated("decoded", attribute, indent=8)),
        *layout.indented(decode_lines(member, target="decoded")),
        "    return decoded",
    ]
    return head, body


def field_plan(
    member: Member, *, response: bool, joined_string: bool = False
) -> FieldPlan:
    shape, name = member.shape, member.python_name
    is_json_text = shape.json_content is not None
    if is_json_text:
        encode = f"self.{name}_raw"
    elif not response:
        # Caller-given values may be of any type: to_wire never fails, the validator
        # then names what is wrong.
        encode = f"_m.to_wire(self.{name})"
    else:
        encode = encode_expression(shape, f"self.{name}")
    if response:
        attribute, parameters, init_lines = _response_init(member)
    else:
        attribute, parameters, init_lines = _request_init(member, joined_string)
    decoded = annotation(shape)
    # Answers are not read for a write-only member: it is never waiting for a read.
    skipped = response and member.write_only and not is_json_text
    lazy = response and is_lazy(shape) and not skipped
    if lazy:
        decoded_slot, wire_slot = lazy_slots(name)
        attribute_lines = [
            *layout.annotated(
                decoded_slot, f"{attribute} | _m.Unset", indent=CLASS_INDENT
            ),
            f"{wire_slot}: Any",
        ]
        lazy_head, lazy_body = _lazy_lines(member, attribute)
    else:
        attribute_lines = layout.annotated(
            f"{name}_raw" if is_json_text else name,
            "str | None" if is_json_text else attribute,
            indent=CLASS_INDENT,
        )
        lazy_head, lazy_body = [], []
    if skipped:
        # Whatever an answer holds there is left out.
        decode = ["self." + name + (" = []" if shape.kind == "array" else " = None")]
    else:
        decode = decode_lines(member) if response else []
    return FieldPlan(
        member=member,
        annotation=decoded,
        attribute_lines=tuple(attribute_lines),
        cache_lines=tuple(
            layout.annotated(
                f"_{name}_cache", f"{decoded} | None | _m.Unset", indent=CLASS_INDENT
            )
        ),
        init_parameters=tuple(parameters),
        init_lines=tuple(init_lines),
        decode=tuple(decode),
        encode=tuple(
            layout.assign_expression(
                f"data[{py_str(member.wire_name)}]", encode, indent=METHOD_INDENT + 4
            )
        ),
        is_json_text=is_json_text,
        is_lazy=lazy,
        lazy_head=tuple(lazy_head),
        lazy_body=tuple(lazy_body),
        omit_when_empty=response and shape.kind == "array",
    )


def module_name(operation: Operation) -> str:
    """The name of an operation's modules (models, validators, operations, tests)."""
    return operation.python_name
