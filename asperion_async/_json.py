"""JSON with exact numbers: a number is a ``Decimal`` with the digits the text wrote, both ways.

The API's amounts, rates and quantities are decimal numbers; a float cannot hold ``0.1``, and
``json``/httpx would turn a ``Decimal`` into a float (or refuse it). ``json_loads`` reads every
non-integer number as ``Decimal``; ``json_dumps`` writes a ``Decimal`` as ``str(value)``,
which is valid JSON for every finite value (``12.50``, ``1E+2``, ``-0``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from json.encoder import encode_basestring
from typing import Any

__all__ = ["json_dumps", "json_loads"]


class _HasDecimal(Exception):
    """Raised by the fast path's ``default`` hook: the value needs the exact writer."""


def _refuse(value: object) -> Any:
    if isinstance(value, Decimal):
        raise _HasDecimal
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def json_loads(data: str | bytes) -> Any:
    """Decode JSON text; non-integer numbers become ``Decimal`` exactly as written."""
    return json.loads(data, parse_float=Decimal)


def json_dumps(value: Any, *, sort_keys: bool = False) -> str:
    """Compact JSON text of ``value``; a ``Decimal`` is written exactly, never via float.

    NaN and infinities are refused (``ValueError``), as JSON has no way to write them.
    """
    try:
        return json.dumps(
            value,
            ensure_ascii=False,
            separators=(",", ":"),
            allow_nan=False,
            sort_keys=sort_keys,
            default=_refuse,
        )
    except _HasDecimal:
        parts: list[str] = []
        _write(value, parts, sort_keys)
        return "".join(parts)


def _write(value: Any, out: list[str], sort_keys: bool) -> None:
    if isinstance(value, str):
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"JSON cannot hold {value}")
        out.append(str(value))
    elif isinstance(value, float):
        out.append(json.dumps(value, allow_nan=False))
    elif isinstance(value, Mapping):
        items = sorted(value.items()) if sort_keys else value.items()
        out.append("{")
        for index, (key, item) in enumerate(items):
            if not isinstance(key, str):
                raise TypeError(f"JSON object keys must be str, not {type(key).__name__}")
            if index:
                out.append(",")
            out.append(encode_basestring(key))
            out.append(":")
            _write(item, out, sort_keys)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _write(item, out, sort_keys)
        out.append("]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
