"""Writes: create/update, validateOnly, field errors and the journal entry log."""

from __future__ import annotations

import httpx
import pytest

from asperion_async.testing import AsperionEmulator

from ._bodies import VALID, envelope


@pytest.mark.anyio
async def test_create_then_read_back(emulator: AsperionEmulator, client: httpx.AsyncClient) -> None:
    created = await client.post("/v1/debtors", json=VALID["debtors"])
    assert created.status_code == 200
    debtor = created.json()
    assert debtor["id"] == 26
    assert debtor["name"] == VALID["debtors"]["name"]
    again = (await client.get(f"/v1/debtors/{debtor['id']}")).json()
    assert again["name"] == debtor["name"]
    assert emulator.stats.creates["debtors"] == 1
    total = (await client.get("/v1/debtors", params={"metaOnly": "true"})).json()
    assert total["_meta"]["totalCount"] == 26


@pytest.mark.anyio
async def test_validate_only_stores_nothing(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    answer = await client.post(
        "/v1/debtors", params={"validateOnly": "true"}, json=VALID["debtors"]
    )
    assert answer.status_code == 200
    assert emulator.count(emulator.default_tenant, "debtors") == 25
    assert emulator.stats.creates["debtors"] == 0
    refused = await client.post(
        "/v1/debtors", params={"validateOnly": "true"}, json={"name": "zonder soort"}
    )
    assert refused.status_code == 400


@pytest.mark.anyio
async def test_unknown_debtor_kind_is_a_field_error(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/debtors", json={**VALID["debtors"], "debtorKindId": "NOPE"})
    assert response.status_code == 422  # schema-valid, but no such kind: a business rule
    problem = response.json()
    assert response.headers["content-type"].startswith("application/problem+json")
    assert problem["status"] == 422
    assert list(problem["errors"]) == ["debtorKindId"]


@pytest.mark.anyio
async def test_unbalanced_memorial_entry_is_rejected(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    body = {
        "journalId": "MEM",
        "lines": envelope(
            [
                {"amount": 100.0, "ledgerAccountId": 4200},
                {"amount": -99.99, "ledgerAccountId": 1100},
            ]
        ),
    }
    response = await client.post("/v1/journalentrieswithlines", json=body)
    assert response.status_code == 422
    assert "lines" in response.json()["errors"]
    assert emulator.count(emulator.default_tenant, "journalentries") == 40


@pytest.mark.anyio
async def test_cash_entry_needs_balances_and_sales_journal_is_refused(
    client: httpx.AsyncClient,
) -> None:
    lines = envelope([{"amount": 50.0, "ledgerAccountId": 4200}])
    no_balance = await client.post(
        "/v1/journalentrieswithlines", json={"journalId": "KAS", "lines": lines}
    )
    good = await client.post(
        "/v1/journalentrieswithlines",
        json={"journalId": "KAS", "openingBalance": 100.0, "closingBalance": 150.0, "lines": lines},
    )
    sales = await client.post(
        "/v1/journalentrieswithlines", json={"journalId": "VK", "lines": envelope([])}
    )
    assert no_balance.status_code == 422
    assert {"openingBalance", "closingBalance"} <= set(no_balance.json()["errors"])
    assert good.status_code == 200
    assert sales.status_code == 422
    assert "journalId" in sales.json()["errors"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "body",
    [
        {"debtorKindId": 5},
        {"debtorKindId": "DEB", "blocked": "sometimes"},
        ["not", "an", "object"],
    ],
)
async def test_bodies_the_schema_rejects(client: httpx.AsyncClient, body: object) -> None:
    response = await client.post("/v1/debtors", json=body)
    assert response.status_code == 400
    assert response.json()["errors"]


@pytest.mark.anyio
async def test_malformed_json_is_a_400(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/v1/debtors", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400


@pytest.mark.anyio
async def test_update_merges_and_404_for_unknown(client: httpx.AsyncClient) -> None:
    response = await client.put("/v1/debtors/3", json={"debtorKindId": "DEB", "city": "Delft"})
    assert response.status_code == 200
    assert response.json()["city"] == "Delft"
    assert response.json()["name"]  # untouched fields are kept
    missing = await client.put("/v1/debtors/99999", json={"debtorKindId": "DEB"})
    assert missing.status_code == 404


@pytest.mark.anyio
async def test_lines_sub_collection_writes_reach_the_parent(client: httpx.AsyncClient) -> None:
    before = (await client.get("/v1/draftsalesinvoiceswithlines/1")).json()
    added = await client.post(
        "/v1/draftsalesinvoices/1/lines",
        json={"bookingType": "G", "amount": 10.0, "vatAmount": 2.1},
    )
    after = (await client.get("/v1/draftsalesinvoiceswithlines/1")).json()
    assert added.status_code == 200
    assert after["lines"]["_meta"]["totalCount"] == before["lines"]["_meta"]["totalCount"] + 1
    assert after["amountExclVat"] == round(before["amountExclVat"] + 10.0, 2)


@pytest.mark.anyio
async def test_mandates_are_per_debtor(client: httpx.AsyncClient) -> None:
    created = await client.post(
        "/v1/debtors/2/mandates", json={"reference": "MND-X", "signDate": "2024-02-01"}
    )
    assert created.status_code == 200
    mandate = created.json()
    assert mandate["debtorId"] == 2
    updated = await client.put(
        f"/v1/debtors/2/mandates/{mandate['id']}", json={"signDate": "2024-03-01"}
    )
    assert updated.json()["signDate"] == "2024-03-01"
    missing_parent = await client.get("/v1/debtors/99999/mandates")
    assert missing_parent.status_code == 404


@pytest.mark.anyio
async def test_journal_entry_log_tracks_api_writes_and_mutations(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    tenant = emulator.default_tenant
    created = (
        await client.post("/v1/journalentrieswithlines", json=VALID["journalentrieswithlines"])
    ).json()
    await client.put(
        f"/v1/journalentries/{created['id']}",
        json={"journalId": "MEM", "description": "Gecorrigeerd"},
    )
    emulator.mutate(tenant, "journalentries", 3, changes={"description": "Gewijzigd"})
    emulator.mutate(tenant, "journalentries", 4, delete=True)
    emulator.mutate(tenant, "debtors", 1, changes={"city": "Leiden"})  # not a journal entry
    log = (await client.get("/v1/journalentrylog", params={"page": 2, "pageSize": 40})).json()
    changes = [(row["journalEntryId"], row["action"]) for row in log["_data"]]
    assert changes == [
        (created["id"], "Created"),
        (created["id"], "Modified"),
        (3, "Modified"),
        (4, "Deleted"),
    ]
    since = log["_data"][0]["changedDate"]
    recent = (
        await client.get(
            "/v1/journalentrylog",
            params={"ChangedDate_from": since.replace("T", " "), "pageSize": 100},
        )
    ).json()
    assert [r["action"] for r in recent["_data"]][-4:] == [
        "Created",
        "Modified",
        "Modified",
        "Deleted",
    ]
    gone = await client.get("/v1/journalentries/4")
    assert gone.status_code == 404


@pytest.mark.anyio
async def test_a_time_copied_from_an_answer_filters_by_its_value(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    """Answers write times with +00:00; a filter on the exact value finds the item whether the
    emulator generated the time or stamped it on a write."""
    await client.post("/v1/journalentrieswithlines", json=VALID["journalentrieswithlines"])
    log = (await client.get("/v1/journalentrylog", params={"pageSize": 100})).json()["_data"]
    for row in (log[0], log[-1]):  # generated, then stamped by the write above
        assert row["changedDate"].endswith("+00:00")
        found = (
            await client.get(
                "/v1/journalentrylog",
                params={"changedDate": row["changedDate"], "pageSize": 100},
            )
        ).json()["_data"]
        assert row in found


@pytest.mark.anyio
async def test_text_that_starts_with_a_date_filters_as_text(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    emulator.mutate(
        emulator.default_tenant, "journalentries", 2, changes={"description": "2024-01-05 kas boek"}
    )
    for value in ("kas boek", "2024-01-05 kas"):
        found = (
            await client.get("/v1/journalentries", params={"description": value, "pageSize": 100})
        ).json()["_data"]
        assert [entry["id"] for entry in found] == [2], value


def test_mutate_creates_and_refuses_unknown_items() -> None:
    emulator = AsperionEmulator(tenants=2, seed=1)
    other = emulator.tenant_ids[1]
    created = emulator.mutate(other, "debtors", changes={"name": "Nieuw", "debtorKindId": "DEB"})
    assert created is not None
    assert emulator.item(other, "debtors", created["id"]) == created
    assert emulator.item(emulator.default_tenant, "debtors", created["id"]) is None
    with pytest.raises(KeyError):
        emulator.mutate(other, "debtors", 10**6, changes={"name": "x"})
    with pytest.raises(KeyError):
        emulator.mutate(1, "debtors", 1, delete=True)
