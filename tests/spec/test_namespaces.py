"""scripts/_namespaces.py on a small spec: verbs by method and path shape, sub-resources,
operations that fit no verb, and the errors it refuses with."""

from __future__ import annotations

import ast
import copy
from pathlib import Path
from typing import Any

import pytest

from scripts import _namespaces as ns

MODULE = """\
import datetime
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.thing import Thing
from ...models.thing_collection import ThingCollection
from ...models.thing_input import ThingInput
from ...types import UNSET, Unset


def _get_kwargs({params}) -> dict[str, Any]:
    return {{}}


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> {returns}:
    return None
"""

MODULES = {
    "list_things": (
        "*, page: int | Unset = 1, page_size: int | Unset = UNSET, "
        "since: datetime.date | Unset = UNSET",
        "ThingCollection | None",
    ),
    "get_thing": ("id: int", "Thing | None"),
    "create_thing": ("*, body: ThingInput, validate_only: bool | Unset = UNSET", "Thing | None"),
    "update_thing": ("id: int, *, body: ThingInput", "Thing | None"),
    "delete_thing": ("id: int", "Any | None"),
    "patch_thing": ("id: int, *, body: ThingInput", "Thing | None"),
    "archive_thing": ("id: int", "Thing | None"),
    "list_thing_parts": ("thing_id: int", "ThingCollection | None"),
    "create_thing_part": ("thing_id: int, *, body: ThingInput", "Thing | None"),
}

SPEC: dict[str, Any] = {
    "paths": {
        "/v1/things": {
            "get": {
                "operationId": "list_things",
                "tags": ["Things"],
                "summary": "All things.",
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ThingCollection"}
                            }
                        }
                    }
                },
            },
            "post": {"operationId": "create_thing", "tags": ["Things"], "responses": {}},
        },
        "/v1/things/{id}": {
            "get": {"operationId": "get_thing", "tags": ["Things"], "responses": {}},
            "put": {"operationId": "update_thing", "tags": ["Things"], "responses": {}},
            "delete": {"operationId": "delete_thing", "tags": ["Things"], "responses": {}},
        },
        "/v1/things/{id}/archive": {
            "post": {"operationId": "archive_thing", "tags": ["Things"], "responses": {}},
        },
        "/v1/things/{thingId}/thingparts": {
            "get": {
                "operationId": "list_thing_parts",
                "tags": ["Things"],
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ThingCollection"}
                            }
                        }
                    }
                },
            },
            "post": {"operationId": "create_thing_part", "tags": ["Things"], "responses": {}},
        },
    },
    "components": {
        "schemas": {
            "ThingCollection": {
                "properties": {
                    "_data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
                }
            },
            "Thing": {"type": "object"},
        }
    },
}


@pytest.fixture
def package(tmp_path: Path) -> Path:
    root = tmp_path / "asperion_client"
    (root / "api" / "things").mkdir(parents=True)
    (root / "models").mkdir()
    (root / "models" / "__init__.py").write_text(
        "from .thing import Thing\nfrom .thing_collection import ThingCollection\n"
        "from .thing_input import ThingInput\n"
    )
    for name, (params, returns) in MODULES.items():
        source = MODULE.format(params=params, returns=returns)
        (root / "api" / "things" / f"{name}.py").write_text(source)
    return root


def _methods(package: Path, spec: dict[str, Any] = SPEC) -> dict[str, dict[str, str]]:
    groups = ns.plan(spec, package)
    found: dict[str, dict[str, str]] = {}

    def walk(resource: ns.Resource, path: str) -> None:
        found[path] = {m.name: m.code for m in resource.methods}
        for name, child in resource.children.items():
            walk(child, f"{path}.{name}")

    for name, resource in groups.items():
        walk(resource, name)
    return found


def test_verbs_follow_method_and_path_shape(package: Path) -> None:
    methods = _methods(package)
    assert set(methods) == {"things", "things.thing_parts"}
    assert set(methods["things"]) == {
        "list",
        "iter",
        "pages",
        "create",
        "get",
        "update",
        "delete",
        "archive_thing",
    }
    assert set(methods["things.thing_parts"]) == {"list", "create"}
    assert "-> Page[Thing]:" in methods["things"]["list"]
    assert "since: datetime.date | Unset = UNSET" in methods["things"]["iter"]
    assert "-> None:" in methods["things"]["delete"]  # answers nothing
    assert "await self._send(delete_thing, id)" in methods["things"]["delete"]
    assert "def archive_thing(self, id: int) -> Thing:" in methods["things"]["archive_thing"]
    assert "def list(self, thing_id: int) -> Page[Thing]:" in methods["things.thing_parts"]["list"]


def test_two_operations_on_one_verb_keep_their_own_names(package: Path) -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/things/{id}"]["patch"] = {
        "operationId": "patch_thing",
        "tags": ["Things"],
        "responses": {},
    }
    methods = _methods(package, spec)["things"]
    assert "update" not in methods
    assert {"update_thing", "patch_thing"} <= set(methods)


def test_the_written_files_are_python_with_a_generated_header(
    package: Path, tmp_path: Path
) -> None:
    written = ns.generate_namespaces(SPEC, package, tmp_path / "resources")
    assert {p.name for p in written} == {"__init__.py", "things.py"}
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# Generated by scripts/_namespaces.py")
        ast.parse(text)
    init = (tmp_path / "resources" / "__init__.py").read_text(encoding="utf-8")
    assert "def things(self) -> ThingsResource:" in init


def test_refuses_an_operation_without_a_generated_module(package: Path) -> None:
    (package / "api" / "things" / "get_thing.py").unlink()
    with pytest.raises(ns.NamespaceError, match="no generated module"):
        ns.plan(SPEC, package)


def test_refuses_an_operation_without_one_tag(package: Path) -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/v1/things/{id}"]["get"]["tags"] = []
    with pytest.raises(ns.NamespaceError, match="one tag"):
        ns.plan(spec, package)


@pytest.mark.parametrize(
    ("segment", "op_ids", "name"),
    [
        ("mandates", ["list_debtor_mandates", "create_debtor_mandate"], "mandates"),
        ("lines", ["create_draft_sales_invoice_line"], "lines"),
        ("paymentterms", ["list_debtor_payment_terms"], "payment_terms"),
        ("file", ["create_sales_invoice_file"], "file"),
        ("Attachments", [], "attachments"),
    ],
)
def test_sub_resource_names_split_words_like_the_operation_ids(
    segment: str, op_ids: list[str], name: str
) -> None:
    assert ns._sub_name(segment, op_ids) == name
