from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_decimal

T = TypeVar("T", bound="InvoiceLine")


@_attrs_define
class InvoiceLine:
    """An invoice line. bookingType: A=article, V=sales type, G=ledger account, T=text (S1)."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    amount: Decimal | None | Unset = UNSET
    article_sku: None | str | Unset = UNSET
    booking_type: None | str | Unset = UNSET
    cost_center_id: int | None | Unset = UNSET
    cost_unit_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
    ledger_account_id: int | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    sales_type_id: int | None | Unset = UNSET
    vat_amount: Decimal | None | Unset = UNSET
    vat_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        amount: Decimal | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        article_sku: None | str | Unset
        if isinstance(self.article_sku, Unset):
            article_sku = UNSET
        else:
            article_sku = self.article_sku

        booking_type: None | str | Unset
        if isinstance(self.booking_type, Unset):
            booking_type = UNSET
        else:
            booking_type = self.booking_type

        cost_center_id: int | None | Unset
        if isinstance(self.cost_center_id, Unset):
            cost_center_id = UNSET
        else:
            cost_center_id = self.cost_center_id

        cost_unit_id: int | None | Unset
        if isinstance(self.cost_unit_id, Unset):
            cost_unit_id = UNSET
        else:
            cost_unit_id = self.cost_unit_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        ledger_account_id: int | None | Unset
        if isinstance(self.ledger_account_id, Unset):
            ledger_account_id = UNSET
        else:
            ledger_account_id = self.ledger_account_id

        quantity: Decimal | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        sales_type_id: int | None | Unset
        if isinstance(self.sales_type_id, Unset):
            sales_type_id = UNSET
        else:
            sales_type_id = self.sales_type_id

        vat_amount: Decimal | None | Unset
        if isinstance(self.vat_amount, Unset):
            vat_amount = UNSET
        else:
            vat_amount = self.vat_amount

        vat_code: None | str | Unset
        if isinstance(self.vat_code, Unset):
            vat_code = UNSET
        else:
            vat_code = self.vat_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if amount is not UNSET:
            field_dict["amount"] = amount
        if article_sku is not UNSET:
            field_dict["articleSku"] = article_sku
        if booking_type is not UNSET:
            field_dict["bookingType"] = booking_type
        if cost_center_id is not UNSET:
            field_dict["costCenterId"] = cost_center_id
        if cost_unit_id is not UNSET:
            field_dict["costUnitId"] = cost_unit_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if ledger_account_id is not UNSET:
            field_dict["ledgerAccountId"] = ledger_account_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if sales_type_id is not UNSET:
            field_dict["salesTypeId"] = sales_type_id
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount
        if vat_code is not UNSET:
            field_dict["vatCode"] = vat_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        amount = _parse_amount(_take("amount", UNSET))
        quantity = _parse_quantity(_take("quantity", UNSET))
        vat_amount = _parse_vat_amount(_take("vatAmount", UNSET))
        invoice_line = _new(cls)
        invoice_line._meta_json = meta  # type: ignore[attr-defined]
        invoice_line.amount = amount
        invoice_line.article_sku = _take("articleSku", UNSET)
        invoice_line.booking_type = _take("bookingType", UNSET)
        invoice_line.cost_center_id = _take("costCenterId", UNSET)
        invoice_line.cost_unit_id = _take("costUnitId", UNSET)
        invoice_line.description = _take("description", UNSET)
        invoice_line.id = _take("id", UNSET)
        invoice_line.ledger_account_id = _take("ledgerAccountId", UNSET)
        invoice_line.quantity = quantity
        invoice_line.sales_type_id = _take("salesTypeId", UNSET)
        invoice_line.vat_amount = vat_amount
        invoice_line.vat_code = _take("vatCode", UNSET)
        invoice_line.additional_properties = dict(src_dict.items()) if src_dict else {}
        return invoice_line

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
            amount = _parse_amount(_take("amount", UNSET))
            quantity = _parse_quantity(_take("quantity", UNSET))
            vat_amount = _parse_vat_amount(_take("vatAmount", UNSET))
            invoice_line = _new(cls)
            invoice_line._meta_json = meta  # type: ignore[attr-defined]
            invoice_line.amount = amount
            invoice_line.article_sku = _take("articleSku", UNSET)
            invoice_line.booking_type = _take("bookingType", UNSET)
            invoice_line.cost_center_id = _take("costCenterId", UNSET)
            invoice_line.cost_unit_id = _take("costUnitId", UNSET)
            invoice_line.description = _take("description", UNSET)
            invoice_line.id = _take("id", UNSET)
            invoice_line.ledger_account_id = _take("ledgerAccountId", UNSET)
            invoice_line.quantity = quantity
            invoice_line.sales_type_id = _take("salesTypeId", UNSET)
            invoice_line.vat_amount = vat_amount
            invoice_line.vat_code = _take("vatCode", UNSET)
            invoice_line.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(invoice_line)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("amount", self.amount),
            ("article_sku", self.article_sku),
            ("booking_type", self.booking_type),
            ("cost_center_id", self.cost_center_id),
            ("cost_unit_id", self.cost_unit_id),
            ("description", self.description),
            ("id", self.id),
            ("ledger_account_id", self.ledger_account_id),
            ("quantity", self.quantity),
            ("sales_type_id", self.sales_type_id),
            ("vat_amount", self.vat_amount),
            ("vat_code", self.vat_code),
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


def _parse_amount(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"amount: unexpected {type(data).__name__}")
    amount_type_0 = to_decimal(data)

    return amount_type_0


def _parse_quantity(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"quantity: unexpected {type(data).__name__}")
    quantity_type_0 = to_decimal(data)

    return quantity_type_0


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
read_on_first_access(InvoiceLine, "meta", ItemMeta.from_dict)
