from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_datetime

T = TypeVar("T", bound="JournalEntryLogItem")


@_attrs_define
class JournalEntryLogItem:
    """One change of a journal entry. action tracks deletions (S6); the value set (Created, Modified, Deleted) is assumed."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    action: None | str | Unset = UNSET
    changed_date: datetime.datetime | None | Unset = UNSET
    id: int | Unset = UNSET
    journal_entry_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        changed_date: None | str | Unset
        if isinstance(self.changed_date, Unset):
            changed_date = UNSET
        elif isinstance(self.changed_date, datetime.datetime):
            changed_date = self.changed_date.isoformat()
        else:
            changed_date = self.changed_date

        id = self.id

        journal_entry_id: int | None | Unset
        if isinstance(self.journal_entry_id, Unset):
            journal_entry_id = UNSET
        else:
            journal_entry_id = self.journal_entry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if action is not UNSET:
            field_dict["action"] = action
        if changed_date is not UNSET:
            field_dict["changedDate"] = changed_date
        if id is not UNSET:
            field_dict["id"] = id
        if journal_entry_id is not UNSET:
            field_dict["journalEntryId"] = journal_entry_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        changed_date = _parse_changed_date(_take("changedDate", UNSET))
        journal_entry_log_item = _new(cls)
        journal_entry_log_item._meta_json = meta  # type: ignore[attr-defined]
        journal_entry_log_item.action = _take("action", UNSET)
        journal_entry_log_item.changed_date = changed_date
        journal_entry_log_item.id = _take("id", UNSET)
        journal_entry_log_item.journal_entry_id = _take("journalEntryId", UNSET)
        journal_entry_log_item.additional_properties = dict(src_dict.items()) if src_dict else {}
        return journal_entry_log_item

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
            changed_date = _parse_changed_date(_take("changedDate", UNSET))
            journal_entry_log_item = _new(cls)
            journal_entry_log_item._meta_json = meta  # type: ignore[attr-defined]
            journal_entry_log_item.action = _take("action", UNSET)
            journal_entry_log_item.changed_date = changed_date
            journal_entry_log_item.id = _take("id", UNSET)
            journal_entry_log_item.journal_entry_id = _take("journalEntryId", UNSET)
            journal_entry_log_item.additional_properties = (
                dict(src_dict.items()) if src_dict else {}
            )
            _append(journal_entry_log_item)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("action", self.action),
            ("changed_date", self.changed_date),
            ("id", self.id),
            ("journal_entry_id", self.journal_entry_id),
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


def _parse_changed_date(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"changedDate: unexpected {type(data).__name__}")
    changed_date_type_0 = to_datetime(data)

    return changed_date_type_0


# Imported after the class so that models that refer to each other import in any order.
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(JournalEntryLogItem, "meta", ItemMeta.from_dict)
