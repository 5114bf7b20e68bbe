from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemMeta")


@_attrs_define
class ItemMeta:
    """An item's own _meta: its administration and its URL."""

    administration_id: int | None | Unset = UNSET
    administration_name: None | str | Unset = UNSET
    profile_name: None | str | Unset = UNSET
    self_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        administration_id: int | None | Unset
        if isinstance(self.administration_id, Unset):
            administration_id = UNSET
        else:
            administration_id = self.administration_id

        administration_name: None | str | Unset
        if isinstance(self.administration_name, Unset):
            administration_name = UNSET
        else:
            administration_name = self.administration_name

        profile_name: None | str | Unset
        if isinstance(self.profile_name, Unset):
            profile_name = UNSET
        else:
            profile_name = self.profile_name

        self_: None | str | Unset
        if isinstance(self.self_, Unset):
            self_ = UNSET
        else:
            self_ = self.self_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if administration_id is not UNSET:
            field_dict["administrationId"] = administration_id
        if administration_name is not UNSET:
            field_dict["administrationName"] = administration_name
        if profile_name is not UNSET:
            field_dict["profileName"] = profile_name
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        item_meta = _new(cls)
        item_meta.administration_id = _take("administrationId", UNSET)
        item_meta.administration_name = _take("administrationName", UNSET)
        item_meta.profile_name = _take("profileName", UNSET)
        item_meta.self_ = _take("self", UNSET)
        item_meta.additional_properties = dict(src_dict.items()) if src_dict else {}
        return item_meta

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
            item_meta = _new(cls)
            item_meta.administration_id = _take("administrationId", UNSET)
            item_meta.administration_name = _take("administrationName", UNSET)
            item_meta.profile_name = _take("profileName", UNSET)
            item_meta.self_ = _take("self", UNSET)
            item_meta.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(item_meta)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("administration_id", self.administration_id),
            ("administration_name", self.administration_name),
            ("profile_name", self.profile_name),
            ("self_", self.self_),
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
