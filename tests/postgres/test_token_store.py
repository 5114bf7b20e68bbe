"""PostgresTokenStore on its own: storage, the refresh lock, adoption, and no leaked secrets."""

from __future__ import annotations

import anyio
import pytest
from asperion_client.api.debtors import list_debtors

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

psycopg = pytest.importorskip("psycopg", reason="needs the postgres extra")
from asperion_async.postgres import (  # noqa: E402
    PostgresConnectError,
    PostgresError,
    PostgresTokenStore,
)

pytestmark = pytest.mark.anyio


async def test_a_token_round_trips_and_the_table_appears_on_first_use(postgres_dsn: str) -> None:
    store = PostgresTokenStore(postgres_dsn, key="tenant-a")
    assert await store.load() is None
    token = asp.Token("access", "refresh", 1_900_000_000.5)
    await store.save(token)
    assert await store.load() == token
    assert await PostgresTokenStore(postgres_dsn, key="tenant-b").load() is None
    rotated = asp.Token("access-2", None, 1_900_000_100.0)
    await store.save(rotated)
    assert await PostgresTokenStore(postgres_dsn, key="tenant-a").load() == rotated


async def test_the_refresh_lock_admits_one_holder_per_key(postgres_dsn: str) -> None:
    first = PostgresTokenStore(postgres_dsn)
    second = PostgresTokenStore(postgres_dsn)  # another process, as far as the lock knows
    other_key = PostgresTokenStore(postgres_dsn, key="other")
    async with first.refresh_lock():
        with anyio.move_on_after(0.5) as waited:
            async with second.refresh_lock():
                pytest.fail("two holders of one key's refresh lock")
        assert waited.cancelled_caught
        with anyio.fail_after(5):
            async with other_key.refresh_lock():
                pass
    with anyio.fail_after(5):  # a cancelled waiter left nothing behind
        async with second.refresh_lock():
            pass


async def test_a_save_inside_the_lock_is_committed_when_the_lock_is_left(
    postgres_dsn: str,
) -> None:
    store = PostgresTokenStore(postgres_dsn)
    outside = PostgresTokenStore(postgres_dsn)
    await store.save(asp.Token("old", "r-old", 1_900_000_000.0))
    async with store.refresh_lock():
        await store.save(asp.Token("new", "r-new", 1_900_000_100.0))
        assert (await store.load()).access_token == "new"  # type: ignore[union-attr]
        assert (await outside.load()).access_token == "old"  # type: ignore[union-attr]
    assert (await outside.load()).access_token == "new"  # type: ignore[union-attr]


async def test_a_save_is_committed_even_when_the_block_is_cancelled_after_it(
    postgres_dsn: str,
) -> None:
    store = PostgresTokenStore(postgres_dsn)
    with anyio.CancelScope() as scope:
        async with store.refresh_lock():
            await store.save(asp.Token("rotated", "r-rotated", 1_900_000_000.0))
            scope.cancel()
            await anyio.sleep(1)
    loaded = await PostgresTokenStore(postgres_dsn).load()
    assert loaded is not None
    assert loaded.access_token == "rotated"


async def test_a_client_adopts_a_token_another_process_rotated(
    postgres_dsn: str, anyio_backend: str
) -> None:
    now = [1_800_000_000.0]
    emulator = AsperionEmulator(tenants=1, seed=3, access_token_lifetime=600, clock=lambda: now[0])
    await PostgresTokenStore(postgres_dsn).save(emulator.issue_token())

    def client() -> asp.AsperionClient:
        return asp.AsperionClient(
            client_id=emulator.client_id,
            client_secret=emulator.client_secret,
            token_store=PostgresTokenStore(postgres_dsn),
            base_url="https://api.emulator.test",
            token_url="https://identity.emulator.test/connect/token",
            transport=emulator.transport(),
        )

    async with client() as first, client() as second:
        await first.call(list_debtors, page_size=1)
        await second.call(list_debtors, page_size=1)
        emulator.revoke_tokens()  # both hold the same, now refused, access token
        await first.call(list_debtors, page_size=1)  # refreshes and rotates
        await second.call(list_debtors, page_size=1)  # must adopt, not refresh again
        assert (first.stats.refreshes, second.stats.refreshes) == (1, 0)
    assert emulator.stats.refreshes == 1
    assert emulator.stats.token_errors == {}


async def test_neither_repr_nor_a_connect_error_shows_the_password(free_port: int) -> None:
    conninfo = f"postgresql://fleet:s3cr%2Ft-pw@127.0.0.1:{free_port}/tokens"
    store = PostgresTokenStore(conninfo, key="k")
    assert repr(store) == "PostgresTokenStore(key='k')"
    with pytest.raises(PostgresConnectError) as caught:
        await store.load()
    assert "s3cr" not in str(caught.value)
    assert caught.value.__context__ is None
    assert caught.value.__cause__ is None
    garbled = PostgresTokenStore("host=127.0.0.1 password=s3cret-pw bogus")
    with pytest.raises(PostgresConnectError) as caught:
        await garbled.load()
    assert "s3cret" not in str(caught.value)


def test_a_key_must_be_a_non_empty_string() -> None:
    with pytest.raises(ValueError, match="key"):
        PostgresTokenStore("postgresql://localhost/x", key="")


async def test_a_database_failure_is_a_postgres_error(postgres_dsn: str) -> None:
    with psycopg.connect(postgres_dsn, autocommit=True) as admin:
        admin.execute("CREATE TABLE asperion_tokens (key integer PRIMARY KEY)")
    store = PostgresTokenStore(postgres_dsn)
    with pytest.raises(PostgresError, match="UndefinedColumn") as caught:
        await store.load()
    assert caught.value.__context__ is None
    assert isinstance(caught.value, asp.AsperionError)
