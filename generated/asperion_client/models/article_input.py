from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="ArticleInput")


@_attrs_define
class ArticleInput:
    """Create or update an article (currentStock cannot be written, S1). Fields assumed."""

    active: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    price: Decimal | None | Unset = UNSET
    sales_type_id: int | None | Unset = UNSET
    sku: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    vat_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        price: Decimal | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        sales_type_id: int | None | Unset
        if isinstance(self.sales_type_id, Unset):
            sales_type_id = UNSET
        else:
            sales_type_id = self.sales_type_id

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        vat_code: None | str | Unset
        if isinstance(self.vat_code, Unset):
            vat_code = UNSET
        else:
            vat_code = self.vat_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if description is not UNSET:
            field_dict["description"] = description
        if price is not UNSET:
            field_dict["price"] = price
        if sales_type_id is not UNSET:
            field_dict["salesTypeId"] = sales_type_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if unit is not UNSET:
            field_dict["unit"] = unit
        if vat_code is not UNSET:
            field_dict["vatCode"] = vat_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active: bool | None | Unset = d.pop("active", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        price = _parse_price(d.pop("price", UNSET))

        sales_type_id: int | None | Unset = d.pop("salesTypeId", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

        unit: None | str | Unset = d.pop("unit", UNSET)

        vat_code: None | str | Unset = d.pop("vatCode", UNSET)

        article_input = cls(
            active=active,
            description=description,
            price=price,
            sales_type_id=sales_type_id,
            sku=sku,
            unit=unit,
            vat_code=vat_code,
        )

        article_input.additional_properties = d
        return article_input

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("active", self.active),
            ("description", self.description),
            ("price", self.price),
            ("sales_type_id", self.sales_type_id),
            ("sku", self.sku),
            ("unit", self.unit),
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


def _parse_price(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"price: unexpected {type(data).__name__}")
    price_type_0 = to_decimal(data)

    return price_type_0
