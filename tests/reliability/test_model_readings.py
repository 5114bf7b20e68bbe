"""Every model reads every field the way it did before ``from_dict`` was made cheaper.

``model_readings.json`` holds, per model and field, a digest of what ``from_dict`` made of
one valid body of that model and of the same body with the field replaced by each hostile
value below (or left out): the repr, ``to_dict()``, the type and value of every attribute
(nested models, lists and ``additional_properties`` too), or "error" for a clean error.
The digests were written by the ``dict(src)``/``pop``/``cls(...)`` models that came before,
so a template or reader change that alters any reading fails here, naming the field.

Rewrite the file only for an intended change of reading:
``python tests/reliability/test_model_readings.py --write``.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import asperion_client.models as generated_models
import attrs
import pytest
from asperion_client import types
from asperion_client.types import UNSET
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi" / "asperion-v1.json").read_text("utf-8"))
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
READINGS = Path(__file__).with_name("model_readings.json")
CLEAN_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
_MISSING = object()

HOSTILE: list[object] = [
    _MISSING,
    None,
    "2023-01-01",
    "2023-01-01T00:00:00",
    "2023-01-01T23:30:00+02:00",
    "2024-03-05T10:11:12Z",
    "2024-03-05T10:11:12.1234567Z",
    "2024-03-05T10:11:12.1234567",
    "2024-03-05 10:11",
    "2024-02-30",
    "not a date",
    "",
    "12.5",
    "NaN",
    1.5,
    0.1,
    12,
    True,
    Decimal("1.10"),
    Decimal("-0"),
    {},
    {"self": "x", "unknown": 1},
    [],
    [{"id": 1}],
]


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    parts = schema.get("allOf")
    if parts:
        return _resolve(parts[0]) if len(parts) == 1 else {"type": "object", "properties": {}}
    return schema


def _sample(schema: dict[str, Any], depth: int = 0) -> Any:
    """One valid value of ``schema``: every property set, formats as the API writes them."""
    flat = _resolve(schema)
    if flat.get("enum"):
        return next(e for e in flat["enum"] if e is not None)
    kind = flat.get("type", "object" if "properties" in flat else None)
    fmt = flat.get("format")
    if kind == "string":
        return {"date": "2023-01-31", "date-time": "2023-01-01T07:56:00+00:00"}.get(fmt, "x")
    simple = {"integer": 7, "number": Decimal("12.50"), "boolean": True}
    if kind in simple:
        return simple[kind]
    if kind == "array":
        return [] if depth > 2 else [_sample(flat.get("items", {}), depth + 1)]
    if kind == "object" and "properties" in flat:
        if depth > 2:
            return {}
        return {k: _sample(v, depth + 1) for k, v in flat["properties"].items()}
    return "any"


MODELS = sorted(
    name
    for name, schema in SCHEMAS.items()
    if "properties" in _resolve(schema)
    and hasattr(getattr(generated_models, name, None), "from_dict")
    and '"binary"' not in json.dumps(schema)
)


def _describe(value: object) -> object:
    if value is UNSET:
        return "UNSET"
    if attrs.has(type(value)):
        fields = [(a.name, _describe(getattr(value, a.name))) for a in attrs.fields(type(value))]
        return [type(value).__name__, fields]
    if isinstance(value, list):
        return [_describe(item) for item in value]
    if isinstance(value, dict):
        return {key: _describe(item) for key, item in value.items()}
    return f"{type(value).__name__}:{value!r}"


def _reading(model: Any, body: object) -> object:
    try:
        parsed = model.from_dict(body)
    except CLEAN_ERRORS:
        return "error"
    return [repr(parsed), repr(parsed.to_dict()), _describe(parsed)]


def _bodies(name: str) -> dict[str, list[object]]:
    """Per field: the valid body, then that body with the field set to each hostile value."""
    base = {**_sample(SCHEMAS[name]), "unknownField": {"kept": [1, Decimal("2.5")]}}
    per_field: dict[str, list[object]] = {"": [base, "not an object", [base]]}
    for field in _resolve(SCHEMAS[name])["properties"]:
        variants: list[object] = []
        for hostile in HOSTILE:
            body = {k: v for k, v in base.items() if k != field}
            if hostile is not _MISSING:
                body[field] = hostile
            variants.append(body)
        per_field[field] = variants
    return per_field


def _digests(name: str) -> dict[str, str]:
    model = getattr(generated_models, name)
    return {
        field: hashlib.sha256(
            json.dumps([_reading(model, body) for body in bodies]).encode()
        ).hexdigest()[:16]
        for field, bodies in _bodies(name).items()
    }


def test_the_readings_cover_the_models_and_the_hostile_values() -> None:
    assert len(MODELS) >= 60
    assert {"Debtor", "SalesInvoice", "CostCenter", "JournalEntry"} <= set(MODELS)
    debtor = generated_models.Debtor.from_dict(_bodies("Debtor")["dateAdded"][6])
    assert debtor.date_added == datetime.datetime(
        2024, 3, 5, 10, 11, 12, 123456, datetime.timezone.utc
    )


@pytest.mark.parametrize("name", MODELS)
def test_every_field_reads_as_before(name: str) -> None:
    expected = json.loads(READINGS.read_text("utf-8"))[name]
    changed = sorted(f for f, digest in _digests(name).items() if expected.get(f) != digest)
    assert not changed, f"{name}: the reading of {changed} changed"


_ISO_PIECES = ("2024", "-", "03", "05", "T", " ", ":", "10", "11", "12", ".", ",", "1234567")
_ISO_PIECES += ("5", "Z", "z", "+", "05", "30", "00", "W", "1", "24", "99")
_ISO_LIKE = st.lists(st.sampled_from(_ISO_PIECES), max_size=12).map("".join)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(_ISO_LIKE, st.dates().map(str), st.datetimes().map(str)))
def test_the_fast_date_readers_accept_exactly_what_the_tolerant_parser_accepts(text: str) -> None:
    """``to_date``/``to_datetime`` try ``fromisoformat`` first; whatever the Python, the
    result (or the refusal) is ``_parse_iso``'s."""
    for kind, fast, convert in (
        ("date", types.to_date, datetime.datetime.date),
        ("date-time", types.to_datetime, lambda parsed: parsed),
    ):
        try:
            expected: object = convert(types._parse_iso(text, kind))
        except ValueError:
            with pytest.raises(ValueError, match="not an ISO 8601"):
                fast(text)
        else:
            got = fast(text)
            assert (got, type(got), repr(got)) == (expected, type(expected), repr(expected))


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    READINGS.write_text(
        json.dumps({name: _digests(name) for name in MODELS}, indent=1, sort_keys=True) + "\n",
        "utf-8",
    )
