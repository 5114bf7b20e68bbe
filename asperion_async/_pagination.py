"""Fetch-ahead pagination over Asperion's ``_data``/``_meta`` list envelope.

Interface for the client facade
-------------------------------
Two functions build the iterators behind ``client.paginate`` and ``client.pages``; both
validate everything and raise ``ValueError``/``TypeError`` before any I/O, and both are
lazy (the first request goes out on the first ``__anext__``)::

    iter_pages(send, endpoint, params, *, page_size=None, prefetch=DEFAULT_PREFETCH,
               max_page_size=MAX_PAGE_SIZE, background=None, start_page=1,
               max_pages=DEFAULT_MAX_PAGES) -> PageIterator
    iter_items(send, endpoint, params, ...)  -> ItemIterator   # the pages' items, in order

* ``send`` is the facade's raw request coroutine, called as
  ``await send(method, url, params=..., [headers=...])`` and returning an ``httpx.Response``
  that has been read; it must raise for non-2xx answers (``TenantClient.request`` does
  exactly that, inside the client's and the tenant's limits).
* ``endpoint`` is a generated endpoint module (``asperion_client.api.debtors.list_debtors``),
  one of its functions (``list_debtors.asyncio_detailed``), or a raw API path
  (``"/v1/somethingnew"``) for an endpoint the spec lacks.
* ``params`` are the endpoint's own keyword arguments (for a raw path: query parameters).
* ``background`` is the client's task group (see ``_background``); ``start_page`` the first
  page to fetch, for resuming: the pages before it are never asked for.

Generated endpoints are found generically: the request comes from the module's
``_get_kwargs(page=, page_size=, **params)``, and the item model is the element type of the
attribute that the response model fills from the JSON key ``_data``. Each page's JSON is
decoded once; the envelope is read from the raw dict and items are parsed in one call of
the item model's ``from_dicts(consume=True)``, which takes the fields out of the decoded item
dicts themselves. Raw paths send ``page``/``pageSize`` and yield plain dicts.
A 2xx page that is not JSON, not an envelope, or has an item the model cannot parse is an
``UnexpectedResponseError``, raised like any other error of that page.

How fetch-ahead works
---------------------
The first page (page 1, or ``start_page``) is fetched alone: its ``_meta`` says how many
pages to expect. After that the window is the page the consumer needs plus up to
``prefetch - 1`` expected pages after it; items come out in page order, at most
``prefetch`` pages are ever buffered or in flight, and errors of a page are raised,
unwrapped, when the consumer reaches that page. Nothing yields from inside a task group.
Where the fetches run:

* Plain ``async for`` inside ``async with client:``: in the client's background task group,
  the window sliding one page at a time while the consumer works; the first window's
  requests are spaced (``_Window._paced``), and the fetch of the page a blocked consumer
  waits for sends the next request itself (``_Window._handed_on``). Dropping the iterator
  (``break``, an exception in the loop body), ``aclose`` or closing the client cancels the
  fetches in flight.
* ``async with t.paginate(...) as items:``: the same, in a task group the block owns;
  leaving the block cancels the fetches in flight and waits for them.
* A client not opened with ``async with``: each missing window is fetched in a task group
  that lives only for that ``__anext__`` call, so nothing is fetched while the consumer
  works and each window waits for its slowest page, but no task ever outlives a call.

What the API lets us guarantee
------------------------------
The API pages by offset (``page``/``pageSize``), with no cursor and no snapshot.

* Iteration ends at the first page that comes back short or empty, at the last page a
  page's own ``pageCount``/``totalCount`` announces (the larger of the two), or at a page
  identical to the previous one (a server that answers every page past the last with the
  last page). Each page's counts are its own view, so a collection that grows during the
  sync is followed to the end the last page announces, and one that shrinks ends where the
  data ends. Without counts a full page is always followed by the next one.
* Paging that contradicts itself raises ``PaginationError`` instead of yielding duplicates:
  a page repeating the previous one although the counts announce more pages, a non-empty
  page past its own ``pageCount``, or items beyond its own ``totalCount``. A listing longer
  than ``max_pages`` pages (default ``DEFAULT_MAX_PAGES``, 10 000) raises it too, so a
  server that never ends a listing cannot page forever.
* The first page is always yielded (it carries the counts, also for an empty collection or
  a ``start_page`` past the end); a later empty page is not.
* If the server applies a smaller page size than requested (the first page is short but
  says more pages follow), that size is what "short" means from then on, so nothing is cut
  off.
* What offset paging cannot give: an insert or delete *before* the current read position
  while the sync runs shifts items across page boundaries, so an item can be seen twice or
  not at all. For a complete, repeatable sync, order by a stable key (``order_by="Id"``)
  and follow up with an incremental sync from ``journalentrylog`` (``ChangedDate_from``).
"""

