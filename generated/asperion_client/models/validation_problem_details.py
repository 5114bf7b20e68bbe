from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationProblemDetails")


@_attrs_define
class ValidationProblemDetails:
    """A problem with field errors: field -> messages."""

    detail: None | str | Unset = UNSET
    instance: None | str | Unset = UNSET
    status: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    errors: None | Unset | ValidationProblemDetailsErrorsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        errors: dict[str, Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, ValidationProblemDetailsErrorsType0):
            errors = self.errors.to_dict()
        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if instance is not UNSET:
            field_dict["instance"] = instance
        if status is not UNSET:
            field_dict["status"] = status
        if title is not UNSET:
            field_dict["title"] = title
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        errors = _parse_errors(_take("errors", UNSET))
        validation_problem_details = _new(cls)
        validation_problem_details.detail = _take("detail", UNSET)
        validation_problem_details.instance = _take("instance", UNSET)
        validation_problem_details.status = _take("status", UNSET)
        validation_problem_details.title = _take("title", UNSET)
        validation_problem_details.trace_id = _take("traceId", UNSET)
        validation_problem_details.type_ = _take("type", UNSET)
        validation_problem_details.errors = errors
        validation_problem_details.additional_properties = (
            dict(src_dict.items()) if src_dict else {}
        )
        return validation_problem_details

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
            errors = _parse_errors(_take("errors", UNSET))
            validation_problem_details = _new(cls)
            validation_problem_details.detail = _take("detail", UNSET)
            validation_problem_details.instance = _take("instance", UNSET)
            validation_problem_details.status = _take("status", UNSET)
            validation_problem_details.title = _take("title", UNSET)
            validation_problem_details.trace_id = _take("traceId", UNSET)
            validation_problem_details.type_ = _take("type", UNSET)
            validation_problem_details.errors = errors
            validation_problem_details.additional_properties = (
                dict(src_dict.items()) if src_dict else {}
            )
            _append(validation_problem_details)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("detail", self.detail),
            ("instance", self.instance),
            ("status", self.status),
            ("title", self.title),
            ("trace_id", self.trace_id),
            ("type_", self.type_),
            ("errors", self.errors),
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


def _parse_errors(data: object) -> None | Unset | ValidationProblemDetailsErrorsType0:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise TypeError(f"errors: unexpected {type(data).__name__}")
    errors_type_0 = ValidationProblemDetailsErrorsType0.from_dict(data)

    return errors_type_0


# Imported after the class so that models that refer to each other import in any order.
from ..models.validation_problem_details_errors_type_0 import ValidationProblemDetailsErrorsType0
