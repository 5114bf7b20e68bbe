from __future__ import annotations

from collections.abc import Iterable, Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    UNSET,
    File,
)

T = TypeVar("T", bound="FileUpload")


@_attrs_define
class FileUpload:
    """A PDF in a multipart form, in the part named File (S3)."""

    file: File
    """ The PDF, at most 5 MB (S1); its content type is sniffed from the bytes (S3), anything but a PDF is refused.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "File": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("File", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        file = File(payload=BytesIO(_take("File")))

        file_upload = _new(cls)
        file_upload.file = file
        file_upload.additional_properties = dict(src_dict.items()) if src_dict else {}
        return file_upload

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
            file = File(payload=BytesIO(_take("File")))

            file_upload = _new(cls)
            file_upload.file = file
            file_upload.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(file_upload)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (("file", self.file),)
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
