from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access

T = TypeVar("T", bound="CostUnit")


@_attrs_define
class CostUnit:
    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    conversion_code: None | str | Unset = UNSET
    cost_center: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        conversion_code: None | str | Unset
        if isinstance(self.conversion_code, Unset):
            conversion_code = UNSET
        else:
            conversion_code = self.conversion_code

        cost_center: int | None | Unset
        if isinstance(self.cost_center, Unset):
            cost_center = UNSET
        else:
            cost_center = self.cost_center

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if conversion_code is not UNSET:
            field_dict["conversionCode"] = conversion_code
        if cost_center is not UNSET:
            field_dict["costCenter"] = cost_center
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict):
            src_dict = dict(src_dict)
        get = src_dict.get
        meta = get("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        cost_unit = cls.__new__(cls)
        _set_meta(cost_unit, meta)
        cost_unit.conversion_code = get("conversionCode", UNSET)
        cost_unit.cost_center = get("costCenter", UNSET)
        cost_unit.description = get("description", UNSET)
        cost_unit.id = get("id", UNSET)
        cost_unit.type_ = get("type", UNSET)
        cost_unit.additional_properties = (
            {}
            if _KNOWN_KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KNOWN_KEYS}
        )
        return cost_unit

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("conversion_code", self.conversion_code),
            ("cost_center", self.cost_center),
            ("description", self.description),
            ("id", self.id),
            ("type_", self.type_),
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


# The keys that are fields; any other key of a body goes to additional_properties.
_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "_meta",
        "conversionCode",
        "costCenter",
        "description",
        "id",
        "type",
    }
)

# Imported after the class so that models that refer to each other import in any order.
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): from_dict stores the JSON object.
_set_meta = read_on_first_access(CostUnit, "meta", ItemMeta.from_dict)
