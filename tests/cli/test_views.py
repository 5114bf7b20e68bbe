"""Typed views: one column per field of the spec's item schema, in SQLite and PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest

from asperion_async.cli._emulated import Emulated
from asperion_async.cli._progress import SyncProgress
from asperion_async.cli._resources import discover
from asperion_async.cli._storage import open_storage
from asperion_async.cli._storage._views import Column, ViewSpec, column_name, view_spec
from asperion_async.cli._sync import SyncPlan, run_sync
from asperion_async.testing import AsperionEmulator

BOOKYEAR = 2024


def test_views_take_their_columns_and_types_from_the_spec() -> None:
    debtors = view_spec("debtors", "/v1/debtors")
    kinds = {column.name: column.kind for column in debtors.columns}
    assert debtors.name == "debtors_v"
    assert kinds["customer_number"] == "text"
    assert kinds["payment_condition_id"] == "integer"
    assert kinds["blocked"] == "boolean"
    assert kinds["date_last_change"] == "timestamp"
    assert "id" not in kinds  # the key column comes first, from the table
    invoices = {c.name: c.kind for c in view_spec("x", "/v1/salesinvoiceswithlines").columns}
    assert invoices["amount_excl_vat"] == "numeric"
    assert invoices["date"] == "date"
    assert invoices["lines"] == "json"  # from allOf: the base invoice plus its lines


def test_column_names_are_snake_case() -> None:
    assert column_name("amountExclVat") == "amount_excl_vat"
    assert column_name("vatCode") == "vat_code"
    assert column_name("IBAN") == "iban"


def test_a_changed_schema_re_creates_the_view(tmp_path: Path) -> None:
    path = tmp_path / "sync.sqlite"
    before = ViewSpec("debtors", (Column("name", "name", "text"),))
    after = ViewSpec("debtors", (*before.columns, Column("city", "city", "text")))
    with open_storage(path) as store:
        store.sync_views([before])
    with open_storage(path) as store:
        store.sync_views([after])
    db = sqlite3.connect(path)
    columns = [row[1] for row in db.execute("PRAGMA table_info(debtors_v)")]
    db.close()
    assert columns == ["tenant_id", "id", "name", "city"]


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("postgres_dsn"))
    return str(tmp_path / "sync.sqlite")


def query(target: str, sql: str) -> list[tuple[Any, ...]]:
    if target.startswith("postgresql://"):
        with psycopg.connect(target) as db:
            return db.execute(sql).fetchall()
    db = sqlite3.connect(target)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


@pytest.mark.anyio
async def test_every_view_reads_the_synced_data_with_typed_columns(
    target: str,
) -> None:
    emulated = Emulated(AsperionEmulator(tenants=1, seed=3))
    resources = discover(bookyear=BOOKYEAR)
    async with emulated.client() as client:
        with open_storage(target) as store:
            await run_sync(client, store, SyncPlan(resources), SyncProgress())
    for resource in resources:
        rows = query(target, f'SELECT * FROM "{resource.name}_v"')  # noqa: S608
        stored = query(target, f'SELECT count(*) FROM "{resource.name}"')  # noqa: S608
        assert len(rows) == stored[0][0], resource.name
    amounts = query(target, "SELECT id, amount_incl_vat FROM sales_invoices_v ORDER BY id LIMIT 5")
    raw = {
        key: json.loads(str(data), parse_float=Decimal)["amountInclVat"]
        for key, data in query(target, "SELECT id, CAST(data AS TEXT) FROM sales_invoices")
    }
    assert amounts
    for key, amount in amounts:
        if target.startswith("postgresql://"):
            assert amount == raw[key]  # numeric: exact
        else:
            assert Decimal(str(amount)) == raw[key].quantize(Decimal("0.01"))
    ((key,),) = query(target, "SELECT id FROM debtors_v WHERE id = 3")
    assert key == 3  # the key has the spec's type in the view, in both databases
    if not target.startswith("postgresql://"):
        texts = query(target, "SELECT id, amount_incl_vat_text FROM sales_invoices_v")
        assert {key: Decimal(text) for key, text in texts} == raw  # the exact digits
