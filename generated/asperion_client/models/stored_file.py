from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_datetime

T = TypeVar("T", bound="StoredFile")


@_attrs_define
class StoredFile:
    """A stored file (PDF): the API's File object (S3), renamed so it does not shadow the generator's binary File type."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    created_on: datetime.datetime | None | Unset = UNSET
    extension: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    full_image_url: None | str | Unset = UNSET
    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    thumbnail_1_url: None | str | Unset = UNSET
    thumbnail_2_url: None | str | Unset = UNSET
    thumbnail_3_url: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        extension: None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url

        full_image_url: None | str | Unset
        if isinstance(self.full_image_url, Unset):
            full_image_url = UNSET
        else:
            full_image_url = self.full_image_url

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        thumbnail_1_url: None | str | Unset
        if isinstance(self.thumbnail_1_url, Unset):
            thumbnail_1_url = UNSET
        else:
            thumbnail_1_url = self.thumbnail_1_url

        thumbnail_2_url: None | str | Unset
        if isinstance(self.thumbnail_2_url, Unset):
            thumbnail_2_url = UNSET
        else:
            thumbnail_2_url = self.thumbnail_2_url

        thumbnail_3_url: None | str | Unset
        if isinstance(self.thumbnail_3_url, Unset):
            thumbnail_3_url = UNSET
        else:
            thumbnail_3_url = self.thumbnail_3_url

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
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if extension is not UNSET:
            field_dict["extension"] = extension
        if file_url is not UNSET:
            field_dict["fileUrl"] = file_url
        if full_image_url is not UNSET:
            field_dict["fullImageUrl"] = full_image_url
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size
        if thumbnail_1_url is not UNSET:
            field_dict["thumbnail1Url"] = thumbnail_1_url
        if thumbnail_2_url is not UNSET:
            field_dict["thumbnail2Url"] = thumbnail_2_url
        if thumbnail_3_url is not UNSET:
            field_dict["thumbnail3Url"] = thumbnail_3_url
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
        created_on = _parse_created_on(_take("createdOn", UNSET))
        stored_file = _new(cls)
        stored_file._meta_json = meta  # type: ignore[attr-defined]
        stored_file.created_on = created_on
        stored_file.extension = _take("extension", UNSET)
        stored_file.file_url = _take("fileUrl", UNSET)
        stored_file.full_image_url = _take("fullImageUrl", UNSET)
        stored_file.id = _take("id", UNSET)
        stored_file.name = _take("name", UNSET)
        stored_file.size = _take("size", UNSET)
        stored_file.thumbnail_1_url = _take("thumbnail1Url", UNSET)
        stored_file.thumbnail_2_url = _take("thumbnail2Url", UNSET)
        stored_file.thumbnail_3_url = _take("thumbnail3Url", UNSET)
        stored_file.type_ = _take("type", UNSET)
        stored_file.additional_properties = dict(src_dict.items()) if src_dict else {}
        return stored_file

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
            created_on = _parse_created_on(_take("createdOn", UNSET))
            stored_file = _new(cls)
            stored_file._meta_json = meta  # type: ignore[attr-defined]
            stored_file.created_on = created_on
            stored_file.extension = _take("extension", UNSET)
            stored_file.file_url = _take("fileUrl", UNSET)
            stored_file.full_image_url = _take("fullImageUrl", UNSET)
            stored_file.id = _take("id", UNSET)
            stored_file.name = _take("name", UNSET)
            stored_file.size = _take("size", UNSET)
            stored_file.thumbnail_1_url = _take("thumbnail1Url", UNSET)
            stored_file.thumbnail_2_url = _take("thumbnail2Url", UNSET)
            stored_file.thumbnail_3_url = _take("thumbnail3Url", UNSET)
            stored_file.type_ = _take("type", UNSET)
            stored_file.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(stored_file)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("created_on", self.created_on),
            ("extension", self.extension),
            ("file_url", self.file_url),
            ("full_image_url", self.full_image_url),
            ("id", self.id),
            ("name", self.name),
            ("size", self.size),
            ("thumbnail_1_url", self.thumbnail_1_url),
            ("thumbnail_2_url", self.thumbnail_2_url),
            ("thumbnail_3_url", self.thumbnail_3_url),
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


def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"createdOn: unexpected {type(data).__name__}")
    created_on_type_0 = to_datetime(data)

    return created_on_type_0


# Imported after the class so that models that refer to each other import in any order.
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(StoredFile, "meta", ItemMeta.from_dict)
