"""Business rules the API enforces beyond the schema, reported as ProblemDetails field errors.

A request can match the spec and still be refused: it names a debtor, customer number,
journal, ledger account or cost center the administration does not have, or a memorial
entry does not balance. The emulator answers those 422 (the spec's UnprocessableEntity);
what the schema itself rules out is a 400.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._generators import customer_number_id
from ._spec import JSONDict

if TYPE_CHECKING:
    from ._tenants import Tenant

Errors = dict[str, list[str]]


def business_errors(storage: str, item: JSONDict, tenant: Tenant) -> Errors:
    errors: Errors = {}
    if storage == "debtors":
        _reference(errors, tenant, item, "debtorKindId", "debtorkinds")
    elif storage == "creditors":
        _reference(errors, tenant, item, "creditorKindId", "creditorkinds")
    elif storage == "journalentries":
        _journal_entry(errors, tenant, item)
    elif storage == "salesorderwithlines":
        _sales_order(errors, item)
    if storage in ("salesinvoices", "draftsalesinvoices", "salesorderwithlines"):
        _reference(errors, tenant, item, "debtorId", "debtors", required=False)
    if storage in ("salesinvoices", "draftsalesinvoices"):
        _customer_number(errors, tenant, item)
    if storage == "purchaseinvoices":
        _reference(errors, tenant, item, "creditorId", "creditors", required=False)
    if storage.endswith("/lines"):
        _line_references(errors, tenant, item, "")
    for n, line in enumerate(_lines(item)):
        _line_references(errors, tenant, line, f"lines[{n}].")
    return errors


def _lines(item: JSONDict) -> list[JSONDict]:
    return [line for line in item.get("lines") or [] if isinstance(line, dict)]


def _line_references(errors: Errors, tenant: Tenant, line: JSONDict, prefix: str) -> None:
    for key, collection in (("ledgerAccountId", "ledgeraccounts"), ("costCenterId", "costcenters")):
        value = line.get(key)
        if value is not None and tenant.collection(collection).get(value) is None:
            errors.setdefault(prefix + key, []).append(f"Unknown {key} '{value}'.")


def _customer_number(errors: Errors, tenant: Tenant, item: JSONDict) -> None:
    number = item.get("debtorCustomerNumber")
    if number is None:
        return
    debtors = tenant.collection("debtors")
    guess = customer_number_id(str(number))
    seeded = None if guess is None else debtors.get(guess)
    if seeded is not None and seeded.get("customerNumber") == number:
        return
    if any(d.get("customerNumber") == number for d in debtors.written()):
        return
    errors.setdefault("debtorCustomerNumber", []).append(
        f"Unknown debtorCustomerNumber '{number}'."
    )


def _reference(
    errors: Errors, tenant: Tenant, item: JSONDict, key: str, collection: str, required: bool = True
) -> None:
    value = item.get(key)
    if value is None:
        if required:
            errors.setdefault(key, []).append(f"The {key} field is required.")
        return
    if tenant.collection(collection).get(value) is None:
        errors.setdefault(key, []).append(f"Unknown {key} '{value}'.")


def _cents(value: Any) -> int:
    try:
        return round(float(value or 0) * 100)
    except (TypeError, ValueError):
        return 0


def _movement(line: JSONDict) -> int:
    """A line's signed amount in cents: debit positive, credit negative."""
    if "debitAmount" in line or "creditAmount" in line:
        return _cents(line.get("debitAmount")) - _cents(line.get("creditAmount"))
    return _cents(line.get("amount"))


def _journal_entry(errors: Errors, tenant: Tenant, item: JSONDict) -> None:
    journal_id = item.get("journalId")
    journal = None if journal_id is None else tenant.collection("journals").get(journal_id)
    if journal is None:
        errors["journalId"] = [f"Unknown journalId '{journal_id}'."]
        return
    kind = str(journal.get("type", ""))
    if kind not in ("M", "K"):
        errors["journalId"] = [
            "Journal entries can only be made in memorial (M) or cash (K) journals."
        ]
        return
    lines = _lines(item)
    total = sum(_movement(line) for line in lines)
    if kind == "M" and total != 0:
        errors["lines"] = [
            f"Memorial journal entry does not balance: debit and credit differ by "
            f"{abs(total) / 100:.2f}."
        ]
    if kind == "K":
        opening, closing = item.get("openingBalance"), item.get("closingBalance")
        if opening is None:
            errors["openingBalance"] = ["The openingBalance field is required for cash entries."]
        if closing is None:
            errors["closingBalance"] = ["The closingBalance field is required for cash entries."]
        if (
            opening is not None
            and closing is not None
            and _cents(closing) - _cents(opening) != total
        ):
            errors["lines"] = ["The lines must add up to closingBalance - openingBalance."]


def _sales_order(errors: Errors, item: JSONDict) -> None:
    lines = _lines(item)
    if not any(line.get("bookingType") == "A" for line in lines):
        errors["lines"] = ["A sales order needs at least one line with bookingType 'A'."]
    for n, line in enumerate(lines):
        if line.get("bookingType") == "A" and not line.get("articleSku"):
            errors[f"lines[{n}].articleSku"] = [
                "The articleSku field is required for article lines."
            ]
        if line.get("bookingType") not in ("A", "T"):
            errors[f"lines[{n}].bookingType"] = [
                "Sales order lines are 'A' (article) or 'T' (text)."
            ]
