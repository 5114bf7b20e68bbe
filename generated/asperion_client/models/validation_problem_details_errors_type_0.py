from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ValidationProblemDetailsErrorsType0")


@_attrs_define
class ValidationProblemDetailsErrorsType0:
    additional_properties: dict[str, list[str]] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        validation_problem_details_errors_type_0 = _new(cls)
        additional_properties = {}
        for prop_name, prop_dict in src_dict.items():
            additional_property = cast(list[str], prop_dict)

            additional_properties[prop_name] = additional_property

        validation_problem_details_errors_type_0.additional_properties = additional_properties
        return validation_problem_details_errors_type_0

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
            validation_problem_details_errors_type_0 = _new(cls)
            additional_properties = {}
            for prop_name, prop_dict in src_dict.items():
                additional_property = cast(list[str], prop_dict)

                additional_properties[prop_name] = additional_property

            validation_problem_details_errors_type_0.additional_properties = additional_properties
            _append(validation_problem_details_errors_type_0)
        return _models

    def __repr__(self) -> str:
        shown: list[str] = []
        if self.additional_properties:
            shown.append(f"additional_properties={self.additional_properties!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[str]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[str]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
