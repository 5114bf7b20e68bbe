from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_decimal

T = TypeVar("T", bound="LedgerGroupedItem")


@_attrs_define
class LedgerGroupedItem:
    """Balance of one ledger account for a period, optionally per journal (S1). Fields assumed."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    balance: Decimal | None | Unset = UNSET
    balance_or_profit_loss: None | str | Unset = UNSET
    bookperiod: int | None | Unset = UNSET
    bookyear: int | None | Unset = UNSET
    credit: Decimal | None | Unset = UNSET
    debit: Decimal | None | Unset = UNSET
    journal_id: None | str | Unset = UNSET
    ledger_account_description: None | str | Unset = UNSET
    ledger_account_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        balance: Decimal | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        balance_or_profit_loss: None | str | Unset
        if isinstance(self.balance_or_profit_loss, Unset):
            balance_or_profit_loss = UNSET
        else:
            balance_or_profit_loss = self.balance_or_profit_loss

        bookperiod: int | None | Unset
        if isinstance(self.bookperiod, Unset):
            bookperiod = UNSET
        else:
            bookperiod = self.bookperiod

        bookyear: int | None | Unset
        if isinstance(self.bookyear, Unset):
            bookyear = UNSET
        else:
            bookyear = self.bookyear

        credit: Decimal | None | Unset
        if isinstance(self.credit, Unset):
            credit = UNSET
        else:
            credit = self.credit

        debit: Decimal | None | Unset
        if isinstance(self.debit, Unset):
            debit = UNSET
        else:
            debit = self.debit

        journal_id: None | str | Unset
        if isinstance(self.journal_id, Unset):
            journal_id = UNSET
        else:
            journal_id = self.journal_id

        ledger_account_description: None | str | Unset
        if isinstance(self.ledger_account_description, Unset):
            ledger_account_description = UNSET
        else:
            ledger_account_description = self.ledger_account_description

        ledger_account_id: int | None | Unset
        if isinstance(self.ledger_account_id, Unset):
            ledger_account_id = UNSET
        else:
            ledger_account_id = self.ledger_account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if balance is not UNSET:
            field_dict["balance"] = balance
        if balance_or_profit_loss is not UNSET:
            field_dict["balanceOrProfitLoss"] = balance_or_profit_loss
        if bookperiod is not UNSET:
            field_dict["bookperiod"] = bookperiod
        if bookyear is not UNSET:
            field_dict["bookyear"] = bookyear
        if credit is not UNSET:
            field_dict["credit"] = credit
        if debit is not UNSET:
            field_dict["debit"] = debit
        if journal_id is not UNSET:
            field_dict["journalId"] = journal_id
        if ledger_account_description is not UNSET:
            field_dict["ledgerAccountDescription"] = ledger_account_description
        if ledger_account_id is not UNSET:
            field_dict["ledgerAccountId"] = ledger_account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        balance = _parse_balance(_take("balance", UNSET))
        credit = _parse_credit(_take("credit", UNSET))
        debit = _parse_debit(_take("debit", UNSET))
        ledger_grouped_item = _new(cls)
        ledger_grouped_item._meta_json = meta  # type: ignore[attr-defined]
        ledger_grouped_item.balance = balance
        ledger_grouped_item.balance_or_profit_loss = _take("balanceOrProfitLoss", UNSET)
        ledger_grouped_item.bookperiod = _take("bookperiod", UNSET)
        ledger_grouped_item.bookyear = _take("bookyear", UNSET)
        ledger_grouped_item.credit = credit
        ledger_grouped_item.debit = debit
        ledger_grouped_item.journal_id = _take("journalId", UNSET)
        ledger_grouped_item.ledger_account_description = _take("ledgerAccountDescription", UNSET)
        ledger_grouped_item.ledger_account_id = _take("ledgerAccountId", UNSET)
        ledger_grouped_item.additional_properties = dict(src_dict.items()) if src_dict else {}
        return ledger_grouped_item

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
            balance = _parse_balance(_take("balance", UNSET))
            credit = _parse_credit(_take("credit", UNSET))
            debit = _parse_debit(_take("debit", UNSET))
            ledger_grouped_item = _new(cls)
            ledger_grouped_item._meta_json = meta  # type: ignore[attr-defined]
            ledger_grouped_item.balance = balance
            ledger_grouped_item.balance_or_profit_loss = _take("balanceOrProfitLoss", UNSET)
            ledger_grouped_item.bookperiod = _take("bookperiod", UNSET)
            ledger_grouped_item.bookyear = _take("bookyear", UNSET)
            ledger_grouped_item.credit = credit
            ledger_grouped_item.debit = debit
            ledger_grouped_item.journal_id = _take("journalId", UNSET)
            ledger_grouped_item.ledger_account_description = _take(
                "ledgerAccountDescription", UNSET
            )
            ledger_grouped_item.ledger_account_id = _take("ledgerAccountId", UNSET)
            ledger_grouped_item.additional_properties = dict(src_dict.items()) if src_dict else {}
            _append(ledger_grouped_item)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("balance", self.balance),
            ("balance_or_profit_loss", self.balance_or_profit_loss),
            ("bookperiod", self.bookperiod),
            ("bookyear", self.bookyear),
            ("credit", self.credit),
            ("debit", self.debit),
            ("journal_id", self.journal_id),
            ("ledger_account_description", self.ledger_account_description),
            ("ledger_account_id", self.ledger_account_id),
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


def _parse_balance(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"balance: unexpected {type(data).__name__}")
    balance_type_0 = to_decimal(data)

    return balance_type_0


def _parse_credit(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"credit: unexpected {type(data).__name__}")
    credit_type_0 = to_decimal(data)

    return credit_type_0


def _parse_debit(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"debit: unexpected {type(data).__name__}")
    debit_type_0 = to_decimal(data)

    return debit_type_0


# Imported after the class so that models that refer to each other import in any order.
from ..models.item_meta import ItemMeta

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(LedgerGroupedItem, "meta", ItemMeta.from_dict)
