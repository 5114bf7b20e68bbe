from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_meta import ItemMeta


T = TypeVar("T", bound="LedgerAccountClassification")


@_attrs_define
class LedgerAccountClassification:
    """A node of the chart of accounts with its RGS code (S1). Fields assumed."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its URL. """
    code: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
    level: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    rgs_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        level: int | None | Unset
        if isinstance(self.level, Unset):
            level = UNSET
        else:
            level = self.level

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        rgs_code: None | str | Unset
        if isinstance(self.rgs_code, Unset):
            rgs_code = UNSET
        else:
            rgs_code = self.rgs_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if level is not UNSET:
            field_dict["level"] = level
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if rgs_code is not UNSET:
            field_dict["rgsCode"] = rgs_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.item_meta import ItemMeta  # noqa: PLC0415

        d = dict(src_dict)
        _meta = d.pop("_meta", UNSET)
        meta: ItemMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ItemMeta.from_dict(_meta)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        id = d.pop("id", UNSET)

        def _parse_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        level = _parse_level(d.pop("level", UNSET))

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_rgs_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rgs_code = _parse_rgs_code(d.pop("rgsCode", UNSET))

        ledger_account_classification = cls(
            meta=meta,
            code=code,
            description=description,
            id=id,
            level=level,
            parent_id=parent_id,
            rgs_code=rgs_code,
        )

        ledger_account_classification.additional_properties = d
        return ledger_account_classification

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
