from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_date

T = TypeVar("T", bound="Mandate")


@_attrs_define
class Mandate:
    """A SEPA direct-debit mandate; PUT updates signDate (S1). Other fields assumed."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    active: bool | None | Unset = UNSET
    debtor_id: int | None | Unset = UNSET
    iban: None | str | Unset = UNSET
    id: int | Unset = UNSET
    reference: None | str | Unset = UNSET
    sign_date: datetime.date | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        debtor_id: int | None | Unset
        if isinstance(self.debtor_id, Unset):
            debtor_id = UNSET
        else:
            debtor_id = self.debtor_id

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        id = self.id

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        sign_date: None | str | Unset
        if isinstance(self.sign_date, Unset):
            sign_date = UNSET
        elif isinstance(self.sign_date, datetime.date):
            sign_date = self.sign_date.isoformat()
        else:
            sign_date = self.sign_date

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
        if active is not UNSET:
            field_dict["active"] = active
        if debtor_id is not UNSET:
            field_dict["debtorId"] = debtor_id
        if iban is not UNSET:
            field_dict["iban"] = iban
        if id is not UNSET:
            field_dict["id"] = id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if sign_date is not UNSET:
            field_dict["signDate"] = sign_date
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        sign_date = _parse_sign_date(_take("signDate", UNSET))
        mandate = _new(cls)
        mandate._meta_json = meta  # type: ignore[attr-defined]
        mandate.active = _take("active", UNSET)
        mandate.debtor_id = _take("debtorId", UNSET)
        mandate.iban = _take("iban", UNSET)
        mandate.id = _take("id", UNSET)
        mandate.reference = _take("reference", UNSET)
        mandate.sign_date = sign_date
        mandate.type_ = _take("type", UNSET)
        mandate.additional_properties = dict(src_dict.items()) if src_dict else {}
        return mandate

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
            sign_date = _parse_sign_date(_take("signDate", UNSET))
            mandate = _new(cls)
            mandate._meta_json = meta  # type: ignore[attr-defined]
            mandate.active = _take("active", UNSET)
            mandate.debtor_id = _take("debtorId", UNSET)
            mandate.iban = _take("iban", UNSET)
            mandate.id = _take("id", UNSET)
            mandate.reference = _take("reference", UNSET)
            mandate.sign_date = sign_date
            mandate.type_ = _take("type", UNSET)
            mandate.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(mandate)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("active", self.active),
            ("debtor_id", self.debtor_id),
            ("iban", self.iban),
            ("id", self.id),
            ("reference", self.reference),
            ("sign_date", self.sign_date),
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


def _parse_sign_date(data: object) -> datetime.date | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"signDate: unexpected {type(data).__name__}")
    sign_date_type_0 = to_date(data)

    return sign_date_type_0


# Imported after the class so that models that refer to each other import in any order.
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(Mandate, "meta", ItemMeta.from_dict)
