from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_date

T = TypeVar("T", bound="SalesOrderHeader")


@_attrs_define
class SalesOrderHeader:
    """A sales order (trade module only, S1). Header fields assumed."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    date: datetime.date | None | Unset = UNSET
    debtor_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
    reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

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

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if date is not UNSET:
            field_dict["date"] = date
        if debtor_id is not UNSET:
            field_dict["debtorId"] = debtor_id
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference

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
        sales_order_header = _new(cls)
        sales_order_header._meta_json = meta  # type: ignore[attr-defined]
        sales_order_header.date = date
        sales_order_header.debtor_id = _take("debtorId", UNSET)
        sales_order_header.description = _take("description", UNSET)
        sales_order_header.id = _take("id", UNSET)
        sales_order_header.reference = _take("reference", UNSET)
        sales_order_header.additional_properties = dict(src_dict.items()) if src_dict else {}
        return sales_order_header

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
            sales_order_header = _new(cls)
            sales_order_header._meta_json = meta  # type: ignore[attr-defined]
            sales_order_header.date = date
            sales_order_header.debtor_id = _take("debtorId", UNSET)
            sales_order_header.description = _take("description", UNSET)
            sales_order_header.id = _take("id", UNSET)
            sales_order_header.reference = _take("reference", UNSET)
            sales_order_header.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(sales_order_header)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("date", self.date),
            ("debtor_id", self.debtor_id),
            ("description", self.description),
            ("id", self.id),
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


# Imported after the class so that models that refer to each other import in any order.
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(SalesOrderHeader, "meta", ItemMeta.from_dict)
