"""PostgresRateLimit on its own: slots, spacing, cancellation, and a killed holder."""

from __future__ import annotations

import subprocess
import sys
import time

import anyio
import pytest

psycopg = pytest.importorskip("psycopg", reason="needs the postgres extra")
from asperion_async.postgres import PostgresRateLimit  # noqa: E402

pytestmark = pytest.mark.anyio

_HOLDER = """
import sys, anyio
from asperion_async.postgres import PostgresRateLimit

async def main():
    async with PostgresRateLimit(sys.argv[1], key="k", max_in_flight=1).slot():
        print("held", flush=True)
        await anyio.sleep(120)

anyio.run(main)
"""


async def test_slots_are_shared_by_limiters_of_one_key(postgres_dsn: str) -> None:
    limits = [PostgresRateLimit(postgres_dsn, key="k", max_in_flight=2) for _ in range(3)]
    inside = most = 0

    async def request(limit: PostgresRateLimit) -> None:
        nonlocal inside, most
        async with limit.slot():
            inside += 1
            most = max(most, inside)
            await anyio.sleep(0.05)
            inside -= 1

    with anyio.fail_after(30):
        async with anyio.create_task_group() as group:
            for i in range(12):
                group.start_soon(request, limits[i % 3])
    for limit in limits:
        await limit.aclose()
    assert most == 2


async def test_starts_are_spaced_by_the_rate(postgres_dsn: str) -> None:
    limit = PostgresRateLimit(postgres_dsn, key="r", rate=20)
    starts: list[float] = []

    async def request() -> None:
        async with limit.slot():
            starts.append(time.monotonic())

    async with anyio.create_task_group() as group:
        for _ in range(11):
            group.start_soon(request)
    await limit.aclose()
    assert starts[-1] - starts[0] >= 10 / 20 - 0.02  # 11 starts, 10 gaps of 50 ms


async def test_many_waiting_requests_share_two_rate_connections(postgres_dsn: str) -> None:
    limit = PostgresRateLimit(postgres_dsn, key="connections", rate=400)

    async def request() -> None:
        async with limit.slot():
            pass

    async with anyio.create_task_group() as group:
        for _ in range(20):
            group.start_soon(request)
    assert 1 <= len(limit._idle) <= 2
    await limit.aclose()
    assert limit._idle == []


async def test_a_request_woken_past_its_start_takes_a_new_one(postgres_dsn: str) -> None:
    """A stalled process must not send its overdue requests in one burst."""
    limit = PostgresRateLimit(postgres_dsn, key="late", rate=10)
    reservations = []
    reserve = limit._reserve

    def counting(conn: object) -> float:
        reservations.append(1)
        return reserve(conn)  # type: ignore[arg-type]

    limit._reserve = counting  # type: ignore[method-assign]
    async with limit.slot():  # takes the first start at once
        pass

    async def next_request() -> None:
        async with limit.slot():
            pass

    async with anyio.create_task_group() as group:
        group.start_soon(next_request)
        await anyio.sleep(0.05)  # it sleeps until its start, about 0.1 s after the first
        time.sleep(0.5)  # the whole process stalls well past that start
    await limit.aclose()
    assert len(reservations) == 3  # the overdue start was given up for a new one


async def test_a_cancelled_waiter_holds_no_slot(postgres_dsn: str) -> None:
    limit = PostgresRateLimit(postgres_dsn, key="c", max_in_flight=1)
    other = PostgresRateLimit(postgres_dsn, key="c", max_in_flight=1)
    async with limit.slot():
        with anyio.move_on_after(0.3) as waited:
            async with other.slot():
                pytest.fail("a second request in flight past the cap")
        assert waited.cancelled_caught
    with anyio.fail_after(5):
        async with other.slot():
            pass
    await limit.aclose()
    await other.aclose()


async def test_a_killed_worker_frees_its_slot(postgres_dsn: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, postgres_dsn], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        with anyio.fail_after(60):
            line = await anyio.to_thread.run_sync(holder.stdout.readline)
        assert line.strip() == "held"
        limit = PostgresRateLimit(postgres_dsn, key="k", max_in_flight=1)
        with anyio.move_on_after(0.3) as waited:
            async with limit.slot():
                pytest.fail("the slot of a live worker was taken")
        assert waited.cancelled_caught
    finally:
        holder.kill()
        holder.wait(timeout=30)
    with anyio.fail_after(10):  # PostgreSQL dropped the dead worker's session and its lock
        async with limit.slot():
            pass
    await limit.aclose()


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({}, "rate, max_in_flight"),
        ({"rate": 0}, "rate"),
        ({"max_in_flight": 0}, "max_in_flight"),
        ({"max_in_flight": True}, "max_in_flight"),
        ({"key": "", "rate": 1}, "key"),
    ],
)
def test_bad_arguments_are_refused(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        PostgresRateLimit("postgresql://localhost/x", **kwargs)  # type: ignore[arg-type]


def test_repr_shows_no_conninfo() -> None:
    limit = PostgresRateLimit("postgresql://u:pw@localhost/x", key="k", rate=5)
    assert repr(limit) == "PostgresRateLimit(key='k', rate=5, max_in_flight=None)"


async def test_idle_connections_broken_by_a_database_restart_are_replaced(
    postgres_dsn: str,
) -> None:
    limit = PostgresRateLimit(postgres_dsn, key="restart", rate=1000, max_in_flight=2)
    async with limit.slot():  # leaves two idle connections behind (slot and rate)
        pass
    with psycopg.connect(postgres_dsn, autocommit=True) as admin:
        ended = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE application_name = 'asperion-async' AND pid <> pg_backend_pid()"
        ).fetchone()
    assert ended == (2,)
    with anyio.fail_after(10):
        async with limit.slot():
            pass
    await limit.aclose()
