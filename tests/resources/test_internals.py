"""The namespaces' shared machinery on its own: odd answers, bad arguments, pages."""

from __future__ import annotations

import inspect
import sys
import time
from collections.abc import AsyncIterator
from types import ModuleType
from typing import Any

import httpx
import pytest
import respx

import asperion_async as asp
from asperion_async._endpoints import explain_arguments
from asperion_async._resource import Resource
from asperion_async.resources.debtors import DebtorsResource

pytestmark = pytest.mark.anyio

API = "https://api.test"


def _endpoint(name: str, method: str, url: str, parsed: Any) -> ModuleType:
    """A module shaped like a generated endpoint (the facade finds endpoints by shape)."""
    module = ModuleType(f"tests_fake_api.{name}")

    def _get_kwargs(id: int) -> dict[str, Any]:
        return {"method": method, "url": url.format(id=id + 0)}

    def _parse_response(*, client: Any, response: httpx.Response) -> Any:
        return parsed(response)

    module._get_kwargs = _get_kwargs  # type: ignore[attr-defined]
    module._parse_response = _parse_response  # type: ignore[attr-defined]
    sys.modules[module.__name__] = module
    return module


@pytest.fixture
def router() -> respx.MockRouter:
    return respx.MockRouter(assert_all_called=False, assert_all_mocked=True)


@pytest.fixture
async def resource(router: respx.MockRouter) -> AsyncIterator[Resource]:
    async with asp.AsperionClient(
        client_id="c",
        client_secret="s",
        token_store=asp.MemoryTokenStore(asp.Token("access", None, time.time() + 3600)),
        base_url=API,
        token_url="https://identity.test/connect/token",
        transport=httpx.MockTransport(router.async_handler),
        max_retries=0,
    ) as client:
        yield Resource(client.tenant(9))


async def test_a_model_verb_refuses_a_2xx_without_a_model(
    resource: Resource, router: respx.MockRouter
) -> None:
    router.get(f"{API}/v1/things/3").respond(204)
    endpoint = _endpoint("get_thing", "get", "/v1/things/{id}", lambda response: None)
    with pytest.raises(asp.UnexpectedResponseError, match="204"):
        await resource._fetch(endpoint, 3)
    # call() keeps its documented answer for an undocumented 2xx: None
    assert await resource._client.call(endpoint, 3) is None


async def test_an_operation_that_answers_nothing_returns_none(
    resource: Resource, router: respx.MockRouter
) -> None:
    route = router.delete(f"{API}/v1/things/3").respond(204)
    endpoint = _endpoint("delete_thing", "delete", "/v1/things/{id}", lambda response: None)
    assert await resource._send(endpoint, 3) is None
    assert route.calls.last.request.headers["X-Tenant-Id"] == "9"


async def test_an_unpaged_list_that_is_not_an_envelope_is_unexpected(
    resource: Resource, router: respx.MockRouter
) -> None:
    from asperion_client.api.debtors import list_debtor_mandates

    router.get(f"{API}/v1/debtors/3/mandates").respond(200, json=[{"id": 1}])
    with pytest.raises(asp.UnexpectedResponseError, match="envelope"):
        await resource._page(list_debtor_mandates, None, 3)


@pytest.mark.parametrize(
    ("paging", "error"),
    [((0, 10), ValueError), ((1, 101), ValueError), ((True, 10), TypeError)],
)
async def test_a_bad_page_is_refused_before_any_request(
    resource: Resource, router: respx.MockRouter, paging: tuple[int, int], error: type[Exception]
) -> None:
    from asperion_client.api.debtors import list_debtors

    with pytest.raises(error):
        await resource._page(list_debtors, paging)
    assert not router.calls


def test_an_unknown_argument_without_a_close_name_lists_the_valid_ones() -> None:
    def get_kwargs(id: int, *, fields: str = "") -> None: ...

    problem = explain_arguments(get_kwargs, "get_thing()", (1,), {"zzz": 1})
    assert problem == "get_thing() got an unexpected keyword argument 'zzz'; it takes id, fields"
    assert explain_arguments(get_kwargs, "get_thing()", (1,), {"fields": "a"}) is None


async def test_a_type_error_from_inside_is_not_reworded(resource: Resource) -> None:
    endpoint = _endpoint("get_thing", "get", "/v1/things/{id}", lambda response: None)
    with pytest.raises(TypeError, match=r"unsupported operand|can only concatenate"):
        await resource._client.call(endpoint, "3")  # binds, then fails inside _get_kwargs
    with pytest.raises(TypeError, match=r"^page_size must be an int, got str$"):
        resource._client.debtors.iter(page_size="100")  # type: ignore[arg-type]


def test_repr_names_the_namespace_and_its_view() -> None:
    client = asp.AsperionClient(
        client_id="c",
        client_secret="s",
        token_store=asp.MemoryTokenStore(None),
        base_url=API,
        token_url="https://identity.test/connect/token",
    )
    assert repr(client.tenant(4).debtors.mandates) == (
        "<DebtorsMandatesResource of TenantClient(tenant_id=4)>"
    )


def test_async_verbs_stay_coroutine_functions() -> None:
    assert inspect.iscoroutinefunction(DebtorsResource.get)
    assert inspect.iscoroutinefunction(DebtorsResource.list)
    assert not inspect.iscoroutinefunction(DebtorsResource.iter)
    assert str(inspect.signature(DebtorsResource.get)) == "(self, id: 'int') -> 'Debtor'"
