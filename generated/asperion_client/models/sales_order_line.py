from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_decimal

T = TypeVar("T", bound="SalesOrderLine")


@_attrs_define
class SalesOrderLine:
    """A sales order line: bookingType A (article, needs articleSku) or T (text) (S1)."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    article_sku: None | str | Unset = UNSET
    booking_type: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
    price: Decimal | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        price: Decimal | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        quantity: Decimal | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if article_sku is not UNSET:
            field_dict["articleSku"] = article_sku
        if booking_type is not UNSET:
            field_dict["bookingType"] = booking_type
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if price is not UNSET:
            field_dict["price"] = price
        if quantity is not UNSET:
            field_dict["quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        price = _parse_price(_take("price", UNSET))
        quantity = _parse_quantity(_take("quantity", UNSET))
        sales_order_line = _new(cls)
        sales_order_line._meta_json = meta  # type: ignore[attr-defined]
        sales_order_line.article_sku = _take("articleSku", UNSET)
        sales_order_line.booking_type = _take("bookingType", UNSET)
        sales_order_line.description = _take("description", UNSET)
        sales_order_line.id = _take("id", UNSET)
        sales_order_line.price = price
        sales_order_line.quantity = quantity
        sales_order_line.additional_properties = dict(src_dict.items()) if src_dict else {}
        return sales_order_line

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
            price = _parse_price(_take("price", UNSET))
            quantity = _parse_quantity(_take("quantity", UNSET))
            sales_order_line = _new(cls)
            sales_order_line._meta_json = meta  # type: ignore[attr-defined]
            sales_order_line.article_sku = _take("articleSku", UNSET)
            sales_order_line.booking_type = _take("bookingType", UNSET)
            sales_order_line.description = _take("description", UNSET)
            sales_order_line.id = _take("id", UNSET)
            sales_order_line.price = price
            sales_order_line.quantity = quantity
            sales_order_line.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(sales_order_line)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("article_sku", self.article_sku),
            ("booking_type", self.booking_type),
            ("description", self.description),
            ("id", self.id),
            ("price", self.price),
            ("quantity", self.quantity),
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


def _parse_price(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"price: unexpected {type(data).__name__}")
    price_type_0 = to_decimal(data)

    return price_type_0


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


# Imported after the class so that models that refer to each other import in any order.
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(SalesOrderLine, "meta", ItemMeta.from_dict)
