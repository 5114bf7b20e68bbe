"""Generated models through the facade: exact Decimal money both ways, tolerant reading."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal

import attrs
import httpx
import pytest
import respx
from asperion_client.api.debtors import get_debtor, update_debtor
from asperion_client.api.journal_entries_with_lines import create_journal_entry_with_lines
from asperion_client.api.sales_invoices import get_sales_invoice
from asperion_client.models import (
    Debtor,
    DebtorInput,
    JournalEntryLineInput,
    JournalEntryWithLinesInput,
    SalesInvoice,
)
from asperion_client.types import UNSET

import asperion_async as asp

from .conftest import MakeClient
from .support import API

ENTRY = f"{API}/v1/journalentrieswithlines"
# The facts say a *withlines body wraps its lines as {"lines": {"_data": [...]}}; the spec
# describes that once its reconstruction does (before, lines were a plain array).
_LINES_TYPE = attrs.fields_dict(JournalEntryWithLinesInput)["lines"].type
_LINES_IN_ENVELOPE = "Collection" in str(_LINES_TYPE)


def _with_lines(journal_id: str, lines: list[JournalEntryLineInput]) -> JournalEntryWithLinesInput:
    items = [line.to_dict() for line in lines]
    body = {"journalId": journal_id, "lines": {"_data": items} if _LINES_IN_ENVELOPE else items}
    return JournalEntryWithLinesInput.from_dict(body)


@pytest.mark.anyio
async def test_memorial_lines_of_point_one_and_point_two_balance_exactly(
    make_client: MakeClient, router: respx.MockRouter
) -> None:
    """0.1 + 0.2 - 0.3 is 0 in decimal but 5.55e-17 in binary floats."""
    sent: list[bytes] = []
    answer = (
        b'{"id":7,"journalId":"M","lines":{"_data":['
        b'{"amount":0.1,"ledgerAccountId":1},{"amount":0.2,"ledgerAccountId":2},'
        b'{"amount":-0.30,"ledgerAccountId":3}],"_meta":{}}}'
    )

    def created(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(201, content=answer, headers={"Content-Type": "application/json"})

    router.post(ENTRY).mock(side_effect=created)
    lines = [
        JournalEntryLineInput(amount=Decimal(text), ledger_account_id=n)
        for n, text in enumerate(["0.1", "0.2", "-0.30"], start=1)
    ]
    assert sum(line.amount for line in lines) == 0
    async with make_client(tenant_id=100001) as client:
        entry = await client.call(create_journal_entry_with_lines, body=_with_lines("M", lines))
    (body,) = sent
    assert b'"amount":0.1,' in body
    assert b'"amount":0.2,' in body
    assert b'"amount":-0.30,' in body
    if _LINES_IN_ENVELOPE:
        assert json.loads(body)["lines"]["_data"][2]["ledgerAccountId"] == 3
    amounts = [line.amount for line in entry.lines.data]
    assert amounts == [Decimal("0.1"), Decimal("0.2"), Decimal("-0.30")]
    assert all(type(a) is Decimal for a in amounts)
    assert sum(amounts) == 0
    assert sum(float(a) for a in amounts) != 0  # what the float client got wrong


@pytest.mark.anyio
async def test_an_amount_keeps_the_digits_the_api_wrote(
    make_client: MakeClient, router: respx.MockRouter
) -> None:
    text = b'{"id":1,"amountExclVat":1234567890.123456789,"vatAmount":21,"amountInclVat":1E+2}'
    router.get(f"{API}/v1/salesinvoices/1").mock(return_value=httpx.Response(200, content=text))
    async with make_client() as client:
        invoice = await client.call(get_sales_invoice, id=1)
    assert invoice.amount_excl_vat == Decimal("1234567890.123456789")
    assert str(invoice.amount_excl_vat) == "1234567890.123456789"
    assert invoice.vat_amount == Decimal(21)
    assert str(invoice.amount_incl_vat) == "1E+2"


@pytest.mark.anyio
async def test_an_unknown_response_field_survives_a_parse_and_a_round_trip(
    make_client: MakeClient, router: respx.MockRouter
) -> None:
    text = b'{"id":1,"name":"Bakkerij","loyaltyTier":{"level":"gold","since":"2020-01-01"}}'
    router.get(f"{API}/v1/debtors/1").mock(return_value=httpx.Response(200, content=text))
    sent: list[bytes] = []
    router.put(f"{API}/v1/debtors/1").mock(
        side_effect=lambda request: sent.append(request.content) or httpx.Response(200, json={})
    )
    async with make_client() as client:
        debtor = await client.call(get_debtor, id=1)
        assert debtor["loyaltyTier"] == {"level": "gold", "since": "2020-01-01"}
        body = DebtorInput.from_dict(debtor.to_dict() | {"debtorKindId": 1})
        await client.call(update_debtor, id=1, body=body)
    assert json.loads(sent[0])["loyaltyTier"] == {"level": "gold", "since": "2020-01-01"}


def test_a_missing_field_is_unset_not_a_failed_parse() -> None:
    debtor = Debtor.from_dict({})
    assert debtor.id is UNSET
    assert repr(debtor) == "Debtor()"


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ("2023-01-31", datetime.date(2023, 1, 31)),
        ("2023-01-31T00:00:00", datetime.date(2023, 1, 31)),
        ("2023-01-31T00:00:00.0000000", datetime.date(2023, 1, 31)),
        ("2023-01-31T23:59:59+01:00", datetime.date(2023, 1, 31)),
    ],
)
def test_a_date_field_reads_a_date_time_as_its_date(sent: str, expected: datetime.date) -> None:
    invoice = SalesInvoice.from_dict({"date": sent, "paymentDueDate": None})
    assert invoice.date == expected
    assert type(invoice.date) is datetime.date
    assert invoice.payment_due_date is None


def test_a_date_time_field_reads_dotnet_fractions_and_no_offset() -> None:
    debtor = Debtor.from_dict({"dateAdded": "2024-05-01T10:11:12.1234567"})
    assert debtor.date_added == datetime.datetime(2024, 5, 1, 10, 11, 12, 123456)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "body",
    [
        b'{"id":1,"date":"31-01-2023"}',
        b'{"id":1,"date":42}',
        b'{"id":1,"amountExclVat":"ten"}',
        b'{"id":1,"amountExclVat":true}',
    ],
)
async def test_a_garbage_date_or_amount_is_a_typed_error_not_a_str(
    make_client: MakeClient, router: respx.MockRouter, body: bytes
) -> None:
    router.get(f"{API}/v1/salesinvoices/1").mock(return_value=httpx.Response(200, content=body))
    async with make_client() as client:
        with pytest.raises(asp.UnexpectedResponseError):
            await client.call(get_sales_invoice, id=1)


def test_repr_leaves_out_unset_fields() -> None:
    invoice = SalesInvoice(id=3, amount_excl_vat=Decimal("10.00"), description=None)
    assert repr(invoice) == (
        "SalesInvoice(amount_excl_vat=Decimal('10.00'), description=None, id=3)"
    )
    assert "Unset" not in repr(SalesInvoice.from_dict({"id": 3, "extra": 1}))
    assert repr(SalesInvoice.from_dict({"extra": 1})) == (
        "SalesInvoice(additional_properties={'extra': 1})"
    )


def test_json_dumps_writes_decimals_exactly_and_refuses_what_json_cannot_hold() -> None:
    value = {"b": [Decimal("0.10"), Decimal("-0"), Decimal("1E-7"), 2, 1.5, True, None, "é"]}
    assert asp.json_dumps(value) == '{"b":[0.10,-0,1E-7,2,1.5,true,null,"é"]}'
    assert asp.json_loads(asp.json_dumps(value))["b"][0] == Decimal("0.10")
    assert asp.json_dumps({"b": 1, "a": (Decimal(1),)}, sort_keys=True) == '{"a":[1],"b":1}'
    assert asp.json_dumps({"plain": [1, "x"]}) == '{"plain":[1,"x"]}'
    for bad in (Decimal("NaN"), Decimal("Infinity")):
        with pytest.raises(ValueError, match="JSON cannot hold"):
            asp.json_dumps([bad])
    for bad_value in ({1: Decimal(1)}, [Decimal(1), object()], object()):
        with pytest.raises(TypeError):
            asp.json_dumps(bad_value)
