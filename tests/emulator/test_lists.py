"""List semantics: envelope, absolute paging links, filters, orderBy, fields, metaOnly."""

from __future__ import annotations

import math

import httpx
import pytest

from asperion_async.testing import AsperionEmulator

from .conftest import BASE_URL, make_client


@pytest.mark.anyio
async def test_envelope_and_absolute_next_page(client: httpx.AsyncClient) -> None:
    body = (await client.get("/v1/debtors", params={"pageSize": 10})).json()
    meta = body["_meta"]
    assert len(body["_data"]) == 10
    assert meta["nextPage"].startswith(f"{BASE_URL}/v1/debtors?")
    assert httpx.URL(meta["nextPage"]).params["page"] == "2"
    assert meta["previousPage"] is None
    assert meta["self"].startswith(BASE_URL)
    assert {
        "administrationId",
        "administrationName",
        "profileName",
        "totalCount",
        "pageCount",
    } <= set(meta)
    item = body["_data"][0]
    assert item["_meta"]["self"] == f"{BASE_URL}/v1/debtors/{item['id']}"


@pytest.mark.anyio
@pytest.mark.parametrize("page_size", [1, 7, 25, 100])
async def test_following_next_page_visits_every_item_once(page_size: int) -> None:
    emulator = AsperionEmulator(tenants=1, seed=2, sizes={"debtors": 61})
    seen: list[int] = []
    pages = 0
    async with make_client(emulator) as client:
        url: str | None = f"/v1/debtors?pageSize={page_size}"
        while url:
            body = (await client.get(url)).json()
            seen.extend(item["id"] for item in body["_data"])
            pages += 1
            assert body["_meta"]["totalCount"] == 61
            assert body["_meta"]["pageCount"] == math.ceil(61 / page_size)
            url = body["_meta"]["nextPage"]
    assert seen == list(range(1, 62))
    assert pages == math.ceil(61 / page_size)


@pytest.mark.anyio
async def test_page_past_the_end_is_empty_with_a_previous_link(client: httpx.AsyncClient) -> None:
    total = (await client.get("/v1/debtors", params={"metaOnly": "true"})).json()["_meta"]
    body = (
        await client.get("/v1/debtors", params={"page": total["totalCount"] + 1, "pageSize": 1})
    ).json()
    assert body["_data"] == []
    assert body["_meta"]["nextPage"] is None
    assert body["_meta"]["previousPage"] is not None


@pytest.mark.anyio
async def test_page_size_above_the_spec_maximum_is_rejected(client: httpx.AsyncClient) -> None:
    response = await client.get("/v1/debtors", params={"pageSize": 5000})
    assert response.status_code == 400
    assert "pageSize" in response.json()["errors"]


@pytest.mark.anyio
async def test_meta_only_returns_counts_without_data(client: httpx.AsyncClient) -> None:
    body = (await client.get("/v1/salesinvoices", params={"metaOnly": "true"})).json()
    assert "_data" not in body
    assert body["_meta"]["totalCount"] == 40


@pytest.mark.anyio
async def test_string_filter_comparisons(client: httpx.AsyncClient) -> None:
    everyone = (await client.get("/v1/debtors", params={"pageSize": 100})).json()["_data"]
    city = everyone[0]["city"]
    expected = [d["id"] for d in everyone if d["city"] == city]
    equals = (
        await client.get(
            "/v1/debtors", params={"City": city, "City_comparison": "Equals", "pageSize": 100}
        )
    ).json()["_data"]
    contains = (
        await client.get("/v1/debtors", params={"City": city[1:4].upper(), "pageSize": 100})
    ).json()["_data"]
    starts = (
        await client.get(
            "/v1/debtors",
            params={"City": city[:3], "City_comparison": "StartsWith", "pageSize": 100},
        )
    ).json()["_data"]
    not_equals = (
        await client.get(
            "/v1/debtors", params={"City": city, "City_comparison": "NotEquals", "pageSize": 100}
        )
    ).json()["_data"]
    assert [d["id"] for d in equals] == expected
    assert set(expected) <= {d["id"] for d in contains}
    assert all(d["city"].startswith(city[:3]) for d in starts)
    assert len(not_equals) == len(everyone) - len(expected)


