"""The formats the spec uses, checked as the API checks them and written as the spec says.

Reading (query parameters and request bodies): ``int32``/``int64`` are ranges, numbers must
be finite, ``date`` is ``YYYY-MM-DD`` and, as S3 sends dates, may carry a time
(``YYYY-MM-DDTHH:MM:SS``); ``date-time`` needs a time and may omit the offset (S3, S6).
Writing (answers): a ``date`` field is sent as ``YYYY-MM-DD`` and a ``date-time`` with an
offset (``+00:00`` when the stored value has none: the emulator keeps UTC), so every answer
matches its ``format`` and survives a parse and ``isoformat()`` unchanged.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import jsonschema  # type: ignore[import-untyped,unused-ignore]

UTC = "+00:00"
INT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?([Zz]|[+-]\d{2}:\d{2})?")
_INTEGER = re.compile(r"[+-]?\d+")
_OFFSET = re.compile(r"([Zz]|[+-]\d{2}:\d{2})$")


def is_date(text: str) -> bool:
    """``YYYY-MM-DD``, optionally followed by a time (S3 sends dates as date-times)."""
    if not _DATE.fullmatch(text[:10]) or (len(text) > 10 and not is_date_time(text)):
        return False
    try:
        dt.date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def is_date_time(text: str) -> bool:
    """A date and a time, with or without an offset (S6 writes ``2023-02-01 15:00:00``)."""
    if not (_DATE.fullmatch(text[:10]) and _TIME.fullmatch(text[10:])):
        return False
    iso = text[:10] + "T" + text[11:]
    if iso[-1:] in "Zz":
        iso = iso[:-1] + "+00:00"
    try:
        dt.datetime.fromisoformat(iso)
    except ValueError:
        return False
    return True


def in_range(value: int, fmt: str | None) -> bool:
    low, high = INT_RANGES.get(fmt or "", (-math.inf, math.inf))
    return low <= value <= high


def parse_query(raw: str, schema: dict[str, Any]) -> tuple[Any, str | None]:
    """A query value as its schema types it, or the reason it is not valid."""
    kind = schema.get("type")
    value: Any = raw
    if kind == "integer":
        if not _INTEGER.fullmatch(raw):
            return None, "is not a whole number"
        value = int(raw)
        if not in_range(value, schema.get("format")):
            return None, f"is out of range for {schema.get('format')}"
    elif kind == "number":
        try:
            value = float(raw)
        except ValueError:
            return None, "is not a number"
        if not math.isfinite(value):
            return None, "is not a finite number"
    elif kind == "boolean":
        if raw.lower() not in ("true", "false"):
            return None, "is not true or false"
        value = raw.lower() == "true"
    elif kind == "string":
        reason = string_error(raw, schema)
        if reason:
            return None, reason
    if "enum" in schema and value not in schema["enum"]:
        return None, "is not one of " + ", ".join(str(e) for e in schema["enum"])
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            return None, f"must be >= {schema['minimum']}"
        if "maximum" in schema and value > schema["maximum"]:
            return None, f"must be <= {schema['maximum']}"
    return value, None


def string_error(text: str, schema: dict[str, Any]) -> str | None:
    fmt = schema.get("format")
    if fmt == "date" and not is_date(text):
        return "is not a date (YYYY-MM-DD)"
    if fmt == "date-time" and not is_date_time(text):
        return "is not a date-time (YYYY-MM-DDTHH:MM:SS)"
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and not re.search(pattern, text):
        return "does not have the expected form"
    return None


def format_checker() -> Any:
    """A jsonschema ``FormatChecker`` for request bodies: the formats above and int ranges."""
    checker = jsonschema.FormatChecker(formats=())

    @checker.checks("date")  # type: ignore[untyped-decorator,unused-ignore]
    def _date(instance: object) -> bool:
        return not isinstance(instance, str) or is_date(instance)

    @checker.checks("date-time")  # type: ignore[untyped-decorator,unused-ignore]
    def _date_time(instance: object) -> bool:
        return not isinstance(instance, str) or is_date_time(instance)

    for name in INT_RANGES:

        def _ranged(instance: object, fmt: str = name) -> bool:
            if isinstance(instance, bool) or not isinstance(instance, int):
                return True
            return in_range(instance, fmt)

        checker.checks(name)(_ranged)

    @checker.checks("double")  # type: ignore[untyped-decorator,unused-ignore]
    def _double(instance: object) -> bool:
        return not isinstance(instance, float) or math.isfinite(instance)

    return checker


def as_date(text: str) -> str:
    """A ``date`` field as the spec writes it: the date part of a stored date-time."""
    return text[:10] if len(text) > 10 and text[10:11] in ("T", "t", " ") else text


def as_date_time(text: str) -> str:
    """A ``date-time`` field with an offset: stored values without one are UTC."""
    if len(text) == 10:
        return f"{text}T00:00:00{UTC}"
    if len(text) == 16:
        text += ":00"
    if _OFFSET.search(text[19:]):
        return text.replace(" ", "T", 1)
    return text.replace(" ", "T", 1) + UTC
