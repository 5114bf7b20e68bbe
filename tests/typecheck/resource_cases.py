"""What mypy infers for the resource namespaces and ``call``: read by test_typing.py.

Never run. A "revealed" comment is the type mypy must reveal on that line (written without
module paths: ``Page[Debtor]`` for ``asperion_async._pagination.Page[...debtor.Debtor]``), an
"error" comment the error code it must report there; nothing else may be reported.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from asperion_client.api.administrations import list_administrations
from asperion_client.api.debtors import get_debtor, list_debtors
from asperion_client.models import DebtorInput, MandateInput, SalesInvoiceInput
from typing_extensions import reveal_type

import asperion_async as asp


async def debtors(client: asp.AsperionClient, t: asp.TenantClient, body: DebtorInput) -> None:
    since = datetime.date(2024, 1, 1)
    reveal_type(await t.debtors.list(page=2, city="Utrecht"))  # revealed: Page[Debtor]
    reveal_type(t.debtors.iter(prefetch=4, date_added_from=since))  # revealed: ItemIterator[Debtor]
    async for debtor in t.debtors.iter(blocked=False):
        reveal_type(debtor)  # revealed: Debtor
    async for page in t.debtors.pages(start_page=3):
        reveal_type(page)  # revealed: Page[Debtor]
        reveal_type(page.items)  # revealed: list[Debtor]
    reveal_type(await t.debtors.get(42))  # revealed: Debtor
    reveal_type(await t.debtors.create(body, validate_only=True))  # revealed: Debtor
    reveal_type(await t.debtors.update(42, body))  # revealed: Debtor
    reveal_type(await client.debtors.get(42))  # revealed: Debtor
    reveal_type(await t.debtors.mandates.list(42))  # revealed: Page[Mandate]
    reveal_type(await t.debtors.mandates.create(42, MandateInput()))  # revealed: Mandate
    reveal_type(await t.debtors.mandates.update(42, 7, MandateInput()))  # revealed: Mandate

    await t.debtors.list(citty="Utrecht")  # error: call-arg
    t.debtors.iter(citty="Utrecht")  # error: call-arg
    await t.debtors.get("42")  # error: arg-type
    await t.debtors.list(date_added_from="2024-01-01")  # error: arg-type
    await t.debtors.create(MandateInput())  # error: arg-type
    await t.debtors.mandates.update(42, body=MandateInput())  # error: call-arg


async def sales_invoices(t: asp.TenantClient, body: SalesInvoiceInput) -> None:
    since = datetime.date(2024, 1, 1)
    reveal_type(await t.sales_invoices.list(date_from=since))  # revealed: Page[SalesInvoice]
    reveal_type(t.sales_invoices.iter(journal_id="VK"))  # revealed: ItemIterator[SalesInvoice]
    reveal_type(t.sales_invoices.pages())  # revealed: PageIterator[SalesInvoice]
    reveal_type(await t.sales_invoices.get(1))  # revealed: SalesInvoice
    reveal_type(await t.sales_invoices.create(body))  # revealed: SalesInvoice
    reveal_type(await t.sales_invoices.update(1, body))  # revealed: SalesInvoice
    reveal_type(await t.sales_invoices.file.upload(1, b"%PDF-1.4"))  # revealed: StoredFile
    reveal_type(await t.sales_invoices_with_lines.get(1))  # revealed: SalesInvoiceWithLines

    await t.sales_invoices.list(invoice_numbr="F-1")  # error: call-arg
    await t.sales_invoices.get(Decimal(1))  # error: arg-type
    await t.sales_invoices.file.upload("1", b"%PDF-1.4")  # error: arg-type


async def inbox_files(t: asp.TenantClient) -> None:
    since = datetime.date(2024, 1, 1)
    reveal_type(await t.inbox_files.list(created_on_from=since))  # revealed: Page[StoredFile]
    reveal_type(t.inbox_files.iter())  # revealed: ItemIterator[StoredFile]
    reveal_type(t.inbox_files.pages())  # revealed: PageIterator[StoredFile]
    reveal_type(await t.inbox_files.get("abc"))  # revealed: File
    reveal_type(await t.inbox_files.download("abc", "scan.pdf"))  # revealed: int
    reveal_type(await t.inbox_files.upload("scan.pdf", filename="a.pdf"))  # revealed: StoredFile
    reveal_type(await t.files.download("abc", "scan.pdf"))  # revealed: int

    await t.inbox_files.get(1)  # error: arg-type
    await t.inbox_files.upload(1234)  # error: arg-type
    await t.inbox_files.list(nmae="scan")  # error: call-arg


async def escape_hatch(client: asp.AsperionClient, t: asp.TenantClient) -> None:
    reveal_type(await client.call(list_administrations))  # revealed: AdministrationCollection
    reveal_type(await t.call(list_debtors, city="Utrecht"))  # revealed: DebtorCollection
    reveal_type(await t.call(get_debtor, 42))  # revealed: Debtor
    reveal_type(await t.call(get_debtor.asyncio_detailed, 42))  # revealed: Debtor

    await t.call(list_debtors, citty="Utrecht")  # error: call-overload
    await t.call(get_debtor, "42")  # error: call-overload
