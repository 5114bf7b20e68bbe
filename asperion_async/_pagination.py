"""Fetch-ahead pagination over Asperion's ``_data``/``_meta`` list envelope.

Interface for the client facade
-------------------------------
Two functions build the iterators behind ``client.paginate`` and ``client.pages``; both
validate everything and raise ``ValueError``/``TypeError`` before any I/O, and both are
lazy (the first request goes out on the first ``__anext__``)::

    iter_pages(send, endpoint, params, *, page_size=None, prefetch=DEFAULT_PREFETCH,
               max_page_size=MAX_PAGE_SIZE, background=None, start_page=1) -> PageIterator
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
decoded once; the envelope is read from the raw dict and items are parsed one by one with
the item model's ``from_dict``. Raw paths send ``page``/``pageSize`` and yield plain dicts.
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
  the window sliding one page at a time while the consumer works. Dropping the iterator
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

* Termination never trusts page arithmetic: a full page is always followed by the next one,
  also past the announced ``pageCount``, and iteration ends at the first page that comes
  back short or empty. ``pageCount``/``totalCount`` (the largest any page reported) only
  decide how far ahead to fetch. So a collection that grows during the sync is followed to
  its end, and one that shrinks ends where the data ends.
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

import inspect
import json
import math
import sys
import threading
import typing
import weakref
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import anyio
import anyio.lowlevel
import attrs
import httpx

from ._background import BackgroundTasks
from .errors import UnexpectedResponseError

if TYPE_CHECKING:  # anyio.abc costs ~2 ms to import (typing_extensions), at run time unused
    from anyio.abc import TaskGroup

__all__ = [
    "DEFAULT_PREFETCH",
    "MAX_PAGE_SIZE",
    "ItemIterator",
    "Page",
    "PageIterator",
    "SendRequest",
    "iter_items",
    "iter_pages",
]

MAX_PAGE_SIZE = 100
"""The largest ``pageSize`` the API is assumed to accept; also the default page size."""

DEFAULT_PREFETCH = 4
"""Pages fetched concurrently ahead of the consumer when the caller does not say."""

T = TypeVar("T")

SendRequest = Callable[..., Awaitable[httpx.Response]]
"""``await send(method, url, params=..., headers=...)``: the facade's raw request path."""

_ItemParser = Callable[[Any], Any]

