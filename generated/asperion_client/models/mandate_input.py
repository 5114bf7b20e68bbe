from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_date

T = TypeVar("T", bound="MandateInput")


@_attrs_define
class MandateInput:
    """Create a mandate or update its signDate (S1). Fields other than signDate assumed."""

    iban: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    sign_date: datetime.date | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

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
        if iban is not UNSET:
            field_dict["iban"] = iban
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
        sign_date = _parse_sign_date(_take("signDate", UNSET))
        mandate_input = _new(cls)
        mandate_input.iban = _take("iban", UNSET)
        mandate_input.reference = _take("reference", UNSET)
        mandate_input.sign_date = sign_date
        mandate_input.type_ = _take("type", UNSET)
        mandate_input.additional_properties = dict(src_dict.items()) if src_dict else {}
        return mandate_input

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
            sign_date = _parse_sign_date(_take("signDate", UNSET))
            mandate_input = _new(cls)
            mandate_input.iban = _take("iban", UNSET)
            mandate_input.reference = _take("reference", UNSET)
            mandate_input.sign_date = sign_date
            mandate_input.type_ = _take("type", UNSET)
            mandate_input.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(mandate_input)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("iban", self.iban),
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
