"""How background fetch-ahead spaces its requests and keeps the window moving.

Two things keep a long listing close to its latency bound: the first window's requests go
out spaced (so their answers do not all arrive, and wait on each other, at once), and the
fetch that brings the page a blocked consumer waits for sends the next request itself,
before that answer is decoded. The endpoint here answers after a fixed delay and logs, in
order, every request it receives and every page the consumer gets.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Mapping
from typing import Any

import anyio
import httpx
import pytest

from asperion_async import _pagination
from asperion_async._pagination import iter_pages

pytestmark = pytest.mark.anyio

PATH = "/v1/somethingnew"


class SlowEndpoint:
    """``pages`` full pages of 10 items, each answered ``latency`` seconds after it is asked."""

    def __init__(self, pages: int, latency: float, *, failing: int | None = None) -> None:
        self.pages = pages
        self.latency = latency
        self.failing = failing
        self.log: list[tuple[str, int]] = []
        self.sent_at: dict[int, float] = {}

    async def send(self, method: str, url: str, *, params: Mapping[str, Any]) -> httpx.Response:
        page = int(params["page"])
        self.log.append(("sent", page))
        self.sent_at[page] = anyio.current_time()
        await anyio.sleep(self.latency)
        if page == self.failing:
            raise httpx.ReadError("the page failed")
        items = [{"id": (page - 1) * 10 + i} for i in range(10)] if page <= self.pages else []
        body = {"_data": items, "_meta": {"totalCount": self.pages * 10, "pageCount": self.pages}}
        return httpx.Response(200, json=body, request=httpx.Request(method, url, params=params))


async def consume(endpoint: SlowEndpoint, prefetch: int) -> None:
    pages = iter_pages(endpoint.send, PATH, {}, page_size=10, prefetch=prefetch)
    async with pages:  # fetches run in the block's own task group, as in the background
        async for page in pages:
            endpoint.log.append(("got", page.number))


async def test_the_first_window_is_spaced_by_the_pace(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pagination._Window, "_paced", lambda self: 0.03)
    endpoint = SlowEndpoint(pages=12, latency=0.01)

    await consume(endpoint, prefetch=4)

    starts = [endpoint.sent_at[page] for page in range(2, 6)]
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert min(gaps) >= 0.02, gaps  # unpaced, they would all start at once
    assert [number for kind, number in endpoint.log if kind == "got"] == list(range(1, 13))


async def test_without_background_the_window_is_not_paced(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_pagination._Window, "_paced", lambda self: 0.5)
    endpoint = SlowEndpoint(pages=5, latency=0.01)

    started = anyio.current_time()
    async for _ in iter_pages(endpoint.send, PATH, {}, page_size=10, prefetch=4):
        pass

    assert anyio.current_time() - started < 0.5  # windows fetched inside the call go at once


async def test_the_pace_is_twice_the_first_pages_cpu_if_the_window_fits_a_round_trip() -> None:
    window = iter_pages(SlowEndpoint(1, 0).send, PATH, {}, page_size=10, prefetch=4)._window
    now = time.process_time()

    window._probe = (now - 0.004, 0.100)
    assert 0.008 <= window._paced() < 0.0095  # 2 x 4 ms (plus the CPU used since)

    window._probe = (now - 0.02, 0.100)
    assert window._paced() == 0.0  # 4 x 40 ms spacing > 100 ms: busy, not bursty

    window._probe = (time.process_time() + 1, 0.0)
    assert window._paced() == 0.0  # no CPU measured: no spacing


async def test_the_fetch_of_the_awaited_page_sends_the_next_request_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_pagination._Window, "_paced", lambda self: 0.01)
    endpoint = SlowEndpoint(pages=20, latency=0.04)  # paced at latency / prefetch

    await consume(endpoint, prefetch=4)

    log = endpoint.log
    for page in range(2, 17):
        # Paced, the answers arrive one at a time and the consumer (doing nothing else)
        # waits for each: the request four pages on goes out before it gets that page.
        assert log.index(("sent", page + 4)) < log.index(("got", page)), (page, log)
    assert sorted(number for kind, number in log if kind == "sent") == list(range(1, 21))


async def test_the_window_never_runs_more_than_prefetch_ahead_of_the_consumer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_pagination._Window, "_paced", lambda self: 0.0)
    endpoint = SlowEndpoint(pages=30, latency=0.002)
    worst_lead = 0
    pages = iter_pages(endpoint.send, PATH, {}, page_size=10, prefetch=3)
    async with pages:
        async for page in pages:
            await anyio.sleep(0.004)  # a consumer slower than the endpoint
            sent = max(number for kind, number in endpoint.log if kind == "sent")
            worst_lead = max(worst_lead, sent - page.number)

    assert worst_lead == 3


async def test_a_failed_page_hands_on_no_request(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pagination._Window, "_paced", lambda self: 0.01)
    endpoint = SlowEndpoint(pages=20, latency=0.02, failing=3)  # paced at latency / prefetch

    with pytest.raises(httpx.ReadError):
        await consume(endpoint, prefetch=2)

    # Page 3 fails while the consumer waits for it: the iteration ends there, so the page
    # after the window (5) is never asked for.
    assert sorted(number for kind, number in endpoint.log if kind == "sent") == [1, 2, 3, 4]