from __future__ import annotations

import copy
import functools
import inspect
import sys
import threading
import time
import typing
import weakref
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import anyio
import attrs
import httpx
from asperion_client.types import Unset

from ._background import BackgroundTasks
from ._endpoints import build_request, endpoint_module
from ._json import json_loads
from .errors import PaginationError, UnexpectedResponseError

if TYPE_CHECKING:  # anyio.abc costs ~2 ms to import (typing_extensions), at run time unused
    from anyio.abc import TaskGroup

__all__ = [
    "DEFAULT_MAX_PAGES",
    "DEFAULT_PREFETCH",
    "MAX_PAGE_SIZE",
    "ItemIterator",
    "Page",
    "PageIterator",
    "SendRequest",
    "check_paging",
    "fetch_page",
    "iter_items",
    "iter_pages",
]

MAX_PAGE_SIZE = 100
"""The largest ``pageSize`` the API is assumed to accept; also the default page size."""

DEFAULT_PREFETCH = 4
"""Pages fetched concurrently ahead of the consumer when the caller does not say."""

DEFAULT_MAX_PAGES = 10_000
"""The most pages one iteration reads (a million items at 100 a page) unless told otherwise;
past it ``PaginationError`` is raised, so a server that never ends a listing is not paged
forever."""

T = TypeVar("T")

SendRequest = Callable[..., Awaitable[httpx.Response]]
"""``await send(method, url, params=..., headers=...)``: the facade's raw request path."""

_ItemsParser = Callable[[list[Any]], list[Any]]

_ITEM_ERRORS = (ValueError, TypeError, KeyError, AttributeError, RecursionError)
"""What a generated model's ``from_dicts`` raises for an item of the wrong shape."""


@attrs.frozen
class Page(Generic[T]):
    """One page of a list endpoint: its parsed items and what its ``_meta`` said.

    ``total_count`` and ``page_count`` are this page's own view of the collection (they can
    move while a sync runs); ``raw_meta`` is the ``_meta`` object as the API sent it.
    """

    items: list[T]
    number: int
    total_count: int | None
    page_count: int | None
    raw_meta: Mapping[str, Any] = attrs.field(repr=False)

    def __repr__(self) -> str:
        return (
            f"Page(number={self.number}, items=<{len(self.items)} items>, "
            f"total_count={self.total_count}, page_count={self.page_count})"
        )


class _Source(NamedTuple):
    """How to ask for page ``n`` and how to turn a page's raw items into values; built before
    I/O."""

    request_for: Callable[[int], dict[str, Any]]
    parse_items: _ItemsParser
    name: str


class _Answer(NamedTuple):
    """A page the consumer has reached, decoded and checked to be an envelope; its items
    are not parsed yet. Pages fetched ahead wait as responses (their bytes), not decoded:
    thousands of small objects per page, kept alive while they wait, are what makes
    Python's garbage collector walk the heap over and over."""

    response: httpx.Response
    raw_items: list[Any]
    raw_meta: Mapping[str, Any]
    announced: int | None = None
    """The last page by this page's own counts (``_Window._announced``), once checked."""


class _Before(NamedTuple):
    """What ``_checked`` keeps of the page before, to see whether a page repeats it. Not its
    items: parsing takes the fields out of their dicts (``from_dicts(consume=True)``). Its
    first item, copied before parsing, rules a repeat out on the hot path; its response
    holds the rest, decoded again only when the first items match."""

    response: httpx.Response
    length: int
    first: Any


