"""Rebuild the reconstructed Asperion OpenAPI document from the gathered facts.

The vendor's Swagger JSON cannot be reached from our build machines, so the spec in
``openapi/`` is reconstructed from public facts (sources S1-S6 in
``shared/reference/asperion-api-facts.md``). This script is that reconstruction, written
as data: every resource, field, filter and write rule below carries its source or says
"assumed". It emits a *Swashbuckle-shaped* document (no operationIds, a tenant header on
every operation, as ASP.NET would publish it); ``scripts/regenerate.py --from-file``
then normalizes it exactly as it normalizes the live spec.

Usage::

    python scripts/reconstruct_spec.py --output /tmp/raw.json
    python scripts/regenerate.py --from-file /tmp/raw.json
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ASSUMED = "assumed: ASP.NET Core / Swashbuckle convention, no public source"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024

_TYPES: dict[str, dict[str, Any]] = {
    "int": {"type": "integer", "format": "int32"},
    "long": {"type": "integer", "format": "int64"},
    "str": {"type": "string"},
    "num": {"type": "number", "format": "double"},
    "bool": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
}


def _schema_type(spec: str) -> dict[str, Any]:
    """``"str?"`` -> a nullable string schema; ``"int"`` -> a non-null integer."""
    nullable = spec.endswith("?")
    base = dict(_TYPES[spec.rstrip("?")])
    if nullable:
        base["nullable"] = True
    return base


@dataclass
class Model:
    name: str
    fields: dict[str, str]
    source: str
    description: str = ""
    extra: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Resource:
    """One collection under ``/v1``.

    ``filters`` maps a PascalCase filter to its type; a trailing ``~`` on a string filter
    adds ``<Name>_comparison``, ``..`` on a type adds ``<Name>_from`` / ``<Name>_to``.
    """

    path: str
    tag: str
    model: str
    source: str
    filters: dict[str, str] = field(default_factory=dict)
    detail: bool = True
    writable: bool = False
    write_model: str | None = None
    required_filters: tuple[str, ...] = ()
    summary: str = ""
    id_type: str = "int"
    detail_source: str = ASSUMED
    """Source of ``GET /{id}``: most detail endpoints are named by no source."""
    update_source: str = ASSUMED
    """Source of ``PUT /{id}``: S1 says PUT updates, but names it for few resources."""


_ITEM_META = {"_meta": {"$ref": "#/components/schemas/ItemMeta"}}

MODELS: list[Model] = [
    Model(
        "Administration",
        {"id": "int", "name": "str?", "telephoneNumber": "str?", "email": "str?"},
        "S1, S3",
        "An administration (tenant) the user can access.",
    ),
    Model(
        "ApprovalRoute",
        {"id": "int", "description": "str?"},
        "S1",
        "An approval route for purchase invoices. Fields assumed: id, description.",
    ),
    Model(
        "Article",
        {
            "id": "int",
            "sku": "str?",
            "description": "str?",
            "salesTypeId": "int?",
            "price": "num?",
            "vatCode": "str?",
            "unit": "str?",
            "currentStock": "num?",
            "active": "bool?",
        },
        "S1, S5",
        "An article. currentStock is read-only (S1); inactive articles are listed only when "
        "filtering on ActiveState (S5). Fields other than currentStock and salesTypeId assumed.",
        extra={"currentStock": {"readOnly": True}},
    ),
    Model(
        "ArticleInput",
        {
            "sku": "str?",
            "description": "str?",
            "salesTypeId": "int?",
            "price": "num?",
            "vatCode": "str?",
            "unit": "str?",
            "active": "bool?",
        },
        "S1",
        "Create or update an article (currentStock cannot be written, S1). Fields assumed.",
    ),
    Model(
        "CostCenter",
        {"id": "int", "description": "str?", "conversionCode": "str?"},
        "S3",
    ),
    Model(
        "CostUnit",
        {
            "id": "int",
            "type": "str?",
            "description": "str?",
            "conversionCode": "str?",
            "costCenter": "int?",
        },
        "S3",
    ),
    Model(
        "Country",
        {"id": "int", "code": "str?", "name": "str?"},
        "S1",
        "A country Asperion supports. Fields assumed: id, code (ISO 3166-1 alpha-2), name.",
    ),
    Model(
        "Creditor",
        {
            "id": "int",
            "supplierNumber": "str?",
            "name": "str?",
            "creditorKindId": "str?",
            "iban": "str?",
            "bic": "str?",
            "cocNumber": "str?",
            "vatNumber": "str?",
            "address": "str?",
            "postCode": "str?",
            "city": "str?",
            "countryCode": "str?",
            "phoneNumber": "str?",
            "emailAddress": "str?",
            "paymentConditionId": "int?",
            "dateAdded": "datetime?",
            "dateLastChange": "datetime?",
            "blocked": "bool?",
        },
        "S1",
        "A creditor (supplier). creditorKindId is required on create (S1); other fields "
        "assumed to mirror Debtor.",
    ),
    Model(
        "CreditorInput",
        {
            "supplierNumber": "str?",
            "name": "str?",
            "creditorKindId": "str",
            "iban": "str?",
            "bic": "str?",
            "cocNumber": "str?",
            "vatNumber": "str?",
            "address": "str?",
            "postCode": "str?",
            "city": "str?",
            "countryCode": "str?",
            "phoneNumber": "str?",
            "emailAddress": "str?",
            "paymentConditionId": "int?",
            "blocked": "bool?",
        },
        "S1",
        "Create or update a creditor; creditorKindId is required (S1).",
    ),
    Model("CreditorKind", {"id": "str", "description": "str?"}, "S1", "Fields assumed."),
    Model(
        "Debtor",
        {
            "id": "int",
            "customerNumber": "str?",
            "name": "str?",
            "bban": "str?",
            "directDebit": "bool?",
            "iban": "str?",
            "bic": "str?",
            "cocNumber": "str?",
            "vatNumber": "str?",
            "city": "str?",
            "address": "str?",
            "addressLine2": "str?",
            "addressLine3": "str?",
            "attentionTo": "str?",
            "countryCode": "str?",
            "postCode": "str?",
            "debtorKindId": "str?",
            "paymentConditionId": "int?",
            "phoneNumber": "str?",
            "faxNumber": "str?",
            "mobileNumber": "str?",
            "emailAddress": "str?",
            "comments": "str?",
            "characteristic4": "str?",
            "characteristic5": "str?",
            "paymentMethodId": "str?",
            "dateAdded": "datetime?",
            "dateLastChange": "datetime?",
            "blocked": "bool?",
            "noReminder": "bool?",
        },
        "S3",
    ),
    Model(
        "DebtorInput",
        {
            "customerNumber": "str?",
            "name": "str?",
            "bban": "str?",
            "directDebit": "bool?",
            "iban": "str?",
            "bic": "str?",
            "cocNumber": "str?",
            "vatNumber": "str?",
            "city": "str?",
            "address": "str?",
            "addressLine2": "str?",
            "addressLine3": "str?",
            "attentionTo": "str?",
            "countryCode": "str?",
            "postCode": "str?",
            "debtorKindId": "str",
            "paymentConditionId": "int?",
            "phoneNumber": "str?",
            "faxNumber": "str?",
            "mobileNumber": "str?",
            "emailAddress": "str?",
            "comments": "str?",
            "characteristic4": "str?",
            "characteristic5": "str?",
            "paymentMethodId": "str?",
            "blocked": "bool?",
            "noReminder": "bool?",
        },
        "S1, S3",
        "Create or update a debtor; debtorKindId is required (S1).",
    ),
    Model("DebtorKind", {"id": "str", "description": "str?"}, "S1", "Fields assumed."),
    Model(
        "Mandate",
        {
            "id": "int",
            "debtorId": "int?",
            "reference": "str?",
            "signDate": "date?",
            "iban": "str?",
            "type": "str?",
            "active": "bool?",
        },
        "S1",
        "A SEPA direct-debit mandate; PUT updates signDate (S1). Other fields assumed.",
    ),
    Model(
        "MandateInput",
        {"reference": "str?", "signDate": "date?", "iban": "str?", "type": "str?"},
        "S1",
        "Create a mandate or update its signDate (S1). Fields other than signDate assumed.",
    ),
    Model(
        "InvoiceLine",
        {
            "id": "int",
            "bookingType": "str?",
            "articleSku": "str?",
            "quantity": "num?",
            "amount": "num?",
            "vatAmount": "num?",
            "vatCode": "str?",
            "description": "str?",
            "ledgerAccountId": "int?",
            "salesTypeId": "int?",
            "costCenterId": "int?",
            "costUnitId": "int?",
        },
        "S1, S3",
        "An invoice line. bookingType: A=article, V=sales type, G=ledger account, T=text (S1).",
    ),
    Model(
        "InvoiceLineInput",
        {
            "bookingType": "str?",
            "articleSku": "str?",
            "quantity": "num?",
            "amount": "num?",
            "vatAmount": "num?",
            "vatCode": "str?",
            "description": "str?",
            "ledgerAccountId": "int?",
            "salesTypeId": "int?",
            "costCenterId": "int?",
            "costUnitId": "int?",
        },
        "S1, S3",
        "A new invoice line. bookingType: A=article (needs articleSku), V=sales type, "
        "G=ledger account, T=text (S1).",
        # Optional, but never null: OpenAPI 3.0 admits null in an enum only when listed.
        extra={"bookingType": {"enum": ["A", "V", "G", "T"], "nullable": False}},
    ),
    Model(
        "DraftSalesInvoice",
        {
            "id": "int",
            "debtorId": "int?",
            "debtorCustomerNumber": "str?",
            "date": "date?",
            "description": "str?",
            "reference": "str?",
            "paymentConditionId": "int?",
            "paymentMethodId": "str?",
            "amountExclVat": "num?",
            "vatAmount": "num?",
            "amountInclVat": "num?",
        },
        "S1",
        "A draft (concept) sales invoice header; lines live at /lines (S1). Fields assumed "
        "to mirror SalesInvoice.",
    ),
    Model(
        "DraftSalesInvoiceInput",
        {
            "debtorId": "int?",
            "debtorCustomerNumber": "str?",
            "date": "date?",
            "description": "str?",
            "reference": "str?",
            "paymentConditionId": "int?",
            "paymentMethodId": "str?",
        },
        "S1",
        "Create or update a draft sales invoice header. Fields assumed.",
    ),
    Model(
        "SalesInvoice",
        {
            "id": "int",
            "amountExclVat": "num?",
            "amountInclVat": "num?",
            "vatAmount": "num?",
            "bookyear": "int?",
            "bookperiod": "int?",
            "debtorId": "int?",
            "debtorCustomerNumber": "str?",
            "date": "date?",
            "description": "str?",
            "invoiceNumber": "str?",
            "journalId": "str?",
            "status": "int?",
            "paymentConditionId": "int?",
            "paymentDueDate": "date?",
        },
        "S3",
        "A sales invoice header. status: 1 concept, 2 in journal entry, 3 in ledger, "
        "6 payable, 7 paid, 8 hold (S3).",
    ),
    Model(
        "SalesInvoiceInput",
        {
            "amountExclVat": "num?",
            "amountInclVat": "num?",
            "vatAmount": "num?",
            "bookyear": "int?",
            "bookperiod": "int?",
            "debtorId": "int?",
            "debtorCustomerNumber": "str?",
            "date": "date?",
            "description": "str?",
            "invoiceNumber": "str?",
            "journalId": "str?",
            "status": "int?",
            "paymentConditionId": "int?",
            "paymentDueDate": "date?",
        },
        "S1, S3",
        "Create or update a sales invoice header that is already coded elsewhere (S1); S3 "
        "sends status (1 concept ... 8 hold).",
    ),
    Model(
        "PurchaseInvoice",
        {
            "id": "int",
            "amountExclVat": "num?",
            "amountInclVat": "num?",
            "vatAmount": "num?",
            "bookyear": "int?",
            "bookperiod": "int?",
            "creditorId": "int?",
            "date": "date?",
            "description": "str?",
            "invoiceNumber": "str?",
            "journalId": "str?",
            "status": "int?",
            "approvalRouteId": "int?",
            "paymentConditionId": "int?",
            "paymentDueDate": "date?",
        },
        "S1",
        "A purchase invoice header; approvalRouteId is required when approval is on (S1). "
        "Other fields assumed to mirror SalesInvoice.",
    ),
    Model(
        "PurchaseInvoiceInput",
        {
            "amountExclVat": "num?",
            "amountInclVat": "num?",
            "vatAmount": "num?",
            "bookyear": "int?",
            "bookperiod": "int?",
            "creditorId": "int?",
            "date": "date?",
            "description": "str?",
            "invoiceNumber": "str?",
            "journalId": "str?",
            "approvalRouteId": "int?",
            "paymentConditionId": "int?",
            "paymentDueDate": "date?",
        },
        "S1",
        "Create or update a purchase invoice header. Fields assumed to mirror SalesInvoice.",
    ),
    Model(
        "SalesOrderLine",
        {
            "id": "int",
            "bookingType": "str?",
            "articleSku": "str?",
            "quantity": "num?",
            "price": "num?",
            "description": "str?",
        },
        "S1",
        "A sales order line: bookingType A (article, needs articleSku) or T (text) (S1).",
    ),
    Model(
        "SalesOrderLineInput",
        {
            "bookingType": "str",
            "articleSku": "str?",
            "quantity": "num?",
            "price": "num?",
            "description": "str?",
        },
        "S1",
        "A new sales order line: bookingType A (article, needs articleSku) or T (text) (S1).",
        extra={"bookingType": {"enum": ["A", "T"]}},
    ),
    Model(
        "JournalEntryLine",
        {
            "id": "int",
            "amount": "num?",
            "bookingDate": "date?",
            "creditorId": "int?",
            "debtorId": "int?",
            "purchaseInvoiceId": "int?",
            "salesInvoiceId": "int?",
            "description": "str?",
            "ledgerAccountId": "int?",
            "vatAmount": "num?",
            "vatCode": "str?",
            "costCenterId": "int?",
        },
        "S3",
        "A journal entry line. Positive amounts debit, negative amounts credit (assumed).",
    ),
    Model(
        "JournalEntryLineInput",
        {
            "amount": "num",
            "bookingDate": "date?",
            "creditorId": "int?",
            "debtorId": "int?",
            "purchaseInvoiceId": "int?",
            "salesInvoiceId": "int?",
            "description": "str?",
            "ledgerAccountId": "int?",
            "vatAmount": "num?",
            "vatCode": "str?",
            "costCenterId": "int?",
        },
        "S3",
        "A new journal entry line. Positive amounts debit, negative amounts credit (assumed); "
        "memorial lines must sum to zero (S1). S3 omits ledgerAccountId when empty, so it is "
        "not required.",
    ),
    Model(
        "JournalEntry",
        {
            "id": "int",
            "bookperiod": "int?",
            "bookyear": "int?",
            "date": "date?",
            "journalId": "str?",
            "openingBalance": "num?",
            "closingBalance": "num?",
            "description": "str?",
            "sourceDocumentNumber": "str?",
            "state": "int?",
        },
        "S3",
        "A journal entry header (memorial M or cash K journals only, S1).",
    ),
    Model(
        "JournalEntryInput",
        {
            "bookperiod": "int?",
            "bookyear": "int?",
            "date": "date?",
            "journalId": "str",
            "openingBalance": "num?",
            "closingBalance": "num?",
            "description": "str?",
            "sourceDocumentNumber": "str?",
            "state": "int?",
        },
        "S1, S3",
        "Create or update a journal entry header; cash (K) entries need openingBalance and "
        "closingBalance (S1); S3 sends state.",
    ),
    Model(
        "JournalEntryLogItem",
        {
            "id": "long",
            "journalEntryId": "int?",
            "changedDate": "datetime?",
            "action": "str?",
        },
        "S6",
        "One change of a journal entry. action tracks deletions (S6); the value set "
        "(Created, Modified, Deleted) is assumed.",
    ),
    Model(
        "Journal",
        {"id": "str", "description": "str?", "type": "str?"},
        "S3",
        "A journal. type: M=memorial, K=cash (S1, S3).",
    ),
    Model(
        "LedgerAccountClassification",
        {
            "id": "int",
            "code": "str?",
            "description": "str?",
            "rgsCode": "str?",
            "parentId": "int?",
            "level": "int?",
        },
        "S1",
        "A node of the chart of accounts with its RGS code (S1). Fields assumed.",
    ),
    Model(
        "LedgerAccount",
        {
            "id": "int",
            "type": "int?",
            "description": "str?",
            "vatCode": "str?",
            "disabled": "bool?",
            "rcsfi": "str?",
        },
        "S3",
    ),
    Model(
        "LedgerAccountType",
        {"id": "int", "description": "str?"},
        "S1",
        "A ledger account type. Fields assumed.",
    ),
    Model(
        "LedgerGroupedItem",
        {
            "ledgerAccountId": "int?",
            "ledgerAccountDescription": "str?",
            "bookyear": "int?",
            "bookperiod": "int?",
            "journalId": "str?",
            "balanceOrProfitLoss": "str?",
            "debit": "num?",
            "credit": "num?",
            "balance": "num?",
        },
        "S1, S6",
        "Balance of one ledger account for a period, optionally per journal (S1). Fields assumed.",
    ),
    Model(
        "OutstandingInvoice",
        {
            "id": "int",
            "invoiceId": "int?",
            "invoiceNumber": "str?",
            "date": "date?",
            "dueDate": "date?",
            "openAmount": "num?",
            "age": "int?",
            "daysOverdue": "int?",
            "relationId": "int?",
            "relationNumber": "str?",
            "relationName": "str?",
        },
        "S1",
        "An outstanding invoice: open amount, date, age, days overdue, and the debtor or "
        "creditor's id, number and name (S1). Field names assumed.",
    ),
    Model(
        "PaymentCondition",
        {"id": "int", "description": "str?", "days": "int?"},
        "S3",
        "A payment condition (id, description: S3; days assumed).",
    ),
    Model(
        "PaymentMethod",
        {"id": "str", "description": "str?"},
        "S1",
        "A payment method such as IDEAL, PayPal, on invoice, Bol.com, credit card (S1).",
    ),
    Model(
        "SalesType",
        {"id": "int", "description": "str?", "ledgerAccountId": "int?", "vatCode": "str?"},
        "S1",
        "A sales type: decides the ledger account sales are booked on (S1). Fields assumed.",
    ),
    Model(
        "VatCode",
        {
            "id": "str",
            "description": "str?",
            "salesCode": "bool?",
            "percentage": "num?",
            "isDefault": "bool?",
            "validFrom": "datetime?",
            "validUntil": "datetime?",
            "countryCode": "str?",
        },
        "S3",
    ),
    Model(
        "StoredFile",
        {
            "id": "str",
            "name": "str?",
            "type": "str?",
            "extension": "str?",
            "size": "long?",
            "createdOn": "datetime?",
            "fileUrl": "str?",
            "fullImageUrl": "str?",
            "thumbnail1Url": "str?",
            "thumbnail2Url": "str?",
            "thumbnail3Url": "str?",
        },
        "S3",
        "A stored file (PDF): the API's File object (S3), renamed so it does not shadow "
        "the generator's binary File type.",
    ),
]

_ALL = ("*",)
ASSUMED_FIELDS: dict[str, tuple[str, ...]] = {
    # Fields no source names, per model (``*``: every field but ``id``). Each gets
    # ``x-source: assumed``; the rest come from the source on the model.
    "ApprovalRoute": _ALL,
    "Article": ("sku", "description", "price", "vatCode", "unit"),
    "ArticleInput": ("sku", "description", "price", "vatCode", "unit"),
    "Country": _ALL,
    "Creditor": (
        "supplierNumber",
        "name",
        "iban",
        "bic",
        "cocNumber",
        "vatNumber",
        "address",
        "postCode",
        "city",
        "countryCode",
        "phoneNumber",
        "emailAddress",
        "paymentConditionId",
        "dateAdded",
        "dateLastChange",
        "blocked",
    ),
    "CreditorInput": (
        "supplierNumber",
        "name",
        "iban",
        "bic",
        "cocNumber",
        "vatNumber",
        "address",
        "postCode",
        "city",
        "countryCode",
        "phoneNumber",
        "emailAddress",
        "paymentConditionId",
        "blocked",
    ),
    "CreditorKind": _ALL,
    "DebtorKind": _ALL,
    "Mandate": ("debtorId", "reference", "iban", "type", "active"),
    "MandateInput": ("reference", "iban", "type"),
    "InvoiceLine": ("articleSku", "quantity", "salesTypeId"),
    "InvoiceLineInput": ("articleSku", "quantity", "salesTypeId"),
    "DraftSalesInvoice": _ALL,
    "DraftSalesInvoiceInput": _ALL,
    "PurchaseInvoice": (
        "amountExclVat",
        "amountInclVat",
        "vatAmount",
        "bookyear",
        "bookperiod",
        "date",
        "description",
        "invoiceNumber",
        "journalId",
        "status",
        "paymentConditionId",
        "paymentDueDate",
    ),
    "PurchaseInvoiceInput": (
        "amountExclVat",
        "amountInclVat",
        "vatAmount",
        "bookyear",
        "bookperiod",
        "date",
        "description",
        "invoiceNumber",
        "journalId",
        "paymentConditionId",
        "paymentDueDate",
    ),
    "SalesOrderLine": ("quantity", "price", "description"),
    "SalesOrderLineInput": ("quantity", "price", "description"),
    "SalesOrderHeader": _ALL,
    "SalesOrderHeaderInput": _ALL,
    "LedgerAccountClassification": ("code", "description", "parentId", "level"),
    "LedgerAccountType": _ALL,
    "LedgerGroupedItem": (
        "ledgerAccountId",
        "ledgerAccountDescription",
        "bookperiod",
        "debit",
        "credit",
        "balance",
    ),
    "OutstandingInvoice": _ALL,
    "PaymentCondition": ("days",),
    "PaymentMethod": _ALL,
    "SalesType": _ALL,
}


# Models whose items carry ``lines``: name -> (line model, base model to extend).
WITH_LINES: dict[str, tuple[str, str]] = {
    "DraftSalesInvoiceWithLines": ("InvoiceLine", "DraftSalesInvoice"),
    "DraftSalesInvoiceWithLinesInput": ("InvoiceLineInput", "DraftSalesInvoiceInput"),
    "SalesInvoiceWithLines": ("InvoiceLine", "SalesInvoice"),
    "SalesInvoiceWithLinesInput": ("InvoiceLineInput", "SalesInvoiceInput"),
    "PurchaseInvoiceWithLines": ("InvoiceLine", "PurchaseInvoice"),
    "PurchaseInvoiceWithLinesInput": ("InvoiceLineInput", "PurchaseInvoiceInput"),
    "JournalEntryWithLines": ("JournalEntryLine", "JournalEntry"),
    "JournalEntryWithLinesInput": ("JournalEntryLineInput", "JournalEntryInput"),
    "SalesOrderWithLines": ("SalesOrderLine", "SalesOrderHeader"),
    "SalesOrderWithLinesInput": ("SalesOrderLineInput", "SalesOrderHeaderInput"),
}

MODELS += [
    Model(
        "SalesOrderHeader",
        {
            "id": "int",
            "debtorId": "int?",
            "date": "date?",
            "reference": "str?",
            "description": "str?",
        },
        "S1",
        "A sales order (trade module only, S1). Header fields assumed.",
    ),
    Model(
        "SalesOrderHeaderInput",
        {"debtorId": "int", "date": "date?", "reference": "str?", "description": "str?"},
        "S1",
        "A new sales order: at least one line with bookingType A (S1). Header fields assumed.",
    ),
]

_STR = "str~"
RESOURCES: list[Resource] = [
    Resource(
        "administrations",
        "Administrations",
        "Administration",
        "S1, S3",
        {"Id": "int", "Name": _STR, "TelephoneNumber": _STR, "Email": _STR},
        summary="Administrations (tenants) the user can access.",
    ),
    Resource("approvalroutes", "ApprovalRoutes", "ApprovalRoute", "S1", {"Id": "int"}, False),
    Resource(
        "articles",
        "Articles",
        "Article",
        "S1, S5",
        {"Id": "int", "Sku": _STR, "Description": _STR, "SalesTypeId": "int", "ActiveState": "str"},
        writable=True,
        write_model="ArticleInput",
    ),
    Resource(
        "costcenters",
        "CostCenters",
        "CostCenter",
        "S3",
        {"Id": "int", "Description": _STR, "ConversionCode": _STR},
    ),
    Resource(
        "costunits",
        "CostUnits",
        "CostUnit",
        "S3",
        {
            "Id": "int",
            "Type": _STR,
            "Description": _STR,
            "ConversionCode": _STR,
            "CostCenter": "int",
        },
    ),
    Resource("countries", "Countries", "Country", "S1", {"Code": _STR, "Name": _STR}, False),
    Resource(
        "creditors",
        "Creditors",
        "Creditor",
        "S1",
        {
            "Id": "int",
            "SupplierNumber": _STR,
            "Name": _STR,
            "City": _STR,
            "CreditorKindId": "str",
            "DateAdded": "date..",
        },
        writable=True,
        write_model="CreditorInput",
    ),
    Resource("creditorkinds", "CreditorKinds", "CreditorKind", "S1", {}, False),
    Resource(
        "debtors",
        "Debtors",
        "Debtor",
        "S3",
        {
            "Id": "int",
            "CustomerNumber": _STR,
            "Name": _STR,
            "Bban": _STR,
            "DirectDebit": "bool",
            "Iban": _STR,
            "Bic": _STR,
            "CocNumber": _STR,
            "VatNumber": _STR,
            "City": _STR,
            "Address": _STR,
            "AddressLine2": _STR,
            "AddressLine3": _STR,
            "AttentionTo": _STR,
            "CountryCode": _STR,
            "PostCode": _STR,
            "DebtorKindId": "str",
            "PaymentConditionId": "int",
            "PhoneNumber": _STR,
            "FaxNumber": _STR,
            "MobileNumber": _STR,
            "EmailAddress": _STR,
            "Comments": _STR,
            "Characteristic4": _STR,
            "Characteristic5": _STR,
            "PaymentMethodId": "str",
            "DateAdded": "date..",
            "Blocked": "bool",
            "NoReminder": "bool",
        },
        writable=True,
        write_model="DebtorInput",
    ),
    Resource("debtorkinds", "DebtorKinds", "DebtorKind", "S1", {}, False),
    Resource(
        "draftsalesinvoices",
        "DraftSalesInvoices",
        "DraftSalesInvoice",
        "S1",
        {"Id": "int", "DebtorId": "int", "Date": "date..", "Description": _STR},
        writable=True,
        write_model="DraftSalesInvoiceInput",
    ),
    Resource(
        "draftsalesinvoiceswithlines",
        "DraftSalesInvoicesWithLines",
        "DraftSalesInvoiceWithLines",
        "S1",
        {"Id": "int", "DebtorId": "int", "Date": "date..", "Description": _STR},
        writable=True,
        write_model="DraftSalesInvoiceWithLinesInput",
    ),
    Resource(
        "inboxfiles",
        "InboxFiles",
        "StoredFile",
        "S1",
        {"Name": _STR, "CreatedOn": "date.."},
        detail=False,
    ),
    Resource("journals", "Journals", "Journal", "S3", {"Id": "str", "Type": "str"}, id_type="str"),
    Resource(
        "journalentrylog",
        "JournalEntryLog",
        "JournalEntryLogItem",
        "S6",
        {"JournalEntryId": "int", "ChangedDate": "datetime..", "Action": "str"},
        False,
        summary="Change log of journal entries for incremental sync (S6).",
    ),
    Resource(
        "journalentries",
        "JournalEntries",
        "JournalEntry",
        "S1, S3",
        {
            "Id": "int",
            "BookPeriod": "int",
            "BookYear": "int",
            "Date": "date..",
            "JournalId": "str",
            "Description": _STR,
            "SourceDocumentNumber": _STR,
            "Status": "int",
            "State": "int",
        },
        writable=True,
        write_model="JournalEntryInput",
    ),
    Resource(
        "journalentrieswithlines",
        "JournalEntriesWithLines",
        "JournalEntryWithLines",
        "S1, S3",
        {
            "Id": "int",
            "BookPeriod": "int",
            "BookYear": "int",
            "Date": "date..",
            "JournalId": "str",
            "Description": _STR,
            "SourceDocumentNumber": _STR,
            "Status": "int",
            "State": "int",
        },
        writable=True,
        write_model="JournalEntryWithLinesInput",
    ),
    Resource(
        "ledgeraccountclassifications",
        "LedgerAccountClassifications",
        "LedgerAccountClassification",
        "S1",
        {"Code": _STR, "RgsCode": _STR},
        False,
    ),
    Resource(
        "ledgeraccounts",
        "LedgerAccounts",
        "LedgerAccount",
        "S1, S3",
        {"Id": "int", "Type": "int", "Description": _STR, "Disabled": "bool"},
        detail_source="S1",
    ),
    Resource(
        "ledgeraccounttypes",
        "LedgerAccountTypes",
        "LedgerAccountType",
        "S1",
        {"Id": "int", "Description": _STR},
        detail_source="S1",
    ),
    Resource(
        "ledgergrouped",
        "LedgerGrouped",
        "LedgerGroupedItem",
        "S1, S6",
        {
            "Bookyear": "int",
            "Bookperiod": "int..",
            "BalanceOrProfitLoss": "str",
            "JournalId": "str",
            "GroupByJournal": "bool",
        },
        False,
        required_filters=("Bookyear",),
        summary="Balance per ledger account for a period; Bookyear is required (S1).",
    ),
    Resource(
        "outstandingpurchaseinvoices",
        "OutstandingPurchaseInvoices",
        "OutstandingInvoice",
        "S1",
        {"RelationId": "int", "RelationName": _STR, "DaysOverdue": "int.."},
        False,
    ),
    Resource(
        "outstandingsalesinvoices",
        "OutstandingSalesInvoices",
        "OutstandingInvoice",
        "S1",
        {"RelationId": "int", "RelationName": _STR, "DaysOverdue": "int.."},
        False,
    ),
    Resource(
        "paymentconditions",
        "PaymentConditions",
        "PaymentCondition",
        "S3",
        {"Id": "int", "Description": _STR},
        False,
    ),
    Resource("paymentmethod", "PaymentMethod", "PaymentMethod", "S1", {"Id": "str"}, False),
    Resource(
        "purchaseinvoices",
        "PurchaseInvoices",
        "PurchaseInvoice",
        "S1",
        {
            "Id": "int",
            "CreditorId": "int",
            "Date": "date..",
            "InvoiceNumber": _STR,
            "JournalId": "str",
            "Status": "int",
            "Bookyear": "int",
            "Bookperiod": "int",
        },
        writable=True,
        write_model="PurchaseInvoiceInput",
    ),
    Resource(
        "purchaseinvoiceswithlines",
        "PurchaseInvoicesWithLines",
        "PurchaseInvoiceWithLines",
        "S1",
        {
            "Id": "int",
            "CreditorId": "int",
            "Date": "date..",
            "InvoiceNumber": _STR,
            "JournalId": "str",
            "Status": "int",
            "Bookyear": "int",
            "Bookperiod": "int",
        },
        writable=True,
        write_model="PurchaseInvoiceWithLinesInput",
    ),
    Resource(
        "salesinvoices",
        "SalesInvoices",
        "SalesInvoice",
        "S3",
        {
            "Id": "int",
            "AmountExclVat": "num",
            "AmountInclVat": "num",
            "Bookyear": "int",
            "Bookperiod": "int",
            "CostCenterId": "int",
            "DebtorCustomerNumber": _STR,
            "Date": "date..",
            "DebtorId": "int",
            "Description": _STR,
            "InvoiceNumber": _STR,
            "JournalId": "str",
            "Status": "int",
            "PaymentConditionId": "int",
            "VatAmount": "num",
        },
        writable=True,
        write_model="SalesInvoiceInput",
    ),
    Resource(
        "salesinvoiceswithlines",
        "SalesInvoicesWithLines",
        "SalesInvoiceWithLines",
        "S3",
        {
            "Id": "int",
            "AmountExclVat": "num",
            "AmountInclVat": "num",
            "Bookyear": "int",
            "Bookperiod": "int",
            "CostCenterId": "int",
            "DebtorCustomerNumber": _STR,
            "Date": "date..",
            "DebtorId": "int",
            "Description": _STR,
            "InvoiceNumber": _STR,
            "JournalId": "str",
            "Status": "int",
            "PaymentConditionId": "int",
            "VatAmount": "num",
        },
        writable=True,
        write_model="SalesInvoiceWithLinesInput",
    ),
    Resource(
        "salesorderwithlines",
        "SalesOrderWithLines",
        "SalesOrderWithLines",
        "S1",
        {"Id": "int", "DebtorId": "int", "Date": "date.."},
        writable=True,
        write_model="SalesOrderWithLinesInput",
    ),
    Resource("salestypes", "SalesTypes", "SalesType", "S1", {"Id": "int"}, False),
    Resource(
        "vatcodes",
        "VatCodes",
        "VatCode",
        "S3",
        {"Id": "str", "SalesCode": "bool", "CountryCode": _STR},
        id_type="str",
    ),
]


_MODEL_BY_NAME = {model.name: model for model in MODELS}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _model_schema(model: Model) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    assumed = ASSUMED_FIELDS.get(model.name, ())
    for name, type_spec in model.fields.items():
        prop = _schema_type(type_spec)
        prop.update(model.extra.get(name, {}))
        if name in assumed or (assumed == _ALL and name != "id"):
            prop["x-source"] = "assumed"
        properties[name] = prop
        if model.name.endswith("Input") and not type_spec.endswith("?"):
            required.append(name)
    if not model.name.endswith("Input"):
        properties.update(_ITEM_META)
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "additionalProperties": True,
        "x-source": model.source,
    }
    if required:
        schema["required"] = required
    if model.description:
        schema["description"] = model.description
    return schema


def _with_lines_schema(name: str, line: str, base: str) -> dict[str, Any]:
    """Header and lines; the lines travel in the list envelope, in requests as in answers
    (S3: ``{"lines": {"_data": [...], "_meta": {...}}}``, one generic collection type)."""
    lines = _ref(f"{line}Collection")
    schema: dict[str, Any] = {
        "allOf": [
            _ref(base),
            {"type": "object", "properties": {"lines": lines}, "additionalProperties": True},
        ],
        "x-source": "S1, S3",
        "description": f"{base} with its lines in one document; the lines are wrapped in "
        "the list envelope {_data, _meta} (S3).",
    }
    return schema


def _collection_schema(item: str, *, full_meta: bool) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "_data": {"type": "array", "items": _ref(item)},
            "_meta": _ref("Meta"),
        },
        "additionalProperties": True,
        "x-source": "S3",
        "description": (
            f"A page of {item} items in the list envelope."
            if full_meta
            else f"{item} items in the list envelope, as *withlines bodies carry their lines "
            "in requests and answers (S3)."
        ),
    }


def _shared_schemas() -> dict[str, Any]:
    nullable_str = {"type": "string", "nullable": True}
    return {
        "Meta": {
            "type": "object",
            "description": "The list envelope's _meta (also of embedded lines, S3).",
            "x-source": "S3",
            "additionalProperties": True,
            "properties": {
                "administrationId": {"type": "integer", "format": "int32", "nullable": True},
                "administrationName": nullable_str,
                "profileName": nullable_str,
                "previousPage": {**nullable_str, "description": "Absolute URL, or null."},
                "nextPage": {**nullable_str, "description": "Absolute URL with page=N, or null."},
                "totalCount": {"type": "integer", "format": "int32"},
                "pageCount": {"type": "integer", "format": "int32"},
                "self": nullable_str,
            },
        },
        "ItemMeta": {
            "type": "object",
            "description": "An item's own _meta: its administration and its URL.",
            "x-source": "S3",
            "additionalProperties": True,
            "properties": {
                "administrationId": {"type": "integer", "format": "int32", "nullable": True},
                "administrationName": nullable_str,
                "profileName": nullable_str,
                "self": nullable_str,
            },
        },
        "ProblemDetails": {
            "type": "object",
            "description": "RFC 7807 problem, as ASP.NET Core sends it.",
            "x-source": "S3",
            "additionalProperties": True,
            "properties": {
                "type": nullable_str,
                "title": nullable_str,
                "status": {"type": "integer", "format": "int32", "nullable": True},
                "detail": nullable_str,
                "instance": nullable_str,
                "traceId": nullable_str,
            },
        },
        "ValidationProblemDetails": {
            "allOf": [
                _ref("ProblemDetails"),
                {
                    "type": "object",
                    "properties": {
                        "errors": {
                            "type": "object",
                            "nullable": True,
                            "additionalProperties": {"type": "array", "items": {"type": "string"}},
                        }
                    },
                    "additionalProperties": True,
                },
            ],
            "description": "A problem with field errors: field -> messages.",
            "x-source": "S3",
        },
        "StringComparison": {
            "type": "string",
            "enum": ["Contains", "Equals", "NotEquals", "StartsWith", "EndsWith"],
            "description": "How a string filter matches; Contains is the default.",
            "x-source": "S3",
        },
        "FileUpload": {
            "type": "object",
            "required": ["File"],
            "properties": {
                "File": {
                    "type": "string",
                    "format": "binary",
                    "maxLength": MAX_UPLOAD_BYTES,
                    "description": "The PDF, at most 5 MB (S1); its content type is sniffed "
                    "from the bytes (S3), anything but a PDF is refused.",
                }
            },
            "description": "A PDF in a multipart form, in the part named File (S3).",
            "x-source": "S1, S3",
        },
    }


def _param(name: str, schema: dict[str, Any], description: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "description": description, "schema": schema, **extra}


def _order_by(model: str) -> dict[str, Any]:
    """``orderBy`` for one collection: its fields in PascalCase, each optionally followed by
    ``asc``/``desc``, comma-separated. The grammar is assumed; the API refuses other names."""
    fields = _MODEL_BY_NAME[WITH_LINES.get(model, (model, model))[1]].fields
    names = "|".join(name[0].upper() + name[1:] for name in fields)
    key = f"({names})( (asc|desc))?"
    return _param(
        "orderBy",
        {"type": "string", "pattern": f"^{key}(,{key})*$"},
        "Fields to order by, e.g. `Name` or `Date desc,Id` (grammar assumed).",
    )


def _list_parameters(resource: Resource) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = [
        {"$ref": f"#/components/parameters/{p}"} for p in _COMMON_LIST_PARAMS
    ]
    params.append(_order_by(resource.model))
    for name, type_spec in resource.filters.items():
        comparison = type_spec.endswith("~")
        ranged = type_spec.endswith("..")
        base = type_spec.rstrip("~.")
        schema = dict(_TYPES[base])
        required = name in resource.required_filters
        if ranged:
            params.append(_param(name, schema, f"Filter on {name}."))
            params.append(_param(f"{name}_from", schema, f"{name} on or after this value."))
            params.append(_param(f"{name}_to", schema, f"{name} on or before this value."))
        else:
            extra = {"required": True} if required else {}
            params.append(_param(name, schema, f"Filter on {name}.", **extra))
        if comparison:
            params.append(
                _param(
                    f"{name}_comparison",
                    _ref("StringComparison"),
                    f"How {name} matches (default Contains).",
                )
            )
    return params


_COMMON_LIST_PARAMS = ("Page", "PageSize", "Fields", "MetaOnly")


def _common_parameters() -> dict[str, Any]:
    return {
        "Page": _param(
            "page",
            {"type": "integer", "format": "int32", "minimum": 1, "default": 1},
            "1-based page number.",
        ),
        "PageSize": _param(
            "pageSize",
            {"type": "integer", "format": "int32", "minimum": 1, "maximum": 100},
            "Items per page. Maximum assumed: 100.",
        ),
        "Fields": _param("fields", {"type": "string"}, "Comma-separated projection, e.g. Id,Name."),
        "MetaOnly": _param("metaOnly", {"type": "boolean"}, "Only return _meta (counts)."),
        "ValidateOnly": _param(
            "validateOnly",
            {"type": "boolean"},
            "Validate the request without saving it: the answer is the checked item, without "
            "an id or a self link.",
        ),
        "TenantHeader": {
            "name": "X-Tenant-Id",
            "in": "header",
            "required": False,
            "description": "The administration to act on; the user's default without it.",
            "schema": {"type": "integer", "format": "int32"},
        },
    }


def _json_response(schema: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


_ERRORS = {
    "400": {"$ref": "#/components/responses/BadRequest"},
    "401": {"$ref": "#/components/responses/Unauthorized"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "429": {"$ref": "#/components/responses/TooManyRequests"},
}
_NOT_FOUND = {"404": {"$ref": "#/components/responses/NotFound"}}
_UNPROCESSABLE = {"422": {"$ref": "#/components/responses/UnprocessableEntity"}}


def _error_responses() -> dict[str, Any]:
    def problem(description: str, schema: str = "ProblemDetails") -> dict[str, Any]:
        return {
            "description": description,
            "content": {"application/problem+json": {"schema": _ref(schema)}},
        }

    return {
        "BadRequest": problem(
            "The request does not match this document (types, formats, ranges, required).",
            "ValidationProblemDetails",
        ),
        "UnprocessableEntity": problem(
            "The request is well-formed but breaks a business rule: an unknown reference "
            "(debtor, customer number, journal, ledger account, cost center, kind), a memorial "
            "entry that does not balance, a file that is not a PDF. Status assumed.",
            "ValidationProblemDetails",
        ),
        "Unauthorized": {"description": "Missing, expired or revoked access token."},
        "Forbidden": problem("The user has no access to the administration."),
        "NotFound": problem("No such item."),
        "TooManyRequests": {
            "description": "Rate limited (assumed); Retry-After says when to try again.",
            "headers": {"Retry-After": {"schema": {"type": "string"}}},
        },
    }


def _tenant() -> list[dict[str, Any]]:
    return [{"$ref": "#/components/parameters/TenantHeader"}]


def _write_op(
    resource: Resource, verb: str, extra_params: list[Any], source: str | None = None
) -> dict[str, Any]:
    assert resource.write_model is not None
    ok = _json_response(
        resource.model,
        f"The {verb} {resource.model}; with validateOnly, the checked item without id and "
        "without a self link (nothing is stored).",
    )
    responses: dict[str, Any] = {"200": ok}
    if verb == "created":
        responses["201"] = ok
    responses.update(_ERRORS)
    responses.update(_UNPROCESSABLE)
    if verb == "updated" or extra_params:
        responses.update(_NOT_FOUND)
    return {
        "tags": [resource.tag],
        "parameters": [
            *_tenant(),
            *extra_params,
            {"$ref": "#/components/parameters/ValidateOnly"},
        ],
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": _ref(resource.write_model)}},
        },
        "responses": responses,
        "x-source": source or resource.source,
    }


def _id_param(name: str = "id", type_name: str = "int") -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": dict(_TYPES[type_name])}


def _resource_paths(resource: Resource) -> dict[str, Any]:
    collection = f"/v1/{resource.path}"
    list_name = f"{resource.model}Collection"
    paths: dict[str, Any] = {
        collection: {
            "get": {
                "tags": [resource.tag],
                "summary": resource.summary or f"List {resource.tag}.",
                "parameters": [*_tenant(), *_list_parameters(resource)],
                "responses": {"200": _json_response(list_name, "One page."), **_ERRORS},
                "x-source": resource.source,
            }
        }
    }
    if resource.writable:
        paths[collection]["post"] = _write_op(resource, "created", [])
    if resource.detail:
        item = f"{collection}/{{id}}"
        paths[item] = {
            "get": {
                "tags": [resource.tag],
                "summary": f"One {resource.model} by id.",
                "parameters": [*_tenant(), _id_param(type_name=resource.id_type)],
                "responses": {
                    "200": _json_response(resource.model, f"The {resource.model}."),
                    **_ERRORS,
                    **_NOT_FOUND,
                },
                "x-source": resource.detail_source,
            }
        }
        if resource.writable:
            paths[item]["put"] = _write_op(
                resource, "updated", [_id_param()], resource.update_source
            )
    return paths


def _pdf_download(tag: str, source: str, summary: str) -> dict[str, Any]:
    return {
        "get": {
            "tags": [tag],
            "summary": summary,
            "parameters": [*_tenant(), _id_param(type_name="str")],
            "responses": {
                "200": {
                    "description": "The PDF.",
                    "content": {
                        "application/pdf": {"schema": {"type": "string", "format": "binary"}}
                    },
                },
                **_ERRORS,
                **_NOT_FOUND,
            },
            "x-source": source,
        }
    }


def _pdf_upload(tag: str, source: str, summary: str, *, with_id: bool) -> dict[str, Any]:
    params: list[Any] = [*_tenant()]
    if with_id:
        params.append(_id_param())
    params.append({"$ref": "#/components/parameters/ValidateOnly"})
    ok = _json_response(
        "StoredFile",
        "The stored file; with validateOnly, the checked file without id or URLs.",
    )
    responses: dict[str, Any] = {
        "200": ok,
        "201": ok,
        **_ERRORS,
        "413": {"description": "The file is larger than 5 MB (S1)."},
        **_UNPROCESSABLE,
    }
    if with_id:
        responses.update(_NOT_FOUND)
    return {
        "tags": [tag],
        "summary": summary,
        "parameters": params,
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": _ref("FileUpload"),
                    "encoding": {"File": {"contentType": "application/pdf"}},
                }
            },
        },
        "responses": responses,
        "x-source": source,
    }


def _sub_collection(
    parent: str,
    parent_param: str,
    child: str,
    tag: str,
    item: str,
    write_model: str,
    source: str,
    summary: str,
    update_source: str = ASSUMED,
) -> dict[str, Any]:
    base = f"/v1/{parent}/{{{parent_param}}}/{child}"
    parent_id = _id_param(parent_param)
    writer = Resource(child, tag, item, source, writable=True, write_model=write_model)
    paging = [{"$ref": f"#/components/parameters/{name}"} for name in ("Page", "PageSize")]
    return {
        base: {
            "get": {
                "tags": [tag],
                "summary": summary,
                "parameters": [*_tenant(), parent_id, *paging],
                "responses": {
                    "200": _json_response(f"{item}Collection", f"The {child} of one parent."),
                    **_ERRORS,
                    **_NOT_FOUND,
                },
                "x-source": source,
            },
            "post": _write_op(writer, "created", [parent_id]),
        },
        f"{base}/{{id}}": {
            "put": _write_op(writer, "updated", [parent_id, _id_param()], update_source)
        },
    }


def build() -> dict[str, Any]:
    schemas = _shared_schemas()
    for model in MODELS:
        schemas[model.name] = _model_schema(model)
    for name, (line, base) in WITH_LINES.items():
        schemas[name] = _with_lines_schema(name, line, base)
    lines = {line for line, _ in WITH_LINES.values()}
    collections = {r.model for r in RESOURCES} | lines | {"Mandate"}
    for item in sorted(collections):
        full = item not in lines
        schemas[f"{item}Collection"] = _collection_schema(item, full_meta=full)

    paths: dict[str, Any] = {}
    for resource in RESOURCES:
        paths.update(_resource_paths(resource))
    paths.update(
        _sub_collection(
            "debtors",
            "debtorId",
            "mandates",
            "Debtors",
            "Mandate",
            "MandateInput",
            "S1",
            "SEPA mandates of one debtor.",
            update_source="S1",
        )
    )
    paths.update(
        _sub_collection(
            "draftsalesinvoices",
            "invoiceId",
            "lines",
            "DraftSalesInvoices",
            "InvoiceLine",
            "InvoiceLineInput",
            "S1",
            "Lines of one draft sales invoice.",
        )
    )
    paths["/v1/files/{id}"] = _pdf_download("Files", "S1", "Download a PDF by id.")
    paths["/v1/inboxfiles/{id}"] = _pdf_download("InboxFiles", "S1", "Download an inbox PDF.")
    paths["/v1/inboxfiles"]["post"] = _pdf_upload(
        "InboxFiles", "S1", "Add a PDF (max 5 MB) to the inbox.", with_id=False
    )
    for parent, tag, source in (
        ("salesinvoices", "SalesInvoices", "S1"),
        ("purchaseinvoices", "PurchaseInvoices", "S1"),
        ("salesinvoiceswithlines", "SalesInvoicesWithLines", "S3"),
    ):
        paths[f"/v1/{parent}/{{id}}/file"] = {
            "post": _pdf_upload(tag, source, "Attach a PDF (max 5 MB).", with_id=True)
        }

    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Asperion REST API",
            "version": "v1",
            "description": _INFO,
            "x-reconstructed": True,
        },
        "servers": [
            {"url": "https://api-sandbox.asperion.nl", "description": "Sandbox"},
            {"url": "https://api.asperion.nl", "description": "Production"},
        ],
        "security": [{"oauth2": []}],
        "tags": [{"name": r.tag} for r in RESOURCES] + [{"name": "Files"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "parameters": _common_parameters(),
            "responses": _error_responses(),
            "securitySchemes": {
                "oauth2": {
                    "type": "oauth2",
                    "description": "Authorization code flow; client credentials in the form "
                    "body; refresh tokens may rotate (S2, S4).",
                    "flows": {
                        "authorizationCode": {
                            "authorizationUrl": (
                                "https://identity-sandbox.asperion.nl/connect/authorize"
                            ),
                            "tokenUrl": "https://identity-sandbox.asperion.nl/connect/token",
                            "refreshUrl": "https://identity-sandbox.asperion.nl/connect/token",
                            "scopes": {"*": "Full access (S3 requests it; optional, S4)."},
                        }
                    },
                }
            },
        },
    }


_INFO = """\
Reconstructed from public sources (see x-source on each schema and operation: S1 the vendor's
endpoint list, S2 the vendor's API help page, S3 a public Go client, S4 a public OAuth provider
config, S5 the vendor's English endpoint page, S6 the vendor's large-dataset guide). Anything
marked "assumed" follows the ASP.NET Core / Swashbuckle convention where no source says more.

Tenant selection: every request acts on the user's default administration unless it sends the
header `X-Tenant-Id: <administration id>` (some vendor pages spell it `X-TenantId`). The header
is set per request by the asperion-async facade, so it is not a parameter of the generated
operations.

Lists come in a `_data`/`_meta` envelope with absolute `nextPage`/`previousPage` URLs.
`Accept-Language` (nl-NL, en-US) selects the language of error messages. Amounts are JSON numbers;
convert with `Decimal(str(x))` where exact decimals matter."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, help="write here instead of standard output")
    args = parser.parse_args(argv)
    text = json.dumps(build(), indent=2, ensure_ascii=False) + "\n"
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
