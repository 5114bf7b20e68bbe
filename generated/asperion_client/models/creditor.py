from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_datetime

T = TypeVar("T", bound="Creditor")


@_attrs_define
class Creditor:
    """A creditor (supplier). creditorKindId is required on create (S1); other fields assumed to mirror Debtor."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    address: None | str | Unset = UNSET
    bic: None | str | Unset = UNSET
    blocked: bool | None | Unset = UNSET
    city: None | str | Unset = UNSET
    coc_number: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    creditor_kind_id: None | str | Unset = UNSET
    date_added: datetime.datetime | None | Unset = UNSET
    date_last_change: datetime.datetime | None | Unset = UNSET
    email_address: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    payment_condition_id: int | None | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    post_code: None | str | Unset = UNSET
    supplier_number: None | str | Unset = UNSET
    vat_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        bic: None | str | Unset
        if isinstance(self.bic, Unset):
            bic = UNSET
        else:
            bic = self.bic

        blocked: bool | None | Unset
        if isinstance(self.blocked, Unset):
            blocked = UNSET
        else:
            blocked = self.blocked

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        coc_number: None | str | Unset
        if isinstance(self.coc_number, Unset):
            coc_number = UNSET
        else:
            coc_number = self.coc_number

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        creditor_kind_id: None | str | Unset
        if isinstance(self.creditor_kind_id, Unset):
            creditor_kind_id = UNSET
        else:
            creditor_kind_id = self.creditor_kind_id

        date_added: None | str | Unset
        if isinstance(self.date_added, Unset):
            date_added = UNSET
        elif isinstance(self.date_added, datetime.datetime):
            date_added = self.date_added.isoformat()
        else:
            date_added = self.date_added

        date_last_change: None | str | Unset
        if isinstance(self.date_last_change, Unset):
            date_last_change = UNSET
        elif isinstance(self.date_last_change, datetime.datetime):
            date_last_change = self.date_last_change.isoformat()
        else:
            date_last_change = self.date_last_change

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        payment_condition_id: int | None | Unset
        if isinstance(self.payment_condition_id, Unset):
            payment_condition_id = UNSET
        else:
            payment_condition_id = self.payment_condition_id

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        post_code: None | str | Unset
        if isinstance(self.post_code, Unset):
            post_code = UNSET
        else:
            post_code = self.post_code

        supplier_number: None | str | Unset
        if isinstance(self.supplier_number, Unset):
            supplier_number = UNSET
        else:
            supplier_number = self.supplier_number

        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if address is not UNSET:
            field_dict["address"] = address
        if bic is not UNSET:
            field_dict["bic"] = bic
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if city is not UNSET:
            field_dict["city"] = city
        if coc_number is not UNSET:
            field_dict["cocNumber"] = coc_number
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if creditor_kind_id is not UNSET:
            field_dict["creditorKindId"] = creditor_kind_id
        if date_added is not UNSET:
            field_dict["dateAdded"] = date_added
        if date_last_change is not UNSET:
            field_dict["dateLastChange"] = date_last_change
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if iban is not UNSET:
            field_dict["iban"] = iban
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if payment_condition_id is not UNSET:
            field_dict["paymentConditionId"] = payment_condition_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
        if supplier_number is not UNSET:
            field_dict["supplierNumber"] = supplier_number
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        date_added = _parse_date_added(_take("dateAdded", UNSET))
        date_last_change = _parse_date_last_change(_take("dateLastChange", UNSET))
        creditor = _new(cls)
        creditor._meta_json = meta  # type: ignore[attr-defined]
        creditor.address = _take("address", UNSET)
        creditor.bic = _take("bic", UNSET)
        creditor.blocked = _take("blocked", UNSET)
        creditor.city = _take("city", UNSET)
        creditor.coc_number = _take("cocNumber", UNSET)
        creditor.country_code = _take("countryCode", UNSET)
        creditor.creditor_kind_id = _take("creditorKindId", UNSET)
        creditor.date_added = date_added
        creditor.date_last_change = date_last_change
        creditor.email_address = _take("emailAddress", UNSET)
        creditor.iban = _take("iban", UNSET)
        creditor.id = _take("id", UNSET)
        creditor.name = _take("name", UNSET)
        creditor.payment_condition_id = _take("paymentConditionId", UNSET)
        creditor.phone_number = _take("phoneNumber", UNSET)
        creditor.post_code = _take("postCode", UNSET)
        creditor.supplier_number = _take("supplierNumber", UNSET)
        creditor.vat_number = _take("vatNumber", UNSET)
        creditor.additional_properties = dict(src_dict.items()) if src_dict else {}
        return creditor

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
            date_added = _parse_date_added(_take("dateAdded", UNSET))
            date_last_change = _parse_date_last_change(_take("dateLastChange", UNSET))
            creditor = _new(cls)
            creditor._meta_json = meta  # type: ignore[attr-defined]
            creditor.address = _take("address", UNSET)
            creditor.bic = _take("bic", UNSET)
            creditor.blocked = _take("blocked", UNSET)
            creditor.city = _take("city", UNSET)
            creditor.coc_number = _take("cocNumber", UNSET)
            creditor.country_code = _take("countryCode", UNSET)
            creditor.creditor_kind_id = _take("creditorKindId", UNSET)
            creditor.date_added = date_added
            creditor.date_last_change = date_last_change
            creditor.email_address = _take("emailAddress", UNSET)
            creditor.iban = _take("iban", UNSET)
            creditor.id = _take("id", UNSET)
            creditor.name = _take("name", UNSET)
            creditor.payment_condition_id = _take("paymentConditionId", UNSET)
            creditor.phone_number = _take("phoneNumber", UNSET)
            creditor.post_code = _take("postCode", UNSET)
            creditor.supplier_number = _take("supplierNumber", UNSET)
            creditor.vat_number = _take("vatNumber", UNSET)
            creditor.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(creditor)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("address", self.address),
            ("bic", self.bic),
            ("blocked", self.blocked),
            ("city", self.city),
            ("coc_number", self.coc_number),
            ("country_code", self.country_code),
            ("creditor_kind_id", self.creditor_kind_id),
            ("date_added", self.date_added),
            ("date_last_change", self.date_last_change),
            ("email_address", self.email_address),
            ("iban", self.iban),
            ("id", self.id),
            ("name", self.name),
            ("payment_condition_id", self.payment_condition_id),
            ("phone_number", self.phone_number),
            ("post_code", self.post_code),
            ("supplier_number", self.supplier_number),
            ("vat_number", self.vat_number),
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


def _parse_date_added(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"dateAdded: unexpected {type(data).__name__}")
    date_added_type_0 = to_datetime(data)

    return date_added_type_0


def _parse_date_last_change(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"dateLastChange: unexpected {type(data).__name__}")
    date_last_change_type_0 = to_datetime(data)

    return date_last_change_type_0


# Imported after the class so that models that refer to each other import in any order.
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(Creditor, "meta", ItemMeta.from_dict)
