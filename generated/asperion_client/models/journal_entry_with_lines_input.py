from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_date, to_decimal

T = TypeVar("T", bound="JournalEntryWithLinesInput")


@_attrs_define
class JournalEntryWithLinesInput:
    """JournalEntryInput with its lines in one document; the lines are wrapped in the list envelope {_data, _meta} (S3)."""

    journal_id: str
    bookperiod: int | None | Unset = UNSET
    bookyear: int | None | Unset = UNSET
    closing_balance: Decimal | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    description: None | str | Unset = UNSET
    opening_balance: Decimal | None | Unset = UNSET
    source_document_number: None | str | Unset = UNSET
    state: int | None | Unset = UNSET
    lines: JournalEntryLineInputCollection | Unset = UNSET
    """ JournalEntryLineInput items in the list envelope, as *withlines bodies carry their lines in requests and
    answers (S3). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        journal_id = self.journal_id

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
        field_dict.update(
            {
                "journalId": journal_id,
            }
        )
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
        closing_balance = _parse_closing_balance(_take("closingBalance", UNSET))
        date = _parse_date(_take("date", UNSET))
        opening_balance = _parse_opening_balance(_take("openingBalance", UNSET))
        _lines = _take("lines", UNSET)
        lines: JournalEntryLineInputCollection | Unset
        if isinstance(_lines, Unset):
            lines = UNSET
        else:
            lines = JournalEntryLineInputCollection.from_dict(_lines)

        journal_entry_with_lines_input = _new(cls)
        journal_entry_with_lines_input.journal_id = _take("journalId")
        journal_entry_with_lines_input.bookperiod = _take("bookperiod", UNSET)
        journal_entry_with_lines_input.bookyear = _take("bookyear", UNSET)
        journal_entry_with_lines_input.closing_balance = closing_balance
        journal_entry_with_lines_input.date = date
        journal_entry_with_lines_input.description = _take("description", UNSET)
        journal_entry_with_lines_input.opening_balance = opening_balance
        journal_entry_with_lines_input.source_document_number = _take("sourceDocumentNumber", UNSET)
        journal_entry_with_lines_input.state = _take("state", UNSET)
        journal_entry_with_lines_input.lines = lines
        journal_entry_with_lines_input.additional_properties = (
            dict(src_dict.items()) if src_dict else {}
        )
        return journal_entry_with_lines_input

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
            closing_balance = _parse_closing_balance(_take("closingBalance", UNSET))
            date = _parse_date(_take("date", UNSET))
            opening_balance = _parse_opening_balance(_take("openingBalance", UNSET))
            _lines = _take("lines", UNSET)
            lines: JournalEntryLineInputCollection | Unset
            if isinstance(_lines, Unset):
                lines = UNSET
            else:
                lines = JournalEntryLineInputCollection.from_dict(_lines)

            journal_entry_with_lines_input = _new(cls)
            journal_entry_with_lines_input.journal_id = _take("journalId")
            journal_entry_with_lines_input.bookperiod = _take("bookperiod", UNSET)
            journal_entry_with_lines_input.bookyear = _take("bookyear", UNSET)
            journal_entry_with_lines_input.closing_balance = closing_balance
            journal_entry_with_lines_input.date = date
            journal_entry_with_lines_input.description = _take("description", UNSET)
            journal_entry_with_lines_input.opening_balance = opening_balance
            journal_entry_with_lines_input.source_document_number = _take(
                "sourceDocumentNumber", UNSET
            )
            journal_entry_with_lines_input.state = _take("state", UNSET)
            journal_entry_with_lines_input.lines = lines
            journal_entry_with_lines_input.additional_properties = (
                dict(src_dict.items()) if src_dict else {}
            )
            _append(journal_entry_with_lines_input)
        return _models

    def __repr__(self) -> str:
        fields: tuple[tuple[str, object], ...] = (
            ("journal_id", self.journal_id),
            ("bookperiod", self.bookperiod),
            ("bookyear", self.bookyear),
            ("closing_balance", self.closing_balance),
            ("date", self.date),
            ("description", self.description),
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
from ..models.journal_entry_line_input_collection import JournalEntryLineInputCollection
