"""Deterministic item generators: realistic ones per known resource, a generic one per schema.

Every base item is a pure function of ``(seed, tenant, resource, index)``, so a tenant of
100 000 debtors costs nothing until a page of it is served.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from . import _dutch as nl
from ._spec import JSONDict

IdKind = Literal["int", "str", "guid"]
_EPOCH = dt.date(2023, 1, 1)
_SPAN_DAYS = 730
# Ledger balances exist from the epoch's year up to the current one, so a sync that asks for
# this year's balances (the CLI's default) finds some. Same seed, same data within a year.
_LEDGER_YEARS = tuple(range(_EPOCH.year, max(_EPOCH.year + 1, dt.date.today().year) + 1))


_FIRST_CUSTOMER_NUMBER = 10000
_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def stable_int(*parts: object) -> int:
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def guid(*parts: object) -> str:
    h = hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


@dataclass(frozen=True)
class Context:
    """What a generator may look at besides its own index: seed, tenant, sizes of others."""

    seed: int
    tenant: int
    sizes: Mapping[str, int]

    def rng(self, resource: str, index: int, parent: object = None) -> random.Random:
        seed = stable_int(self.seed, self.tenant, resource, index, parent)
        return random.Random(seed)  # noqa: S311 - test data, not secrets

    def size(self, resource: str) -> int:
        return self.sizes.get(resource, 0)

    def pick_id(self, rng: random.Random, resource: str) -> int:
        """A base id of ``resource`` (int ids are ``index + 1``)."""
        return rng.randint(1, max(1, self.size(resource)))


Generator = Callable[[Context, random.Random, int, "JSONDict | None"], JSONDict]


@dataclass(frozen=True)
class Model:
    default_size: int
    generate: Generator | None = None
    table: tuple[JSONDict, ...] = ()
    id_kind: IdKind = "int"


def date_at(index: int, size: int) -> dt.date:
    """Dates spread over two years and rising with the index."""
    return _EPOCH + dt.timedelta(days=(index * _SPAN_DAYS) // max(size, 1))


def stamp(day: dt.date, rng: random.Random) -> str:
    return f"{day.isoformat()}T{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}:00"


def money(cents: int) -> float:
    return round(cents / 100, 2)


# --- fixed tables -------------------------------------------------------------------------

DEBTOR_KINDS = (
    {"id": "DEB", "description": "Debiteuren binnenland"},
    {"id": "DEBEU", "description": "Debiteuren binnen de EU"},
    {"id": "DEBEX", "description": "Debiteuren buiten de EU"},
)
CREDITOR_KINDS = (
    {"id": "CRED", "description": "Crediteuren binnenland"},
    {"id": "CREDEU", "description": "Crediteuren binnen de EU"},
    {"id": "CREDEX", "description": "Crediteuren buiten de EU"},
)
JOURNALS = (
    {"id": "VK", "description": "Verkoopboek", "type": "V"},
    {"id": "IK", "description": "Inkoopboek", "type": "I"},
    {"id": "MEM", "description": "Memoriaal", "type": "M"},
    {"id": "KAS", "description": "Kasboek", "type": "K"},
    {"id": "BNK", "description": "Bank ABN AMRO", "type": "B"},
)
VAT_CODES = (
    {"id": "VH", "description": "BTW verkoop hoog 21%", "salesCode": True, "percentage": 21.0},
    {"id": "VL", "description": "BTW verkoop laag 9%", "salesCode": True, "percentage": 9.0},
    {"id": "V0", "description": "BTW verkoop 0%", "salesCode": True, "percentage": 0.0},
    {
        "id": "VEU",
        "description": "Intracommunautaire levering",
        "salesCode": True,
        "percentage": 0.0,
    },
    {"id": "IH", "description": "BTW inkoop hoog 21%", "salesCode": False, "percentage": 21.0},
    {"id": "IL", "description": "BTW inkoop laag 9%", "salesCode": False, "percentage": 9.0},
    {"id": "I0", "description": "BTW inkoop 0%", "salesCode": False, "percentage": 0.0},
)
_VAT_PCT = {str(v["id"]): float(str(v["percentage"])) for v in VAT_CODES}
LEDGER_TYPES = (
    {"id": 1, "description": "Balans activa"},
    {"id": 2, "description": "Balans passiva"},
    {"id": 3, "description": "Kosten"},
    {"id": 4, "description": "Opbrengsten"},
    {"id": 5, "description": "Debiteuren"},
    {"id": 6, "description": "Crediteuren"},
    {"id": 7, "description": "Liquide middelen"},
    {"id": 8, "description": "BTW"},
)
# (number, description, type, rgs, vat code)
_LEDGER = (
    (100, "Inventaris", 1, "BMvaBedInv", None),
    (500, "Eigen vermogen", 2, "BEivOnd", None),
    (1000, "Kas", 7, "BLimKas", None),
    (1100, "Bank", 7, "BLimBan", None),
    (1300, "Debiteuren", 5, "BVorDeb", None),
    (1510, "Af te dragen BTW hoog", 8, "BSchBepBtw", None),
    (1520, "Af te dragen BTW laag", 8, "BSchBepBtw", None),
    (1530, "Voorbelasting", 8, "BSchBepBtw", None),
    (1600, "Crediteuren", 6, "BSchCre", None),
    (4000, "Lonen en salarissen", 3, "WPerLes", None),
    (4100, "Huur bedrijfspand", 3, "WBedHui", "IH"),
    (4200, "Kantoorkosten", 3, "WBedKan", "IH"),
    (4300, "Autokosten", 3, "WBedAut", "IH"),
    (4400, "Reclame en advertenties", 3, "WBedVkk", "IH"),
    (4500, "Telefoon en internet", 3, "WBedKan", "IH"),
    (7000, "Inkoopwaarde van de omzet", 3, "WKprInk", "IH"),
    (8000, "Omzet hoog tarief", 4, "WOmzNop", "VH"),
    (8100, "Omzet laag tarief", 4, "WOmzNop", "VL"),
    (8200, "Omzet onbelast", 4, "WOmzNop", "V0"),
)
LEDGER_ACCOUNTS = tuple(
    {"id": n, "description": d, "type": t, "rcsfi": r, "vatCode": v, "disabled": False}
    for n, d, t, r, v in _LEDGER
)
REVENUE_ACCOUNTS = (8000, 8100)
EXPENSE_ACCOUNTS = (4100, 4200, 4300, 4400, 4500, 7000)
PAYMENT_CONDITIONS = (
    {"id": 1, "description": "14 dagen netto", "days": 14},
    {"id": 2, "description": "30 dagen netto", "days": 30},
    {"id": 3, "description": "Direct betalen", "days": 0},
    {"id": 4, "description": "8 dagen netto", "days": 8},
)
PAYMENT_METHODS = (
    {"id": "IDEAL", "description": "iDEAL"},
    {"id": "PAYPAL", "description": "PayPal"},
    {"id": "INVOICE", "description": "Op factuur"},
    {"id": "BOL", "description": "Bol.com"},
    {"id": "CREDITCARD", "description": "Creditcard"},
)
COUNTRIES = tuple(
    {"id": code, "code": code, "countryCode": code, "description": name, "name": name, "isEu": eu}
    for code, name, eu in (
        ("NL", "Nederland", True),
        ("BE", "België", True),
        ("DE", "Duitsland", True),
        ("FR", "Frankrijk", True),
        ("LU", "Luxemburg", True),
        ("GB", "Verenigd Koninkrijk", False),
        ("US", "Verenigde Staten", False),
    )
)


# --- realistic generators -------------------------------------------------------------------


def _relation(ctx: Context, rng: random.Random, index: int, kind: str) -> JSONDict:
    name = nl.company_name(rng)
    street, postcode, city = nl.address(rng)
    account, bic = nl.iban(rng)
    added = date_at(index, ctx.size(kind))
    kinds = DEBTOR_KINDS if kind == "debtors" else CREDITOR_KINDS
    item: JSONDict = {
        "id": index + 1,
        "name": name,
        "address": street,
        "addressLine2": None,
        "addressLine3": None,
        "postCode": postcode,
        "city": city,
        "countryCode": "NL",
        "iban": account,
        "bic": bic,
        "bban": None,
        "cocNumber": nl.coc_number(rng),
        "vatNumber": nl.vat_number(rng),
        "attentionTo": nl.person_name(rng),
        "phoneNumber": nl.phone(rng),
        "mobileNumber": None,
        "faxNumber": None,
        "emailAddress": nl.email(rng, name),
        "comments": None,
        "paymentConditionId": rng.choice(PAYMENT_CONDITIONS)["id"],
        "dateAdded": stamp(added, rng),
        "dateLastChange": None,
        "blocked": rng.random() < 0.03,
    }
    if kind == "debtors":
        item.update(
            customerNumber=f"{_FIRST_CUSTOMER_NUMBER + index + 1}",
            debtorKindId=kinds[0]["id"],
            directDebit=rng.random() < 0.3,
            noReminder=False,
            paymentMethodId=rng.choice(PAYMENT_METHODS)["id"],
        )
    else:
        item.update(
            supplierNumber=f"{20000 + index + 1}",
            creditorNumber=f"{20000 + index + 1}",
            creditorKindId=kinds[0]["id"],
        )
    return item


def customer_number_id(number: str) -> int | None:
    """The id of the seeded debtor that carries ``number`` (if it was not changed)."""
    return int(number) - _FIRST_CUSTOMER_NUMBER if number.isascii() and number.isdigit() else None


def _debtor(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    return _relation(ctx, rng, index, "debtors")


def _creditor(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    return _relation(ctx, rng, index, "creditors")


def _mandate(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    debtor_id = parent["id"] if parent else 0
    signed = date_at(rng.randrange(_SPAN_DAYS), _SPAN_DAYS)
    return {
        "id": index + 1,
        "debtorId": debtor_id,
        "reference": f"MND-{debtor_id}-{index + 1}",
        "signDate": f"{signed.isoformat()}T00:00:00",
        "iban": (parent or {}).get("iban") or nl.iban(rng)[0],
        "type": "RCUR",
        "isActive": True,
    }


def _lines(
    rng: random.Random, accounts: tuple[int, ...], vat: tuple[str, ...], booking_types: bool
) -> list[JSONDict]:
    lines = []
    for n in range(rng.randint(1, 4)):
        cents = rng.randint(1_000, 250_000)
        code = rng.choice(vat)
        line: JSONDict = {
            "id": n + 1,
            "description": rng.choice(nl.PRODUCTS),
            "amount": money(cents),
            "vatCode": code,
            "vatAmount": money(round(cents * _VAT_PCT[code] / 100)),
            "ledgerAccountId": rng.choice(accounts),
            "costCenterId": None,
            "costUnitId": None,
            "quantity": 1.0,
            "price": money(cents),
        }
        if booking_types:
            line["bookingType"] = "G"
        lines.append(line)
    return lines


def _invoice(ctx: Context, rng: random.Random, index: int, kind: str) -> JSONDict:
    sales = kind != "purchaseinvoices"
    size = ctx.size(kind)
    day = date_at(index, size)
    lines = _lines(
        rng,
        REVENUE_ACCOUNTS if sales else EXPENSE_ACCOUNTS,
        ("VH", "VL") if sales else ("IH", "IL"),
        kind == "draftsalesinvoices",
    )
    excl = round(sum(line["amount"] for line in lines), 2)
    vat = round(sum(line["vatAmount"] for line in lines), 2)
    condition = rng.choice(PAYMENT_CONDITIONS)
    due = day + dt.timedelta(days=int(str(condition["days"])))
    item: JSONDict = {
        "id": index + 1,
        "date": f"{day.isoformat()}T00:00:00",
        "bookyear": day.year,
        "bookperiod": day.month,
        "description": f"Factuur {_MONTHS[day.month - 1]} {day.year}",
        "amountExclVat": excl,
        "vatAmount": vat,
        "amountInclVat": round(excl + vat, 2),
        "paymentConditionId": condition["id"],
        "paymentDueDate": f"{due.isoformat()}T00:00:00",
        "lines": lines,
        "currency": "EUR",
    }
    if sales:
        debtor = ctx.pick_id(rng, "debtors")
        number = f"{_FIRST_CUSTOMER_NUMBER + debtor}"
        item.update(debtorId=debtor, debtorCustomerNumber=number, journalId="VK")
        if kind == "draftsalesinvoices":
            item.update(status=1, paymentMethodId=rng.choice(PAYMENT_METHODS)["id"])
        else:
            item.update(
                invoiceNumber=f"{day.year}{index + 1:06d}", status=rng.choice((2, 3, 6, 6, 7, 7, 7))
            )
    else:
        creditor = ctx.pick_id(rng, "creditors")
        item.update(
            creditorId=creditor,
            creditorNumber=f"{20000 + creditor}",
            journalId="IK",
            invoiceNumber=f"INK-{rng.randint(1000, 99999)}",
            status=rng.choice((3, 6, 7, 7)),
            approvalRouteId=None,
        )
    return item


def _sales(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    return _invoice(ctx, rng, index, "salesinvoices")


def _draft(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    return _invoice(ctx, rng, index, "draftsalesinvoices")


def _purchase(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    return _invoice(ctx, rng, index, "purchaseinvoices")


def journal_entry_date(ctx: Context, index: int) -> dt.date:
    return date_at(index, ctx.size("journalentries"))


def _journal_entry(
    ctx: Context, rng: random.Random, index: int, parent: JSONDict | None
) -> JSONDict:
    day = journal_entry_date(ctx, index)
    cash = rng.random() < 0.3
    lines: list[JSONDict] = []
    item: JSONDict = {
        "id": index + 1,
        "date": f"{day.isoformat()}T00:00:00",
        "bookyear": day.year,
        "bookperiod": day.month,
        "journalId": "KAS" if cash else "MEM",
        "sourceDocumentNumber": f"{'KAS' if cash else 'MEM'}-{index + 1:06d}",
        "state": 1,
        "status": 1,
        "openingBalance": None,
        "closingBalance": None,
    }
    if cash:
        opening = rng.randint(10_000, 500_000)
        movements = [
            rng.choice((-1, 1)) * rng.randint(500, 50_000) for _ in range(rng.randint(1, 3))
        ]
        for n, cents in enumerate(movements):
            lines.append(_entry_line(rng, n, cents, day, "Kasmutatie"))
        item.update(
            description=f"Kasboek {day.strftime('%m-%Y')}",
            openingBalance=money(opening),
            closingBalance=money(opening + sum(movements)),
        )
    else:
        debit = [rng.randint(1_000, 200_000) for _ in range(rng.randint(1, 3))]
        for n, cents in enumerate(debit):
            lines.append(_entry_line(rng, n, cents, day, "Memoriaalboeking"))
        lines.append(_entry_line(rng, len(debit), -sum(debit), day, "Tegenboeking"))
        item["description"] = f"Memoriaal {day.strftime('%m-%Y')}"
    item["lines"] = lines
    return item


def _entry_line(rng: random.Random, n: int, cents: int, day: dt.date, text: str) -> JSONDict:
    return {
        "id": n + 1,
        "amount": money(cents),
        "debitAmount": money(max(cents, 0)),
        "creditAmount": money(max(-cents, 0)),
        "bookingDate": f"{day.isoformat()}T00:00:00",
        "description": text,
        "ledgerAccountId": rng.choice((*EXPENSE_ACCOUNTS, 1100, 1300, 1600)),
        "vatCode": None,
        "vatAmount": 0.0,
        "debtorId": None,
        "creditorId": None,
        "purchaseInvoiceId": None,
        "salesInvoiceId": None,
        "costCenterId": None,
    }


def _log(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    day = journal_entry_date(ctx, index)
    return {
        "id": index + 1,
        "journalEntryId": index + 1,
        "changedDate": stamp(day, rng),
        "action": "Created",
    }


def _article(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    cents = rng.randint(100, 50_000)
    return {
        "id": index + 1,
        "sku": f"ART-{index + 1:05d}",
        "articleSku": f"ART-{index + 1:05d}",
        "description": rng.choice(nl.PRODUCTS),
        "price": money(cents),
        "salesPrice": money(cents),
        "purchasePrice": money(cents * 6 // 10),
        "salesTypeId": rng.randint(1, 3),
        "vatCode": "VH",
        "currentStock": float(rng.randint(0, 500)),
        "unit": "stuk",
        "active": rng.random() < 0.9,
        "isActive": True,
    }


def _sales_type(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    names = ("Omzet diensten", "Omzet producten", "Omzet laag tarief")
    return {
        "id": index + 1,
        "description": names[index % 3] if index < 3 else f"Verkoopsoort {index + 1}",
        "ledgerAccountId": REVENUE_ACCOUNTS[index % 2],
        "vatCode": ("VH", "VH", "VL")[index % 3],
    }


def _cost_center(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    city, _ = nl.CITIES[index % len(nl.CITIES)]
    return {
        "id": index + 1,
        "description": f"Vestiging {city}",
        "conversionCode": f"KP{index + 1:03d}",
    }


def _cost_unit(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    return {
        "id": index + 1,
        "description": f"Project {rng.choice(nl.PRODUCTS).lower()}",
        "conversionCode": f"KD{index + 1:03d}",
        "type": "P",
        "costCenter": ctx.pick_id(rng, "costcenters"),
    }


def _approval_route(
    ctx: Context, rng: random.Random, index: int, parent: JSONDict | None
) -> JSONDict:
    limit = (500, 1_000, 5_000, 25_000)[index % 4]
    return {
        "id": index + 1,
        "description": f"Accordering tot € {limit}",
        "name": f"Route {index + 1}",
    }


def _outstanding(ctx: Context, rng: random.Random, index: int, sales: bool) -> JSONDict:
    day = date_at(
        index, ctx.size("outstandingsalesinvoices" if sales else "outstandingpurchaseinvoices")
    )
    relation = ctx.pick_id(rng, "debtors" if sales else "creditors")
    age = (dt.date(2025, 1, 1) - day).days
    item: JSONDict = {
        "id": index + 1,
        "invoiceId": index + 1,
        "invoiceNumber": f"{day.year}{index + 1:06d}",
        "date": f"{day.isoformat()}T00:00:00",
        "openAmount": money(rng.randint(1_000, 400_000)),
        "age": age,
        "daysOverdue": max(0, age - 30),
        "description": "Openstaande factuur",
    }
    if sales:
        item.update(
            debtorId=relation, debtorNumber=f"{10000 + relation}", debtorName=nl.company_name(rng)
        )
    else:
        item.update(
            creditorId=relation,
            creditorNumber=f"{20000 + relation}",
            creditorName=nl.company_name(rng),
        )
    return item


def _open_sales(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    return _outstanding(ctx, rng, index, True)


def _open_purchase(
    ctx: Context, rng: random.Random, index: int, parent: JSONDict | None
) -> JSONDict:
    return _outstanding(ctx, rng, index, False)


def _ledger_grouped(
    ctx: Context, rng: random.Random, index: int, parent: JSONDict | None
) -> JSONDict:
    account = LEDGER_ACCOUNTS[index % len(LEDGER_ACCOUNTS)]
    period = (index // len(LEDGER_ACCOUNTS)) % 12 + 1
    year = _LEDGER_YEARS[(index // (12 * len(LEDGER_ACCOUNTS))) % len(_LEDGER_YEARS)]
    debit = rng.randint(0, 1_000_000)
    credit = rng.randint(0, 1_000_000)
    return {
        "ledgerAccountId": account["id"],
        "ledgerAccountDescription": account["description"],
        "description": account["description"],
        "bookyear": year,
        "bookperiod": period,
        "journalId": rng.choice(("VK", "IK", "MEM", "BNK")),
        "debit": money(debit),
        "credit": money(credit),
        "balance": money(debit - credit),
        "amount": money(debit - credit),
        "balanceOrProfitLoss": "B" if account["type"] in (1, 2, 5, 6, 7, 8) else "W",
        "id": index + 1,
    }


def _file(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    day = date_at(index, ctx.size("inboxfiles"))
    size = rng.randint(20_000, 900_000)
    file_id = inbox_file_id(ctx, index)
    return {
        "id": file_id,
        "name": f"scan-{index + 1:05d}.pdf",
        "type": "application/pdf",
        "extension": ".pdf",
        "size": size,
        "createdOn": stamp(day, rng),
        "fileUrl": f"/v1/inboxfiles/{file_id}",
        "fullImageUrl": None,
        "thumbnail1Url": None,
        "thumbnail2Url": None,
        "thumbnail3Url": None,
    }


def inbox_file_id(ctx: Context, index: int) -> str:
    """Base inbox file ids: a per-tenant prefix and the index, so an id maps back to its item."""
    return f"{guid(ctx.seed, ctx.tenant, 'inboxfiles', None)[:24]}{index + 1:012x}"


def _sales_order(ctx: Context, rng: random.Random, index: int, parent: JSONDict | None) -> JSONDict:
    day = date_at(index, ctx.size("salesorderwithlines"))
    lines = [
        {
            "id": n + 1,
            "bookingType": "A",
            "articleSku": f"ART-{ctx.pick_id(rng, 'articles'):05d}",
            "quantity": float(rng.randint(1, 10)),
            "description": rng.choice(nl.PRODUCTS),
        }
        for n in range(rng.randint(1, 3))
    ]
    return {
        "id": index + 1,
        "debtorId": ctx.pick_id(rng, "debtors"),
        "date": f"{day.isoformat()}T00:00:00",
        "description": f"Order {index + 1}",
        "orderNumber": f"ORD-{index + 1:06d}",
        "lines": lines,
    }


MODELS: dict[str, Model] = {
    "debtors": Model(25, _debtor),
    "creditors": Model(15, _creditor),
    "mandates": Model(1, _mandate),
    "debtorkinds": Model(len(DEBTOR_KINDS), table=DEBTOR_KINDS, id_kind="str"),
    "creditorkinds": Model(len(CREDITOR_KINDS), table=CREDITOR_KINDS, id_kind="str"),
    "journals": Model(len(JOURNALS), table=JOURNALS, id_kind="str"),
    "vatcodes": Model(len(VAT_CODES), table=VAT_CODES, id_kind="str"),
    "ledgeraccounts": Model(len(LEDGER_ACCOUNTS), table=LEDGER_ACCOUNTS),
    "ledgeraccounttypes": Model(len(LEDGER_TYPES), table=LEDGER_TYPES),
    "paymentconditions": Model(len(PAYMENT_CONDITIONS), table=PAYMENT_CONDITIONS),
    "paymentmethod": Model(len(PAYMENT_METHODS), table=PAYMENT_METHODS, id_kind="str"),
    "paymentmethods": Model(len(PAYMENT_METHODS), table=PAYMENT_METHODS, id_kind="str"),
    "countries": Model(len(COUNTRIES), table=COUNTRIES, id_kind="str"),
    "salesinvoices": Model(40, _sales),
    "draftsalesinvoices": Model(10, _draft),
    "purchaseinvoices": Model(30, _purchase),
    "journalentries": Model(40, _journal_entry),
    "journalentrylog": Model(40, _log),
    "articles": Model(20, _article),
    "salestypes": Model(3, _sales_type),
    "costcenters": Model(4, _cost_center),
    "costunits": Model(6, _cost_unit),
    "approvalroutes": Model(3, _approval_route),
    "outstandingsalesinvoices": Model(12, _open_sales),
    "outstandingpurchaseinvoices": Model(8, _open_purchase),
    "ledgergrouped": Model(len(LEDGER_ACCOUNTS) * 12 * len(_LEDGER_YEARS), _ledger_grouped),
    "inboxfiles": Model(5, _file, id_kind="guid"),
    "salesorderwithlines": Model(5, _sales_order),
}
GENERIC = Model(5)
