"""The fetch-ahead engine against a fake endpoint, on asyncio and trio."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import anyio
import pytest

from asperion_async._pagination import Page, iter_items, iter_pages
from asperion_async.errors import PaginationError, UnexpectedResponseError

from .fakes import FakeListEndpoint

pytestmark = pytest.mark.anyio


async def drain(items: AsyncIterator[Any], seen: list[Any]) -> None:
    """Append every item to ``seen`` until the iterator ends or raises."""
    async for item in items:
        seen.append(item)


PATH = "/v1/somethingnew"


def numbered(count: int) -> list[dict[str, int]]:
    return [{"id": i} for i in range(count)]


async def collect_items(endpoint: FakeListEndpoint, **kwargs: Any) -> list[Any]:
    return [item async for item in iter_items(endpoint.send, PATH, {}, **kwargs)]


async def collect_pages(endpoint: FakeListEndpoint, **kwargs: Any) -> list[Page[Any]]:
    return [page async for page in iter_pages(endpoint.send, PATH, {}, **kwargs)]


async def test_items_come_in_page_order_even_when_later_pages_answer_first() -> None:
    endpoint = FakeListEndpoint(numbered(1234))
    endpoint.order_delays = {page: 50 - page for page in range(1, 14)}

    items = await collect_items(endpoint, page_size=100, prefetch=5)

    assert items == numbered(1234)
    assert sorted(endpoint.pages_requested) == list(range(1, 14))


async def test_pages_carry_number_counts_and_raw_meta() -> None:
    endpoint = FakeListEndpoint(numbered(250))

    pages = await collect_pages(endpoint, page_size=100, prefetch=2)

    assert [p.number for p in pages] == [1, 2, 3]
    assert [len(p.items) for p in pages] == [100, 100, 50]
    assert {(p.total_count, p.page_count) for p in pages} == {(250, 3)}
    assert pages[0].raw_meta == {"totalCount": 250, "pageCount": 3}
    assert "items=<100 items>" in repr(pages[0])


async def test_first_page_is_fetched_alone_then_prefetch_pages_at_once() -> None:
    endpoint = FakeListEndpoint(numbered(2000))

    await collect_items(endpoint, page_size=100, prefetch=8)

    assert endpoint.max_in_flight == 8
    assert endpoint.pages_requested[0] == 1
    assert endpoint.requests[0]["pageSize"] == 100


async def test_never_more_than_prefetch_pages_ahead_of_the_consumer() -> None:
    endpoint = FakeListEndpoint(numbered(3000))
    pages_consumed = 0
    worst_lead = 0
    async for page in iter_pages(endpoint.send, PATH, {}, page_size=100, prefetch=3):
        pages_consumed = page.number
        worst_lead = max(worst_lead, len(endpoint.requests) - pages_consumed)

    assert pages_consumed == 30
    assert 0 < worst_lead <= 3 - 1
    assert endpoint.max_in_flight <= 3


async def test_prefetch_one_is_sequential() -> None:
    endpoint = FakeListEndpoint(numbered(450))

    assert await collect_items(endpoint, page_size=100, prefetch=1) == numbered(450)
    assert endpoint.max_in_flight == 1
    assert endpoint.pages_requested == [1, 2, 3, 4, 5]


async def test_page_size_defaults_to_the_largest_the_api_takes() -> None:
    endpoint = FakeListEndpoint(numbered(5))

    await collect_items(endpoint)

    assert endpoint.requests[0]["pageSize"] == 100


async def test_raw_path_sends_query_parameters_with_page_and_page_size() -> None:
    endpoint = FakeListEndpoint(numbered(3))

    items = [x async for x in iter_items(endpoint.send, PATH, {"City": "Utrecht"}, page_size=7)]

    assert items == numbered(3)
    assert endpoint.requests == [{"City": "Utrecht", "page": 1, "pageSize": 7}]


async def test_empty_collection_yields_one_empty_first_page() -> None:
    endpoint = FakeListEndpoint([])

    pages = await collect_pages(endpoint)

    assert [(p.number, p.items, p.total_count, p.page_count) for p in pages] == [(1, [], 0, 0)]
    assert endpoint.pages_requested == [1]


async def test_full_last_page_announced_as_the_last_ends_the_iteration() -> None:
    endpoint = FakeListEndpoint(numbered(300))

    pages = await collect_pages(endpoint, page_size=100, prefetch=8)

    assert [p.number for p in pages] == [1, 2, 3]
    assert endpoint.pages_requested[0] == 1
    assert sorted(endpoint.pages_requested[1:]) == [2, 3]  # one window, no extra request


async def test_no_page_is_fetched_past_a_last_page_announced_as_short() -> None:
    endpoint = FakeListEndpoint(numbered(250))

    await collect_pages(endpoint, page_size=100, prefetch=8)

    assert sorted(endpoint.pages_requested) == [1, 2, 3]


async def test_collection_growing_during_the_sync_is_followed_to_its_end() -> None:
    endpoint = FakeListEndpoint(numbered(250))

    def grow(page: int) -> None:
        if page == 3 and len(endpoint.items) == 250:
            endpoint.items.extend({"id": i} for i in range(250, 720))

    endpoint.before_answer = grow

    items = await collect_items(endpoint, page_size=100, prefetch=2)

    assert items == numbered(720)


async def test_later_page_announcing_more_pages_widens_the_fetch_ahead() -> None:
    endpoint = FakeListEndpoint(numbered(900))
    endpoint.meta_override = lambda page, meta: meta.update(pageCount=1 if page == 1 else 9)

    items = await collect_items(endpoint, page_size=100, prefetch=4)

    assert items == numbered(900)
    assert endpoint.max_in_flight == 4


async def test_total_count_understating_the_collection_is_a_pagination_error() -> None:
    endpoint = FakeListEndpoint(numbered(500))
    endpoint.meta_override = lambda page, meta: meta.update(totalCount=120, pageCount=2)

    with pytest.raises(PaginationError, match="past its own totalCount 120"):
        await collect_items(endpoint, page_size=100, prefetch=4)


async def test_missing_counts_fall_back_to_following_full_pages() -> None:
    endpoint = FakeListEndpoint(numbered(330))
    endpoint.meta_override = lambda page, meta: meta.clear()

    pages = await collect_pages(endpoint, page_size=100, prefetch=4)

    assert [len(p.items) for p in pages] == [100, 100, 100, 30]
    assert {(p.total_count, p.page_count) for p in pages} == {(None, None)}
    assert endpoint.max_in_flight == 1


async def test_collection_shrinking_during_the_sync_stops_at_the_first_short_page() -> None:
    endpoint = FakeListEndpoint(numbered(1000))

    def shrink(page: int) -> None:
        if page == 4:
            del endpoint.items[420:]

    endpoint.before_answer = shrink
    endpoint.order_delays = {page: 5 * page for page in range(1, 11)}  # answers in page order

    pages = await collect_pages(endpoint, page_size=100, prefetch=8)

    assert [p.number for p in pages] == [1, 2, 3, 4, 5]
    assert [item for p in pages for item in p.items] == numbered(420)
    assert pages[-1].total_count == 420


async def test_total_count_overstating_the_collection_stops_at_the_short_page() -> None:
    endpoint = FakeListEndpoint(numbered(230))
    endpoint.meta_override = lambda page, meta: meta.update(totalCount=1000, pageCount=10)

    pages = await collect_pages(endpoint, page_size=100, prefetch=3)

    assert [len(p.items) for p in pages] == [100, 100, 30]
    assert max(endpoint.pages_requested) <= 4


async def test_empty_page_where_data_was_expected_ends_the_iteration() -> None:
    endpoint = FakeListEndpoint(numbered(500))

    def empty_out(page: int) -> None:
        if page == 2:
            endpoint.items.clear()

    endpoint.before_answer = empty_out

    pages = await collect_pages(endpoint, page_size=100, prefetch=1)

    assert [(p.number, len(p.items)) for p in pages] == [(1, 100)]


async def test_server_applying_a_smaller_page_size_does_not_cut_the_collection() -> None:
    endpoint = FakeListEndpoint(numbered(260), served_page_size=50)

    items = await collect_items(endpoint, page_size=100, prefetch=3)

    assert items == numbered(260)


async def test_failed_page_is_raised_when_the_consumer_reaches_it() -> None:
    endpoint = FakeListEndpoint(numbered(800))
    endpoint.fail_page[3] = RuntimeError("page 3 broke")
    pages = iter_pages(endpoint.send, PATH, {}, page_size=100, prefetch=4)
    seen = []

    async def consume() -> None:
        async for page in pages:
            seen.append(page.number)

    with pytest.raises(RuntimeError, match="page 3 broke"):
        await consume()

    assert seen == [1, 2]
    assert [p async for p in pages] == []


async def test_failure_of_a_page_fetched_past_the_end_is_never_seen() -> None:
    endpoint = FakeListEndpoint(numbered(1000))
    endpoint.fail_page[7] = RuntimeError("fetched ahead, then the collection shrank")

    def shrink(page: int) -> None:
        if page == 4:
            del endpoint.items[420:]

    endpoint.before_answer = shrink
    endpoint.order_delays = {page: 5 * page for page in range(1, 11)}  # answers in page order

    assert await collect_items(endpoint, page_size=100, prefetch=8) == numbered(420)
    assert 7 in endpoint.pages_requested


async def test_answer_that_is_not_an_envelope_is_a_clear_error() -> None:
    endpoint = FakeListEndpoint(numbered(3))
    endpoint.raw_page[1] = b"[1, 2, 3]"

    with pytest.raises(UnexpectedResponseError, match="not a `_data`/`_meta` list envelope") as e:
        await anext(iter_items(endpoint.send, PATH, {}))

    assert e.value.body_excerpt == "[1, 2, 3]"
    assert e.value.request is not None
    assert e.value.request.url.params["page"] == "1"


@pytest.mark.parametrize("body", [b'{"_data": [{"id": 1},', b"<html>Log in</html>", b"", b"null"])
async def test_a_malformed_page_is_raised_when_the_consumer_reaches_it(body: bytes) -> None:
    endpoint = FakeListEndpoint(numbered(500))
    endpoint.raw_page[3] = body
    items = iter_items(endpoint.send, PATH, {}, page_size=100, prefetch=4)
    seen = []

    with pytest.raises(UnexpectedResponseError, match="page=3") as raised:
        await drain(items, seen)

    assert seen == numbered(200)
    assert isinstance(raised.value.__cause__, ValueError)
    with pytest.raises(StopAsyncIteration):
        await anext(items)


async def test_break_leaves_nothing_in_flight_and_stops_fetching() -> None:
    limiter = anyio.CapacityLimiter(64)
    endpoint = FakeListEndpoint(numbered(5000), limiter=limiter)

    async for item in iter_items(endpoint.send, PATH, {}, page_size=100, prefetch=8):
        if item["id"] == 150:
            break

    requested = len(endpoint.requests)
    assert endpoint.in_flight == 0
    assert limiter.borrowed_tokens == 0
    assert requested <= 1 + 8
    await anyio.sleep(0)
    assert len(endpoint.requests) == requested


async def test_exception_in_the_loop_body_leaves_nothing_in_flight() -> None:
    limiter = anyio.CapacityLimiter(64)
    endpoint = FakeListEndpoint(numbered(5000), limiter=limiter)

    async def consume() -> None:
        async for item in iter_items(endpoint.send, PATH, {}, page_size=100, prefetch=8):
            if item["id"] == 250:
                raise KeyError("the consumer failed")

    with pytest.raises(KeyError):
        await consume()

    assert endpoint.in_flight == 0
    assert limiter.borrowed_tokens == 0


async def test_cancellation_cancels_the_fetches_in_flight_and_frees_the_limiter() -> None:
    limiter = anyio.CapacityLimiter(64)
    endpoint = FakeListEndpoint(numbered(5000), limiter=limiter)
    items = iter_items(endpoint.send, PATH, {}, page_size=100, prefetch=6)
    for _ in range(100):
        await anext(items)  # all of page 1: the next call starts a window of six pages
    endpoint.hold(expected_waiting=6)

    async with anyio.create_task_group() as tg:

        async def consume() -> None:
            async for _ in items:
                pass

        tg.start_soon(consume)
        assert endpoint.all_waiting is not None
        await endpoint.all_waiting.wait()
        assert endpoint.in_flight == 6
        tg.cancel_scope.cancel()

    assert endpoint.cancelled == 6
    assert endpoint.in_flight == 0
    assert limiter.borrowed_tokens == 0


async def test_iterator_survives_a_timeout_around_one_step() -> None:
    endpoint = FakeListEndpoint(numbered(450))
    items = iter_items(endpoint.send, PATH, {}, page_size=100, prefetch=4)
    for _ in range(100):
        await anext(items)
    endpoint.hold(expected_waiting=4)

    with anyio.CancelScope() as scope:

        async def cancel_when_waiting() -> None:
            assert endpoint.all_waiting is not None
            await endpoint.all_waiting.wait()
            scope.cancel()

        async with anyio.create_task_group() as tg:
            tg.start_soon(cancel_when_waiting)
            await anext(items)
    assert scope.cancelled_caught
    endpoint.gate = None

    rest = [item async for item in items]

    assert rest == numbered(450)[100:]


async def test_aclose_and_async_with_drop_the_rest() -> None:
    endpoint = FakeListEndpoint(numbered(1000))

    async with iter_items(endpoint.send, PATH, {}, page_size=100, prefetch=4) as items:
        first = await anext(items)
    assert first == {"id": 0}
    assert [x async for x in items] == []

    pages = iter_pages(endpoint.send, PATH, {}, page_size=100, prefetch=4)
    await anext(pages)
    await pages.aclose()
    assert [p async for p in pages] == []


@pytest.mark.parametrize("page_size", [0, -1, 101, 10_000])
async def test_page_size_out_of_range_is_refused_before_any_io(page_size: int) -> None:
    endpoint = FakeListEndpoint(numbered(10))

    with pytest.raises(ValueError, match="page_size"):
        iter_items(endpoint.send, PATH, {}, page_size=page_size)
    assert endpoint.requests == []


@pytest.mark.parametrize("page_size", [True, 2.5, "10"])
async def test_page_size_of_the_wrong_type_is_refused(page_size: Any) -> None:
    with pytest.raises(TypeError, match="page_size"):
        iter_items(FakeListEndpoint([]).send, PATH, {}, page_size=page_size)


async def test_configured_maximum_page_size_is_honoured() -> None:
    endpoint = FakeListEndpoint(numbered(10))

    await collect_items(endpoint, max_page_size=500)
    with pytest.raises(ValueError, match="between 1 and 500"):
        iter_items(endpoint.send, PATH, {}, page_size=501, max_page_size=500)

    assert endpoint.requests[0]["pageSize"] == 500


@pytest.mark.parametrize("prefetch", [0, -3, True, 1.5])
async def test_prefetch_below_one_is_refused(prefetch: Any) -> None:
    with pytest.raises(ValueError, match="prefetch"):
        iter_items(FakeListEndpoint([]).send, PATH, {}, prefetch=prefetch)


@pytest.mark.parametrize("path", ["v1/debtors", "/v1/debtors?page=2", ""])
async def test_raw_path_must_be_a_plain_absolute_path(path: str) -> None:
    with pytest.raises(ValueError, match="raw list path"):
        iter_items(FakeListEndpoint([]).send, path, {})


async def test_raw_path_refuses_page_parameters_it_sets_itself() -> None:
    with pytest.raises(ValueError, match="pageSize"):
        iter_items(FakeListEndpoint([]).send, PATH, {"pageSize": 5})


# --- inside `async with`: the window slides in the background ----------------------------------


async def test_async_with_keeps_prefetch_pages_in_flight_while_the_consumer_works() -> None:
    endpoint = FakeListEndpoint(numbered(2000))
    lead_while_working = []

    async with iter_pages(endpoint.send, PATH, {}, page_size=100, prefetch=4) as pages:
        async for page in pages:
            for _ in range(10):  # the consumer's own awaits: the fetches run meanwhile
                await anyio.lowlevel.checkpoint()
            lead_while_working.append(len(endpoint.requests) - page.number)

    assert endpoint.max_in_flight <= 4  # in flight plus buffered never exceeds prefetch
    assert lead_while_working[1:-4] == [4] * 15  # always the next four pages under way
    assert sorted(endpoint.pages_requested) == list(range(1, 21))  # 20: as announced


async def test_async_with_yields_in_order_with_answers_out_of_order() -> None:
    endpoint = FakeListEndpoint(numbered(1234))
    endpoint.order_delays = {page: 50 - page for page in range(1, 14)}

    async with iter_items(endpoint.send, PATH, {}, page_size=100, prefetch=5) as items:
        assert [x async for x in items] == numbered(1234)


async def test_async_with_break_cancels_the_fetches_in_flight() -> None:
    limiter = anyio.CapacityLimiter(64)
    endpoint = FakeListEndpoint(numbered(5000), limiter=limiter)
    endpoint.hold(expected_waiting=6, from_page=3)

    async with iter_items(endpoint.send, PATH, {}, page_size=100, prefetch=6) as items:
        async for item in items:
            if item["id"] == 150:  # page 2 in hand, pages 3-8 in flight
                assert endpoint.all_waiting is not None
                await endpoint.all_waiting.wait()
                assert endpoint.in_flight == 6
                break

    assert endpoint.cancelled == 6
    assert endpoint.in_flight == 0
    assert limiter.borrowed_tokens == 0


async def test_async_with_exception_in_the_body_propagates_unwrapped() -> None:
    limiter = anyio.CapacityLimiter(64)
    endpoint = FakeListEndpoint(numbered(5000), limiter=limiter)

    async def consume() -> None:
        async with iter_items(endpoint.send, PATH, {}, page_size=100, prefetch=8) as items:
            async for item in items:
                if item["id"] == 250:
                    raise KeyError("the consumer failed")

    with pytest.raises(KeyError, match="the consumer failed"):
        await consume()

    assert endpoint.in_flight == 0
    assert limiter.borrowed_tokens == 0


async def test_async_with_failed_page_is_raised_unwrapped_in_order() -> None:
    endpoint = FakeListEndpoint(numbered(800))
    endpoint.fail_page[3] = RuntimeError("page 3 broke")
    seen = []

    async def consume() -> None:
        async with iter_pages(endpoint.send, PATH, {}, page_size=100, prefetch=4) as pages:
            async for page in pages:
                seen.append(page.number)

    with pytest.raises(RuntimeError, match="page 3 broke"):
        await consume()

    assert seen == [1, 2]


async def test_async_with_outer_cancellation_cancels_and_releases() -> None:
    limiter = anyio.CapacityLimiter(64)
    endpoint = FakeListEndpoint(numbered(5000), limiter=limiter)
    endpoint.hold(expected_waiting=6, from_page=3)

    with anyio.CancelScope() as outer:
        async with iter_items(endpoint.send, PATH, {}, page_size=100, prefetch=6) as items:
            async for item in items:
                if item["id"] == 150:
                    assert endpoint.all_waiting is not None
                    await endpoint.all_waiting.wait()
                    outer.cancel()
                    await anyio.sleep_forever()

    assert outer.cancelled_caught
    assert endpoint.cancelled == 6
    assert endpoint.in_flight == 0
    assert limiter.borrowed_tokens == 0


async def test_aclose_inside_async_with_cancels_fetches_without_cancelling_the_body() -> None:
    endpoint = FakeListEndpoint(numbered(5000))
    endpoint.hold(expected_waiting=6, from_page=3)

    async with iter_items(endpoint.send, PATH, {}, page_size=100, prefetch=6) as items:
        for _ in range(150):
            await anext(items)
        assert endpoint.all_waiting is not None
        await endpoint.all_waiting.wait()
        await items.aclose()
        await anyio.sleep(0)  # the body itself is not cancelled
        assert endpoint.cancelled == 6
        assert [x async for x in items] == []
    assert endpoint.in_flight == 0
