from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """The list envelope's _meta (also of embedded lines, S3)."""

    administration_id: int | None | Unset = UNSET
    administration_name: None | str | Unset = UNSET
    next_page: None | str | Unset = UNSET
    """ Absolute URL with page=N, or null. """
    page_count: int | Unset = UNSET
    previous_page: None | str | Unset = UNSET
    """ Absolute URL, or null. """
    profile_name: None | str | Unset = UNSET
    self_: None | str | Unset = UNSET
    total_count: int | Unset = UNSET
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

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        page_count = self.page_count

        previous_page: None | str | Unset
        if isinstance(self.previous_page, Unset):
            previous_page = UNSET
        else:
            previous_page = self.previous_page

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

        total_count = self.total_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if administration_id is not UNSET:
            field_dict["administrationId"] = administration_id
        if administration_name is not UNSET:
            field_dict["administrationName"] = administration_name
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if page_count is not UNSET:
            field_dict["pageCount"] = page_count
        if previous_page is not UNSET:
            field_dict["previousPage"] = previous_page
        if profile_name is not UNSET:
            field_dict["profileName"] = profile_name
        if self_ is not UNSET:
            field_dict["self"] = self_
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _new(cls)
        meta.administration_id = _take("administrationId", UNSET)
        meta.administration_name = _take("administrationName", UNSET)
        meta.next_page = _take("nextPage", UNSET)
        meta.page_count = _take("pageCount", UNSET)
        meta.previous_page = _take("previousPage", UNSET)
        meta.profile_name = _take("profileName", UNSET)
        meta.self_ = _take("self", UNSET)
        meta.total_count = _take("totalCount", UNSET)
        meta.additional_properties = dict(src_dict.items()) if src_dict else {}
        return meta

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
            meta = _new(cls)
            meta.administration_id = _take("administrationId", UNSET)
            meta.administration_name = _take("administrationName", UNSET)
            meta.next_page = _take("nextPage", UNSET)
            meta.page_count = _take("pageCount", UNSET)
            meta.previous_page = _take("previousPage", UNSET)
            meta.profile_name = _take("profileName", UNSET)
            meta.self_ = _take("self", UNSET)
            meta.total_count = _take("totalCount", UNSET)
            meta.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(meta)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("administration_id", self.administration_id),
            ("administration_name", self.administration_name),
            ("next_page", self.next_page),
            ("page_count", self.page_count),
            ("previous_page", self.previous_page),
            ("profile_name", self.profile_name),
            ("self_", self.self_),
            ("total_count", self.total_count),
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
