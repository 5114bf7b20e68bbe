"""A fake list endpoint for the pagination engine: offset paging over a mutable list.

It records what the engine asked for and how many requests were in flight at once, can hold
requests until the test lets them go, and can change the collection between requests, so
the tests can steer every interleaving without timing anything.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

import anyio
import httpx


class FakeListEndpoint:
    """Serves ``GET <path>?page=N&pageSize=S`` from ``items`` with the Asperion envelope."""

    def __init__(
        self,
        items: list[Any],
        *,
        served_page_size: int | None = None,
        limiter: anyio.CapacityLimiter | None = None,
    ) -> None:
        self.items = items
        self.served_page_size = served_page_size
        self.limiter = limiter or anyio.CapacityLimiter(1000)
        self.requests: list[Mapping[str, Any]] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.cancelled = 0
        self.answered = 0
        self.gate: anyio.Event | None = None
        self.all_waiting: anyio.Event | None = None
        self.expected_waiting = 0
        self.hold_from = 1
        self.waiting = 0
        self.before_answer: Callable[[int], None] | None = None
        self.meta_override: Callable[[int, dict[str, Any]], None] | None = None
        self.fail_page: dict[int, Exception] = {}
        self.raw_page: dict[int, bytes] = {}
        """Pages answered 200 with this body instead of the envelope (a malformed answer)."""
        self.order_delays: dict[int, int] = {}

    def hold(self, expected_waiting: int, from_page: int = 1) -> None:
        """Hold requests for ``from_page`` on until ``release``; ``all_waiting`` fires once
        ``expected_waiting`` of them wait."""
        self.hold_from = from_page
        self.waiting = 0
        self.gate = anyio.Event()
        self.all_waiting = anyio.Event()
        self.expected_waiting = expected_waiting

    def release(self) -> None:
        assert self.gate is not None
        self.gate.set()
        self.gate = None

    async def send(self, method: str, url: str, *, params: Mapping[str, Any]) -> httpx.Response:
        assert method == "GET"
        self.requests.append(dict(params))
        page, size = int(params["page"]), int(params["pageSize"])
        async with self.limiter:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                if self.gate is not None and page >= self.hold_from:
                    assert self.all_waiting is not None
                    self.waiting += 1
                    if self.waiting >= self.expected_waiting:
                        self.all_waiting.set()
                    await self.gate.wait()
                for _ in range(1 + self.order_delays.get(page, 0)):  # the "network"
                    await anyio.lowlevel.checkpoint()
                if self.before_answer is not None:
                    self.before_answer(page)
                if page in self.fail_page:
                    raise self.fail_page[page]
                body = self._body(page, size)
            except anyio.get_cancelled_exc_class():
                self.cancelled += 1
                raise
            finally:
                self.in_flight -= 1
        self.answered += 1
        request = httpx.Request(method, url, params=params)
        if page in self.raw_page:
            return httpx.Response(200, content=self.raw_page[page], request=request)
        return httpx.Response(200, json=body, request=request)

    def _body(self, page: int, size: int) -> dict[str, Any]:
        size = min(size, self.served_page_size or size)
        start = (page - 1) * size
        total = len(self.items)
        meta: dict[str, Any] = {"totalCount": total, "pageCount": math.ceil(total / size)}
        if self.meta_override is not None:
            self.meta_override(page, meta)
        return {"_data": self.items[start : start + size], "_meta": meta}

    @property
    def pages_requested(self) -> list[int]:
        return [int(r["page"]) for r in self.requests]
