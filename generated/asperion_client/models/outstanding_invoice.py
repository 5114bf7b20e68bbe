from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_date, to_decimal

T = TypeVar("T", bound="OutstandingInvoice")


@_attrs_define
class OutstandingInvoice:
    """An outstanding invoice: open amount, date, age, days overdue, and the debtor or creditor's id, number and name (S1).
    Field names assumed.

    """

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    age: int | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    days_overdue: int | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    id: int | Unset = UNSET
    invoice_id: int | None | Unset = UNSET
    invoice_number: None | str | Unset = UNSET
    open_amount: Decimal | None | Unset = UNSET
    relation_id: int | None | Unset = UNSET
    relation_name: None | str | Unset = UNSET
    relation_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        age: int | None | Unset
        if isinstance(self.age, Unset):
            age = UNSET
        else:
            age = self.age

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        days_overdue: int | None | Unset
        if isinstance(self.days_overdue, Unset):
            days_overdue = UNSET
        else:
            days_overdue = self.days_overdue

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        id = self.id

        invoice_id: int | None | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        open_amount: Decimal | None | Unset
        if isinstance(self.open_amount, Unset):
            open_amount = UNSET
        else:
            open_amount = self.open_amount

        relation_id: int | None | Unset
        if isinstance(self.relation_id, Unset):
            relation_id = UNSET
        else:
            relation_id = self.relation_id

        relation_name: None | str | Unset
        if isinstance(self.relation_name, Unset):
            relation_name = UNSET
        else:
            relation_name = self.relation_name

        relation_number: None | str | Unset
        if isinstance(self.relation_number, Unset):
            relation_number = UNSET
        else:
            relation_number = self.relation_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if age is not UNSET:
            field_dict["age"] = age
        if date is not UNSET:
            field_dict["date"] = date
        if days_overdue is not UNSET:
            field_dict["daysOverdue"] = days_overdue
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if invoice_number is not UNSET:
            field_dict["invoiceNumber"] = invoice_number
        if open_amount is not UNSET:
            field_dict["openAmount"] = open_amount
        if relation_id is not UNSET:
            field_dict["relationId"] = relation_id
        if relation_name is not UNSET:
            field_dict["relationName"] = relation_name
        if relation_number is not UNSET:
            field_dict["relationNumber"] = relation_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        date = _parse_date(_take("date", UNSET))
        due_date = _parse_due_date(_take("dueDate", UNSET))
        open_amount = _parse_open_amount(_take("openAmount", UNSET))
        outstanding_invoice = _new(cls)
        outstanding_invoice._meta_json = meta  # type: ignore[attr-defined]
        outstanding_invoice.age = _take("age", UNSET)
        outstanding_invoice.date = date
        outstanding_invoice.days_overdue = _take("daysOverdue", UNSET)
        outstanding_invoice.due_date = due_date
        outstanding_invoice.id = _take("id", UNSET)
        outstanding_invoice.invoice_id = _take("invoiceId", UNSET)
        outstanding_invoice.invoice_number = _take("invoiceNumber", UNSET)
        outstanding_invoice.open_amount = open_amount
        outstanding_invoice.relation_id = _take("relationId", UNSET)
        outstanding_invoice.relation_name = _take("relationName", UNSET)
        outstanding_invoice.relation_number = _take("relationNumber", UNSET)
        outstanding_invoice.additional_properties = dict(src_dict.items()) if src_dict else {}
        return outstanding_invoice

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
            date = _parse_date(_take("date", UNSET))
            due_date = _parse_due_date(_take("dueDate", UNSET))
            open_amount = _parse_open_amount(_take("openAmount", UNSET))
            outstanding_invoice = _new(cls)
            outstanding_invoice._meta_json = meta  # type: ignore[attr-defined]
            outstanding_invoice.age = _take("age", UNSET)
            outstanding_invoice.date = date
            outstanding_invoice.days_overdue = _take("daysOverdue", UNSET)
            outstanding_invoice.due_date = due_date
            outstanding_invoice.id = _take("id", UNSET)
            outstanding_invoice.invoice_id = _take("invoiceId", UNSET)
            outstanding_invoice.invoice_number = _take("invoiceNumber", UNSET)
            outstanding_invoice.open_amount = open_amount
            outstanding_invoice.relation_id = _take("relationId", UNSET)
            outstanding_invoice.relation_name = _take("relationName", UNSET)
            outstanding_invoice.relation_number = _take("relationNumber", UNSET)
            outstanding_invoice.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(outstanding_invoice)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("age", self.age),
            ("date", self.date),
            ("days_overdue", self.days_overdue),
            ("due_date", self.due_date),
            ("id", self.id),
            ("invoice_id", self.invoice_id),
            ("invoice_number", self.invoice_number),
            ("open_amount", self.open_amount),
            ("relation_id", self.relation_id),
            ("relation_name", self.relation_name),
            ("relation_number", self.relation_number),
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


def _parse_date(data: object) -> datetime.date | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"date: unexpected {type(data).__name__}")
    date_type_0 = to_date(data)

    return date_type_0


def _parse_due_date(data: object) -> datetime.date | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"dueDate: unexpected {type(data).__name__}")
    due_date_type_0 = to_date(data)

    return due_date_type_0


def _parse_open_amount(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"openAmount: unexpected {type(data).__name__}")
    open_amount_type_0 = to_decimal(data)

    return open_amount_type_0


# Imported after the class so that models that refer to each other import in any order.
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(OutstandingInvoice, "meta", ItemMeta.from_dict)
