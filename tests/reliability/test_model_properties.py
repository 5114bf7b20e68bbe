"""Scenario 7c: property-based parsing of the generated models with schemas from the spec.

Valid payloads (nulls where nullable, optional fields missing, unknown fields added) must
parse, keep the unknown fields and serialise back. Near-valid payloads (a field of the wrong
type, a required field missing, not an object at all) must either parse or raise a clean
``KeyError``/``TypeError``/``ValueError`` -- never hang, never anything else.
"""

from __future__ import annotations

import contextlib
import copy
import json
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import anyio
import asperion_client.models as generated_models
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SPEC = json.loads(
    (Path(__file__).resolve().parents[2] / "openapi" / "asperion-v1.json").read_text("utf-8")
)
SCHEMAS: dict[str, Any] = SPEC["components"]["schemas"]
MODELS = sorted(
    name
    for name, schema in SCHEMAS.items()
    if schema.get("type", "object") == "object"
    and ("properties" in schema or "allOf" in schema)
    and hasattr(getattr(generated_models, name, None), "from_dict")
    and '"binary"' not in json.dumps(schema)  # multipart upload bodies are not parsed from JSON
)
CLEAN_ERRORS = (KeyError, TypeError, ValueError)
JSON_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8)
)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]
    if "allOf" in schema:
        parts = [_resolve(part) for part in schema["allOf"]]
        if len(parts) == 1:
            return {**parts[0], "nullable": schema.get("nullable", False)}
        return {
            "type": "object",
            "properties": {k: v for part in parts for k, v in part.get("properties", {}).items()},
            "required": [k for part in parts for k in part.get("required", [])],
            "nullable": schema.get("nullable", False),
        }
    return schema


