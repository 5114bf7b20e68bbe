"""Each kind of namespace verb end to end against the emulator, on asyncio and trio."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from asperion_client.api.debtors import list_debtors
from asperion_client.models import (
    Debtor,
    DebtorInput,
    InvoiceLineInput,
    MandateInput,
    StoredFile,
)

import asperion_async as asp
from asperion_async.testing import AsperionEmulator

pytestmark = pytest.mark.anyio

PDF = b"%PDF-1.4\n% an invoice\n%%EOF\n"


def _debtor_input(name: str) -> DebtorInput:
    return DebtorInput.from_dict({"name": name, "debtorKindId": "DEB", "city": "Utrecht"})


async def test_list_is_one_page_with_the_endpoints_filters(
    t: asp.TenantClient, emulator: AsperionEmulator
) -> None:
    total = emulator.count(t.tenant_id or 0, "debtors")
    page = await t.debtors.list(page=2, page_size=3, order_by="Id")
    assert isinstance(page, asp.Page)
    assert page.number == 2
    assert page.total_count == total
    assert len(page.items) == 3
    assert all(isinstance(item, Debtor) for item in page.items)
    first = await t.debtors.list(page_size=3, order_by="Id")
    assert [d.id for d in first.items][-1] < page.items[0].id  # page 2 follows page 1

    city = page.items[0].city
    assert isinstance(city, str)
    in_city = await t.debtors.list(city=city)
    assert in_city.items
    assert {d.city for d in in_city.items} == {city}
    assert in_city.total_count == sum(
        1 for d in [d async for d in t.debtors.iter()] if d.city == city
    )


async def test_iter_and_pages_go_through_every_page_in_order(
    t: asp.TenantClient, emulator: AsperionEmulator
) -> None:
    tenant = t.tenant_id or 0
    total = emulator.count(tenant, "debtors")
    before = emulator.stats.requests_to("GET /v1/debtors", tenant)
    ids = [d.id async for d in t.debtors.iter(page_size=4, prefetch=3, order_by="Id")]
    assert len(ids) == total
    assert ids == sorted(ids)
    pages = [p async for p in t.debtors.pages(page_size=4, order_by="Id")]
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert [d.id for p in pages for d in p.items] == ids
    resumed = [d.id async for d in t.debtors.iter(page_size=4, start_page=2, order_by="Id")]
    assert resumed == ids[4:]
    assert emulator.stats.requests_to("GET /v1/debtors", tenant) > before


async def test_iter_with_a_date_filter(t: asp.TenantClient) -> None:
    everyone = [d async for d in t.debtors.iter()]
    cut = sorted(d.date_added for d in everyone if isinstance(d.date_added, datetime.datetime))
    since = cut[len(cut) // 2].date()
    later = [d async for d in t.debtors.iter(date_added_from=since)]
    assert later
    assert len(later) < len(everyone)
    assert all(
        isinstance(d.date_added, datetime.datetime) and d.date_added.date() >= since for d in later
    )


async def test_get_create_update(t: asp.TenantClient, emulator: AsperionEmulator) -> None:
    tenant = t.tenant_id or 0
    before = emulator.count(tenant, "debtors")

    checked = await t.debtors.create(_debtor_input("Bakkerij de Jong"), validate_only=True)
    assert isinstance(checked, Debtor)
    assert emulator.count(tenant, "debtors") == before  # validated only

    created = await t.debtors.create(_debtor_input("Bakkerij de Jong"))
    assert emulator.count(tenant, "debtors") == before + 1
    assert isinstance(created.id, int)
    fetched = await t.debtors.get(created.id)
    assert fetched.name == "Bakkerij de Jong"

    updated = await t.debtors.update(created.id, _debtor_input("Bakkerij de Jong B.V."))
    assert updated.name == "Bakkerij de Jong B.V."
    stored = emulator.item(tenant, "debtors", created.id)
    assert stored is not None
    assert stored["name"] == "Bakkerij de Jong B.V."


async def test_sub_resources_take_the_parent_id_first(t: asp.TenantClient) -> None:
    debtor = await t.debtors.create(_debtor_input("Drukkerij Visser"))
    assert isinstance(debtor.id, int)
    mandate_input = MandateInput.from_dict(
        {"reference": "MND-7", "signDate": "2024-01-01", "iban": "NL91ABNA0417164300"}
    )
    mandate = await t.debtors.mandates.create(debtor.id, mandate_input)
    assert mandate.debtor_id == debtor.id
    assert isinstance(mandate.id, int)
    mandates = await t.debtors.mandates.list(debtor.id)
    assert mandate.id in [m.id for m in mandates.items]
    assert {m.debtor_id for m in mandates.items} == {debtor.id}
    assert mandates.number == 1
    assert mandates.total_count == len(mandates.items)
    changed = MandateInput.from_dict({"reference": "MND-8", "signDate": "2024-02-01"})
    updated = await t.debtors.mandates.update(debtor.id, mandate.id, changed)
    assert updated.reference == "MND-8"

    draft = (await t.draft_sales_invoices.list(page_size=1)).items[0]
    assert isinstance(draft.id, int)
    lines = await t.draft_sales_invoices.lines.list(draft.id)
    text_line = InvoiceLineInput.from_dict({"bookingType": "T", "description": "Tekstregel"})
    added = await t.draft_sales_invoices.lines.create(draft.id, text_line)
    after = await t.draft_sales_invoices.lines.list(draft.id)
    assert [line.id for line in after.items] == [*(line.id for line in lines.items), added.id]


async def test_uploads_and_downloads(
    t: asp.TenantClient, emulator: AsperionEmulator, tmp_path: Path
) -> None:
    tenant = t.tenant_id or 0
    before = emulator.count(tenant, "inboxfiles")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(PDF)
    stored = await t.inbox_files.upload(scan)
    assert isinstance(stored, StoredFile)
    assert stored.name == "scan.pdf"
    assert emulator.count(tenant, "inboxfiles") == before + 1
    assert isinstance(stored.id, str)
    assert (await t.inbox_files.get(stored.id)).payload.read() == PDF
    target = tmp_path / "back.pdf"
    assert await t.inbox_files.download(stored.id, target) == len(PDF)
    assert target.read_bytes() == PDF
    listed = [f.id async for f in t.inbox_files.iter()]
    assert stored.id in listed

    invoice = (await t.sales_invoices.list(page_size=1)).items[0]
    assert isinstance(invoice.id, int)
    attached = await t.sales_invoices.file.upload(invoice.id, PDF, filename="invoice.pdf")
    assert isinstance(attached.id, str)
    assert await t.files.download(attached.id, tmp_path / "invoice.pdf") == len(PDF)
    assert (tmp_path / "invoice.pdf").read_bytes() == PDF


async def test_an_upload_the_api_would_refuse_is_never_sent(
    t: asp.TenantClient, emulator: AsperionEmulator
) -> None:
    tenant = t.tenant_id or 0
    with pytest.raises(ValueError, match="not a PDF"):
        await t.inbox_files.upload(b"PK\x03\x04 a zip", filename="archive.pdf")
    assert emulator.stats.requests_to("POST /v1/inboxfiles", tenant) == 0


async def test_errors_are_the_pipelines_typed_errors(t: asp.TenantClient) -> None:
    with pytest.raises(asp.NotFoundError):
        await t.debtors.get(987654)
    with pytest.raises(asp.ValidationError, match="debtorKindId"):
        await t.debtors.create(DebtorInput.from_dict({"name": "X", "debtorKindId": "NOPE"}))


async def test_namespaces_send_to_their_views_administration(
    client: asp.AsperionClient, emulator: AsperionEmulator
) -> None:
    first, second = emulator.tenant_ids
    a = [d.id async for d in client.tenant(first).debtors.iter()]
    b = [d.id async for d in client.tenant(second).debtors.iter()]
    assert emulator.stats.requests_to("GET /v1/debtors", first) >= 1
    assert emulator.stats.requests_to("GET /v1/debtors", second) >= 1
    assert len(a) == emulator.count(first, "debtors")
    assert len(b) == emulator.count(second, "debtors")
    on_client = await client.debtors.list(page_size=1)  # the client's default tenant_id
    assert on_client.total_count == emulator.count(first, "debtors")
    administrations = await client.administrations.list()
    assert {a.id for a in administrations.items} == set(emulator.tenant_ids)


async def test_a_misspelt_filter_names_the_endpoint_and_the_closest_name(
    t: asp.TenantClient, emulator: AsperionEmulator
) -> None:
    tenant = t.tenant_id or 0
    with pytest.raises(TypeError, match=r"list_debtors.*'citty'; did you mean 'city'\?"):
        await t.debtors.list(citty="Utrecht")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"list_debtors.*'citty'; did you mean 'city'\?"):
        t.debtors.iter(citty="Utrecht")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"^list_debtors\(\) got an unexpected keyword argument"):
        await t.call(list_debtors, citty="Utrecht")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match=r"list_debtors.*'citty'; did you mean 'city'\?"):
        t.paginate(list_debtors, citty="Utrecht")
    with pytest.raises(TypeError, match=r"get_debtor.*missing a required argument: 'id'"):
        await t.debtors.get()  # type: ignore[call-arg]
    assert emulator.stats.requests_to("GET /v1/debtors", tenant) == 0
