"""Book a memorial journal entry that balances: debits and credits add up to exactly zero.

Amounts are computed as Decimal and checked before anything is sent; the API then
validates the entry once with ``validate_only=True`` before it is saved, so a rejected
entry never leaves half a booking behind. Positive amounts debit a ledger account,
negative amounts credit it.

    python examples/memorial_journal_entry.py TENANT_ID DEBIT_ACCOUNT CREDIT_ACCOUNT AMOUNT
    python examples/memorial_journal_entry.py 100003 4300 4000 125.50
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Sequence
from decimal import Decimal

import anyio
import asperion_async as asp
from asperion_client.models import (
    JournalEntryLineInput,
    JournalEntryLineInputCollection,
    JournalEntryWithLines,
    JournalEntryWithLinesInput,
)

CENT = Decimal("0.01")


async def memorial_journal_id(t: asp.TenantClient) -> str:
    """The id of the administration's first memorial (type M) journal."""
    async for journal in t.journals.iter():
        if journal.type_ == "M":
            return str(journal.id)
    raise LookupError(f"administration {t.tenant_id} has no memorial journal")


def memorial_entry(
    journal_id: str,
    lines: Sequence[tuple[int, Decimal, str]],
    *,
    date: dt.date,
    description: str,
) -> JournalEntryWithLinesInput:
    """An entry of ``(ledger_account_id, amount, description)`` lines that must balance.

    Raises ValueError, before any request, for amounts that are not whole cents or lines
    that do not add up to zero.
    """
    for _, amount, _ in lines:
        if amount != amount.quantize(CENT):
            raise ValueError(f"{amount} is not a whole number of cents")
    difference = sum((amount for _, amount, _ in lines), Decimal(0))
    if difference != 0:
        raise ValueError(f"the lines do not balance: debit and credit differ by {difference}")
    return JournalEntryWithLinesInput(
        journal_id=journal_id,
        date=date,
        description=description,
        # The lines travel in the list envelope: {"lines": {"_data": [...]}}.
        lines=JournalEntryLineInputCollection(
            data=[
                # Decimal all the way: the client writes the amount's digits into the JSON.
                JournalEntryLineInput(
                    ledger_account_id=account,
                    amount=amount,
                    description=text,
                    booking_date=date,
                )
                for account, amount, text in lines
            ]
        ),
    )


async def book_transfer(
    t: asp.TenantClient,
    *,
    debit_account: int,
    credit_account: int,
    amount: Decimal,
    description: str,
    date: dt.date,
) -> JournalEntryWithLines:
    """Move ``amount`` from ``credit_account`` to ``debit_account`` in a memorial entry."""
    entry = memorial_entry(
        await memorial_journal_id(t),
        [(debit_account, amount, description), (credit_account, -amount, description)],
        date=date,
        description=description,
    )
    await t.journal_entries_with_lines.create(entry, validate_only=True)
    return await t.journal_entries_with_lines.create(entry)


async def main(tenant_id: int, debit: int, credit: int, amount: Decimal) -> None:
    async with asp.AsperionClient(
        client_id=os.environ["ASPERION_CLIENT_ID"],
        client_secret=os.environ["ASPERION_CLIENT_SECRET"],
        token_store=asp.FileTokenStore("~/.config/asperion/token.json"),
    ) as client:
        created = await book_transfer(
            client.tenant(tenant_id),
            debit_account=debit,
            credit_account=credit,
            amount=amount,
            description="Reclassification",
            date=dt.date.today(),
        )
    print(f"booked journal entry {created.id}")


if __name__ == "__main__":
    tenant, debit, credit, amount = sys.argv[1:5]
    anyio.run(main, int(tenant), int(debit), int(credit), Decimal(amount))
