from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_datetime, to_decimal

T = TypeVar("T", bound="VatCode")


@_attrs_define
class VatCode:
    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    country_code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    id: str | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    percentage: Decimal | None | Unset = UNSET
    sales_code: bool | None | Unset = UNSET
    valid_from: datetime.datetime | None | Unset = UNSET
    valid_until: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        percentage: Decimal | None | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        else:
            percentage = self.percentage

        sales_code: bool | None | Unset
        if isinstance(self.sales_code, Unset):
            sales_code = UNSET
        else:
            sales_code = self.sales_code

        valid_from: None | str | Unset
        if isinstance(self.valid_from, Unset):
            valid_from = UNSET
        elif isinstance(self.valid_from, datetime.datetime):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.datetime):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if sales_code is not UNSET:
            field_dict["salesCode"] = sales_code
        if valid_from is not UNSET:
            field_dict["validFrom"] = valid_from
        if valid_until is not UNSET:
            field_dict["validUntil"] = valid_until

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        percentage = _parse_percentage(_take("percentage", UNSET))
        valid_from = _parse_valid_from(_take("validFrom", UNSET))
        valid_until = _parse_valid_until(_take("validUntil", UNSET))
        vat_code = _new(cls)
        vat_code._meta_json = meta  # type: ignore[attr-defined]
        vat_code.country_code = _take("countryCode", UNSET)
        vat_code.description = _take("description", UNSET)
        vat_code.id = _take("id", UNSET)
        vat_code.is_default = _take("isDefault", UNSET)
        vat_code.percentage = percentage
        vat_code.sales_code = _take("salesCode", UNSET)
        vat_code.valid_from = valid_from
        vat_code.valid_until = valid_until
        vat_code.additional_properties = dict(src_dict.items()) if src_dict else {}
        return vat_code

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
            percentage = _parse_percentage(_take("percentage", UNSET))
            valid_from = _parse_valid_from(_take("validFrom", UNSET))
            valid_until = _parse_valid_until(_take("validUntil", UNSET))
            vat_code = _new(cls)
            vat_code._meta_json = meta  # type: ignore[attr-defined]
            vat_code.country_code = _take("countryCode", UNSET)
            vat_code.description = _take("description", UNSET)
            vat_code.id = _take("id", UNSET)
            vat_code.is_default = _take("isDefault", UNSET)
            vat_code.percentage = percentage
            vat_code.sales_code = _take("salesCode", UNSET)
            vat_code.valid_from = valid_from
            vat_code.valid_until = valid_until
            vat_code.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(vat_code)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("country_code", self.country_code),
            ("description", self.description),
            ("id", self.id),
            ("is_default", self.is_default),
            ("percentage", self.percentage),
            ("sales_code", self.sales_code),
            ("valid_from", self.valid_from),
            ("valid_until", self.valid_until),
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


def _parse_percentage(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"percentage: unexpected {type(data).__name__}")
    percentage_type_0 = to_decimal(data)

    return percentage_type_0


def _parse_valid_from(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"validFrom: unexpected {type(data).__name__}")
    valid_from_type_0 = to_datetime(data)

    return valid_from_type_0


def _parse_valid_until(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"validUntil: unexpected {type(data).__name__}")
    valid_until_type_0 = to_datetime(data)

    return valid_until_type_0


# Imported after the class so that models that refer to each other import in any order.
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(VatCode, "meta", ItemMeta.from_dict)
