"""Python types and code snippets for shapes, computed here so templates only lay them out.

Decoding from wire data is generated as straight-line code per class (the hot path of
every response); values nested inside lists and maps go through small runtime helpers.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..filters import py_str
from ..model import Member, Shape


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
        base = "str" if shape.kind == "string" else "int"
        return f"{prefix}{shape.enum_class_name} | {base}"
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
    return "JsonValue"


def input_annotation(
    shape: Shape, joined_string: bool = False, prefix: str = ""
) -> str:
    """What a caller may pass for ``shape``: any sequence for lists, text for JSON-in-string."""
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
    return annotation(shape, prefix)


def _wire_kind(shape: Shape) -> str:
    return {"map": "object"}.get(shape.kind, shape.kind)


def converter(shape: Shape, value: str, path: str) -> str:
    """An expression decoding ``value`` (wire data, not None) found at ``path``."""
    if shape.json_content is not None:
        return f"_m.as_str({value}, {path}, request_id)"
    if has_enum_class(shape):
        check = "as_str" if shape.kind == "string" else "as_int"
        return f"{enum_map_name(shape)}.get(_m.{check}({value}, {path}, request_id), {value})"
    simple = {
        "string": "as_str",
        "integer": "as_int",
        "number": "as_float",
        "boolean": "as_bool",
    }
    if shape.kind == "string" and shape.format == "date-time":
        return f"_m.as_date_time({value}, {path}, request_id)"
    if shape.kind in simple:
        return f"_m.{simple[shape.kind]}({value}, {path}, request_id)"
    if shape.kind == "object":
        if shape.class_name:
            return f"{shape.class_name}.from_wire({value}, {path}, request_id)"
        return f"_m.as_object({value}, {path}, request_id)"
    if shape.kind == "array":
        assert shape.items is not None
        item = converter(shape.items, "item", f'{path} + "/" + str(index)')
        return f"[{item} for index, item in enumerate(_m.as_list({value}, {path}, request_id))]"
    if shape.kind == "map":
        assert shape.values is not None
        item = converter(shape.values, "item", f'{path} + "/" + _m.escape(key)')
        return f"{{key: {item} for key, item in _m.as_object({value}, {path}, request_id).items()}}"
    return value


_INLINE_CHECKS = {
    "string": ("str", "string"),
    "integer": ("int", "integer"),
    "boolean": ("bool", "boolean"),
}


def decode_lines(member: Member, *, response: bool) -> list[str]:
    """Statements turning local ``value`` (the wire value or None) into the attribute."""
    shape = member.shape
    target = f"self.{member.python_name}"
    path = f"path + {py_str('/' + member.wire_name)}"
    if shape.json_content is not None:
        return [
            "if value is not None and value.__class__ is not str:",
            f'    _m.wrong_kind({path}, "string", value, request_id)',
            f"{target}_raw = value",
            f"self._{member.python_name}_cache = _m.UNSET",
        ]
    if shape.kind in _INLINE_CHECKS and not (
        shape.kind == "string" and shape.format == "date-time"
    ):
        python_type, wire_kind = _INLINE_CHECKS[shape.kind]
        lines = [
            f"if value is not None and value.__class__ is not {python_type}:",
            f"    _m.wrong_kind({path}, {py_str(wire_kind)}, value, request_id)",
        ]
        if has_enum_class(shape):
            lines.append(
                f"{target} = None if value is None"
                f" else {enum_map_name(shape)}.get(value, value)"
            )
        else:
            lines.append(f"{target} = value")
        return lines
    if shape.kind == "number":
        return [
            "if value is not None and value.__class__ is not float:",
            "    if value.__class__ is not int:",
            f'        _m.wrong_kind({path}, "number", value, request_id)',
            "    value = float(value)",
            f"{target} = value",
        ]
    if shape.kind == "any":
        return [f"{target} = value"]
    empty = "[]" if shape.kind == "array" and response else "None"
    return [
        f"{target} = {empty} if value is None else {converter(shape, 'value', path)}"
    ]


def encode_expression(shape: Shape, value: str, depth: int = 0) -> str:
    """An expression turning a decoded (or caller-given) value into wire-shaped data."""
    item = f"item{depth}"
    if (
        shape.kind == "string"
        and shape.format == "date-time"
        and shape.json_content is None
    ):
        return f"_m.format_date_time({value})"
    if shape.kind == "object" and shape.class_name:
        return f"_m.to_wire({value})"
    if shape.kind == "array":
        assert shape.items is not None
        inner = encode_expression(shape.items, item, depth + 1)
        return f"[{inner} for {item} in {value}]" if inner != item else f"list({value})"
    if shape.kind == "map":
        assert shape.values is not None
        inner = encode_expression(shape.values, item, depth + 1)
        return (
            f"{{key{depth}: {inner} for key{depth}, {item} in {value}.items()}}"
            if inner != item
            else f"dict({value})"
        )
    return value


def xml_descriptor(shape: Shape) -> str:
    """The literal the runtime XML reader uses to know lists and scalar types."""
    if shape.json_content is not None:
        return '"string"'
    if shape.kind in ("string", "integer", "number", "boolean", "any"):
        return py_str(shape.kind)
    if shape.kind == "array":
        assert shape.items is not None
        return f'("list", {xml_descriptor(shape.items)})'
    if shape.kind == "map":
        assert shape.values is not None
        return f'("map", {xml_descriptor(shape.values)})'
    if not shape.members:
        return '"any"'
    inner = ", ".join(
        f"{py_str(m.wire_name)}: {xml_descriptor(m.shape)}" for m in shape.members
    )
    return "{" + inner + "}"


@dataclass(frozen=True)
class FieldPlan:
    """One member of a generated class, with everything its template needs."""

    member: Member
    annotation: str
    attribute_annotation: str
    init_parameters: tuple[str, ...]
    init_lines: tuple[str, ...]
    decode: tuple[str, ...]
    encode: str
    is_json_text: bool
    # Response lists are never None (absent means empty), so to_dict leaves out empty
    # ones: a body without the list round-trips to a dict without it.
    omit_when_empty: bool = False

    @property
    def name(self) -> str:
        return self.member.python_name

    @property
    def wire_name(self) -> str:
        return self.member.wire_name


def _request_init(
    member: Member, joined_string: bool
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(attribute annotation, __init__ parameters, __init__ statements) of a request member."""
    shape, name = member.shape, member.python_name
    given = input_annotation(shape, joined_string)
    default = "" if member.required else " | None = None"
    parameter = (f"{name}: {given}{default}",)
    if shape.json_content is not None:
        return (
            "str | None",
            parameter,
            (
                f"self.{name}_raw = None if {name} is None else _m.encode_json_text({name})",
                f"self._{name}_cache = _m.UNSET",
            ),
        )
    if shape.kind == "array":
        assert shape.items is not None
        attribute = f"list[{input_annotation(shape.items)}] | None"
        if joined_string:
            return (
                attribute,
                parameter,
                (f'self.{name} = _m.split_joined({name}, ",")',),
            )
        return attribute, parameter, (f"self.{name} = _m.as_given_list({name})",)
    return f"{given} | None", parameter, (f"self.{name} = {name}",)


