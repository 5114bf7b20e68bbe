"""The sync's storage, SQLite and PostgreSQL alike: upserts, sweeps, resume state and atomic
batches. Every test that takes `store` runs against both backends."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from asperion_async import json_loads
from asperion_async.cli._storage import SyncStorage, open_storage
from asperion_async.cli._store import (
    Changed,
    Deleted,
    FinishIncremental,
    FinishLoad,
    PageLoaded,
    StartLoad,
    canonical_json,
    content_hash,
    item_key,
)

TENANT = 100001
OTHER = 100002


Store = SyncStorage


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLite path, or the conninfo of a new PostgreSQL database."""
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_dsn"))
    return str(tmp_path / "sync.sqlite")


@pytest.fixture
def store(target: str) -> Iterator[SyncStorage]:
    with open_storage(target) as opened:
        yield opened


def debtor(key: int, name: str = "Bakkerij") -> dict[str, object]:
    return {"id": key, "name": f"{name} {key}", "_meta": {"self": f"/v1/debtors/{key}"}}


def load(
    store: Store, run: int, pages: list[list[dict[str, object]]], tenant: int = TENANT
) -> None:
    store.apply([StartLoad(tenant, "debtors", run, 100, started_at="2026-01-01T10:00:00+00:00")])
    for number, items in enumerate(pages, start=1):
        store.apply([PageLoaded(tenant, "debtors", run, number, items)])
    store.apply([FinishLoad(tenant, "debtors", run)])


def test_upserting_the_same_page_twice_keeps_one_row_per_id(store: Store) -> None:
    page = [debtor(1), debtor(2)]
    store.apply([StartLoad(TENANT, "debtors", 1, 100, started_at="2026-01-01T10:00:00+00:00")])
    store.apply([PageLoaded(TENANT, "debtors", 1, 1, page)])
    store.apply([PageLoaded(TENANT, "debtors", 1, 1, page)])
    assert store.rows("debtors") == [
        (TENANT, 1, content_hash(page[0])),
        (TENANT, 2, content_hash(page[1])),
    ]


def test_a_changed_item_replaces_its_row(store: Store) -> None:
    load(store, 1, [[debtor(1)]])
    changed = debtor(1, name="Slagerij")
    store.apply([Changed(TENANT, "debtors", 2, [changed])])
    assert store.rows("debtors") == [(TENANT, 1, content_hash(changed))]


def test_rows_of_different_tenants_do_not_collide(store: Store) -> None:
    load(store, 1, [[debtor(1)]], tenant=TENANT)
    load(store, 1, [[debtor(1, name="Kapper")]], tenant=OTHER)
    assert [row[:2] for row in store.rows("debtors")] == [(TENANT, 1), (OTHER, 1)]


def test_a_completed_load_sweeps_rows_it_did_not_see(store: Store) -> None:
    load(store, 1, [[debtor(1), debtor(2), debtor(3)]])
    load(store, 1, [[debtor(1, name="Kapper")]], tenant=OTHER)
    load(store, 2, [[debtor(1), debtor(3)]])
    assert [row[:2] for row in store.rows("debtors")] == [(TENANT, 1), (TENANT, 3), (OTHER, 1)]


def test_the_state_records_the_last_page_committed_and_completion(store: Store) -> None:
    store.apply([StartLoad(TENANT, "debtors", 1, 50, started_at="2026-01-01T10:00:00+00:00")])
    store.apply(
        [
            PageLoaded(TENANT, "debtors", 1, 1, [debtor(1)]),
            PageLoaded(TENANT, "debtors", 1, 2, [debtor(2)]),
        ]
    )
    state = store.states()[(TENANT, "debtors")]
    assert (state.run_id, state.page_size, state.last_page, state.completed) == (1, 50, 2, False)
    assert state.changes_since is None

    store.apply([FinishLoad(TENANT, "debtors", 1)])
    state = store.states()[(TENANT, "debtors")]
    assert state.completed
    assert state.changes_since == "2026-01-01T10:00:00+00:00"


def test_a_new_load_keeps_the_change_cursor_until_it_completes(store: Store) -> None:
    load(store, 1, [[debtor(1)]])
    store.apply([StartLoad(TENANT, "debtors", 2, 100, started_at="2026-02-01T10:00:00+00:00")])
    state = store.states()[(TENANT, "debtors")]
    assert (state.last_page, state.completed) == (0, False)
    assert state.changes_since == "2026-01-01T10:00:00+00:00"


