"""Every path and method of the spec is served; a path added to the spec needs no code."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest

from asperion_async.testing import AsperionEmulator
from asperion_async.testing._files import pdf
from asperion_async.testing._spec import load_spec, operations

from ._bodies import VALID
from .conftest import make_client

SPEC = load_spec()
OPERATIONS = operations(SPEC)


def _path(op_path: str, ids: dict[str, Any]) -> str:
    for name, value in ids.items():
        op_path = op_path.replace("{" + name + "}", str(value))
    return op_path


async def _first_id(client: httpx.AsyncClient, collection_path: str) -> Any:
    response = await client.get(collection_path, params={"pageSize": 1})
    assert response.status_code == 200, response.text
    return response.json()["_data"][0]["id"]


async def _parent_with_children(client: httpx.AsyncClient, op_path: str, param: str) -> Any:
    """The first parent on page one whose children collection is not empty."""
    parent_path, _, rest = op_path.partition("/{" + param + "}")
    children = rest.split("/{")[0]
    parents = (await client.get(parent_path, params={"pageSize": 20})).json()["_data"]
    for parent in parents:
        listed = await client.get(f"{parent_path}/{parent['id']}{children}")
        if listed.status_code != 200 or listed.json()["_data"]:
            return parent["id"]
    raise AssertionError(f"no parent with children for {op_path}")


def test_route_table_covers_the_spec() -> None:
    served = {(op.method, op.path) for op in OPERATIONS}
    in_spec = {
        (method.upper(), path)
        for path, item in SPEC["paths"].items()
        for method in item
        if method.upper() in {"GET", "POST", "PUT", "PATCH", "DELETE"}
    }
    assert served == in_spec
    assert len(served) > 50


@pytest.mark.anyio
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: f"{op.method} {op.path}")
async def test_every_operation_answers_2xx(op: Any) -> None:
    emulator = AsperionEmulator(tenants=1, seed=3)
    async with make_client(emulator) as client:
        ids: dict[str, Any] = {}
        if op.parent_param:
            ids[op.parent_param] = await _parent_with_children(client, op.path, op.parent_param)
        if op.id_param and op.kind != "download":
            collection_path = _path(op.path.rsplit("/{", 1)[0], ids)
            ids[op.id_param] = await _first_id(client, collection_path)
        if op.kind == "download":
            listed = (await client.get("/v1/inboxfiles", params={"pageSize": 1})).json()
            ids[op.id_param] = listed["_data"][0]["id"]
        url = _path(op.path, ids)
        params = {p.name: 2024 for p in op.parameters if p.required and p.location == "query"}
        if op.kind == "upload":
            response = await client.post(
                url, files={"file": ("factuur.pdf", pdf("factuur"), "application/pdf")}
            )
        elif op.kind in ("create", "update"):
            storage = op.collection
            response = await client.request(
                op.method, url, params=params, json=VALID.get(storage, {})
            )
        else:
            response = await client.request(op.method, url, params=params)
    assert 200 <= response.status_code < 300, response.text
    if op.kind == "download":
        assert response.headers["content-type"] == "application/pdf"
        assert response.content.startswith(b"%PDF-")
    elif op.kind == "list":
        body = response.json()
        assert set(body) == {"_data", "_meta"}
        assert all(
            item["_meta"]["administrationId"] == emulator.default_tenant
            for item in body["_data"]
            if "administrations" not in op.path
        )
    else:
        assert "id" in response.json()


@pytest.mark.anyio
async def test_a_path_added_to_the_spec_is_served_without_code() -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["Warehouse"] = {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "name": {"type": "string"},
            "capacity": {"type": "integer"},
            "city": {"type": "string"},
        },
    }
    spec["components"]["schemas"]["WarehouseCollection"] = {
        "type": "object",
        "properties": {
            "_data": {"type": "array", "items": {"$ref": "#/components/schemas/Warehouse"}},
            "_meta": {"$ref": "#/components/schemas/Meta"},
        },
    }
    ok = {"application/json": {"schema": {"$ref": "#/components/schemas/WarehouseCollection"}}}
    one = {"application/json": {"schema": {"$ref": "#/components/schemas/Warehouse"}}}
    spec["paths"]["/v1/warehouses"] = {
        "get": {
            "operationId": "list_warehouses",
            "responses": {"200": {"description": "ok", "content": ok}},
        },
        "post": {
            "operationId": "create_warehouse",
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["name"],
                            "properties": {"name": {"type": "string"}},
                        }
                    }
                }
            },
            "responses": {"201": {"description": "created", "content": one}},
        },
    }
    emulator = AsperionEmulator(tenants=1, seed=1, spec=spec, sizes={"warehouses": 12})
    async with make_client(emulator) as client:
        listed = await client.get("/v1/warehouses", params={"pageSize": 5})
        created = await client.post("/v1/warehouses", json={"name": "Magazijn Utrecht"})
        refused = await client.post("/v1/warehouses", json={"capacity": 3})
    assert listed.status_code == 200
    assert listed.json()["_meta"]["totalCount"] == 12
    assert {"id", "name", "capacity", "city"} <= set(listed.json()["_data"][0])
    assert created.status_code == 201
    assert created.json()["id"] == 13
    assert refused.status_code == 400
    assert "name" in refused.json()["errors"]


@pytest.mark.anyio
async def test_unknown_path_is_a_problem_details_404(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/nosuchthing")
    assert response.status_code == 404
    assert json.loads(response.text)["status"] == 404
