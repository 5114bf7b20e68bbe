"""The emulator does what the spec says and refuses what the API would (issue 11, item 8)."""

from __future__ import annotations

import re

import httpx
import pytest
from asperion_client.api.debtors import list_debtor_mandates

import asperion_async as asp
from asperion_async.testing import AsperionEmulator
from asperion_async.testing._files import pdf

from ._bodies import INVOICE_LINES, VALID, envelope

pytestmark = pytest.mark.anyio

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")


async def _debtor_with_mandates(client: httpx.AsyncClient, at_least: int) -> int:
    for debtor in range(1, 40):
        meta = (await client.get(f"/v1/debtors/{debtor}/mandates")).json()["_meta"]
        if meta["totalCount"] >= at_least:
            return debtor
    raise AssertionError("no debtor has enough mandates")


async def test_sub_collection_lists_page_like_any_list() -> None:
    emulator = AsperionEmulator(tenants=1, seed=3, sizes={"debtors/mandates": 6})
    token = emulator.issue_token().access_token
    async with httpx.AsyncClient(
        transport=emulator.transport(),
        base_url="https://api.emulator.test",
        headers={"Authorization": f"Bearer {token}"},
    ) as client:
        debtor = await _debtor_with_mandates(client, 3)
        url = f"/v1/debtors/{debtor}/mandates"
        first = (await client.get(url, params={"pageSize": 2})).json()
        second = (await client.get(url, params={"pageSize": 2, "page": 2})).json()
    total = first["_meta"]["totalCount"]
    assert len(first["_data"]) == 2
    assert first["_meta"]["pageCount"] == -(-total // 2)
    assert "page=2" in first["_meta"]["nextPage"]
    assert {m["id"] for m in first["_data"]}.isdisjoint(m["id"] for m in second["_data"])

    async with asp.AsperionClient(
        client_id=emulator.client_id,
        client_secret=emulator.client_secret,
        token_store=asp.MemoryTokenStore(emulator.issue_token()),
        base_url="http://127.0.0.1:1",
        token_url="http://127.0.0.1:1/connect/token",
        transport=emulator.transport(),
    ) as sdk:
        t = sdk.tenant(emulator.default_tenant)
        paged = [
            m.id async for m in t.paginate(list_debtor_mandates, debtor_id=debtor, page_size=1)
        ]
    assert len(paged) == total == len(set(paged))


async def test_validate_only_answers_the_checked_item_without_id_or_self_link(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    before = emulator.count(emulator.default_tenant, "debtors")
    response = await client.post(
        "/v1/debtors", params={"validateOnly": "true"}, json=VALID["debtors"]
    )
    assert response.status_code == 200
    checked = response.json()
    assert "id" not in checked
    assert "self" not in checked["_meta"]
    assert checked["name"] == VALID["debtors"]["name"]
    assert emulator.count(emulator.default_tenant, "debtors") == before


async def test_a_validate_only_upload_stores_nothing(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    before = emulator.count(emulator.default_tenant, "inboxfiles")
    response = await client.post(
        "/v1/inboxfiles",
        params={"validateOnly": "true"},
        files={"File": ("scan.pdf", pdf("scan"), "application/pdf")},
    )
    assert response.status_code == 200
    assert "id" not in response.json()
    assert "fileUrl" not in response.json()
    assert emulator.count(emulator.default_tenant, "inboxfiles") == before


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        (
            "/v1/salesinvoices",
            {"date": "2024-03-01", "debtorCustomerNumber": "99999999"},
            "debtorCustomerNumber",
        ),
        (
            "/v1/salesinvoiceswithlines",
            {"debtorId": 1, "lines": envelope([{**INVOICE_LINES[0], "costCenterId": 987654}])},
            "lines[0].costCenterId",
        ),
        (
            "/v1/journalentrieswithlines",
            {
                "journalId": "MEM",
                "lines": envelope(
                    [{"amount": 5.0, "ledgerAccountId": 1}, {"amount": -5.0, "ledgerAccountId": 2}]
                ),
            },
            "lines[0].ledgerAccountId",
        ),
        (
            "/v1/draftsalesinvoices/1/lines",
            {"bookingType": "G", "amount": 1.0, "ledgerAccountId": 123456},
            "ledgerAccountId",
        ),
    ],
)
async def test_unknown_references_are_refused_with_422(
    emulator: AsperionEmulator, client: httpx.AsyncClient, path: str, body: dict, field: str
) -> None:
    response = await client.post(path, json=body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert field in response.json()["errors"]


async def test_known_customer_numbers_are_accepted(client: httpx.AsyncClient) -> None:
    debtor = (await client.get("/v1/debtors/4")).json()
    body = {"date": "2024-03-01", "debtorCustomerNumber": debtor["customerNumber"]}
    assert (await client.post("/v1/salesinvoices", json=body)).status_code == 200
    created = (
        await client.post("/v1/debtors", json=VALID["debtors"] | {"customerNumber": "K-1"})
    ).json()
    assert created["customerNumber"] == "K-1"
    body["debtorCustomerNumber"] = "K-1"
    assert (await client.post("/v1/salesinvoices", json=body)).status_code == 200


async def test_created_items_carry_status_and_state_like_seeded_ones(
    client: httpx.AsyncClient,
) -> None:
    invoice = (
        await client.post("/v1/salesinvoiceswithlines", json=VALID["salesinvoiceswithlines"])
    ).json()
    entry = (await client.post("/v1/journalentries", json={"journalId": "MEM"})).json()
    kept = (await client.post("/v1/journalentries", json={"journalId": "MEM", "state": 2})).json()
    assert invoice["status"] == 1  # concept
    assert (invoice["bookyear"], invoice["bookperiod"]) == (2024, 3)
    assert entry["state"] == 1
    assert kept["state"] == 2  # state is writable (S3)


async def test_an_undeclared_method_is_a_405_with_allow(client: httpx.AsyncClient) -> None:
    response = await client.request("DELETE", "/v1/debtors")
    assert response.status_code == 405
    assert set(response.headers["allow"].replace(" ", "").split(",")) >= {"GET", "POST"}


@pytest.mark.parametrize(
    "params",
    [
        {"page": "2147483648"},
        {"pageSize": "1.5"},
        {"Date_from": "garbage"},
        {"Date_to": "2024-02-30"},
        {"Id": "-2147483649"},
        {"AmountExclVat": "nan"},
        {"orderBy": "Shoesize"},
        {"Description_comparison": "contains"},
    ],
)
async def test_query_values_are_range_and_format_checked(
    client: httpx.AsyncClient, params: dict[str, str]
) -> None:
    response = await client.get("/v1/salesinvoices", params=params)
    assert response.status_code == 400, response.text
    assert set(response.json()["errors"]) == set(params)


async def test_dates_may_carry_a_time_in_queries_and_bodies(client: httpx.AsyncClient) -> None:
    listed = await client.get("/v1/salesinvoices", params={"Date_from": "2023-01-01T00:00:00"})
    assert listed.status_code == 200
    body = {**VALID["salesinvoices"], "date": "2024-03-01T00:00:00"}
    created = await client.post("/v1/salesinvoices", json=body)
    assert created.status_code == 200
    assert created.json()["date"] == "2024-03-01"


@pytest.mark.parametrize(
    "change", [{"date": "1 maart"}, {"bookyear": 2**31}, {"amountExclVat": "12.50"}]
)
async def test_bodies_are_format_and_range_checked(
    client: httpx.AsyncClient, change: dict[str, object]
) -> None:
    response = await client.post("/v1/salesinvoices", json={**VALID["salesinvoices"], **change})
    assert response.status_code == 400
    assert set(response.json()["errors"]) == set(change)


async def test_answers_write_dates_and_date_times_as_the_spec_says(
    client: httpx.AsyncClient,
) -> None:
    invoice = (await client.get("/v1/salesinvoices/1")).json()
    debtor = (await client.get("/v1/debtors/1")).json()
    log = (await client.get("/v1/journalentrylog")).json()["_data"][0]
    assert _DATE.match(invoice["date"])
    assert _DATE.match(invoice["paymentDueDate"])
    assert _OFFSET.match(debtor["dateAdded"])
    assert _OFFSET.match(log["changedDate"])


async def test_item_meta_names_the_administration(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    meta = (await client.get("/v1/debtors/2")).json()["_meta"]
    assert meta["administrationId"] == emulator.default_tenant
    assert meta["administrationName"].endswith("administratie")
    assert meta["profileName"]
    assert meta["self"].endswith("/v1/debtors/2")


async def test_a_write_under_a_missing_parent_is_a_404(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/debtors/999999/mandates", json=VALID["debtors/mandates"])
    assert response.status_code == 404


async def test_an_upload_needs_the_part_named_file(client: httpx.AsyncClient) -> None:
    wrong = await client.post("/v1/inboxfiles", files={"document": ("a.pdf", pdf("a"))})
    right = await client.post("/v1/inboxfiles", files={"File": ("a.pdf", pdf("a"))})
    assert wrong.status_code == 400
    assert list(wrong.json()["errors"]) == ["File"]
    assert right.status_code == 200
