"""Defect 2: pagination against servers that clamp or ignore ``page``, or never end."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
import respx
from asperion_client.api.debtors import list_debtors
from asperion_client.models import Debtor

import asperion_async as asp

from .conftest import API, MakeClient

pytestmark = pytest.mark.anyio

SIZE = 10
ITEMS = [{"id": i} for i in range(1, 31)]  # three full pages of ten


def serve(
    router: respx.MockRouter,
    page_for: Callable[[int], list[dict[str, Any]]],
    meta: dict[str, Any] | None = None,
) -> list[int]:
    requested: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        requested.append(page)
        return httpx.Response(200, json={"_data": page_for(page), "_meta": meta or {}})

    router.get(f"{API}/v1/debtors").mock(side_effect=handler)
    return requested


def clamped(page: int) -> list[dict[str, Any]]:
    """A server that answers any page past the last with the last page."""
    last = min(page, 3)
    return ITEMS[(last - 1) * SIZE : last * SIZE]


# The raw path yields the API's dicts; the generated endpoint parses each page's items out
# of the decoded dicts themselves (``from_dicts(consume=True)``), which must not hide a
# repeated page from the comparison with the page before.
ENDPOINTS = pytest.mark.parametrize(
    "endpoint", ["/v1/debtors", list_debtors], ids=["raw", "models"]
)


def as_yielded(endpoint: object, items: list[dict[str, Any]]) -> list[Any]:
    return items if isinstance(endpoint, str) else [Debtor.from_dict(i) for i in items]


async def collect(
    client: asp.AsperionClient, endpoint: object = "/v1/debtors", **options: Any
) -> list[Any]:
    with anyio.fail_after(10):
        return [i async for i in client.tenant(7).paginate(endpoint, **options)]


@ENDPOINTS
@pytest.mark.parametrize("meta", [{"totalCount": 30, "pageCount": 3}, {}], ids=["counts", "none"])
async def test_a_server_clamping_page_to_the_last_page_is_not_paged_forever(
    anyio_backend: str,
    router: respx.MockRouter,
    make_client: MakeClient,
    meta: dict[str, Any],
    endpoint: object,
) -> None:
    requested = serve(router, clamped, meta)
    async with make_client() as client:
        items = await collect(client, endpoint, page_size=SIZE)
    assert items == as_yielded(endpoint, ITEMS)  # no duplicate
    assert max(requested) <= 4 + 4  # the last page, its repeat, at most a window of prefetch


async def test_counts_end_the_iteration_without_an_extra_request(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    requested = serve(router, clamped, {"totalCount": 30, "pageCount": 3})
    async with make_client() as client:
        assert await collect(client, page_size=SIZE) == ITEMS
    assert sorted(requested) == [1, 2, 3]


@ENDPOINTS
async def test_a_server_ignoring_page_without_counts_yields_its_page_once(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient, endpoint: object
) -> None:
    serve(router, lambda page: ITEMS[:SIZE])
    async with make_client() as client:
        assert await collect(client, endpoint, page_size=SIZE) == as_yielded(endpoint, ITEMS[:SIZE])


@ENDPOINTS
async def test_a_server_ignoring_page_against_its_own_counts_is_a_pagination_error(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient, endpoint: object
) -> None:
    serve(router, lambda page: ITEMS[:SIZE], {"totalCount": 100, "pageCount": 10})
    async with make_client() as client:
        items = client.tenant(7).paginate(endpoint, page_size=SIZE)
        seen = [await items.__anext__() for _ in range(SIZE)]
        with pytest.raises(asp.PaginationError, match="page 2 repeats page 1"):
            await items.__anext__()
    assert seen == as_yielded(endpoint, ITEMS[:SIZE])  # the duplicates were never yielded
    assert issubclass(asp.PaginationError, asp.UnexpectedResponseError)


async def test_counts_contradicted_by_the_data_are_a_pagination_error(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    serve(router, lambda page: ITEMS[(page - 1) * SIZE : page * SIZE], {"totalCount": 12})
    async with make_client() as client:
        with pytest.raises(asp.PaginationError, match="totalCount 12"):
            await collect(client, page_size=SIZE)


async def test_endless_distinct_pages_stop_at_the_hard_bound(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    requested = serve(router, lambda page: [{"id": page * 100 + i} for i in range(SIZE)])
    async with make_client() as client:
        with pytest.raises(asp.PaginationError, match="more than 25 pages"):
            await collect(client, page_size=SIZE, max_pages=25)
        with pytest.raises(ValueError, match="max_pages"):
            client.paginate("/v1/debtors", max_pages=0)
    assert max(requested) == 25


async def test_a_total_count_too_large_for_a_float_is_no_overflow_error(
    anyio_backend: str, router: respx.MockRouter, make_client: MakeClient
) -> None:
    serve(router, lambda page: ITEMS[(page - 1) * SIZE : page * SIZE], {"totalCount": 10**400})
    async with make_client() as client:
        assert await collect(client, page_size=SIZE) == ITEMS