def valid(schema: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    flat = _resolve(schema)
    base = _valid_base(flat, depth)
    return st.one_of(st.none(), base) if flat.get("nullable") else base


def _valid_base(flat: dict[str, Any], depth: int) -> st.SearchStrategy[Any]:
    if flat.get("enum"):
        return st.sampled_from([e for e in flat["enum"] if e is not None])
    kind = flat.get("type", "object" if "properties" in flat else None)
    fmt = flat.get("format")
    if kind == "string":
        if fmt == "date":
            return st.dates().map(lambda d: d.isoformat())
        if fmt == "date-time":
            return st.datetimes().map(lambda d: d.isoformat())
        return st.text(max_size=10)
    if kind == "integer":
        return st.integers(-(2**31), 2**31 - 1)
    if kind == "number":
        return st.floats(-1e12, 1e12, allow_nan=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        return (
            st.just([])
            if depth > 2
            else st.lists(valid(flat.get("items", {}), depth + 1), max_size=2)
        )
    if kind == "object" and "properties" in flat:
        properties = flat["properties"]
        required = [k for k in flat.get("required", []) if k in properties]
        if depth > 2:  # deep enough: the required fields only, so the payload stays valid
            return st.fixed_dictionaries({k: valid(properties[k], depth + 1) for k in required})
        return st.fixed_dictionaries(
            {k: valid(properties[k], depth + 1) for k in required},
            optional={k: valid(v, depth + 1) for k, v in properties.items() if k not in required},
        )
    if kind == "object":  # a map: any keys, values of its additionalProperties schema
        values = flat.get("additionalProperties")
        inner = valid(values, depth + 1) if isinstance(values, dict) else ANY_JSON
        return st.dictionaries(st.text(max_size=5), inner, max_size=2)
    return ANY_JSON


def _payload_of(draw: st.DrawFn, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A valid payload of model ``name`` with up to two unknown fields, and those fields."""
    payload = draw(valid(SCHEMAS[name]).filter(lambda p: isinstance(p, dict)))
    known = set(_resolve(SCHEMAS[name])["properties"])
    extras = draw(
        st.dictionaries(
            st.text(min_size=1, max_size=8).filter(lambda k: k not in known), ANY_JSON, max_size=2
        )
    )
    return {**payload, **extras}, extras


@st.composite
def valid_payloads(draw: st.DrawFn) -> tuple[str, dict[str, Any], dict[str, Any]]:
    name = draw(st.sampled_from(MODELS))
    return name, *_payload_of(draw, name)


@st.composite
def pages_of_payloads(draw: st.DrawFn) -> tuple[str, list[dict[str, Any]]]:
    """Several different valid payloads of one model, as a page holds them."""
    name = draw(st.sampled_from(MODELS))
    return name, [_payload_of(draw, name)[0] for _ in range(draw(st.integers(1, 4)))]


@st.composite
def near_valid_payloads(draw: st.DrawFn) -> tuple[str, Any]:
    name, payload, _ = draw(valid_payloads())
    schema = _resolve(SCHEMAS[name])
    how = draw(st.sampled_from(["retype", "drop required", "not an object"]))
    if how == "not an object":
        return name, draw(st.one_of(JSON_SCALARS, st.lists(ANY_JSON, max_size=3)))
    if how == "drop required" and schema.get("required"):
        payload.pop(draw(st.sampled_from(schema["required"])), None)
        return name, payload
    field = draw(st.sampled_from(sorted(schema["properties"])))
    payload[field] = draw(ANY_JSON)
    return name, payload


def test_the_spec_has_models_to_check() -> None:
    assert len(MODELS) >= 20
    assert len(ENVELOPES) >= 20
    assert {"Debtor", "SalesInvoice", "JournalEntry"} <= set(MODELS)


@SETTINGS
@given(valid_payloads())
def test_valid_payloads_parse_and_keep_unknown_fields(
    case: tuple[str, dict[str, Any], dict[str, Any]],
) -> None:
    name, payload, extras = case
    model = getattr(generated_models, name).from_dict(payload)
    for key, value in extras.items():
        assert model.additional_properties[key] == value
    out = model.to_dict()
    assert set(out) == set(payload)


@SETTINGS
@given(valid_payloads())
def test_from_dict_leaves_the_payload_as_it_was(
    case: tuple[str, dict[str, Any], dict[str, Any]],
) -> None:
    name, payload, _ = case
    before = copy.deepcopy(payload)
    getattr(generated_models, name).from_dict(payload)
    assert payload == before


@SETTINGS
@given(pages_of_payloads())
def test_a_page_read_at_once_gives_the_models_from_dict_gives(
    case: tuple[str, list[dict[str, Any]]],
) -> None:
    name, page = case
    model_class = getattr(generated_models, name)
    one_by_one = [model_class.from_dict(payload) for payload in copy.deepcopy(page)]
    for consume in (False, True):
        models = model_class.from_dicts(copy.deepcopy(page), consume=consume)
        assert models == one_by_one
        assert [m.to_dict() for m in models] == [m.to_dict() for m in one_by_one]


@SETTINGS
@given(pages_of_payloads())
def test_from_dicts_leaves_its_payloads_as_they_were_and_shares_none(
    case: tuple[str, list[dict[str, Any]]],
) -> None:
    name, page = case
    before = copy.deepcopy(page)
    models = getattr(generated_models, name).from_dicts(page)
    assert page == before
    for model, payload in zip(models, page, strict=True):
        assert model.additional_properties is not payload


ENVELOPES = {
    name: item["$ref"].rsplit("/", 1)[1]
    for name in MODELS
    if "$ref" in (item := _resolve(SCHEMAS[name])["properties"].get("_data", {}).get("items", {}))
}


@pytest.mark.parametrize("name", sorted(ENVELOPES))
@settings(SETTINGS, max_examples=5)
@given(data=st.data())
def test_an_envelope_reads_its_items_in_one_from_dicts_call(name: str, data: st.DataObject) -> None:
    """Each list envelope reads ``_data`` with one call of the item model's ``from_dicts``,
    giving what ``from_dict`` gives on each item and leaving the payload as it was."""
    item_class = getattr(generated_models, ENVELOPES[name])
    count = data.draw(st.integers(1, 4))
    items = [_payload_of(data.draw, ENVELOPES[name])[0] for _ in range(count)]
    payload = {"_data": items, "_meta": {"totalCount": len(items)}}
    before = copy.deepcopy(payload)
    with mock.patch.object(item_class, "from_dicts", wraps=item_class.from_dicts) as spy:
        envelope = getattr(generated_models, name).from_dict(payload)
    assert spy.call_count == 1
    assert envelope.data == [item_class.from_dict(item) for item in before["_data"]]
    assert payload == before


@SETTINGS
@given(near_valid_payloads())
def test_near_valid_payloads_parse_or_raise_a_clean_error(case: tuple[str, Any]) -> None:
    name, payload = case
    model_class = getattr(generated_models, name)
    with contextlib.suppress(*CLEAN_ERRORS):
        model_class.from_dict(payload)


@pytest.mark.anyio
async def test_parsing_a_huge_payload_does_not_hang(anyio_backend: str) -> None:
    """A 20 000-item page of debtors with extra fields parses well within a deadline."""
    debtor = {"id": 1, "name": "x", "blocked": None, "unknownField": {"deep": [1, 2, 3]}}
    page = {"_data": [dict(debtor, id=i) for i in range(20_000)], "_meta": {"totalCount": 1}}
    with anyio.fail_after(30):
        parsed = await anyio.to_thread.run_sync(generated_models.DebtorCollection.from_dict, page)
    assert len(parsed.data) == 20_000
    assert parsed.data[-1].additional_properties["unknownField"] == {"deep": [1, 2, 3]}


def test_unknown_fields_are_kept_in_a_dict_of_their_own_size() -> None:
    """Popping the known fields leaves the object's table at its full size: what is left is
    copied, so a model kept in memory does not carry a table sized for every field."""
    properties = _resolve(SCHEMAS["Debtor"])["properties"]
    payload = {
        name: "x"
        for name, schema in properties.items()
        if _resolve(schema).get("type") == "string" and "format" not in _resolve(schema)
    }
    assert len(payload) > 8  # enough fields for the table to outgrow a one-key dict's
    (debtor,) = generated_models.Debtor.from_dicts([{**payload, "newField": 1}], consume=True)
    assert debtor.additional_properties == {"newField": 1}
    assert sys.getsizeof(debtor.additional_properties) == sys.getsizeof({"newField": 1})
