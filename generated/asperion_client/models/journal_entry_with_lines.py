from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, read_on_first_access, to_date, to_decimal

T = TypeVar("T", bound="JournalEntryWithLines")


@_attrs_define
class JournalEntryWithLines:
    """JournalEntry with its lines in one document; the lines are wrapped in the list envelope {_data, _meta} (S3)."""

    meta: ItemMeta | Unset = UNSET
    """ An item's own _meta: its administration and its URL. """
    bookperiod: int | None | Unset = UNSET
    bookyear: int | None | Unset = UNSET
    closing_balance: Decimal | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
    journal_id: None | str | Unset = UNSET
    opening_balance: Decimal | None | Unset = UNSET
    source_document_number: None | str | Unset = UNSET
    state: int | None | Unset = UNSET
    lines: JournalEntryLineCollection | Unset = UNSET
    """ JournalEntryLine items in the list envelope, as *withlines bodies carry their lines in requests and answers
    (S3). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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

        closing_balance: Decimal | None | Unset
        if isinstance(self.closing_balance, Unset):
            closing_balance = UNSET
        else:
            closing_balance = self.closing_balance

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        journal_id: None | str | Unset
        if isinstance(self.journal_id, Unset):
            journal_id = UNSET
        else:
            journal_id = self.journal_id

        opening_balance: Decimal | None | Unset
        if isinstance(self.opening_balance, Unset):
            opening_balance = UNSET
        else:
            opening_balance = self.opening_balance

        source_document_number: None | str | Unset
        if isinstance(self.source_document_number, Unset):
            source_document_number = UNSET
        else:
            source_document_number = self.source_document_number

        state: int | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        lines: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = self.lines.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["_meta"] = meta
        if bookperiod is not UNSET:
            field_dict["bookperiod"] = bookperiod
        if bookyear is not UNSET:
            field_dict["bookyear"] = bookyear
        if closing_balance is not UNSET:
            field_dict["closingBalance"] = closing_balance
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if journal_id is not UNSET:
            field_dict["journalId"] = journal_id
        if opening_balance is not UNSET:
            field_dict["openingBalance"] = opening_balance
        if source_document_number is not UNSET:
            field_dict["sourceDocumentNumber"] = source_document_number
        if state is not UNSET:
            field_dict["state"] = state
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _new = cls.__new__
        src_dict = dict(src_dict)
        _take = src_dict.pop
        meta = _take("_meta", UNSET)
        if not (type(meta) is dict or meta is UNSET):
            meta = ItemMeta.from_dict(meta)
        closing_balance = _parse_closing_balance(_take("closingBalance", UNSET))
        date = _parse_date(_take("date", UNSET))
        opening_balance = _parse_opening_balance(_take("openingBalance", UNSET))
        _lines = _take("lines", UNSET)
        lines: JournalEntryLineCollection | Unset
        if isinstance(_lines, Unset):
            lines = UNSET
        else:
            lines = JournalEntryLineCollection.from_dict(_lines)

        journal_entry_with_lines = _new(cls)
        journal_entry_with_lines._meta_json = meta  # type: ignore[attr-defined]
        journal_entry_with_lines.bookperiod = _take("bookperiod", UNSET)
        journal_entry_with_lines.bookyear = _take("bookyear", UNSET)
        journal_entry_with_lines.closing_balance = closing_balance
        journal_entry_with_lines.date = date
        journal_entry_with_lines.description = _take("description", UNSET)
        journal_entry_with_lines.id = _take("id", UNSET)
        journal_entry_with_lines.journal_id = _take("journalId", UNSET)
        journal_entry_with_lines.opening_balance = opening_balance
        journal_entry_with_lines.source_document_number = _take("sourceDocumentNumber", UNSET)
        journal_entry_with_lines.state = _take("state", UNSET)
        journal_entry_with_lines.lines = lines
        journal_entry_with_lines.additional_properties = dict(src_dict.items()) if src_dict else {}
        return journal_entry_with_lines

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
            closing_balance = _parse_closing_balance(_take("closingBalance", UNSET))
            date = _parse_date(_take("date", UNSET))
            opening_balance = _parse_opening_balance(_take("openingBalance", UNSET))
            _lines = _take("lines", UNSET)
            lines: JournalEntryLineCollection | Unset
            if isinstance(_lines, Unset):
                lines = UNSET
            else:
                lines = JournalEntryLineCollection.from_dict(_lines)

            journal_entry_with_lines = _new(cls)
            journal_entry_with_lines._meta_json = meta  # type: ignore[attr-defined]
            journal_entry_with_lines.bookperiod = _take("bookperiod", UNSET)
            journal_entry_with_lines.bookyear = _take("bookyear", UNSET)
            journal_entry_with_lines.closing_balance = closing_balance
            journal_entry_with_lines.date = date
            journal_entry_with_lines.description = _take("description", UNSET)
            journal_entry_with_lines.id = _take("id", UNSET)
            journal_entry_with_lines.journal_id = _take("journalId", UNSET)
            journal_entry_with_lines.opening_balance = opening_balance
            journal_entry_with_lines.source_document_number = _take("sourceDocumentNumber", UNSET)
            journal_entry_with_lines.state = _take("state", UNSET)
            journal_entry_with_lines.lines = lines
            journal_entry_with_lines.additional_properties = (
                dict(src_dict.items()) if src_dict else {}
            )
            _append(journal_entry_with_lines)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("meta", self.meta),
            ("bookperiod", self.bookperiod),
            ("bookyear", self.bookyear),
            ("closing_balance", self.closing_balance),
            ("date", self.date),
            ("description", self.description),
            ("id", self.id),
            ("journal_id", self.journal_id),
            ("opening_balance", self.opening_balance),
            ("source_document_number", self.source_document_number),
            ("state", self.state),
            ("lines", self.lines),
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


def _parse_closing_balance(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"closingBalance: unexpected {type(data).__name__}")
    closing_balance_type_0 = to_decimal(data)

    return closing_balance_type_0


def _parse_date(data: object) -> datetime.date | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise TypeError(f"date: unexpected {type(data).__name__}")
    date_type_0 = to_date(data)

    return date_type_0


def _parse_opening_balance(data: object) -> Decimal | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if type(data) is Decimal and data.is_finite():
        return data
    if not type(data) in (Decimal, int, float, str):
        raise TypeError(f"openingBalance: unexpected {type(data).__name__}")
    opening_balance_type_0 = to_decimal(data)

    return opening_balance_type_0


# Imported after the class so that models that refer to each other import in any order.
from ..models.item_meta import ItemMeta
from ..models.journal_entry_line_collection import JournalEntryLineCollection

# Read on first access (types.read_on_first_access): reading stores the JSON object.
read_on_first_access(JournalEntryWithLines, "meta", ItemMeta.from_dict)
