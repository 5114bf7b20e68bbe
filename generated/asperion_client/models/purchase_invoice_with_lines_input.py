from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_date, to_decimal

T = TypeVar("T", bound="PurchaseInvoiceWithLinesInput")


@_attrs_define
class PurchaseInvoiceWithLinesInput:
    """PurchaseInvoiceInput with its lines in one document; the lines are wrapped in the list envelope {_data, _meta} (S3)."""

    amount_excl_vat: Decimal | None | Unset = UNSET
    amount_incl_vat: Decimal | None | Unset = UNSET
    approval_route_id: int | None | Unset = UNSET
    bookperiod: int | None | Unset = UNSET
    bookyear: int | None | Unset = UNSET
    creditor_id: int | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    description: None | str | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    journal_id: None | str | Unset = UNSET
    payment_condition_id: int | None | Unset = UNSET
    payment_due_date: datetime.date | None | Unset = UNSET
    vat_amount: Decimal | None | Unset = UNSET
    lines: InvoiceLineInputCollection | Unset = UNSET
    """ InvoiceLineInput items in the list envelope, as *withlines bodies carry their lines in requests and answers
    (S3). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_excl_vat: Decimal | None | Unset
        if isinstance(self.amount_excl_vat, Unset):
            amount_excl_vat = UNSET
        else:
            amount_excl_vat = self.amount_excl_vat

        amount_incl_vat: Decimal | None | Unset
        if isinstance(self.amount_incl_vat, Unset):
            amount_incl_vat = UNSET
        else:
            amount_incl_vat = self.amount_incl_vat

        approval_route_id: int | None | Unset
        if isinstance(self.approval_route_id, Unset):
            approval_route_id = UNSET
        else:
            approval_route_id = self.approval_route_id

        bookperiod: int | None | Unset
        if isinstance(self.bookperiod, Unset):
            bookperiod = UNSET
        else:
            bookperiod = self.bookperiod

        bookyear: int | None | Unset
        if isinstance(self.bookyear, Unset):
            bookyear = UNSET
        else:
            bookyear = self.bookyear

        creditor_id: int | None | Unset
        if isinstance(self.creditor_id, Unset):
            creditor_id = UNSET
        else:
            creditor_id = self.creditor_id

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        journal_id: None | str | Unset
        if isinstance(self.journal_id, Unset):
            journal_id = UNSET
        else:
            journal_id = self.journal_id

        payment_condition_id: int | None | Unset
        if isinstance(self.payment_condition_id, Unset):
            payment_condition_id = UNSET
        else:
            payment_condition_id = self.payment_condition_id

        payment_due_date: None | str | Unset
        if isinstance(self.payment_due_date, Unset):
            payment_due_date = UNSET
        elif isinstance(self.payment_due_date, datetime.date):
            payment_due_date = self.payment_due_date.isoformat()
        else:
            payment_due_date = self.payment_due_date

        vat_amount: Decimal | None | Unset
        if isinstance(self.vat_amount, Unset):
            vat_amount = UNSET
        else:
            vat_amount = self.vat_amount

        lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = self.lines.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_excl_vat is not UNSET:
            field_dict["amountExclVat"] = amount_excl_vat
        if amount_incl_vat is not UNSET:
            field_dict["amountInclVat"] = amount_incl_vat
        if approval_route_id is not UNSET:
            field_dict["approvalRouteId"] = approval_route_id
        if bookperiod is not UNSET:
            field_dict["bookperiod"] = bookperiod
        if bookyear is not UNSET:
            field_dict["bookyear"] = bookyear
        if creditor_id is not UNSET:
            field_dict["creditorId"] = creditor_id
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if journal_id is not UNSET:
            field_dict["journalId"] = journal_id
        if payment_condition_id is not UNSET:
            field_dict["paymentConditionId"] = payment_condition_id
        if payment_due_date is not UNSET:
            field_dict["paymentDueDate"] = payment_due_date
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        amount_excl_vat = _parse_amount_excl_vat(_take("amountExclVat", UNSET))
        amount_incl_vat = _parse_amount_incl_vat(_take("amountInclVat", UNSET))
        date = _parse_date(_take("date", UNSET))
        payment_due_date = _parse_payment_due_date(_take("paymentDueDate", UNSET))
        vat_amount = _parse_vat_amount(_take("vatAmount", UNSET))
        _lines = _take("lines", UNSET)
        lines: InvoiceLineInputCollection | Unset
        if isinstance(_lines, Unset):
            lines = UNSET
        else:
            lines = InvoiceLineInputCollection.from_dict(_lines)

        purchase_invoice_with_lines_input = _new(cls)
        purchase_invoice_with_lines_input.amount_excl_vat = amount_excl_vat
        purchase_invoice_with_lines_input.amount_incl_vat = amount_incl_vat
        purchase_invoice_with_lines_input.approval_route_id = _take("approvalRouteId", UNSET)
        purchase_invoice_with_lines_input.bookperiod = _take("bookperiod", UNSET)
        purchase_invoice_with_lines_input.bookyear = _take("bookyear", UNSET)
        purchase_invoice_with_lines_input.creditor_id = _take("creditorId", UNSET)
        purchase_invoice_with_lines_input.date = date
        purchase_invoice_with_lines_input.description = _take("description", UNSET)
        purchase_invoice_with_lines_input.invoice_number = _take("invoiceNumber", UNSET)
        purchase_invoice_with_lines_input.journal_id = _take("journalId", UNSET)
        purchase_invoice_with_lines_input.payment_condition_id = _take("paymentConditionId", UNSET)
        purchase_invoice_with_lines_input.payment_due_date = payment_due_date
        purchase_invoice_with_lines_input.vat_amount = vat_amount
        purchase_invoice_with_lines_input.lines = lines
        purchase_invoice_with_lines_input.additional_properties = (
            dict(src_dict.items()) if src_dict else {}
        )
        return purchase_invoice_with_lines_input

    @classmethod
    def from_dicts(
        cls: type[T], src_dicts: Iterable[Mapping[str, Any]], *, consume: bool = False
    ) -> list[T]:
        """One model per JSON object (a page's items): cheaper than from_dict on each.

        Each object's fields are taken out of a copy of it, and what is left is the model's
        additional_properties. consume=True takes them out of each object that is a dict
        instead of a copy (any other mapping is still copied): for objects nothing reads
        again, such as a page just decoded.
        """
        _models: list[T] = []
        _append = _models.append
        _new = cls.__new__
        _copy = not consume
        for src_dict in src_dicts:
            if _copy or type(src_dict) is not dict:
                src_dict = dict(src_dict)
            _take = src_dict.pop
            amount_excl_vat = _parse_amount_excl_vat(_take("amountExclVat", UNSET))
            amount_incl_vat = _parse_amount_incl_vat(_take("amountInclVat", UNSET))
            date = _parse_date(_take("date", UNSET))
            payment_due_date = _parse_payment_due_date(_take("paymentDueDate", UNSET))
            vat_amount = _parse_vat_amount(_take("vatAmount", UNSET))
            _lines = _take("lines", UNSET)
            lines: InvoiceLineInputCollection | Unset
            if isinstance(_lines, Unset):
                lines = UNSET
            else:
                lines = InvoiceLineInputCollection.from_dict(_lines)

            purchase_invoice_with_lines_input = _new(cls)
            purchase_invoice_with_lines_input.amount_excl_vat = amount_excl_vat
            purchase_invoice_with_lines_input.amount_incl_vat = amount_incl_vat
            purchase_invoice_with_lines_input.approval_route_id = _take("approvalRouteId", UNSET)
            purchase_invoice_with_lines_input.bookperiod = _take("bookperiod", UNSET)
            purchase_invoice_with_lines_input.bookyear = _take("bookyear", UNSET)
            purchase_invoice_with_lines_input.creditor_id = _take("creditorId", UNSET)
            purchase_invoice_with_lines_input.date = date
            purchase_invoice_with_lines_input.description = _take("description", UNSET)
            purchase_invoice_with_lines_input.invoice_number = _take("invoiceNumber", UNSET)
            purchase_invoice_with_lines_input.journal_id = _take("journalId", UNSET)
            purchase_invoice_with_lines_input.payment_condition_id = _take(
                "paymentConditionId", UNSET
            )
            purchase_invoice_with_lines_input.payment_due_date = payment_due_date
            purchase_invoice_with_lines_input.vat_amount = vat_amount
            purchase_invoice_with_lines_input.lines = lines
            purchase_invoice_with_lines_input.additional_properties = (
                dict(src_dict.items()) if src_dict else {}
            )
            _append(purchase_invoice_with_lines_input)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("amount_excl_vat", self.amount_excl_vat),
            ("amount_incl_vat", self.amount_incl_vat),
            ("approval_route_id", self.approval_route_id),
            ("bookperiod", self.bookperiod),
            ("bookyear", self.bookyear),
            ("creditor_id", self.creditor_id),
            ("date", self.date),
            ("description", self.description),
            ("invoice_number", self.invoice_number),
            ("journal_id", self.journal_id),
            ("payment_condition_id", self.payment_condition_id),
            ("payment_due_date", self.payment_due_date),
            ("vat_amount", self.vat_amount),
            ("lines", self.lines),
        )
        shown = [f"{name}={value!r}" for name, value in fields if value is not UNSET]
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_amount_excl_vat(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"amountExclVat: unexpected {type(data).__name__}")
    amount_excl_vat_type_0 = to_decimal(data)

    return amount_excl_vat_type_0


def _parse_amount_incl_vat(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"amountInclVat: unexpected {type(data).__name__}")
    amount_incl_vat_type_0 = to_decimal(data)

    return amount_incl_vat_type_0


def _parse_date(data: object) -> datetime.date | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"date: unexpected {type(data).__name__}")
    date_type_0 = to_date(data)

    return date_type_0


def _parse_payment_due_date(data: object) -> datetime.date | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"paymentDueDate: unexpected {type(data).__name__}")
    payment_due_date_type_0 = to_date(data)

    return payment_due_date_type_0


def _parse_vat_amount(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"vatAmount: unexpected {type(data).__name__}")
    vat_amount_type_0 = to_decimal(data)

    return vat_amount_type_0


# Imported after the class so that models that refer to each other import in any order.
from ..models.invoice_line_input_collection import InvoiceLineInputCollection
