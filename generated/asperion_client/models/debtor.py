from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_datetime

T = TypeVar("T", bound="Debtor")


@_attrs_define
class Debtor:
    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    address: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    address_line_3: None | str | Unset = UNSET
    attention_to: None | str | Unset = UNSET
    bban: None | str | Unset = UNSET
    bic: None | str | Unset = UNSET
    blocked: bool | None | Unset = UNSET
    characteristic4: None | str | Unset = UNSET
    characteristic5: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    coc_number: None | str | Unset = UNSET
    comments: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    customer_number: None | str | Unset = UNSET
    date_added: datetime.datetime | None | Unset = UNSET
    date_last_change: datetime.datetime | None | Unset = UNSET
    debtor_kind_id: None | str | Unset = UNSET
    direct_debit: bool | None | Unset = UNSET
    email_address: None | str | Unset = UNSET
    fax_number: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    id: int | Unset = UNSET
    mobile_number: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    no_reminder: bool | None | Unset = UNSET
    payment_condition_id: int | None | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    post_code: None | str | Unset = UNSET
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

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        address_line_3: None | str | Unset
        if isinstance(self.address_line_3, Unset):
            address_line_3 = UNSET
        else:
            address_line_3 = self.address_line_3

        attention_to: None | str | Unset
        if isinstance(self.attention_to, Unset):
            attention_to = UNSET
        else:
            attention_to = self.attention_to

        bban: None | str | Unset
        if isinstance(self.bban, Unset):
            bban = UNSET
        else:
            bban = self.bban

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

        characteristic4: None | str | Unset
        if isinstance(self.characteristic4, Unset):
            characteristic4 = UNSET
        else:
            characteristic4 = self.characteristic4

        characteristic5: None | str | Unset
        if isinstance(self.characteristic5, Unset):
            characteristic5 = UNSET
        else:
            characteristic5 = self.characteristic5

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

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        customer_number: None | str | Unset
        if isinstance(self.customer_number, Unset):
            customer_number = UNSET
        else:
            customer_number = self.customer_number

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

        debtor_kind_id: None | str | Unset
        if isinstance(self.debtor_kind_id, Unset):
            debtor_kind_id = UNSET
        else:
            debtor_kind_id = self.debtor_kind_id

        direct_debit: bool | None | Unset
        if isinstance(self.direct_debit, Unset):
            direct_debit = UNSET
        else:
            direct_debit = self.direct_debit

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        fax_number: None | str | Unset
        if isinstance(self.fax_number, Unset):
            fax_number = UNSET
        else:
            fax_number = self.fax_number

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        id = self.id

        mobile_number: None | str | Unset
        if isinstance(self.mobile_number, Unset):
            mobile_number = UNSET
        else:
            mobile_number = self.mobile_number

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        no_reminder: bool | None | Unset
        if isinstance(self.no_reminder, Unset):
            no_reminder = UNSET
        else:
            no_reminder = self.no_reminder

        payment_condition_id: int | None | Unset
        if isinstance(self.payment_condition_id, Unset):
            payment_condition_id = UNSET
        else:
            payment_condition_id = self.payment_condition_id

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

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
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if attention_to is not UNSET:
            field_dict["attentionTo"] = attention_to
        if bban is not UNSET:
            field_dict["bban"] = bban
        if bic is not UNSET:
            field_dict["bic"] = bic
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if characteristic4 is not UNSET:
            field_dict["characteristic4"] = characteristic4
        if characteristic5 is not UNSET:
            field_dict["characteristic5"] = characteristic5
        if city is not UNSET:
            field_dict["city"] = city
        if coc_number is not UNSET:
            field_dict["cocNumber"] = coc_number
        if comments is not UNSET:
            field_dict["comments"] = comments
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number
        if date_added is not UNSET:
            field_dict["dateAdded"] = date_added
        if date_last_change is not UNSET:
            field_dict["dateLastChange"] = date_last_change
        if debtor_kind_id is not UNSET:
            field_dict["debtorKindId"] = debtor_kind_id
        if direct_debit is not UNSET:
            field_dict["directDebit"] = direct_debit
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if fax_number is not UNSET:
            field_dict["faxNumber"] = fax_number
        if iban is not UNSET:
            field_dict["iban"] = iban
        if id is not UNSET:
            field_dict["id"] = id
        if mobile_number is not UNSET:
            field_dict["mobileNumber"] = mobile_number
        if name is not UNSET:
            field_dict["name"] = name
        if no_reminder is not UNSET:
            field_dict["noReminder"] = no_reminder
        if payment_condition_id is not UNSET:
            field_dict["paymentConditionId"] = payment_condition_id
        if payment_method_id is not UNSET:
            field_dict["paymentMethodId"] = payment_method_id
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
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
        debtor = _new(cls)
        debtor._meta_json = meta  # type: ignore[attr-defined]
        debtor.address = _take("address", UNSET)
        debtor.address_line_2 = _take("addressLine2", UNSET)
        debtor.address_line_3 = _take("addressLine3", UNSET)
        debtor.attention_to = _take("attentionTo", UNSET)
        debtor.bban = _take("bban", UNSET)
        debtor.bic = _take("bic", UNSET)
        debtor.blocked = _take("blocked", UNSET)
        debtor.characteristic4 = _take("characteristic4", UNSET)
        debtor.characteristic5 = _take("characteristic5", UNSET)
        debtor.city = _take("city", UNSET)
        debtor.coc_number = _take("cocNumber", UNSET)
        debtor.comments = _take("comments", UNSET)
        debtor.country_code = _take("countryCode", UNSET)
        debtor.customer_number = _take("customerNumber", UNSET)
        debtor.date_added = date_added
        debtor.date_last_change = date_last_change
        debtor.debtor_kind_id = _take("debtorKindId", UNSET)
        debtor.direct_debit = _take("directDebit", UNSET)
        debtor.email_address = _take("emailAddress", UNSET)
        debtor.fax_number = _take("faxNumber", UNSET)
        debtor.iban = _take("iban", UNSET)
        debtor.id = _take("id", UNSET)
        debtor.mobile_number = _take("mobileNumber", UNSET)
        debtor.name = _take("name", UNSET)
        debtor.no_reminder = _take("noReminder", UNSET)
        debtor.payment_condition_id = _take("paymentConditionId", UNSET)
        debtor.payment_method_id = _take("paymentMethodId", UNSET)
        debtor.phone_number = _take("phoneNumber", UNSET)
        debtor.post_code = _take("postCode", UNSET)
        debtor.vat_number = _take("vatNumber", UNSET)
        debtor.additional_properties = dict(src_dict.items()) if src_dict else {}
        return debtor

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
            debtor = _new(cls)
            debtor._meta_json = meta  # type: ignore[attr-defined]
            debtor.address = _take("address", UNSET)
            debtor.address_line_2 = _take("addressLine2", UNSET)
            debtor.address_line_3 = _take("addressLine3", UNSET)
            debtor.attention_to = _take("attentionTo", UNSET)
            debtor.bban = _take("bban", UNSET)
            debtor.bic = _take("bic", UNSET)
            debtor.blocked = _take("blocked", UNSET)
            debtor.characteristic4 = _take("characteristic4", UNSET)
            debtor.characteristic5 = _take("characteristic5", UNSET)
            debtor.city = _take("city", UNSET)
            debtor.coc_number = _take("cocNumber", UNSET)
            debtor.comments = _take("comments", UNSET)
            debtor.country_code = _take("countryCode", UNSET)
            debtor.customer_number = _take("customerNumber", UNSET)
            debtor.date_added = date_added
            debtor.date_last_change = date_last_change
            debtor.debtor_kind_id = _take("debtorKindId", UNSET)
            debtor.direct_debit = _take("directDebit", UNSET)
            debtor.email_address = _take("emailAddress", UNSET)
            debtor.fax_number = _take("faxNumber", UNSET)
            debtor.iban = _take("iban", UNSET)
            debtor.id = _take("id", UNSET)
            debtor.mobile_number = _take("mobileNumber", UNSET)
            debtor.name = _take("name", UNSET)
            debtor.no_reminder = _take("noReminder", UNSET)
            debtor.payment_condition_id = _take("paymentConditionId", UNSET)
            debtor.payment_method_id = _take("paymentMethodId", UNSET)
            debtor.phone_number = _take("phoneNumber", UNSET)
            debtor.post_code = _take("postCode", UNSET)
            debtor.vat_number = _take("vatNumber", UNSET)
            debtor.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(debtor)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("address", self.address),
            ("address_line_2", self.address_line_2),
            ("address_line_3", self.address_line_3),
            ("attention_to", self.attention_to),
            ("bban", self.bban),
            ("bic", self.bic),
            ("blocked", self.blocked),
            ("characteristic4", self.characteristic4),
            ("characteristic5", self.characteristic5),
            ("city", self.city),
            ("coc_number", self.coc_number),
            ("comments", self.comments),
            ("country_code", self.country_code),
            ("customer_number", self.customer_number),
            ("date_added", self.date_added),
            ("date_last_change", self.date_last_change),
            ("debtor_kind_id", self.debtor_kind_id),
            ("direct_debit", self.direct_debit),
            ("email_address", self.email_address),
            ("fax_number", self.fax_number),
            ("iban", self.iban),
            ("id", self.id),
            ("mobile_number", self.mobile_number),
            ("name", self.name),
            ("no_reminder", self.no_reminder),
            ("payment_condition_id", self.payment_condition_id),
            ("payment_method_id", self.payment_method_id),
            ("phone_number", self.phone_number),
            ("post_code", self.post_code),
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
read_on_first_access(Debtor, "meta", ItemMeta.from_dict)
