"""List semantics of the API: PascalCase filters with ``_from``/``_to``/``_comparison``,
``orderBy``, ``fields`` projection and page arithmetic."""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ._spec import JSONDict

RESERVED = frozenset({"page", "pagesize", "fields", "orderby", "metaonly", "validateonly"})
COMPARISONS = ("contains", "equals", "notequals", "startswith", "endswith")


class QueryError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class Condition:
    key: str
    low: Any = None
    high: Any = None
    value: Any = None
    comparison: str = ""


def key_of(name: str, keys: Iterable[str]) -> str | None:
    """The item key a PascalCase/any-case query name refers to."""
    low = name.lower()
    for key in keys:
        if key.lower() == low:
            return key
    return None


def conditions(params: Mapping[str, str], keys: Iterable[str]) -> list[Condition]:
    """Filters found in ``params`` for an item with ``keys``; unknown names are ignored."""
    keys = list(keys)
    found: dict[str, dict[str, Any]] = {}
    comparisons: dict[str, str] = {}
    for name, raw in params.items():
        if name.lower() in RESERVED or raw == "":
            continue
        base, _, suffix = name.rpartition("_") if "_" in name else (name, "", "")
        suffix = suffix.lower()
        if suffix in ("from", "to", "comparison"):
            key = key_of(base, keys)
            if key is None:
                continue
            if suffix == "comparison":
                if raw.lower() not in COMPARISONS:
                    raise QueryError(name, f"'{raw}' is not a valid comparison.")
                comparisons[key] = raw.lower()
            else:
                found.setdefault(key, {})["low" if suffix == "from" else "high"] = raw
            continue
        key = key_of(name, keys)
        if key is not None:
            found.setdefault(key, {})["value"] = raw
    return [Condition(key=k, comparison=comparisons.get(k, ""), **v) for k, v in found.items()]


def _norm(value: Any) -> Any:
    """Dates and date-times as comparable text: ``T`` between date and time, and a time
    with an offset as UTC without one (stored times without an offset are UTC)."""
    if isinstance(value, str) and _date_like(value):
        return _norm_date_text(value)
    return value


def _date_like(text: str) -> bool:
    return len(text) >= 10 and text[4:5] == "-" and text[7:8] == "-"


@functools.lru_cache(maxsize=4096)
def _norm_date_text(value: str) -> str:
    """``_norm`` of a date-like string; cached, as a filter compares every item with the same
    bounds (and a date-time with an offset costs a parse)."""
    text = value.replace(" ", "T")
    if len(text) > 19 and (text[-1] in "Zz" or text[-6:-5] in ("+", "-")):
        iso = text[:-1] + "+00:00" if text[-1] in "Zz" else text
        try:
            moment = dt.datetime.fromisoformat(iso)
        except ValueError:
            return text
        return moment.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat()
    return text


def _typed(raw: str, sample: Any) -> Any:
    if isinstance(sample, bool):
        return raw.lower() in ("true", "1")
    if isinstance(sample, int):
        return int(float(raw))
    if isinstance(sample, float):
        return float(raw)
    return _norm(raw)


def matches(item: JSONDict, condition: Condition) -> bool:
    actual = item.get(condition.key)
    if actual is None:
        return False
    try:
        if condition.value is not None:
            if isinstance(actual, str):
                expected = condition.value
                if _date_like(actual) and _date_like(expected):  # both as _norm writes them
                    actual, expected = _norm_date_text(actual), _norm_date_text(expected)
                return _compare_text(actual, expected, condition.comparison or "contains")
            expected = _typed(condition.value, actual)
            if condition.comparison == "notequals":
                return bool(actual != expected)
            return bool(actual == expected)
        value = _norm(actual)
        if condition.low is not None and value < _bound(condition.low, actual, False):
            return False
        return not (condition.high is not None and value > _bound(condition.high, actual, True))
    except (TypeError, ValueError):
        return False


def _bound(raw: str, sample: Any, upper: bool) -> Any:
    bound = _typed(raw, sample)
    if upper and isinstance(bound, str) and len(bound) == 10:
        return bound + "T99"  # a date-only upper bound includes that whole day
    return bound


def _compare_text(actual: str, expected: str, how: str) -> bool:
    a, e = actual.lower(), expected.lower()
    if how == "equals":
        return a == e
    if how == "notequals":
        return a != e
    if how == "startswith":
        return a.startswith(e)
    if how == "endswith":
        return a.endswith(e)
    return e in a


def order_keys(raw: str, keys: Iterable[str]) -> list[tuple[str, bool]]:
    """``orderBy=name desc,id`` (or ``-name``) as [(key, descending)]."""
    keys = list(keys)
    out: list[tuple[str, bool]] = []
    for part in raw.split(","):
        words = part.strip().split()
        if not words:
            continue
        name, descending = words[0], len(words) > 1 and words[1].lower() == "desc"
        if name.startswith("-"):
            name, descending = name[1:], True
        key = key_of(name, keys)
        if key is None or (len(words) > 1 and words[1].lower() not in ("asc", "desc")):
            raise QueryError("orderBy", f"Cannot order by '{part.strip()}'.")
        out.append((key, descending))
    return out


def sort(items: list[JSONDict], order: list[tuple[str, bool]]) -> list[JSONDict]:
    for key, descending in reversed(order):
        items.sort(key=lambda item: _sort_key(item.get(key)), reverse=descending)
    return items


def _sort_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (0, 0)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, value)
    return (2, str(value).lower())


def select(item: JSONDict, fields: list[str]) -> JSONDict:
    wanted = {f.lower() for f in fields}
    return {k: v for k, v in item.items() if k.lower() in wanted or k == "_meta"}


@dataclass(frozen=True)
class Paging:
    page: int
    size: int

    def offset(self) -> int:
        return (self.page - 1) * self.size

    def count(self, total: int) -> int:
        return math.ceil(total / self.size) if total else 0
