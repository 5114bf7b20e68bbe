"""Valid request bodies per collection, as a user of the API would write them."""

from __future__ import annotations

from typing import Any

BALANCED_LINES = [
    {"amount": 121.0, "ledgerAccountId": 4200, "description": "Kantoorkosten"},
    {"amount": -121.0, "ledgerAccountId": 1100, "description": "Bank"},
]
INVOICE_LINES = [
    {
        "amount": 100.0,
        "vatAmount": 21.0,
        "vatCode": "VH",
        "ledgerAccountId": 8000,
        "description": "Adviesuren",
        "bookingType": "G",
    }
]


def envelope(lines: list[dict[str, Any]]) -> dict[str, Any]:
    """Lines as *withlines bodies carry them: in the list envelope (S3)."""
    return {"_data": lines}


VALID: dict[str, dict[str, Any]] = {
    "debtors": {
        "name": "Bakkerij de Jong B.V.",
        "debtorKindId": "DEB",
        "city": "Utrecht",
        "postCode": "3511 AB",
        "iban": "NL91ABNA0417164300",
    },
    "creditors": {"name": "Drukkerij Visser", "creditorKindId": "CRED", "city": "Zwolle"},
    "debtors/mandates": {
        "reference": "MND-1",
        "signDate": "2024-01-01",
        "iban": "NL91ABNA0417164300",
    },
    "articles": {"description": "Koffiebonen 1 kg", "salesTypeId": 1},
    "journalentries": {
        "journalId": "MEM",
        "date": "2024-03-01",
        "description": "Correctie",
        "lines": BALANCED_LINES,
    },
    "journalentrieswithlines": {
        "journalId": "MEM",
        "date": "2024-03-01",
        "description": "Correctie",
        "lines": envelope(BALANCED_LINES),
    },
    "salesinvoices": {
        "debtorId": 1,
        "date": "2024-03-01",
        "description": "Maart",
        "lines": INVOICE_LINES,
    },
    "salesinvoiceswithlines": {
        "debtorId": 1,
        "date": "2024-03-01",
        "lines": envelope(INVOICE_LINES),
    },
    "purchaseinvoices": {"creditorId": 1, "date": "2024-03-01", "lines": INVOICE_LINES},
    "purchaseinvoiceswithlines": {
        "creditorId": 1,
        "date": "2024-03-01",
        "lines": envelope(INVOICE_LINES),
    },
    "draftsalesinvoices": {"debtorId": 1, "date": "2024-03-01", "description": "Concept"},
    "draftsalesinvoiceswithlines": {
        "debtorId": 1,
        "date": "2024-03-01",
        "lines": envelope(INVOICE_LINES),
    },
    "draftsalesinvoices/lines": {"bookingType": "T", "description": "Tekstregel"},
    "salesorderwithlines": {
        "debtorId": 1,
        "date": "2024-03-01",
        "lines": envelope([{"bookingType": "A", "articleSku": "ART-00001", "quantity": 2}]),
    },
}
