"""examples/memorial_journal_entry.py: a balanced memorial entry is booked; others never are."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from asperion_client.api.journal_entries_with_lines import (
    create_journal_entry_with_lines,
    get_journal_entry_with_lines,
)
from asperion_client.api.journal_entry_log import list_journal_entry_log
from asperion_client.api.ledger_accounts import list_ledger_accounts
from asperion_client.types import Unset

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

from .conftest import Connect, load_example

pytestmark = pytest.mark.anyio

memorial = load_example("memorial_journal_entry")
DATE = dt.date(2024, 3, 31)


async def _two_ledger_accounts(t: asp.TenantClient) -> tuple[int, int]:
    accounts = [a.id async for a in t.paginate(list_ledger_accounts)]
    return accounts[0], accounts[-1]


async def test_books_a_balanced_transfer(connect: Connect, emulator: AsperionEmulator) -> None:
    tenant = emulator.tenant_ids[2]
    before = emulator.count(tenant, "journalentries")
    async with connect() as client:
        t = client.tenant(tenant)
        debit, credit = await _two_ledger_accounts(t)
        created = await memorial.book_transfer(
            t,
            debit_account=debit,
            credit_account=credit,
            amount=Decimal("1250.10"),
            description="Reclassification",
            date=DATE,
        )
        log = [e async for e in t.paginate(list_journal_entry_log)]

    assert emulator.count(tenant, "journalentries") == before + 1
    stored = emulator.item(tenant, "journalentries", created.id)
    assert stored is not None
    journal = emulator.item(tenant, "journals", stored["journalId"])
    assert journal is not None
    assert journal["type"] == "M"
    lines = stored["lines"]
    assert [(line["ledgerAccountId"], Decimal(str(line["amount"]))) for line in lines] == [
        (debit, Decimal("1250.10")),
        (credit, Decimal("-1250.10")),
    ]
    assert (log[-1].journal_entry_id, log[-1].action) == (created.id, "Created")
    # Validated once, then created once: one POST with validateOnly and one without.
    assert emulator.stats.requests_to("POST /v1/journalentrieswithlines", tenant) == 2


def test_the_lines_travel_in_the_list_envelope() -> None:
    """*withlines bodies wrap their lines as {"lines": {"_data": [...]}} (S3), not a list."""
    entry = memorial.memorial_entry(
        "MEM",
        [(4000, Decimal("0.10"), "a"), (4001, Decimal("0.20"), "b"), (8000, Decimal("-0.30"), "c")],
        date=DATE,
        description="Envelope",
    )
    body = entry.to_dict()
    assert list(body["lines"]) == ["_data"]
    assert [line["ledgerAccountId"] for line in body["lines"]["_data"]] == [4000, 4001, 8000]


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([(4000, Decimal("10.00"), "debit"), (8000, Decimal("-9.99"), "credit")], "balance"),
        ([(4000, Decimal("0.005"), "debit"), (8000, Decimal("-0.005"), "credit")], "cents"),
    ],
)
def test_refuses_an_entry_that_does_not_balance_before_any_request(
    lines: list[tuple[int, Decimal, str]], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        memorial.memorial_entry("MEM", lines, date=DATE, description="Wrong")


async def test_the_api_rejects_an_unbalanced_entry_in_validation(
    connect: Connect, emulator: AsperionEmulator
) -> None:
    # What the local check protects against: the server refuses it too, and saves nothing.
    tenant = emulator.default_tenant
    before = emulator.count(tenant, "journalentries")
    async with connect() as client:
        t = client.tenant(tenant)
        debit, credit = await _two_ledger_accounts(t)
        entry = memorial.memorial_entry(
            await memorial.memorial_journal_id(t),
            [(debit, Decimal("10.00"), "debit"), (credit, Decimal("-10.00"), "credit")],
            date=DATE,
            description="Made unbalanced after the check",
        )
        assert not isinstance(entry.lines, Unset)
        assert not isinstance(entry.lines.data, Unset)
        entry.lines.data[1].amount = Decimal("-9.99")
        with pytest.raises(asp.ValidationError) as caught:
            await t.call(create_journal_entry_with_lines, body=entry, validate_only=True)
    assert "lines" in caught.value.errors
    assert emulator.count(tenant, "journalentries") == before


async def test_point_one_plus_point_two_against_point_three_balances_end_to_end(
    connect: Connect, emulator: AsperionEmulator
) -> None:
    """Lines of 0.10 + 0.20 - 0.30 are booked, and read back as Decimals that sum to 0."""
    tenant = emulator.tenant_ids[1]
    async with connect() as client:
        t = client.tenant(tenant)
        debit, credit = await _two_ledger_accounts(t)
        entry = memorial.memorial_entry(
            await memorial.memorial_journal_id(t),
            [
                (debit, Decimal("0.10"), "first"),
                (debit, Decimal("0.20"), "second"),
                (credit, Decimal("-0.30"), "both"),
            ],
            date=DATE,
            description="Cents that floats cannot hold",
        )
        created = await t.call(create_journal_entry_with_lines, body=entry)
        read = await t.call(get_journal_entry_with_lines, created.id)
    amounts = [line.amount for line in read.lines.data]
    assert amounts == [Decimal("0.1"), Decimal("0.2"), Decimal("-0.3")]
    assert all(type(amount) is Decimal for amount in amounts)
    assert sum(amounts) == 0
