"""Schema-shaped values: generic generation for unknown fields, and conforming on the way out."""

from __future__ import annotations

import random
from typing import Any

from . import _dutch as nl
from ._formats import as_date, as_date_time
from ._generators import date_at, stamp
from ._schemas import Schemas
from ._spec import JSONDict

_MISSING = object()


def _type(schema: JSONDict) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind is None and "properties" in schema:
        return "object"
    return kind if isinstance(kind, str) else None


def nullable(schema: JSONDict) -> bool:
    kind = schema.get("type")
    return bool(schema.get("nullable")) or (isinstance(kind, list) and "null" in kind)


class Values:
    """Generic values for a schema, picked by property name where the name says what it is."""

    def __init__(self, schemas: Schemas) -> None:
        self._schemas = schemas

    def fill(self, schema: JSONDict | None, item: JSONDict, rng: random.Random) -> JSONDict:
        """Add a generated value for every property of ``schema`` that ``item`` lacks."""
        for name, raw in self._schemas.flat(schema).get("properties", {}).items():
            if name not in item and not name.startswith("_"):
                item[name] = self.value(name, self._schemas.flat(raw), rng, 0)
        return item

    def value(self, name: str, schema: JSONDict, rng: random.Random, depth: int) -> Any:
        if schema.get("enum"):
            return rng.choice([e for e in schema["enum"] if e is not None] or [None])
        kind = _type(schema)
        low = name.lower()
        if kind == "string":
            return self._string(low, schema, rng)
        if kind == "integer":
            if "year" in low:
                return rng.choice((2023, 2024))
            if "period" in low:
                return rng.randint(1, 12)
            return rng.randint(1, 10) if low.endswith("id") else rng.randint(0, 1000)
        if kind == "number":
            return 21.0 if "percentage" in low else round(rng.randint(0, 500_000) / 100, 2)
        if kind == "boolean":
            return rng.random() < 0.5
        if depth > 2:
            return None if nullable(schema) else ([] if kind == "array" else {})
        if kind == "array":
            items = self._schemas.flat(schema.get("items", {}))
            return [self.value(name, items, rng, depth + 1) for _ in range(rng.randint(0, 2))]
        if kind == "object":
            return {
                key: self.value(key, self._schemas.flat(sub), rng, depth + 1)
                for key, sub in schema.get("properties", {}).items()
                if not key.startswith("_")
            }
        return None

    def _string(self, low: str, schema: JSONDict, rng: random.Random) -> str:
        fmt = schema.get("format")
        if fmt in ("date", "date-time") or "date" in low or low.endswith(("on", "from", "until")):
            day = date_at(rng.randrange(730), 730)
            return day.isoformat() if fmt == "date" else stamp(day, rng)
        if low.endswith("url"):
            return f"/v1/files/{rng.getrandbits(64):016x}"
        if fmt == "uuid":
            return f"{rng.getrandbits(128):032x}"
        if "email" in low:
            return nl.email(rng, nl.company_name(rng))
        if "iban" in low:
            return nl.iban(rng)[0]
        if "postcode" in low or "zipcode" in low:
            return nl.address(rng)[1]
        if "city" in low:
            return nl.address(rng)[2]
        if "phone" in low or "mobile" in low:
            return nl.phone(rng)
        if "country" in low:
            return "NL"
        if "currency" in low:
            return "EUR"
        if "name" in low:
            return nl.company_name(rng)
        if "address" in low or "street" in low:
            return nl.address(rng)[0]
        if "code" in low or "number" in low:
            return f"{rng.randint(1, 99999):05d}"
        return rng.choice(nl.PRODUCTS)


def conform(value: Any, schema: JSONDict, schemas: Schemas) -> Any:
    """``value`` coerced to the schema's type; ``_MISSING`` when it cannot be sent at all."""
    if value is None:
        return None if nullable(schema) else _MISSING
    kind = _type(schema)
    if kind == "string":
        if isinstance(value, bool):
            return "true" if value else "false"
        text = value if isinstance(value, str) else str(value)
        fmt = schema.get("format")
        if fmt == "date":
            return as_date(text)
        if fmt == "date-time":
            return as_date_time(text)
        return text
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            try:
                return int(float(value))
            except (TypeError, ValueError):
                return _MISSING
        return value
    if kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            try:
                return float(value)
            except (TypeError, ValueError):
                return _MISSING
        return value
    if kind == "boolean":
        return value if isinstance(value, bool) else bool(value)
    if kind == "array":
        if isinstance(value, dict) and "_data" in value:
            value = value["_data"]
        if not isinstance(value, list):
            return _MISSING
        items = schemas.flat(schema.get("items", {}))
        return [v for v in (conform(x, items, schemas) for x in value) if v is not _MISSING]
    if kind == "object":
        return project(value, schema, schemas)
    return value


def project(value: Any, schema: JSONDict, schemas: Schemas) -> Any:
    """An object limited to (and conformed to) the schema's properties.

    A schema whose ``_data`` property is an array (the sub-collection envelope) wraps a
    plain list as ``{"_data": [...], "_meta": {"totalCount": n}}``.
    """
    properties: JSONDict = schema.get("properties", {})
    data = properties.get("_data")
    if isinstance(value, list) and data is not None:
        items = schemas.flat(schemas.flat(data).get("items", {}))
        rows = [v for v in (conform(x, items, schemas) for x in value) if v is not _MISSING]
        return {"_data": rows, "_meta": {"totalCount": len(rows)}}
    if not isinstance(value, dict):
        return _MISSING
    if not properties:
        return value
    out: JSONDict = {}
    for key, raw in properties.items():
        if key in value:
            conformed = conform(value[key], schemas.flat(raw), schemas)
            if conformed is not _MISSING:
                out[key] = conformed
    if "_meta" in value and "_meta" not in out:
        out["_meta"] = value["_meta"]
    return out


def is_missing(value: Any) -> bool:
    return value is _MISSING