_ITEM_ERRORS = (ValueError, TypeError, KeyError, AttributeError)
"""What a generated model's ``from_dict`` raises for an item of the wrong shape."""


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list endpoint: its parsed items and what its ``_meta`` said.

    ``total_count`` and ``page_count`` are this page's own view of the collection (they can
    move while a sync runs); ``raw_meta`` is the ``_meta`` object as the API sent it.
    """

    items: list[T]
    number: int
    total_count: int | None
    page_count: int | None
    raw_meta: Mapping[str, Any] = field(repr=False)

    def __repr__(self) -> str:
        return (
            f"Page(number={self.number}, items=<{len(self.items)} items>, "
            f"total_count={self.total_count}, page_count={self.page_count})"
        )


class _Source(NamedTuple):
    """How to ask for page ``n`` and how to turn one raw item into a value; built before I/O."""

    request_for: Callable[[int], dict[str, Any]]
    parse_item: _ItemParser
    name: str


class _Answer(NamedTuple):
    """A page the consumer has reached, decoded and checked to be an envelope; its items
    are not parsed yet. Pages fetched ahead wait as responses (their bytes), not decoded:
    thousands of small objects per page, kept alive while they wait, are what makes
    Python's garbage collector walk the heap over and over."""

    response: httpx.Response
    raw_items: list[Any]
    raw_meta: Mapping[str, Any]


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
        self._finished = False

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
        waited = False
        while not self._finished and number not in self._fetched:
            waited = True
            group = self._group()
            if group is None:  # fetch the window inside this call
                async with anyio.create_task_group() as tg:
                    self._start_window(tg, number)
                continue
            self._start_window(group, number)
            try:
                await self._in_flight[number].wait()
            except anyio.get_cancelled_exc_class():
                await self.unwind()
                raise
        if not waited:
            await anyio.lowlevel.checkpoint()
        if self._finished:
            await self.unwind()
            return None
        outcome = self._decoded(number, self._fetched.pop(number))
        last = isinstance(outcome, Exception) or not self._continues_after(number, outcome)
        if isinstance(outcome, _Answer):
            announced = self._pages_announced(outcome.raw_meta)
            self._expected_pages = max(self._expected_pages, announced)
        if not last:
            # The window moves on before this page's items are parsed, so the next fetch
            # goes out now: parsing is never on the path from one response to the next request.
            self._next = number + 1
            group = self._group()
            if group is not None:  # keep `prefetch` pages coming while the consumer works
                self._start_window(group, self._next)
        try:
            if isinstance(outcome, Exception):
                raise outcome
            page = self._page(number, outcome)
        except Exception:
            self.finish()
            await self.unwind()
            raise
        if last:
            self.finish()
            await self.unwind()
        return page

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
        """Whether a page follows this one: it is full (by the server's page size)."""
        length = len(answer.raw_items)
        if number == self._first and length < self._page_size:
            self._adopt_server_page_size(number, length, answer.raw_meta)
        return length >= self._page_size

    def _page(self, number: int, answer: _Answer) -> Page[Any] | None:
        raw_items, raw_meta = answer.raw_items, answer.raw_meta
        if number > self._first and not raw_items:
            return None
        parse = self._source.parse_item
        try:
            items = raw_items if parse is _identity else [parse(item) for item in raw_items]
        except _ITEM_ERRORS as exc:
            raise UnexpectedResponseError.from_response(answer.response, exc) from exc
        return Page(
            items=items,
            number=number,
            total_count=_int_or_none(raw_meta.get("totalCount")),
            page_count=_int_or_none(raw_meta.get("pageCount")),
            raw_meta=raw_meta,
        )

    def _adopt_server_page_size(
        self, number: int, length: int, raw_meta: Mapping[str, Any]
    ) -> None:
        """A short first page that announces more pages means the server caps the size."""
        if length and (_int_or_none(raw_meta.get("pageCount")) or number) > number:
            self._page_size = length

    def _start_window(self, task_group: TaskGroup, number: int) -> None:
        """Start every page of ``number``'s window that is neither fetched nor in flight."""
        last = max(number, min(self._expected_pages, number + self._prefetch - 1))
        for page in range(number, last + 1):
            if page not in self._fetched and page not in self._in_flight:
                scope = anyio.CancelScope()
                self._in_flight[page] = anyio.Event()
                self._scopes[page] = scope
                task_group.start_soon(self._fetch, page, scope)

    async def _fetch(self, number: int, scope: anyio.CancelScope) -> None:
        outcome: httpx.Response | Exception | None = None
        with scope:
            try:
                request = self._source.request_for(number)
                outcome = await self._send(request.pop("method"), request.pop("url"), **request)
            except Exception as exc:  # handed to the consumer when it reaches this page
                outcome = exc
            finally:
                del self._scopes[number]
                self._in_flight.pop(number).set()  # waiters run only after we store below
        if scope.cancelled_caught or scope.cancel_called or self._finished or outcome is None:
            return
        self._fetched[number] = outcome

    def _decoded(self, number: int, outcome: httpx.Response | Exception) -> _Answer | Exception:
        """The page's envelope, or the error the consumer gets at this page: the fetch's own,
        or ``UnexpectedResponseError`` when the 2xx body is not an envelope."""
        if isinstance(outcome, Exception):
            return outcome
        try:
            raw_items, raw_meta = _envelope(json.loads(outcome.content), self._source.name, number)
        except ValueError as exc:  # not JSON (JSONDecodeError, bad UTF-8), or not an envelope
            error = UnexpectedResponseError.from_response(outcome, exc)
            error.__cause__ = exc
            return error
        return _Answer(outcome, raw_items, raw_meta)

    def _pages_announced(self, meta: Mapping[str, Any]) -> int:
        """Pages worth fetching ahead by this ``_meta``: the announced ones, plus the empty
        page that confirms the end when the last announced page will be full."""
        page_count = _int_or_none(meta.get("pageCount"))
        total = _int_or_none(meta.get("totalCount"))
        if page_count is None:
            page_count = 0 if total is None else math.ceil(total / self._page_size)
        last_page_full = total is not None and total > 0 and total == page_count * self._page_size
        return page_count + 1 if last_page_full else page_count


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
        await anyio.lowlevel.checkpoint()

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
) -> PageIterator[Any]:
    """Pages of ``endpoint`` (generated module/function or raw path), fetched ahead.

    ``background``: the client's task group, for fetching ahead while the consumer works.
    ``start_page``: the first page to fetch (resuming); earlier pages are never asked for.
    """
    size = _checked_page_size(page_size, max_page_size)
    if isinstance(prefetch, bool) or not isinstance(prefetch, int) or prefetch < 1:
        raise ValueError(f"prefetch must be a positive integer, got {prefetch!r}")
    if isinstance(start_page, bool) or not isinstance(start_page, int):
        raise TypeError(f"start_page must be an int, got {type(start_page).__name__}")
    if start_page < 1:
        raise ValueError(f"start_page must be at least 1, got {start_page}")
    if isinstance(endpoint, str):
        source = _path_source(endpoint, params, size)
    else:
        source = _generated_source(endpoint, params, size)
    return PageIterator(_Window(send, source, size, prefetch, background, start_page))