def test_an_incremental_sync_moves_the_cursor_and_deletes(store: Store) -> None:
    load(store, 1, [[debtor(1), debtor(2)]])
    store.apply(
        [
            Deleted(TENANT, "debtors", [2, 99]),
            FinishIncremental(TENANT, "debtors", 2, changes_since="2026-03-01T00:00:00+00:00"),
        ]
    )
    assert [row[1] for row in store.rows("debtors")] == [1]
    state = store.states()[(TENANT, "debtors")]
    assert (state.run_id, state.completed, state.changes_since) == (
        2,
        True,
        "2026-03-01T00:00:00+00:00",
    )


def test_apply_reports_rows_deleted_per_write(store: Store) -> None:
    load(store, 1, [[debtor(1), debtor(2), debtor(3)]])
    store.apply([StartLoad(TENANT, "debtors", 2, 100, started_at="2026-01-02T00:00:00+00:00")])
    applied = store.apply(
        [
            PageLoaded(TENANT, "debtors", 2, 1, [debtor(1)]),
            FinishLoad(TENANT, "debtors", 2),
            Deleted(TENANT, "debtors", [1]),
        ]
    )
    assert [outcome.deleted for outcome in applied] == [0, 2, 1]


def test_a_failing_batch_leaves_nothing_behind(store: Store) -> None:
    load(store, 1, [[debtor(1)]])
    with pytest.raises(ValueError, match="table name"):
        store.apply(
            [
                PageLoaded(TENANT, "debtors", 2, 1, [debtor(1, name="Kapper"), debtor(2)]),
                PageLoaded(TENANT, "Robert'); DROP TABLE debtors;--", 2, 1, [debtor(3)]),
            ]
        )
    assert store.rows("debtors") == [(TENANT, 1, content_hash(debtor(1)))]
    assert store.states()[(TENANT, "debtors")].last_page == 1


def test_a_table_a_failed_batch_created_is_created_again(store: Store) -> None:
    """The failed batch's new table is rolled back with it: the next write creates it again
    rather than writing to a table that is not there."""
    with pytest.raises(ValueError, match="table name"):
        store.apply(
            [
                PageLoaded(TENANT, "creditors", 1, 1, [debtor(1)]),
                PageLoaded(TENANT, "Robert'); DROP TABLE debtors;--", 1, 1, [debtor(3)]),
            ]
        )
    assert store.resource_tables() == []
    store.apply([PageLoaded(TENANT, "creditors", 1, 1, [debtor(1)])])
    assert store.rows("creditors") == [(TENANT, 1, content_hash(debtor(1)))]


def test_items_are_stored_as_json_with_their_hash(tmp_path: Path) -> None:
    item = {"id": "VH", "description": "BTW hoog", "percentage": 21.0, "extra": {"new": [1, 2]}}
    with open_storage(tmp_path / "sync.sqlite") as store:
        store.apply([Changed(TENANT, "vat_codes", 1, [item])])
    db = sqlite3.connect(tmp_path / "sync.sqlite")
    ((tenant, key, data, digest, synced_at, run),) = db.execute("SELECT * FROM vat_codes")
    db.close()
    assert (tenant, key, json.loads(data), digest, run) == (
        TENANT,
        "VH",
        item,
        content_hash(item),
        1,
    )
    assert synced_at.endswith("+00:00")


def test_items_without_an_id_are_keyed_by_content() -> None:
    balance = {"bookyear": 2026, "bookperiod": 3, "ledgerAccountId": 8000, "balance": -120.5}
    assert item_key(balance) == "sha256:" + content_hash(balance)
    assert item_key({"id": 7}) == 7
    assert item_key({"id": True}) != True  # noqa: E712 (a bool is not an id)


def test_runs_resume_until_finished(target: str) -> None:
    with open_storage(target) as store:
        first = store.begin_run()
    with open_storage(target) as store:
        again = store.begin_run()
        store.finish_run(again.run_id)
        after = store.begin_run()
    assert (first.resumed, again.run_id, again.resumed) == (False, first.run_id, True)
    assert (after.run_id, after.resumed) == (first.run_id + 1, False)


