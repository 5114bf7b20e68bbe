from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_date

T = TypeVar("T", bound="DraftSalesInvoiceInput")


@_attrs_define
class DraftSalesInvoiceInput:
    """Create or update a draft sales invoice header. Fields assumed."""

    date: datetime.date | None | Unset = UNSET
    debtor_customer_number: None | str | Unset = UNSET
    debtor_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    payment_condition_id: int | None | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        payment_condition_id: int | None | Unset
        if isinstance(self.payment_condition_id, Unset):
            payment_condition_id = UNSET
        else:
            payment_condition_id = self.payment_condition_id

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if debtor_customer_number is not UNSET:
            field_dict["debtorCustomerNumber"] = debtor_customer_number
        if debtor_id is not UNSET:
            field_dict["debtorId"] = debtor_id
        if description is not UNSET:
            field_dict["description"] = description
        if payment_condition_id is not UNSET:
            field_dict["paymentConditionId"] = payment_condition_id
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        date = _parse_date(_take("date", UNSET))
        draft_sales_invoice_input = _new(cls)
        draft_sales_invoice_input.date = date
        draft_sales_invoice_input.debtor_customer_number = _take("debtorCustomerNumber", UNSET)
        draft_sales_invoice_input.debtor_id = _take("debtorId", UNSET)
        draft_sales_invoice_input.description = _take("description", UNSET)
        draft_sales_invoice_input.payment_condition_id = _take("paymentConditionId", UNSET)
        draft_sales_invoice_input.payment_method_id = _take("paymentMethodId", UNSET)
        draft_sales_invoice_input.reference = _take("reference", UNSET)
        draft_sales_invoice_input.additional_properties = dict(src_dict.items()) if src_dict else {}
        return draft_sales_invoice_input

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
            date = _parse_date(_take("date", UNSET))
            draft_sales_invoice_input = _new(cls)
            draft_sales_invoice_input.date = date
            draft_sales_invoice_input.debtor_customer_number = _take("debtorCustomerNumber", UNSET)
            draft_sales_invoice_input.debtor_id = _take("debtorId", UNSET)
            draft_sales_invoice_input.description = _take("description", UNSET)
            draft_sales_invoice_input.payment_condition_id = _take("paymentConditionId", UNSET)
            draft_sales_invoice_input.payment_method_id = _take("paymentMethodId", UNSET)
            draft_sales_invoice_input.reference = _take("reference", UNSET)
            draft_sales_invoice_input.additional_properties = (
                dict(src_dict.items()) if src_dict else {}
            )
            _append(draft_sales_invoice_input)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("date", self.date),
            ("debtor_customer_number", self.debtor_customer_number),
            ("debtor_id", self.debtor_id),
            ("description", self.description),
            ("payment_condition_id", self.payment_condition_id),
            ("payment_method_id", self.payment_method_id),
            ("reference", self.reference),
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
