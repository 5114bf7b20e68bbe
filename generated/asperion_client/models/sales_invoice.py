from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_date, to_decimal

T = TypeVar("T", bound="SalesInvoice")


@_attrs_define
class SalesInvoice:
    """A sales invoice header. status: 1 concept, 2 in journal entry, 3 in ledger, 6 payable, 7 paid, 8 hold (S3)."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    amount_excl_vat: Decimal | None | Unset = UNSET
    amount_incl_vat: Decimal | None | Unset = UNSET
    bookperiod: int | None | Unset = UNSET
    bookyear: int | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    debtor_customer_number: None | str | Unset = UNSET
    debtor_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    journal_id: None | str | Unset = UNSET
    payment_condition_id: int | None | Unset = UNSET
    payment_due_date: datetime.date | None | Unset = UNSET
    status: int | None | Unset = UNSET
    vat_amount: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        debtor_customer_number: None | str | Unset
        if isinstance(self.debtor_customer_number, Unset):
            debtor_customer_number = UNSET
        else:
            debtor_customer_number = self.debtor_customer_number

        debtor_id: int | None | Unset
        if isinstance(self.debtor_id, Unset):
            debtor_id = UNSET
        else:
            debtor_id = self.debtor_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

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

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        vat_amount: Decimal | None | Unset
        if isinstance(self.vat_amount, Unset):
            vat_amount = UNSET
        else:
            vat_amount = self.vat_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if amount_excl_vat is not UNSET:
            field_dict["amountExclVat"] = amount_excl_vat
        if amount_incl_vat is not UNSET:
            field_dict["amountInclVat"] = amount_incl_vat
        if bookperiod is not UNSET:
            field_dict["bookperiod"] = bookperiod
        if bookyear is not UNSET:
            field_dict["bookyear"] = bookyear
        if date is not UNSET:
            field_dict["date"] = date
        if debtor_customer_number is not UNSET:
            field_dict["debtorCustomerNumber"] = debtor_customer_number
        if debtor_id is not UNSET:
            field_dict["debtorId"] = debtor_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if journal_id is not UNSET:
            field_dict["journalId"] = journal_id
        if payment_condition_id is not UNSET:
            field_dict["paymentConditionId"] = payment_condition_id
        if payment_due_date is not UNSET:
            field_dict["paymentDueDate"] = payment_due_date
        if status is not UNSET:
            field_dict["status"] = status
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        amount_excl_vat = _parse_amount_excl_vat(_take("amountExclVat", UNSET))
        amount_incl_vat = _parse_amount_incl_vat(_take("amountInclVat", UNSET))
        date = _parse_date(_take("date", UNSET))
        payment_due_date = _parse_payment_due_date(_take("paymentDueDate", UNSET))
        vat_amount = _parse_vat_amount(_take("vatAmount", UNSET))
        sales_invoice = _new(cls)
        sales_invoice._meta_json = meta  # type: ignore[attr-defined]
        sales_invoice.amount_excl_vat = amount_excl_vat
        sales_invoice.amount_incl_vat = amount_incl_vat
        sales_invoice.bookperiod = _take("bookperiod", UNSET)
        sales_invoice.bookyear = _take("bookyear", UNSET)
        sales_invoice.date = date
        sales_invoice.debtor_customer_number = _take("debtorCustomerNumber", UNSET)
        sales_invoice.debtor_id = _take("debtorId", UNSET)
        sales_invoice.description = _take("description", UNSET)
        sales_invoice.id = _take("id", UNSET)
        sales_invoice.invoice_number = _take("invoiceNumber", UNSET)
        sales_invoice.journal_id = _take("journalId", UNSET)
        sales_invoice.payment_condition_id = _take("paymentConditionId", UNSET)
        sales_invoice.payment_due_date = payment_due_date
        sales_invoice.status = _take("status", UNSET)
        sales_invoice.vat_amount = vat_amount
        sales_invoice.additional_properties = dict(src_dict.items()) if src_dict else {}
        return sales_invoice

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
            meta = _take("_meta", UNSET)
            if not (type(meta) is dict or meta is UNSET):
                meta = ItemMeta.from_dict(meta)
            amount_excl_vat = _parse_amount_excl_vat(_take("amountExclVat", UNSET))
            amount_incl_vat = _parse_amount_incl_vat(_take("amountInclVat", UNSET))
            date = _parse_date(_take("date", UNSET))
            payment_due_date = _parse_payment_due_date(_take("paymentDueDate", UNSET))
            vat_amount = _parse_vat_amount(_take("vatAmount", UNSET))
            sales_invoice = _new(cls)
            sales_invoice._meta_json = meta  # type: ignore[attr-defined]
            sales_invoice.amount_excl_vat = amount_excl_vat
            sales_invoice.amount_incl_vat = amount_incl_vat
            sales_invoice.bookperiod = _take("bookperiod", UNSET)
            sales_invoice.bookyear = _take("bookyear", UNSET)
            sales_invoice.date = date
            sales_invoice.debtor_customer_number = _take("debtorCustomerNumber", UNSET)
            sales_invoice.debtor_id = _take("debtorId", UNSET)
            sales_invoice.description = _take("description", UNSET)
            sales_invoice.id = _take("id", UNSET)
            sales_invoice.invoice_number = _take("invoiceNumber", UNSET)
            sales_invoice.journal_id = _take("journalId", UNSET)
            sales_invoice.payment_condition_id = _take("paymentConditionId", UNSET)
            sales_invoice.payment_due_date = payment_due_date
            sales_invoice.status = _take("status", UNSET)
            sales_invoice.vat_amount = vat_amount
            sales_invoice.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(sales_invoice)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("amount_excl_vat", self.amount_excl_vat),
            ("amount_incl_vat", self.amount_incl_vat),
            ("bookperiod", self.bookperiod),
            ("bookyear", self.bookyear),
            ("date", self.date),
            ("debtor_customer_number", self.debtor_customer_number),
            ("debtor_id", self.debtor_id),
            ("description", self.description),
            ("id", self.id),
            ("invoice_number", self.invoice_number),
            ("journal_id", self.journal_id),
            ("payment_condition_id", self.payment_condition_id),
            ("payment_due_date", self.payment_due_date),
            ("status", self.status),
            ("vat_amount", self.vat_amount),
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
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(SalesInvoice, "meta", ItemMeta.from_dict)
