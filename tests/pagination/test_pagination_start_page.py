"""Resuming from a page: ``start_page`` on the engine and on the client and tenant views."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from asperion_client.api.debtors import list_debtors

import asperion_async as asp
from asperion_async._pagination import Page, iter_items, iter_pages

from .fakes import FakeListEndpoint

pytestmark = pytest.mark.anyio

PATH = "/v1/somethingnew"


def numbered(count: int) -> list[dict[str, int]]:
    return [{"id": i} for i in range(count)]


async def test_starting_mid_collection_yields_exactly_the_remaining_items() -> None:
    endpoint = FakeListEndpoint(numbered(1234))

    items = [x async for x in iter_items(endpoint.send, PATH, {}, page_size=100, start_page=5)]

    assert items == numbered(1234)[400:]
    assert endpoint.pages_requested[0] == 5
    assert sorted(endpoint.pages_requested) == list(range(5, 14))


async def test_the_first_fetched_page_is_fetched_alone_and_gives_the_counts() -> None:
    endpoint = FakeListEndpoint(numbered(1234))
    requested_before_the_first_answer: list[int] = []

    def first_answer(page: int) -> None:
        if page == 9:
            requested_before_the_first_answer.extend(endpoint.pages_requested)

    endpoint.before_answer = first_answer
    pages = iter_pages(endpoint.send, PATH, {}, page_size=100, prefetch=4, start_page=9)

    collected: list[Page[Any]] = [p async for p in pages]

    assert requested_before_the_first_answer == [9]
    assert [p.number for p in collected] == [9, 10, 11, 12, 13]
    assert collected[0].total_count == 1234
    assert collected[0].page_count == 13
    assert endpoint.pages_requested[0] == 9
    assert sorted(endpoint.pages_requested[1:]) == [10, 11, 12, 13]


async def test_a_full_last_page_after_the_start_ends_where_the_counts_say() -> None:
    endpoint = FakeListEndpoint(numbered(300))

    pages = [p async for p in iter_pages(endpoint.send, PATH, {}, page_size=100, start_page=2)]

    assert [(p.number, len(p.items)) for p in pages] == [(2, 100), (3, 100)]
    assert sorted(endpoint.pages_requested) == [2, 3]


async def test_start_past_the_end_yields_one_empty_first_page() -> None:
    endpoint = FakeListEndpoint(numbered(250))

    pages = [p async for p in iter_pages(endpoint.send, PATH, {}, page_size=100, start_page=7)]

    assert [(p.number, p.items, p.total_count, p.page_count) for p in pages] == [(7, [], 250, 3)]
    assert endpoint.pages_requested == [7]


async def test_start_past_the_end_yields_no_items() -> None:
    endpoint = FakeListEndpoint(numbered(250))

    items = [x async for x in iter_items(endpoint.send, PATH, {}, page_size=100, start_page=4)]

    assert items == []
    assert endpoint.pages_requested == [4]


async def test_starting_on_the_short_last_page_fetches_nothing_after_it() -> None:
    endpoint = FakeListEndpoint(numbered(250))

    items = [x async for x in iter_items(endpoint.send, PATH, {}, page_size=100, start_page=3)]

    assert items == numbered(250)[200:]
    assert endpoint.pages_requested == [3]


async def test_a_smaller_server_page_size_is_detected_on_the_first_fetched_page() -> None:
    endpoint = FakeListEndpoint(numbered(260), served_page_size=50)

    items = [x async for x in iter_items(endpoint.send, PATH, {}, page_size=100, start_page=3)]

    assert items == numbered(260)[100:]  # the server's pages 3 to 6 of 50 (and 10)
    assert sorted(endpoint.pages_requested) == [3, 4, 5, 6]


@pytest.mark.parametrize(
    ("start_page", "error"),
    [(0, ValueError), (-2, ValueError), (True, TypeError), (2.0, TypeError), ("2", TypeError)],
)
@pytest.mark.parametrize("build", [iter_items, iter_pages])
async def test_bad_start_pages_are_refused_before_any_io(
    build: Callable[..., Any], start_page: object, error: type[Exception]
) -> None:
    endpoint = FakeListEndpoint(numbered(10))

    with pytest.raises(error, match="start_page"):
        build(endpoint.send, PATH, {}, start_page=start_page)
    assert endpoint.requests == []


# The client and its tenant views, through the whole pipeline.

DEBTORS = [{"id": i, "name": f"debiteur {i}"} for i in range(1, 24)]


class Network:
    """Serves ``/v1/debtors`` pages of ``DEBTORS``; records the pages asked for."""

    def __init__(self) -> None:
        self.pages: list[int] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        page, size = int(request.url.params["page"]), int(request.url.params["pageSize"])
        self.pages.append(page)
        data = DEBTORS[(page - 1) * size : page * size]
        meta = {"totalCount": len(DEBTORS), "pageCount": -(-len(DEBTORS) // size)}
        return httpx.Response(200, json={"_data": data, "_meta": meta})


def client_on(network: Network) -> asp.AsperionClient:
    return asp.AsperionClient(
        client_id="client",
        client_secret="secret",
        token_store=asp.MemoryTokenStore(asp.Token("access", "refresh", 4_102_444_800.0)),
        base_url="https://api.example.test",
        tenant_id=7,
        transport=httpx.MockTransport(network),
    )


@pytest.mark.parametrize("view", ["client", "tenant"])
async def test_paginate_and_pages_resume_on_the_client_and_tenant_views(
    anyio_backend: str, view: str
) -> None:
    network = Network()
    async with client_on(network) as client:
        source = client if view == "client" else client.tenant(7)
        debtors = [d async for d in source.paginate(list_debtors, page_size=5, start_page=3)]
        assert [d.id for d in debtors] == list(range(11, 24))
        assert min(network.pages) == 3

        network.pages.clear()
        pages = [p async for p in source.pages("/v1/debtors", page_size=5, start_page=4)]
    assert [(p.number, [d["id"] for d in p.items]) for p in pages] == [
        (4, [16, 17, 18, 19, 20]),
        (5, [21, 22, 23]),
    ]
    assert sorted(network.pages) == [4, 5]


@pytest.mark.parametrize("start_page", [0, -1, True, "3", None])
@pytest.mark.parametrize("method", ["paginate", "pages"])
async def test_the_views_refuse_bad_start_pages_with_nothing_sent(
    anyio_backend: str, method: str, start_page: object
) -> None:
    network = Network()
    async with client_on(network) as client:
        for source in (client, client.tenant(7)):
            with pytest.raises((TypeError, ValueError), match="start_page"):
                getattr(source, method)(list_debtors, start_page=start_page)
    assert network.pages == []
