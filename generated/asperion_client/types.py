"""Contains some shared types for properties"""

import datetime
import json
import re
from collections.abc import Mapping, MutableMapping
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Callable, Generic, Literal, TypeVar

import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


def json_body(response: httpx.Response) -> Any:
    """A response's JSON body with every non-integer number as the exact ``Decimal`` written."""
    return json.loads(response.content, parse_float=Decimal)


def to_decimal(value: object) -> Decimal:
    """A JSON number (or numeric string) as an exact ``Decimal``; anything else raises.

    Bodies decoded with ``json_body`` already hold ``Decimal``; an ``int`` converts exactly
    and a ``float`` (a body decoded elsewhere) through its shortest repr, never its binary
    expansion.
    """
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    elif isinstance(value, int):
        return Decimal(value)
    else:
        try:
            number = Decimal(repr(value) if isinstance(value, float) else value.strip())
        except InvalidOperation:
            raise ValueError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return number


# A pattern string, compiled on first use (re caches it): not at import, where it costs.
_ISO = (
    r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:[.,](\d+))?)?"
    r"(Z|z|[+-]\d{2}(?::?\d{2})?)?"
)


def _parse_iso(value: object, kind: str) -> datetime.datetime:
    """ISO 8601 as the API writes it, on every Python: .NET's seven fraction digits are cut to
    six, ``Z`` is UTC, a missing offset stays naive, a bare date is midnight."""
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 {kind} string, got {type(value).__name__}")
    match = re.fullmatch(_ISO, value.strip())
    if match is not None:
        day, clock, fraction, offset = match.groups()
        text = day + "T" + (clock or "00:00")
        if fraction:
            text += "." + fraction[:6].ljust(6, "0")
        if offset:
            if offset in ("Z", "z"):
                offset = "+00:00"
            elif ":" not in offset:
                offset = offset[:3] + ":" + (offset[3:] or "00")
            text += offset
        try:
            return datetime.datetime.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"not an ISO 8601 {kind}: {value!r}")


def to_date(value: object) -> datetime.date:
    """An ISO date; a date-time (``2023-01-01T00:00:00``, as the API sends some dates) gives
    its date. Anything else raises ``ValueError``/``TypeError``, never passes through.

    The stdlib's ``fromisoformat`` reads the common shapes in well under a microsecond;
    ``_parse_iso`` answers whatever it refuses (a ``Z`` or seven fraction digits on 3.10).
    It is only given ``YYYY-MM-DD`` and ``YYYY-MM-DDTHH:MM...``, so that Python 3.11's wider
    ``fromisoformat`` (week dates, basic format) accepts no more than ``_parse_iso`` does.
    The checks are inline: a helper call would cost as much as the parse."""
    if type(value) is str and len(value) >= 10 and value[4] == value[7] == "-":
        try:
            if len(value) == 10:
                return datetime.date.fromisoformat(value)
            if len(value) >= 16 and value[10] == "T" and value[13] == ":":
                return datetime.datetime.fromisoformat(value).date()
        except ValueError:
            pass
    return _parse_iso(value, "date").date()


def to_datetime(value: object) -> datetime.datetime:
    """An ISO date-time (offset optional, .NET's seven fraction digits too). Anything else
    raises. The fast path is as in ``to_date``."""
    if (
        type(value) is str
        and len(value) >= 16
        and value[4] == value[7] == "-"
        and value[10] == "T"
        and value[13] == ":"
    ):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
    return _parse_iso(value, "date-time")


class _ReadOnFirstAccess:
    """A model field that may hold its JSON object until it is first read.

    ``from_dict``/``from_dicts`` store the object as it came (through ``_<field>_json``, a
    second name of the field's slot); the first read builds the model and keeps it. Reading,
    setting, comparing, ``repr``, ``to_dict`` and pickling see the model, as if it had been
    built at once. Installed only for a nested model whose every field is taken as the JSON
    gives it (no dates, numbers or further models to convert), so building it later cannot
    fail where building it at once would not.
    """

    __slots__ = ("_slot", "_from_dict")

    def __init__(self, slot: Any, from_dict: Callable[[Any], Any]) -> None:
        self._slot = slot
        self._from_dict = from_dict

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is None:
            return self
        value = self._slot.__get__(instance, owner)
        if type(value) is dict:
            value = self._from_dict(value)
            self._slot.__set__(instance, value)
        return value

    def __set__(self, instance: Any, value: Any) -> None:
        self._slot.__set__(instance, value)

    def __delete__(self, instance: Any) -> None:
        self._slot.__delete__(instance)


def read_on_first_access(cls: type, name: str, from_dict: Callable[[Any], Any]) -> None:
    """Make field ``name`` of the slotted attrs class ``cls`` read its model on first access.

    The field's slot stays reachable as ``_<name>_json``, for ``from_dict``/``from_dicts`` to
    store the JSON object with: storing to a slot costs less than calling a setter, once per
    item of a page.
    """
    slot = cls.__dict__[name]
    setattr(cls, name, _ReadOnFirstAccess(slot, from_dict))
    setattr(cls, f"_{name}_json", slot)


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "json_body",
    "read_on_first_access",
    "to_date",
    "to_datetime",
    "to_decimal",
]