@pytest.mark.anyio
async def test_range_filters_from_and_to(client: httpx.AsyncClient) -> None:
    everyone = (await client.get("/v1/salesinvoices", params={"pageSize": 100})).json()["_data"]
    dates = sorted(i["date"] for i in everyone)
    low, high = dates[5][:10], dates[20][:10]
    ranged = (
        await client.get(
            "/v1/salesinvoices", params={"Date_from": low, "Date_to": high, "pageSize": 100}
        )
    ).json()
    expected = [i["id"] for i in everyone if low <= i["date"][:10] <= high]
    assert [i["id"] for i in ranged["_data"]] == expected
    assert ranged["_meta"]["totalCount"] == len(expected)


@pytest.mark.anyio
async def test_integer_filter_and_unknown_comparison(client: httpx.AsyncClient) -> None:
    paid = (await client.get("/v1/salesinvoices", params={"Status": 7, "pageSize": 100})).json()
    assert paid["_data"]
    assert all(i["status"] == 7 for i in paid["_data"])
    bad = await client.get("/v1/debtors", params={"City": "a", "City_comparison": "Sounds"})
    assert bad.status_code == 400


@pytest.mark.anyio
async def test_order_by_ascending_and_descending(client: httpx.AsyncClient) -> None:
    asc = (await client.get("/v1/debtors", params={"orderBy": "Name", "pageSize": 100})).json()
    desc = (
        await client.get("/v1/debtors", params={"orderBy": "Name desc", "pageSize": 100})
    ).json()
    names = [d["name"].lower() for d in asc["_data"]]
    assert names == sorted(names)
    assert [d["name"].lower() for d in desc["_data"]] == sorted(names, reverse=True)
    refused = await client.get("/v1/debtors", params={"orderBy": "Shoesize"})
    assert refused.status_code == 400


@pytest.mark.anyio
async def test_fields_projection_keeps_meta(client: httpx.AsyncClient) -> None:
    body = (await client.get("/v1/debtors", params={"fields": "Id,Name", "pageSize": 3})).json()
    assert all(set(item) == {"id", "name", "_meta"} for item in body["_data"])


@pytest.mark.anyio
async def test_required_query_parameter(client: httpx.AsyncClient) -> None:
    missing = await client.get("/v1/ledgergrouped")
    present = await client.get("/v1/ledgergrouped", params={"Bookyear": 2024, "pageSize": 100})
    assert missing.status_code == 400
    assert "Bookyear" in missing.json()["errors"]
    assert present.status_code == 200
    assert all(row["bookyear"] == 2024 for row in present.json()["_data"])


@pytest.mark.anyio
async def test_articles_list_only_active_unless_filtered(client: httpx.AsyncClient) -> None:
    active = (await client.get("/v1/articles", params={"metaOnly": "true"})).json()
    every = (
        await client.get("/v1/articles", params={"metaOnly": "true", "ActiveState": "all"})
    ).json()
    assert active["_meta"]["totalCount"] < every["_meta"]["totalCount"] == 20


@pytest.mark.anyio
async def test_invoices_add_up_and_journal_entries_balance(client: httpx.AsyncClient) -> None:
    invoices = (await client.get("/v1/salesinvoiceswithlines", params={"pageSize": 40})).json()
    for invoice in invoices["_data"]:
        lines = invoice["lines"]["_data"]
        assert round(sum(line["amount"] for line in lines), 2) == invoice["amountExclVat"]
        assert round(invoice["amountExclVat"] + invoice["vatAmount"], 2) == invoice["amountInclVat"]
    entries = (await client.get("/v1/journalentrieswithlines", params={"pageSize": 40})).json()
    for entry in entries["_data"]:
        total = round(sum(line["amount"] for line in entry["lines"]["_data"]), 2)
        if entry["journalId"] == "MEM":
            assert total == 0
        else:
            assert round(entry["closingBalance"] - entry["openingBalance"], 2) == total


@pytest.mark.anyio
async def test_debtors_carry_valid_dutch_ibans_and_postcodes(client: httpx.AsyncClient) -> None:
    from asperion_async.testing._dutch import iban_is_valid

    debtors = (await client.get("/v1/debtors", params={"pageSize": 25})).json()["_data"]
    for debtor in debtors:
        assert debtor["iban"].startswith("NL")
        assert iban_is_valid(debtor["iban"])
        postcode = debtor["postCode"]
        assert len(postcode) == 7
        assert postcode[:4].isdigit()
        assert postcode[5:].isalpha()
