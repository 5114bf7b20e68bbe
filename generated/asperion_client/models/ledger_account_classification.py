from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access

T = TypeVar("T", bound="LedgerAccountClassification")


@_attrs_define
class LedgerAccountClassification:
    """A node of the chart of accounts with its RGS code (S1). Fields assumed."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
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
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        ledger_account_classification = _new(cls)
        ledger_account_classification._meta_json = meta  # type: ignore[attr-defined]
        ledger_account_classification.code = _take("code", UNSET)
        ledger_account_classification.description = _take("description", UNSET)
        ledger_account_classification.id = _take("id", UNSET)
        ledger_account_classification.level = _take("level", UNSET)
        ledger_account_classification.parent_id = _take("parentId", UNSET)
        ledger_account_classification.rgs_code = _take("rgsCode", UNSET)
        ledger_account_classification.additional_properties = (
            dict(src_dict.items()) if src_dict else {}
        )
        return ledger_account_classification

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
            ledger_account_classification = _new(cls)
            ledger_account_classification._meta_json = meta  # type: ignore[attr-defined]
            ledger_account_classification.code = _take("code", UNSET)
            ledger_account_classification.description = _take("description", UNSET)
            ledger_account_classification.id = _take("id", UNSET)
            ledger_account_classification.level = _take("level", UNSET)
            ledger_account_classification.parent_id = _take("parentId", UNSET)
            ledger_account_classification.rgs_code = _take("rgsCode", UNSET)
            ledger_account_classification.additional_properties = (
                dict(src_dict.items()) if src_dict else {}
            )
            _append(ledger_account_classification)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("code", self.code),
            ("description", self.description),
            ("id", self.id),
            ("level", self.level),
            ("parent_id", self.parent_id),
            ("rgs_code", self.rgs_code),
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
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(LedgerAccountClassification, "meta", ItemMeta.from_dict)
