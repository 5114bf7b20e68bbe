"""Property check: the emulator and the spec agree.

Hypothesis draws request bodies and list parameters from the spec's own schemas. Whatever it
draws, the emulator answers 2xx or a ProblemDetails 400/422 (never 5xx), and every 2xx JSON
answer validates against the operation's response schema.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asperion_async.testing import AsperionEmulator
from asperion_async.testing._schemas import Schemas
from asperion_async.testing._spec import Operation, load_spec, operations

from ._strategies import from_schema
from .conftest import make_client

SPEC = load_spec()
SCHEMAS = Schemas(SPEC)
OPERATIONS = operations(SPEC)
WRITES = [
    op
    for op in OPERATIONS
    if op.kind in ("create", "update") and op.request_content == "application/json"
]
LISTS = [op for op in OPERATIONS if op.kind == "list" and not op.parent]
HINTS: dict[str, list[Any]] = {
    "debtorKindId": ["DEB", "DEBEU"],
    "creditorKindId": ["CRED"],
    "journalId": ["MEM", "KAS"],
    "debtorId": [1, 2],
    "creditorId": [1],
    "ledgerAccountId": [8000, 4200],
    "bookingType": ["A", "T", "G"],
    "articleSku": ["ART-00001"],
}
PROPERTY_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _url(op: Operation) -> str:
    path = op.path
    for name in (op.parent_param, op.id_param):
        if name:
            path = path.replace("{" + name + "}", "1")
    return path


def _check(op: Operation, response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    if 200 <= response.status_code < 300:
        assert op.response_schema is not None
        assert SCHEMAS.errors(op.response_schema, response.json()) == {}
    else:
        # 400: the request breaks the schema; 422: a business rule (unknown reference, ...)
        assert response.status_code in (400, 422), response.text
        assert response.json()["errors"]


@st.composite
def _write_case(draw: st.DrawFn) -> tuple[Operation, Any]:
    op = draw(st.sampled_from(WRITES))
    assert op.request_schema is not None
    return op, draw(from_schema(SCHEMAS, op.request_schema, hints=HINTS))


@st.composite
def _list_case(draw: st.DrawFn) -> tuple[Operation, dict[str, Any]]:
    op = draw(st.sampled_from(LISTS))
    params: dict[str, Any] = {}
    for parameter in op.parameters:
        if parameter.location != "query":
            continue
        if parameter.required or draw(st.booleans()):
            value = draw(from_schema(SCHEMAS, parameter.schema))
            if value is not None:
                params[parameter.name] = str(value).lower() if isinstance(value, bool) else value
    return op, params


@pytest.mark.anyio
@PROPERTY_SETTINGS
@given(case=_write_case())
async def test_generated_bodies_get_2xx_matching_the_spec_or_a_400(
    case: tuple[Operation, Any],
) -> None:
    op, body = case
    emulator = AsperionEmulator(tenants=1, seed=1)
    async with make_client(emulator) as client:
        response = await client.request(
            op.method, _url(op), json=body, params={"validateOnly": "true"}
        )
    _check(op, response)


@pytest.mark.anyio
@PROPERTY_SETTINGS
@given(case=_list_case())
async def test_generated_list_parameters_get_2xx_matching_the_spec_or_a_400(
    case: tuple[Operation, dict[str, Any]],
) -> None:
    op, params = case
    emulator = AsperionEmulator(tenants=1, seed=1)
    async with make_client(emulator) as client:
        response = await client.get(op.path, params=params)
    _check(op, response)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "op",
    [op for op in OPERATIONS if op.kind in ("list", "detail")],
    ids=lambda op: f"{op.method} {op.path}",
)
async def test_seeded_data_validates_against_response_schemas(op: Operation) -> None:
    emulator = AsperionEmulator(tenants=1, seed=9)
    async with make_client(emulator) as client:
        parent = op.path.split("/{")[0]
        params = {p.name: 2024 for p in op.parameters if p.required and p.location == "query"}
        listed = await client.get(parent, params={**params, "pageSize": 100})
        _check(op if op.kind == "list" else _list_op(parent), listed)
        if op.kind == "detail":
            for item in listed.json()["_data"][:10]:
                _check(op, await client.get(f"{parent}/{item['id']}"))


def _list_op(path: str) -> Operation:
    return next(op for op in LISTS if op.path == path)


def test_strategies_produce_bodies_the_schema_accepts() -> None:
    @given(case=_write_case())
    @settings(max_examples=60, deadline=None, derandomize=True)
    def check(case: tuple[Operation, Any]) -> None:
        op, body = case
        assert op.request_schema is not None
        assert SCHEMAS.errors(op.request_schema, body) == {}

    check()