def iter_items(
    send: SendRequest, endpoint: object, params: Mapping[str, Any], **options: Any
) -> ItemIterator[Any]:
    """Every item of ``endpoint``'s pages, in order, fetched ahead (options: ``iter_pages``)."""
    return ItemIterator(iter_pages(send, endpoint, params, **options))


def _checked_page_size(page_size: int | None, max_page_size: int) -> int:
    if page_size is None:
        return max_page_size
    if isinstance(page_size, bool) or not isinstance(page_size, int):
        raise TypeError(f"page_size must be an int, got {type(page_size).__name__}")
    if not 1 <= page_size <= max_page_size:
        raise ValueError(f"page_size must be between 1 and {max_page_size}, got {page_size}")
    return page_size


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


def _generated_source(endpoint: object, params: Mapping[str, Any], page_size: int) -> _Source:
    module = _endpoint_module(endpoint)
    get_kwargs = module._get_kwargs
    accepted = inspect.signature(get_kwargs).parameters
    if "page" not in accepted or "page_size" not in accepted:
        raise TypeError(f"{module.__name__} takes no page/page_size: it is not a paged list")
    if "page" in params or "page_size" in params:
        raise TypeError("pass page_size as paginate's own argument; paginate sets page itself")
    fixed = dict(params)
    first = get_kwargs(page=1, page_size=page_size, **fixed)  # TypeError for unknown arguments
    parse_item = _item_parser(module)

    def request_for(number: int) -> dict[str, Any]:
        kwargs = first if number == 1 else get_kwargs(page=number, page_size=page_size, **fixed)
        kwargs = dict(kwargs)
        return {"method": str(kwargs.pop("method")).upper(), "url": kwargs.pop("url"), **kwargs}

    return _Source(request_for, parse_item, module.__name__.rpartition(".")[2])


def _endpoint_module(endpoint: object) -> ModuleType:
    if isinstance(endpoint, ModuleType):
        module: ModuleType | None = endpoint
    else:
        module = sys.modules.get(getattr(endpoint, "__module__", None) or "")
    if module is None or not callable(getattr(module, "_get_kwargs", None)):
        raise TypeError(
            f"expected a generated endpoint module, one of its functions, or a raw path "
            f"such as '/v1/debtors'; got {endpoint!r}"
        )
    return module


def _item_parser(module: ModuleType) -> _ItemParser:
    """The item model's ``from_dict`` for the response model that carries ``_data``."""
    hints = typing.get_type_hints(module._parse_response)
    for model in _classes_in(hints.get("return")):
        parser = _envelope_item_parser(model)
        if parser is not None:
            return parser
    raise TypeError(f"{module.__name__} does not answer with a `_data`/`_meta` list envelope")


def _envelope_item_parser(model: type) -> _ItemParser | None:
    """For an envelope model, the parser of one ``_data`` item; ``None`` for other models."""
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
            item_from_dict = getattr(item_type, "from_dict", None)
            return item_from_dict if callable(item_from_dict) else _identity
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


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _identity(item: Any) -> Any:
    return item
