"""Plain JSON turned back into typed frozen dataclasses, through one converter made per type hint.

An approved meeting's snapshot holds thousands of objects; asking `typing` what each field is, per
object, cost most of a rebuild. Each hint is resolved once here into a converter, and a dataclass's
converter knows its fields' converters, so a rebuild only converts what needs converting.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

# A converter takes a JSON value that is not None; None: the value is kept as it is.
Converter = Callable[[Any], Any] | None


def from_json[T](tp: type[T], value: Any) -> T:
    """`value` (plain JSON: dicts, lists, strings, numbers) as `tp`: dataclasses from dicts, tuples
    from lists, datetimes, dates and enums from their text or value; a field `value` does not hold
    (one a dataclass gained later) takes the dataclass's default; None stays None."""
    hint: Any = tp  # a class is hashable, whatever typeshed says of `type[T]`
    convert = converter(hint)
    return value if value is None or convert is None else convert(value)  # type: ignore[no-any-return]


@functools.cache
def converter(tp: Any) -> Converter:
    """How a JSON value becomes `tp`, worked out once per hint."""
    origin = get_origin(tp)
    if origin in (Union, UnionType):
        # An optional field (X | None): None is kept already, anything else is an X.
        return converter(next(a for a in get_args(tp) if a is not type(None)))
    if origin is tuple:
        return _tuple_of(converter(get_args(tp)[0]))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return _dataclass(tp)
    if tp is datetime:
        return datetime.fromisoformat
    if tp is date:
        return date.fromisoformat
    if isinstance(tp, type) and issubclass(tp, Enum):
        return _enum(tp)
    return None


def _enum(tp: type[Enum]) -> Callable[[Any], Any]:
    # The members by value, as `tp(value)` finds them first (without the metaclass's call).
    members = tp._value2member_map_

    def member(value: Any) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):  # not a value of the enum: `tp` says so (or finds an alias)
            return tp(value)

    return member


def _tuple_of(item: Converter) -> Callable[[Any], Any]:
    if item is None:
        return tuple
    return lambda values: tuple([None if v is None else item(v) for v in values])


def _dataclass(tp: type) -> Callable[[Any], Any]:
    hints = get_type_hints(tp)
    # Resolved on first use, not here: a dataclass may hold itself (a tree) through its fields.
    fields: list[tuple[str, Converter]] | None = None

    def build(value: dict[str, Any]) -> Any:
        nonlocal fields
        if fields is None:
            fields = [(f.name, converter(hints[f.name])) for f in dataclasses.fields(tp)]
        arguments = {}
        for name, convert in fields:
            if name in value:
                v = value[name]
                arguments[name] = v if v is None or convert is None else convert(v)
        return tp(**arguments)

    return build