class _Window:
    """The fetch-ahead state: pages fetched but not consumed, and where the consumer is.

    Fetch tasks only ever touch this object (never the iterator that owns it), so the
    iterator can be dropped while they run; its finalizer then stops them.
    """

    def __init__(
        self,
        send: SendRequest,
        source: _Source,
        page_size: int,
        prefetch: int,
        background: BackgroundTasks | None,
        start_page: int,
        max_pages: int = DEFAULT_MAX_PAGES,
    ) -> None:
        self._send = send
        self._source = source
        self._page_size = page_size
        self._prefetch = prefetch
        self._background = background
        self._fetched: dict[int, httpx.Response | Exception] = {}
        self._in_flight: dict[int, anyio.Event] = {}
        self._scopes: dict[int, anyio.CancelScope] = {}
        self._own_group: TaskGroup | None = None
        self._loop_thread: int | None = None
        self._first = start_page
        self._next = start_page
        self._expected_pages = start_page
        self._end = start_page + max_pages  # the first page past the hard bound
        self._max_pages = max_pages
        self._before: _Before | None = None
        self._finished = False
        self._pace = 0.0  # seconds between the requests of one window start (see _paced)
        self._probe: tuple[float, float] = (0.0, 0.0)  # CPU at the first page's send; its RTT
        self._waiting_for: int | None = None  # the page the consumer is blocked on, if any

    def run_in(self, task_group: TaskGroup | None) -> None:
        """Fetch in ``task_group`` (an ``async with`` block's own) from now on, or stop."""
        self._own_group = task_group

    def stop(self) -> None:
        """Cancel the fetches in flight; the pages they were after are fetched again if
        asked for (the client closing: asking again then fails like any call would)."""
        for scope in self._scopes.values():
            scope.cancel()

    def finish(self) -> None:
        """End the iteration: cancel the fetches in flight, drop the buffered pages."""
        self._finished = True
        self._fetched.clear()
        self.stop()

    def abandon(self) -> None:
        """The iterator was dropped (``break``, an exception in the loop body): finish,
        unless this runs on another thread (a garbage collection there), where the event
        loop must not be touched; the fetches then end with the window or the client."""
        if self._loop_thread in (None, threading.get_ident()):
            self.finish()

    async def next_page(self) -> Page[Any] | None:
        number = self._next
        if number >= self._end and not self._finished:
            self.finish()
            await self.unwind()
            raise PaginationError(
                f"{self._source.name}: more than {self._max_pages} pages; pass a larger "
                "max_pages if the collection really is that large"
            )
        waited = False
        while not self._finished and number not in self._fetched:
            waited = True
            group = self._group()
            if group is None:  # fetch the window inside this call
                async with anyio.create_task_group() as tg:
                    self._start_window(tg, number)
                continue
            self._start_window(group, number)
            self._waiting_for = number
            try:
                await self._in_flight[number].wait()
            except anyio.get_cancelled_exc_class():
                await self.unwind()
                raise
            finally:
                self._waiting_for = None
        if not waited:
            # A checkpoint. anyio.lowlevel.checkpoint() is the same, but importing that module
            # (and the dataclasses it loads) costs importing the package about a millisecond.
            await anyio.sleep(0)  # noqa: ASYNC115
        if self._finished:
            await self.unwind()
            return None
        outcome: _Answer | Exception | None = self._decoded(number, self._fetched.pop(number))
        if isinstance(outcome, _Answer):
            outcome = self._checked(number, outcome)
        if outcome is None:  # the previous page again: the server clamps `page` to the last
            self.finish()
            await self.unwind()
            return None
        last = isinstance(outcome, Exception) or not self._continues_after(number, outcome)
        if isinstance(outcome, _Answer):
            self._expected_pages = max(self._expected_pages, outcome.announced or 0)
        first = number == self._first
        if not last:
            self._next = number + 1
            if not first:
                # The window moves on before this page's items are parsed, so the next fetch
                # goes out now: parsing is never on the path from one answer to the next request.
                self._refill()
        try:
            if isinstance(outcome, Exception):
                raise outcome
            page = self._page(number, outcome)
        except Exception:
            self.finish()
            await self.unwind()
            raise
        if first and not last:  # the first window, paced by what the first page cost
            self._pace = self._paced()
            self._refill()
        if last:
            self.finish()
            await self.unwind()
        return page

    def _refill(self) -> None:
        """Keep ``prefetch`` pages coming while the consumer works (background fetches only)."""
        group = self._group()
        if group is not None:
            self._start_window(group, self._next, pace=self._pace)

    def _paced(self) -> float:
        """Seconds between the requests that start together, from the first page's cost.

        Requests sent in one burst come back in one burst, and their answers are then worked
        through in turns, each waiting for all the others; the next burst goes out together
        again, so every round trip pays for the whole burst's work. Spacing the first window
        by twice the CPU one page cost this process (sending, reading, decoding, parsing)
        lets each answer be worked through before the next arrives, and the spacing lasts,
        as each slot's next request follows its own answer.

        Only while that spacing fits the window into one round trip: a process that was
        busier than that during the first round trip (many listings at once) is bound by
        its CPU, not by bursts, and spacing would only hold its requests back.
        """
        cpu_before, round_trip = self._probe
        spacing = 2 * (time.process_time() - cpu_before)
        return spacing if 0.0 < spacing <= round_trip / self._prefetch else 0.0

    async def unwind(self) -> None:
        """Cancel the fetches in flight and wait until they have let go of their limiter
        slots (shielded: this runs on the way out of a cancellation too). Buffered pages
        stay; if the iteration goes on, the cancelled pages are fetched again."""
        self.stop()
        with anyio.CancelScope(shield=True):
            for event in list(self._in_flight.values()):
                await event.wait()

    def _group(self) -> TaskGroup | None:
        """Where fetches run in the background; ``None``: inside ``next_page`` only."""
        if self._own_group is not None:
            return self._own_group
        if self._background is None:
            return None
        group = self._background.attach(self)
        if group is not None and self._loop_thread is None:
            self._loop_thread = threading.get_ident()
        return group

    def _continues_after(self, number: int, answer: _Answer) -> bool:
        """Whether a page follows this one: it is full (by the server's page size) and not
        the last its own counts announce."""
        if len(answer.raw_items) < self._page_size:
            return False
        return answer.announced is None or number < answer.announced

    def _checked(self, number: int, answer: _Answer) -> _Answer | PaginationError | None:
        """``answer`` with its announced last page if its paging is consistent; ``None`` if it
        repeats the previous page where that may be the end; else the ``PaginationError``
        the consumer gets here.

        Cheap on the hot path: one item compared with the page before's first, and two
        lookups in ``_meta``.
        """
        items, meta = answer.raw_items, answer.raw_meta
        length = len(items)
        if number == self._first and length < self._page_size:
            self._adopt_server_page_size(number, length, meta)
        before = self._before
        self._before = _Before(answer.response, length, copy.copy(items[0])) if length else None
        announced = self._announced(meta)
        if length and before is not None and self._repeats(items, before, number):
            if announced is None or number > announced:
                return None
            problem = (
                f"page {number} repeats page {number - 1}, yet {announced} pages are announced"
            )
        elif length and announced is not None and number > announced:
            problem = f"page {number} has items, yet its pageCount/totalCount allow {announced}"
        else:
            total = _count(meta.get("totalCount"))
            seen = (number - 1) * self._page_size + length
            if not length or total is None or seen <= total:
                return answer._replace(announced=announced)
            problem = f"page {number} ends at item {seen}, past its own totalCount {total}"
        return PaginationError.for_page(answer.response, f"{self._source.name}: {problem}")

    def _repeats(self, items: list[Any], before: _Before, number: int) -> bool:
        """Whether ``items`` are the items of the page before (``number - 1``)."""
        if len(items) != before.length or items[0] != before.first:
            return False
        again, _ = _envelope(json_loads(before.response.content), self._source.name, number - 1)
        return items == again

    def _announced(self, meta: Mapping[str, Any]) -> int | None:
        """The last page by this ``_meta``: the larger of ``pageCount`` and the pages
        ``totalCount`` fills; ``None`` when it gives neither (negative counts are ignored)."""
        page_count = _count(meta.get("pageCount"))
        total = _count(meta.get("totalCount"))
        if total is not None:
            filled = -(-total // self._page_size)  # integer ceiling: any size, no overflow
            page_count = filled if page_count is None else max(page_count, filled)
        return page_count

    def _page(self, number: int, answer: _Answer) -> Page[Any] | None:
        if number > self._first and not answer.raw_items:
            return None
        return _parsed_page(self._source, number, answer)

    def _adopt_server_page_size(
        self, number: int, length: int, raw_meta: Mapping[str, Any]
    ) -> None:
        """A short first page that announces more pages means the server caps the size."""
        if length and (_int_or_none(raw_meta.get("pageCount")) or number) > number:
            self._page_size = length

    def _start_window(self, task_group: TaskGroup, number: int, *, pace: float = 0.0) -> None:
        """Start every page of ``number``'s window that is neither fetched nor in flight,
        each ``pace`` seconds after the one before."""
        last = min(
            max(number, min(self._expected_pages, number + self._prefetch - 1)), self._end - 1
        )
        for index, page in enumerate(self._unstarted(number, last)):
            task_group.start_soon(self._fetch, page, self._register(page), index * pace)

    def _unstarted(self, first: int, last: int) -> list[int]:
        """The pages from ``first`` to ``last`` that are neither fetched nor in flight."""
        return [
            page
            for page in range(first, last + 1)
            if page not in self._fetched and page not in self._in_flight
        ]

    def _register(self, number: int) -> anyio.CancelScope:
        """Mark page ``number`` as in flight; its fetch runs in the returned scope."""
        scope = self._scopes[number] = anyio.CancelScope()
        self._in_flight[number] = anyio.Event()
        return scope

    def _handed_on(self, number: int) -> tuple[int, anyio.CancelScope] | None:
        """The next page this fetch task sends at once, having fetched the page the consumer
        is blocked on; ``None`` if there is none.

        The consumer takes page ``number`` next, so the window moves on now rather than
        when the consumer wakes: the next request goes out before this answer is decoded,
        from this task, without waiting for a new one to be scheduled. Further pages missing
        from the window (after a cancellation) start in tasks of their own.
        """
        if self._waiting_for != number or self._finished:
            return None
        group = self._group()
        if group is None:
            return None
        last = min(self._expected_pages, number + self._prefetch, self._end - 1)
        missing = self._unstarted(number + 1, last)
        if not missing:
            return None
        for page in missing[1:]:
            group.start_soon(self._fetch, page, self._register(page), 0.0)
        return missing[0], self._register(missing[0])

    async def _fetch(self, number: int, scope: anyio.CancelScope, delay: float) -> None:
        while True:
            outcome: httpx.Response | Exception | None = None
            with scope:
                try:
                    if delay:
                        await anyio.sleep(delay)
                    outcome = await self._fetch_one(number)
                except Exception as exc:  # handed to the consumer when it reaches this page
                    outcome = exc
                finally:
                    del self._scopes[number]
                    self._in_flight.pop(number).set()  # waiters run only after we store below
            if scope.cancelled_caught or scope.cancel_called or self._finished or outcome is None:
                return
            self._fetched[number] = outcome
            if isinstance(outcome, Exception):  # the consumer stops at this page
                return
            following = self._handed_on(number)
            if following is None:
                return
            (number, scope), delay = following, 0.0

    async def _fetch_one(self, number: int) -> httpx.Response:
        request = self._source.request_for(number)
        if number != self._first:
            return await self._send(request.pop("method"), request.pop("url"), **request)
        cpu, started = time.process_time(), time.perf_counter()
        response = await self._send(request.pop("method"), request.pop("url"), **request)
        self._probe = (cpu, time.perf_counter() - started)
        return response

    def _decoded(self, number: int, outcome: httpx.Response | Exception) -> _Answer | Exception:
        """The page's envelope, or the error the consumer gets at this page: the fetch's own,
        or ``UnexpectedResponseError`` when the 2xx body is not an envelope."""
        if isinstance(outcome, Exception):
            return outcome
        return _decode(outcome, self._source.name, number)


class PageIterator(Generic[T]):
    """Async iterator of :class:`Page` objects; see the module docstring for the guarantees.

    Plain ``async for``: fetches run in the background in the client's task group when the
    client is open in ``async with`` (dropping the iterator stops them), otherwise inside
    ``__anext__``. In an ``async with`` block the iterator runs them in its own task group
    until the block ends. ``aclose`` cancels the fetches in flight and drops the buffered
    pages.
    """

    def __init__(self, window: _Window) -> None:
        self._window = window
        self._task_group: TaskGroup | None = None
        dropped = weakref.finalize(self, window.abandon)
        dropped.atexit = False

    def __aiter__(self) -> PageIterator[T]:
        return self

    async def __anext__(self) -> Page[T]:
        page = await self._window.next_page()
        if page is None:
            raise StopAsyncIteration
        return page

    async def aclose(self) -> None:
        """Stop: cancel the fetches in flight, wait for them, drop the buffered pages."""
        self._window.finish()
        await self._window.unwind()
        await anyio.sleep(0)  # noqa: ASYNC115 - a checkpoint, as above

    async def __aenter__(self) -> PageIterator[T]:
        if self._task_group is not None:
            raise RuntimeError("this iterator is already open in an `async with` block")
        task_group = anyio.create_task_group()
        await task_group.__aenter__()
        self._task_group = task_group
        self._window.run_in(task_group)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._window.finish()
        task_group, self._task_group = self._task_group, None
        self._window.run_in(None)
        if task_group is not None:  # its fetches are cancelled: this waits them out
            await task_group.__aexit__(None, None, None)


class ItemIterator(Generic[T]):
    """Async iterator over every item of every page, in page order."""

    def __init__(self, pages: PageIterator[T]) -> None:
        self._pages = pages
        self._items: Iterator[T] = iter(())

    def __aiter__(self) -> ItemIterator[T]:
        return self

    async def __anext__(self) -> T:
        for item in self._items:
            return item
        while True:
            page = await self._pages.__anext__()
            self._items = iter(page.items)
            for item in self._items:
                return item

    async def aclose(self) -> None:
        """Stop: cancel the fetches in flight and drop the buffered pages."""
        self._items = iter(())
        await self._pages.aclose()

    async def __aenter__(self) -> ItemIterator[T]:
        await self._pages.__aenter__()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._items = iter(())
        await self._pages.__aexit__(*exc_info)


def iter_pages(
    send: SendRequest,
    endpoint: object,
    params: Mapping[str, Any],
    *,
    page_size: int | None = None,
    prefetch: int = DEFAULT_PREFETCH,
    max_page_size: int = MAX_PAGE_SIZE,
    background: BackgroundTasks | None = None,
    start_page: int = 1,
    max_pages: int = DEFAULT_MAX_PAGES,
    args: Sequence[Any] = (),
) -> PageIterator[Any]:
    """Pages of ``endpoint`` (generated module/function or raw path), fetched ahead.

    ``background``: the client's task group, for fetching ahead while the consumer works.
    ``start_page``: the first page to fetch (resuming); earlier pages are never asked for.
    ``max_pages``: the most pages to read; more raise ``PaginationError``.
    """
    size = _checked_page_size(page_size, max_page_size)
    if isinstance(prefetch, bool) or not isinstance(prefetch, int) or prefetch < 1:
        raise ValueError(f"prefetch must be a positive integer, got {prefetch!r}")
    _checked_int("start_page", start_page)
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise ValueError(f"max_pages must be a positive integer, got {max_pages!r}")
    if isinstance(endpoint, str):
        source = _path_source(endpoint, params, size)
    else:
        source = _generated_source(endpoint, params, size, args=args)
    return PageIterator(_Window(send, source, size, prefetch, background, start_page, max_pages))


def iter_items(
    send: SendRequest, endpoint: object, params: Mapping[str, Any], **options: Any
) -> ItemIterator[Any]:
    """Every item of ``endpoint``'s pages, in order, fetched ahead (options: ``iter_pages``)."""
    return ItemIterator(iter_pages(send, endpoint, params, **options))


async def fetch_page(
    send: SendRequest,
    endpoint: object,
    args: Sequence[Any],
    params: Mapping[str, Any],
    *,
    page: int | None = None,
    page_size: int | None = None,
) -> Page[Any]:
    """One page of a generated list endpoint, parsed like the pages of ``iter_pages``.

    ``page`` and ``page_size`` go to a paged list; a list without paging answers with
    everything as page 1. Always a ``Page``, empty or not.
    """
    if page is None:
        source = _generated_source(endpoint, params, 0, args=args, paged=False)
        number = 1
    else:
        check_paging({"page": page, "page_size": page_size})
        source = _generated_source(endpoint, params, page_size or MAX_PAGE_SIZE, args=args)
        number = page
    request = source.request_for(number)
    response = await send(request.pop("method"), request.pop("url"), **request)
    answer = _decode(response, source.name, number)
    if isinstance(answer, Exception):
        raise answer
    return _parsed_page(source, number, answer)


def check_paging(kwargs: Mapping[str, Any]) -> None:
    """Refuse a ``page`` or ``page_size`` in ``kwargs`` the API would refuse, before any I/O."""
    for name, limit in (("page", None), ("page_size", MAX_PAGE_SIZE)):
        value = kwargs.get(name)
        if value is not None and not isinstance(value, Unset):
            _checked_int(name, value, limit)


def _checked_page_size(page_size: int | None, max_page_size: int) -> int:
    return (
        max_page_size if page_size is None else _checked_int("page_size", page_size, max_page_size)
    )


def _checked_int(name: str, value: object, maximum: int | None = None) -> int:
    """``value`` if it is an int from 1 (to ``maximum``); else the ``TypeError`` or
    ``ValueError`` that names ``name``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, got {type(value).__name__}")
    if value < 1 or (maximum is not None and value > maximum):
        bounds = f"between 1 and {maximum}" if maximum is not None else "at least 1"
        raise ValueError(f"{name} must be {bounds}, got {value}")
    return value


def _path_source(path: str, params: Mapping[str, Any], page_size: int) -> _Source:
    if not path.startswith("/") or "?" in path:
        raise ValueError(
            f"a raw list path looks like '/v1/debtors' (query parameters as keyword "
            f"arguments), got {path!r}"
        )
    taken = {"page", "pageSize"} & set(params)
    if taken:
        raise ValueError(f"paginate sets {sorted(taken)} itself; leave them out")
    fixed = dict(params)

    def request_for(number: int) -> dict[str, Any]:
        return {
            "method": "GET",
            "url": path,
            "params": {**fixed, "page": number, "pageSize": page_size},
        }

    return _Source(request_for, _identity, f"GET {path}")


def _generated_source(
    endpoint: object,
    params: Mapping[str, Any],
    page_size: int,
    *,
    args: Sequence[Any] = (),
    paged: bool = True,
) -> _Source:
    module = endpoint_module(endpoint, or_else="a raw path such as '/v1/debtors'")
    accepted = _accepted(module)
    fixed = dict(params)
    positional = tuple(args)
    if not paged:
        first = build_request(module, positional, fixed)
    else:
        if "page" not in accepted or "page_size" not in accepted:
            raise TypeError(f"{module.__name__} takes no page/page_size: it is not a paged list")
        if "page" in params or "page_size" in params:
            raise TypeError("pass page_size as paginate's own argument; paginate sets page itself")
        first = build_request(module, positional, {"page": 1, "page_size": page_size, **fixed})
    parse_items = _items_parser(module)
    get_kwargs = module._get_kwargs

    def request_for(number: int) -> dict[str, Any]:
        if number == 1 or not paged:
            kwargs = dict(first)
        else:
            kwargs = dict(get_kwargs(*positional, page=number, page_size=page_size, **fixed))
        return {"method": str(kwargs.pop("method")).upper(), "url": kwargs.pop("url"), **kwargs}

    return _Source(request_for, parse_items, module.__name__.rpartition(".")[2])


@functools.lru_cache(maxsize=512)
def _accepted(module: ModuleType) -> frozenset[str]:
    """The parameter names of an endpoint: read once per module, not on every list call."""
    return frozenset(inspect.signature(module._get_kwargs).parameters)


@functools.lru_cache(maxsize=512)
def _items_parser(module: ModuleType) -> _ItemsParser:
    """The item model's ``from_dicts`` for the response model that carries ``_data`` (worked
    out from type hints once per module, not on every list call)."""
    for model in _classes_in(_return_type(module._parse_response)):
        parser = _envelope_items_parser(model)
        if parser is not None:
            return parser
    raise TypeError(f"{module.__name__} does not answer with a `_data`/`_meta` list envelope")


def _return_type(function: Callable[..., Any]) -> object:
    """``function``'s return annotation, resolved in its module. Only that one: the client
    classes its parameters name are imported for type checkers only."""
    holder = type("_Return", (), {"__annotations__": {"value": function.__annotations__["return"]}})
    return typing.get_type_hints(holder, globalns=function.__globals__)["value"]


def _envelope_items_parser(model: type) -> _ItemsParser | None:
    """For an envelope model, the parser of its ``_data`` items; ``None`` for other models."""
    if not attrs.has(model):
        return None
    from_dict = model.from_dict  # type: ignore[attr-defined]
    try:
        without, with_data = from_dict({}), from_dict({"_data": []})
    except Exception:  # a model with required fields is not an envelope
        return None
    names = [
        a.name
        for a in attrs.fields(model)
        if isinstance(getattr(with_data, a.name), list)
        and not isinstance(getattr(without, a.name), list)
    ]
    if len(names) != 1:
        return None
    models_package = sys.modules.get(model.__module__.rpartition(".")[0])
    hints = typing.get_type_hints(model, localns=vars(models_package) if models_package else None)
    for list_type in _flatten(hints[names[0]]):
        if typing.get_origin(list_type) is list:
            (item_type,) = typing.get_args(list_type)
            if callable(from_dicts := getattr(item_type, "from_dicts", None)):
                # The decoded page is read by nothing else: its item dicts become the models'.
                return functools.partial(from_dicts, consume=True)
            if callable(from_dict := getattr(item_type, "from_dict", None)):  # an older model
                return lambda items: [from_dict(item) for item in items]
            return _identity
    return _identity


def _flatten(annotation: object) -> list[object]:
    args = typing.get_args(annotation)
    if args and typing.get_origin(annotation) is not list:
        return [leaf for arg in args for leaf in _flatten(arg)]
    return [annotation]


def _classes_in(annotation: object) -> list[type]:
    return [t for t in _flatten(annotation) if isinstance(t, type) and hasattr(t, "from_dict")]


def _envelope(body: object, name: str, number: int) -> tuple[list[Any], Mapping[str, Any]]:
    if isinstance(body, dict):
        data, meta = body.get("_data"), body.get("_meta", {})
        if isinstance(data, list) and isinstance(meta, dict):
            return data, meta
    raise ValueError(f"{name} page {number}: the answer is not a `_data`/`_meta` list envelope")


def _decode(response: httpx.Response, name: str, number: int) -> _Answer | Exception:
    """The envelope of a 2xx page, or ``UnexpectedResponseError`` when it is not one."""
    try:
        raw_items, raw_meta = _envelope(json_loads(response.content), name, number)
    # Not JSON (JSONDecodeError, bad UTF-8), nested too deeply, or not an envelope.
    except (ValueError, RecursionError) as exc:
        error = UnexpectedResponseError.from_response(response, exc)
        error.__cause__ = exc
        return error
    return _Answer(response, raw_items, raw_meta)


def _parsed_page(source: _Source, number: int, answer: _Answer) -> Page[Any]:
    try:
        items = source.parse_items(answer.raw_items)
    except _ITEM_ERRORS as exc:
        raise UnexpectedResponseError.from_response(answer.response, exc) from exc
    return Page(
        items=items,
        number=number,
        total_count=_int_or_none(answer.raw_meta.get("totalCount")),
        page_count=_int_or_none(answer.raw_meta.get("pageCount")),
        raw_meta=answer.raw_meta,
    )


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _count(value: object) -> int | None:
    """A count from ``_meta``: a non-negative int, else ``None`` (not given)."""
    count = _int_or_none(value)
    return count if count is not None and count >= 0 else None


def _identity(items: list[Any]) -> list[Any]:
    return items