def test_amounts_are_stored_with_the_digits_the_api_wrote(tmp_path: Path) -> None:
    """Pages are decoded with Decimal amounts; the export writes them without float."""
    item = {"id": 1, "amountExclVat": Decimal("0.10"), "vatAmount": Decimal("1E+2")}
    assert canonical_json(item) == '{"amountExclVat":0.10,"id":1,"vatAmount":1E+2}'
    with open_storage(tmp_path / "sync.sqlite") as store:
        store.apply([Changed(TENANT, "salesinvoices", 1, [item])])
    db = sqlite3.connect(tmp_path / "sync.sqlite")
    ((data,),) = db.execute("SELECT data FROM salesinvoices")
    db.close()
    assert '"amountExclVat":0.10' in data
    assert json.loads(data, parse_float=Decimal)["amountExclVat"] == Decimal("0.10")


def test_runs_of_different_scopes_never_resume_each_other(store: Store) -> None:
    everything = store.begin_run()
    tenant = store.begin_run(scope="tenant:100001")
    assert tenant.run_id != everything.run_id
    assert store.begin_run(scope="tenant:100001") == type(tenant)(tenant.run_id, resumed=True)
    assert store.begin_run().run_id == everything.run_id


def test_an_unchanged_item_is_not_written_again(store: Store) -> None:
    load(store, 1, [[debtor(1), debtor(2)]])
    store.apply([StartLoad(TENANT, "debtors", 2, 100, started_at="2026-01-02T00:00:00+00:00")])
    applied = store.apply(
        [
            PageLoaded(TENANT, "debtors", 2, 1, [debtor(1), debtor(2, name="Slagerij")]),
            FinishLoad(TENANT, "debtors", 2),
        ]
    )
    assert [(a.written, a.deleted) for a in applied] == [(1, 0), (0, 0)]
    assert [row[1] for row in store.rows("debtors")] == [1, 2]  # the unchanged one is kept


def test_amounts_are_stored_with_their_exact_digits(store: Store) -> None:
    invoice = {"id": 9, "amountExclVat": Decimal("1234567890.10"), "vatAmount": Decimal("0.1")}
    store.apply([Changed(TENANT, "sales_invoices", 1, [invoice])])
    assert canonical_json(invoice) == '{"amountExclVat":1234567890.10,"id":9,"vatAmount":0.1}'
    assert store.rows("sales_invoices") == [(TENANT, 9, content_hash(invoice))]


def test_string_and_integer_ids_keep_their_type(store: Store) -> None:
    store.apply([Changed(TENANT, "vat_codes", 1, [{"id": "7"}, {"id": 7}])])
    assert [row[1] for row in store.rows("vat_codes")] == [7, "7"]


def test_amounts_decoded_from_the_api_text_keep_every_digit() -> None:
    # List pages and journal details are both decoded with json_loads: equal text, equal row.
    page = json_loads('{"id": 1, "amount": 12.50, "vat": 1E+2}')
    assert canonical_json(page) == '{"amount":12.50,"id":1,"vat":1E+2}'
    # Decoded as floats the digits would be lost, and the row's hash would differ.
    assert canonical_json({"id": 1, "amount": 12.50, "vat": 1e2}) != canonical_json(page)


def test_a_postgres_database_that_has_the_schema_and_views_takes_no_schema_lock(
    postgres_dsn: str,
) -> None:
    """A queue worker opens the database and checks its views once per job: once the sync's
    tables and views exist, neither runs DDL, so neither waits for the schema lock another
    process holds."""
    import psycopg

    from asperion_async.cli._storage import _postgres
    from asperion_async.cli._storage._views import view_specs

    views = view_specs([("debtors", "/v1/debtors")])
    with open_storage(postgres_dsn) as store:
        store.sync_views(views)
    with psycopg.connect(postgres_dsn) as other:
        other.execute("SELECT pg_advisory_xact_lock(%s)", (_postgres._SCHEMA_LOCK,))
        # With the lock held elsewhere, taking it would wait, here at most 2 s, then fail.
        with open_storage(postgres_dsn + "?options=-c%20lock_timeout%3D2000") as store:
            store.sync_views(views)
            assert store.resource_tables() == ["debtors"]
        other.rollback()
