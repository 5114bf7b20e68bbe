from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access

T = TypeVar("T", bound="JournalEntryCollection")


@_attrs_define
class JournalEntryCollection:
    """A page of JournalEntry items in the list envelope."""

    data: list[JournalEntry] | Unset = UNSET
    meta: Meta | Unset = UNSET
    """ The list envelope's _meta (also of embedded lines, S3). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["_data"] = data
        if meta is not UNSET:
            field_dict["_meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        _data = _take("_data", UNSET)
        data: list[JournalEntry] | Unset = UNSET
        if _data is not UNSET:
            data = JournalEntry.from_dicts(_data)

        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = Meta.from_dict(meta)
        journal_entry_collection = _new(cls)
        journal_entry_collection.data = data
        journal_entry_collection._meta_json = meta  # type: ignore[attr-defined]
        journal_entry_collection.additional_properties = dict(src_dict.items()) if src_dict else {}
        return journal_entry_collection

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
            _data = _take("_data", UNSET)
            data: list[JournalEntry] | Unset = UNSET
            if _data is not UNSET:
                data = JournalEntry.from_dicts(_data)

            meta = _take("_meta", UNSET)
            if not (type(meta) is dict or meta is UNSET):
                meta = Meta.from_dict(meta)
            journal_entry_collection = _new(cls)
            journal_entry_collection.data = data
            journal_entry_collection._meta_json = meta  # type: ignore[attr-defined]
            journal_entry_collection.additional_properties = (
                dict(src_dict.items()) if src_dict else {}
            )
            _append(journal_entry_collection)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("data", self.data),
            ("meta", self.meta),
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


# Imported after the class so that models that refer to each other import in any order.
from ..models.journal_entry import JournalEntry
from ..models.meta import Meta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(JournalEntryCollection, "meta", Meta.from_dict)
