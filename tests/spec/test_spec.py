"""The reconstruction (scripts/reconstruct_spec.py) against the facts, and the vendored spec.

Facts about the API's shape are tested on the normalized reconstruction, not on
``openapi/asperion-v1.json``: the weekly regeneration replaces that file with the vendor's
document, and a real change there must reach its pull request. The vendored file is only
held to what the normalizer guarantees for any document (valid, public names, no tenant
header parameter).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from scripts import reconstruct_spec, regenerate

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi" / "asperion-v1.json").read_text(encoding="utf-8"))
RECONSTRUCTED = regenerate.normalize(reconstruct_spec.build())

# The endpoint table of shared/reference/asperion-api-facts.md, with the methods it names.
FACTS_TABLE: dict[str, set[str]] = {
    "/v1/administrations": {"get"},
    "/v1/administrations/{id}": {"get"},
    "/v1/approvalroutes": {"get"},
    "/v1/articles": {"get", "post"},
    "/v1/articles/{id}": {"get", "put"},
    "/v1/costcenters": {"get"},
    "/v1/costunits": {"get"},
    "/v1/countries": {"get"},
    "/v1/creditors": {"get", "post"},
    "/v1/creditors/{id}": {"get", "put"},
    "/v1/creditorkinds": {"get"},
    "/v1/debtors": {"get", "post"},
    "/v1/debtors/{id}": {"get", "put"},
    "/v1/debtors/{debtorId}/mandates": {"get", "post"},
    "/v1/debtors/{debtorId}/mandates/{id}": {"put"},
    "/v1/debtorkinds": {"get"},
    "/v1/draftsalesinvoices": {"get", "post"},
    "/v1/draftsalesinvoices/{id}": {"get", "put"},
    "/v1/draftsalesinvoices/{invoiceId}/lines": {"get", "post"},
    "/v1/draftsalesinvoiceswithlines": {"get", "post"},
    "/v1/files/{id}": {"get"},
    "/v1/inboxfiles": {"get", "post"},
    "/v1/inboxfiles/{id}": {"get"},
    "/v1/journals": {"get"},
    "/v1/journalentrylog": {"get"},
    "/v1/journalentries": {"get", "post"},
    "/v1/journalentrieswithlines": {"get", "post"},
    "/v1/ledgeraccountclassifications": {"get"},
    "/v1/ledgeraccounts": {"get"},
    "/v1/ledgeraccounts/{id}": {"get"},
    "/v1/ledgeraccounttypes": {"get"},
    "/v1/ledgeraccounttypes/{id}": {"get"},
    "/v1/ledgergrouped": {"get"},
    "/v1/outstandingpurchaseinvoices": {"get"},
    "/v1/outstandingsalesinvoices": {"get"},
    "/v1/paymentconditions": {"get"},
    "/v1/paymentmethod": {"get"},
    "/v1/purchaseinvoices": {"get", "post"},
    "/v1/purchaseinvoices/{id}/file": {"post"},
    "/v1/purchaseinvoiceswithlines": {"get", "post"},
    "/v1/salesinvoices": {"get", "post"},
    "/v1/salesinvoices/{id}/file": {"post"},
    "/v1/salesinvoiceswithlines": {"get", "post"},
    "/v1/salesinvoiceswithlines/{id}/file": {"post"},
    "/v1/salesorderwithlines": {"get", "post"},
    "/v1/salestypes": {"get"},
    "/v1/vatcodes": {"get"},
}


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return list(regenerate._names.operations(spec))


def test_every_path_of_the_facts_table_is_there_with_its_methods() -> None:
    for path, methods in FACTS_TABLE.items():
        assert path in RECONSTRUCTED["paths"], path
        assert methods <= set(RECONSTRUCTED["paths"][path]), (path, methods)


@pytest.mark.parametrize("spec", [SPEC, RECONSTRUCTED], ids=["vendored", "reconstructed"])
def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)


def test_the_reconstruction_normalizes_without_anything_the_name_map_does_not_cover() -> None:
    normalized, report = regenerate.normalize_with_report(reconstruct_spec.build())
    # The map may hold more (what the vendor's document added); never less.
    assert report.new_operations == []
    assert report.new_schemas == []
    assert regenerate.normalize(normalized) == normalized


@pytest.mark.parametrize("spec", [SPEC, RECONSTRUCTED], ids=["vendored", "reconstructed"])
def test_operation_ids_are_unique_snake_case_with_one_group(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in _operations(spec)]
    assert len(ids) == len(set(ids))
    assert all(i == regenerate._names.snake(i) for i in ids)
    assert all(len(op["tags"]) == 1 for _, _, op in _operations(spec))
    assert {"list_debtors", "get_debtor", "create_debtor", "update_debtor"} <= set(ids)


@pytest.mark.parametrize("spec", [SPEC, RECONSTRUCTED], ids=["vendored", "reconstructed"])
def test_no_operation_takes_the_tenant_header(spec: dict[str, Any]) -> None:
    for _, _, op in _operations(spec):
        names = {p.get("name", p.get("$ref", "")).lower() for p in op.get("parameters", [])}
        assert not names & {"x-tenant-id", "x-tenantid", "#/components/parameters/tenantheader"}


def test_the_reconstruction_documents_the_tenant_header() -> None:
    assert "X-Tenant-Id" in RECONSTRUCTED["info"]["description"]


def test_list_endpoints_share_the_envelope_and_common_parameters() -> None:
    for path, method, op in _operations(RECONSTRUCTED):
        if method != "get" or path.endswith("}"):
            continue
        schema_ref = op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        envelope = RECONSTRUCTED["components"]["schemas"][schema_ref.rsplit("/", 1)[1]]
        assert set(envelope["properties"]) == {"_data", "_meta"}, path
        if "/" not in path.removeprefix("/v1/"):
            refs = {p.get("$ref", "").rsplit("/", 1)[-1] for p in op["parameters"]}
            assert {"Page", "PageSize", "Fields", "MetaOnly"} <= refs, path
            names = {p.get("name") for p in op["parameters"]}
            assert "orderBy" in names, path  # per collection: a pattern of its own fields


def test_writes_take_validate_only_and_required_fields_follow_the_facts() -> None:
    for _, method, op in _operations(RECONSTRUCTED):
        if method in {"post", "put"} and "application/json" in op["requestBody"]["content"]:
            refs = {p.get("$ref", "") for p in op["parameters"]}
            assert "#/components/parameters/ValidateOnly" in refs
    schemas = RECONSTRUCTED["components"]["schemas"]
    assert schemas["DebtorInput"]["required"] == ["debtorKindId"]
    assert schemas["CreditorInput"]["required"] == ["creditorKindId"]
    assert "required" not in schemas["Debtor"]
    ledger = RECONSTRUCTED["paths"]["/v1/ledgergrouped"]["get"]["parameters"]
    assert {"name": "Bookyear", "required": True}.items() <= next(
        p for p in ledger if p.get("name") == "Bookyear"
    ).items()


def test_every_schema_says_where_it_comes_from() -> None:
    for name, schema in RECONSTRUCTED["components"]["schemas"].items():
        assert schema.get("x-source"), name


def test_oauth_scheme_and_servers() -> None:
    flow = RECONSTRUCTED["components"]["securitySchemes"]["oauth2"]["flows"]["authorizationCode"]
    assert flow["tokenUrl"] == "https://identity-sandbox.asperion.nl/connect/token"
    assert {s["url"] for s in RECONSTRUCTED["servers"]} == {
        "https://api-sandbox.asperion.nl",
        "https://api.asperion.nl",
    }


@pytest.mark.parametrize(
    ("method", "path", "tag", "expected"),
    [
        ("get", "/v1/debtors", "Debtors", "list_debtors"),
        ("get", "/v1/debtors/{id}", "Debtors", "get_debtor"),
        ("post", "/v1/debtors", "Debtors", "create_debtor"),
        ("put", "/v1/debtors/{id}", "Debtors", "update_debtor"),
        ("delete", "/v1/debtors/{id}", "Debtors", "delete_debtor"),
        ("get", "/v1/debtors/{debtorId}/mandates", "Debtors", "list_debtor_mandates"),
        ("put", "/v1/debtors/{debtorId}/mandates/{id}", "Debtors", "update_debtor_mandate"),
        ("get", "/v1/countries", "Countries", "list_countries"),
        ("get", "/v1/vatcodes/{id}", "VatCodes", "get_vat_code"),
        ("get", "/v1/salesinvoiceswithlines/{id}", None, "get_salesinvoiceswithline"),
        (
            "get",
            "/v1/salesinvoiceswithlines/{id}",
            "SalesInvoicesWithLines",
            "get_sales_invoice_with_lines",
        ),
        ("post", "/v1/inboxfiles", "InboxFiles", "create_inbox_file"),
    ],
)
def test_operation_id_rule(method: str, path: str, tag: str | None, expected: str) -> None:
    assert regenerate.operation_id(method, path, tag) == expected
