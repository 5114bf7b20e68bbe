"""Every operation of the spec is reachable through a namespace: walked from the spec.

Each verb the namespaces have is called (on a tenant view, with arguments made from its
signature) against a transport that records what is sent; every operation of
``openapi/asperion-v1.json`` must be among the requests, and each verb must send the
operation its ``endpoint`` names. No list of endpoints is written down here.
"""

from __future__ import annotations

import inspect
import json
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import asperion_async as asp
from asperion_async._resource import NamespaceVerb, Resource, namespace_verbs

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi" / "asperion-v1.json").read_text(encoding="utf-8"))
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
API = "https://api.test"


def _spec_operations() -> dict[str, tuple[str, re.Pattern[str]]]:
    """operationId -> (method, pattern of its path with any value for each parameter)."""
    found = {}
    for path, item in SPEC["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path))
                found[item[method]["operationId"]] = (method.upper(), re.compile(f"{pattern}$"))
    return found


class _Body:
    """Stands in for a generated input model: only the request line matters here."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _value(verb: NamespaceVerb, parameter: inspect.Parameter, tmp_path: Path) -> Any:
    annotation = str(parameter.annotation)
    if parameter.name == "body":
        return _Body()
    if parameter.name == "file":
        return b"%PDF-1.4 reachability\n"
    if parameter.name == "destination":
        return tmp_path / f"{verb.endpoint}.pdf"
    if annotation.startswith("int"):
        return 7
    if annotation.startswith("str"):
        return "seven"
    pytest.fail(f"{verb}: no test value for {parameter.name}: {annotation}")


def _arguments(verb: NamespaceVerb, tmp_path: Path) -> tuple[list[Any], dict[str, Any]]:
    """Values for the verb's required parameters, made from their names and annotations."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in verb.signature.parameters.values():
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD:
            args.append(_value(verb, parameter, tmp_path))
        elif parameter.default is inspect.Parameter.empty:
            kwargs[parameter.name] = _value(verb, parameter, tmp_path)
    return args, kwargs


@pytest.fixture
def recorded() -> list[httpx.Request]:
    return []


@pytest.fixture
async def tenant(recorded: list[httpx.Request]) -> AsyncIterator[asp.TenantClient]:
    def answer(request: httpx.Request) -> httpx.Response:
        recorded.append(request)
        return httpx.Response(404, json={"title": "Not Found", "status": 404})

    client = asp.AsperionClient(
        client_id="client-id",
        client_secret="client-secret",
        token_store=asp.MemoryTokenStore(asp.Token("access", "refresh", time.time() + 3600)),
        base_url=API,
        token_url="https://identity.test/connect/token",
        transport=httpx.MockTransport(answer),
        max_retries=0,
    )
    async with client:
        yield client.tenant(1234)


def _resolve(t: asp.TenantClient, verb: NamespaceVerb) -> Any:
    node: Any = t
    for name in verb.path:
        node = getattr(node, name)
        assert isinstance(node, Resource), f"t.{'.'.join(verb.path)} is not a namespace"
    return getattr(node, verb.name)


async def _send(t: asp.TenantClient, verb: NamespaceVerb, tmp_path: Path) -> None:
    args, kwargs = _arguments(verb, tmp_path)
    result = _resolve(t, verb)(*args, **kwargs)
    pending = result if inspect.isawaitable(result) else result.__anext__()
    with pytest.raises(asp.NotFoundError):
        await pending


async def test_every_operation_of_the_spec_is_reachable(
    tenant: asp.TenantClient, recorded: list[httpx.Request], tmp_path: Path
) -> None:
    operations = _spec_operations()
    verbs = namespace_verbs()
    reached: set[str] = set()
    for verb in verbs:
        recorded.clear()
        await _send(tenant, verb, tmp_path)
        assert len(recorded) == 1, f"{verb} sent {len(recorded)} requests"
        request = recorded[0]
        method, path = operations[verb.endpoint]
        assert request.method == method, f"{verb} sent {request.method}, not {method}"
        assert path.match(request.url.path), f"{verb} sent {request.url.path}"
        assert request.headers["X-Tenant-Id"] == "1234"
        assert request.headers["Authorization"] == "Bearer access"
        reached.add(verb.endpoint)
    assert reached == set(operations), f"not reachable: {sorted(set(operations) - reached)}"


def test_every_group_of_the_spec_is_a_namespace_on_the_client_and_its_tenants() -> None:
    groups = {
        re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", op["tags"][0]).lower()
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method in HTTP_METHODS
    }
    top = {verb.path[0] for verb in namespace_verbs()}
    assert top == groups
    client = asp.AsperionClient(
        client_id="c",
        client_secret="s",
        token_store=asp.MemoryTokenStore(None),
        base_url=API,
        token_url="https://identity.test/connect/token",
        transport=httpx.MockTransport(lambda request: httpx.Response(500)),
    )
    t = client.tenant(5)
    for group in groups:
        assert isinstance(getattr(client, group), Resource)
        assert isinstance(getattr(t, group), Resource)
        assert getattr(t, group) is getattr(t, group)  # made once per view
        assert getattr(t, group)._client is t


def test_the_list_verbs_of_paged_lists_are_list_iter_and_pages() -> None:
    paged = {
        op["operationId"]
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method == "get"
        and any(p.get("$ref", "").endswith("/PageSize") for p in op.get("parameters", []))
    }
    assert paged
    by_endpoint: dict[str, set[str]] = {}
    for verb in namespace_verbs():
        by_endpoint.setdefault(verb.endpoint, set()).add(verb.name)
    for endpoint in paged:
        assert by_endpoint[endpoint] == {"list", "iter", "pages"}, endpoint
