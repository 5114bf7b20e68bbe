from __future__ import annotations

from collections.abc import Iterable, Mapping
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
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        price = _parse_price(_take("price", UNSET))
        article_input = _new(cls)
        article_input.active = _take("active", UNSET)
        article_input.description = _take("description", UNSET)
        article_input.price = price
        article_input.sales_type_id = _take("salesTypeId", UNSET)
        article_input.sku = _take("sku", UNSET)
        article_input.unit = _take("unit", UNSET)
        article_input.vat_code = _take("vatCode", UNSET)
        article_input.additional_properties = dict(src_dict.items()) if src_dict else {}
        return article_input

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
            price = _parse_price(_take("price", UNSET))
            article_input = _new(cls)
            article_input.active = _take("active", UNSET)
            article_input.description = _take("description", UNSET)
            article_input.price = price
            article_input.sales_type_id = _take("salesTypeId", UNSET)
            article_input.sku = _take("sku", UNSET)
            article_input.unit = _take("unit", UNSET)
            article_input.vat_code = _take("vatCode", UNSET)
            article_input.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(article_input)
        return _models

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
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"price: unexpected {type(data).__name__}")
    price_type_0 = to_decimal(data)

    return price_type_0
