from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreditorInput")


@_attrs_define
class CreditorInput:
    """Create or update a creditor; creditorKindId is required (S1)."""

    creditor_kind_id: str
    address: None | str | Unset = UNSET
    bic: None | str | Unset = UNSET
    blocked: bool | None | Unset = UNSET
    city: None | str | Unset = UNSET
    coc_number: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    payment_condition_id: int | None | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    post_code: None | str | Unset = UNSET
    supplier_number: None | str | Unset = UNSET
    vat_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creditor_kind_id = self.creditor_kind_id

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
        field_dict.update(
            {
                "creditorKindId": creditor_kind_id,
            }
        )
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
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if iban is not UNSET:
            field_dict["iban"] = iban
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
        creditor_input = _new(cls)
        creditor_input.creditor_kind_id = _take("creditorKindId")
        creditor_input.address = _take("address", UNSET)
        creditor_input.bic = _take("bic", UNSET)
        creditor_input.blocked = _take("blocked", UNSET)
        creditor_input.city = _take("city", UNSET)
        creditor_input.coc_number = _take("cocNumber", UNSET)
        creditor_input.country_code = _take("countryCode", UNSET)
        creditor_input.email_address = _take("emailAddress", UNSET)
        creditor_input.iban = _take("iban", UNSET)
        creditor_input.name = _take("name", UNSET)
        creditor_input.payment_condition_id = _take("paymentConditionId", UNSET)
        creditor_input.phone_number = _take("phoneNumber", UNSET)
        creditor_input.post_code = _take("postCode", UNSET)
        creditor_input.supplier_number = _take("supplierNumber", UNSET)
        creditor_input.vat_number = _take("vatNumber", UNSET)
        creditor_input.additional_properties = dict(src_dict.items()) if src_dict else {}
        return creditor_input

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
            creditor_input = _new(cls)
            creditor_input.creditor_kind_id = _take("creditorKindId")
            creditor_input.address = _take("address", UNSET)
            creditor_input.bic = _take("bic", UNSET)
            creditor_input.blocked = _take("blocked", UNSET)
            creditor_input.city = _take("city", UNSET)
            creditor_input.coc_number = _take("cocNumber", UNSET)
            creditor_input.country_code = _take("countryCode", UNSET)
            creditor_input.email_address = _take("emailAddress", UNSET)
            creditor_input.iban = _take("iban", UNSET)
            creditor_input.name = _take("name", UNSET)
            creditor_input.payment_condition_id = _take("paymentConditionId", UNSET)
            creditor_input.phone_number = _take("phoneNumber", UNSET)
            creditor_input.post_code = _take("postCode", UNSET)
            creditor_input.supplier_number = _take("supplierNumber", UNSET)
            creditor_input.vat_number = _take("vatNumber", UNSET)
            creditor_input.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(creditor_input)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("creditor_kind_id", self.creditor_kind_id),
            ("address", self.address),
            ("bic", self.bic),
            ("blocked", self.blocked),
            ("city", self.city),
            ("coc_number", self.coc_number),
            ("country_code", self.country_code),
            ("email_address", self.email_address),
            ("iban", self.iban),
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