def _response_init(member: Member) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    shape, name = member.shape, member.python_name
    decoded = annotation(shape)
    if shape.json_content is not None:
        return (
            "str | None",
            (f"{name}: {decoded} | None = None", f"{name}_raw: str | None = None"),
            (
                f"if {name} is not None and {name}_raw is None:",
                f"    {name}_raw = _m.encode_json_text({name})",
                f"self.{name}_raw = {name}_raw",
                f"self._{name}_cache = _m.UNSET if {name} is None else {name}",
            ),
        )
    if shape.kind == "array":
        assert shape.items is not None
        return (
            decoded,
            (f"{name}: Sequence[{annotation(shape.items)}] | None = None",),
            (f"self.{name} = [] if {name} is None else list({name})",),
        )
    return (
        f"{decoded} | None",
        (f"{name}: {decoded} | None = None",),
        (f"self.{name} = {name}",),
    )


def field_plan(
    member: Member, *, response: bool, joined_string: bool = False
) -> FieldPlan:
    shape = member.shape
    is_json_text = shape.json_content is not None
    if is_json_text:
        encode = f"self.{member.python_name}_raw"
    elif not response:
        # Caller-given values may be of any type: to_wire never fails, the validator
        # then names what is wrong.
        encode = f"_m.to_wire(self.{member.python_name})"
    else:
        encode = encode_expression(shape, f"self.{member.python_name}")
    if response:
        attribute, parameters, init_lines = _response_init(member)
    else:
        attribute, parameters, init_lines = _request_init(member, joined_string)
    return FieldPlan(
        member=member,
        annotation=annotation(shape),
        attribute_annotation=attribute,
        init_parameters=parameters,
        init_lines=init_lines,
        decode=tuple(decode_lines(member, response=response)),
        encode=encode,
        is_json_text=is_json_text,
        omit_when_empty=response and shape.kind == "array",
    )
