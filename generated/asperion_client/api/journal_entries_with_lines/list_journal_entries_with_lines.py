from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.journal_entry_with_lines_collection import JournalEntryWithLinesCollection
from ...models.string_comparison import StringComparison
from ...types import UNSET, Response, Unset, json_body

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    meta_only: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: int | Unset = UNSET,
    book_period: int | Unset = UNSET,
    book_year: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
    source_document_number: str | Unset = UNSET,
    source_document_number_comparison: StringComparison | Unset = UNSET,
    status: int | Unset = UNSET,
    state: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["fields"] = fields

    params["metaOnly"] = meta_only

    params["orderBy"] = order_by

    params["Id"] = id

    params["BookPeriod"] = book_period

    params["BookYear"] = book_year

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["Date"] = json_date

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["Date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["Date_to"] = json_date_to

    params["JournalId"] = journal_id

    params["Description"] = description

    json_description_comparison: str | Unset = UNSET
    if not isinstance(description_comparison, Unset):
        json_description_comparison = description_comparison

    params["Description_comparison"] = json_description_comparison

    params["SourceDocumentNumber"] = source_document_number

    json_source_document_number_comparison: str | Unset = UNSET
    if not isinstance(source_document_number_comparison, Unset):
        json_source_document_number_comparison = source_document_number_comparison

    params["SourceDocumentNumber_comparison"] = json_source_document_number_comparison

    params["Status"] = status

    params["State"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/journalentrieswithlines",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JournalEntryWithLinesCollection | None:
    if response.status_code == 200:
        response_200 = JournalEntryWithLinesCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JournalEntryWithLinesCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    meta_only: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: int | Unset = UNSET,
    book_period: int | Unset = UNSET,
    book_year: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
    source_document_number: str | Unset = UNSET,
    source_document_number_comparison: StringComparison | Unset = UNSET,
    status: int | Unset = UNSET,
    state: int | Unset = UNSET,
) -> Response[JournalEntryWithLinesCollection]:
    """List JournalEntriesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        book_period (int | Unset):
        book_year (int | Unset):
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        journal_id (str | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        source_document_number (str | Unset):
        source_document_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        status (int | Unset):
        state (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JournalEntryWithLinesCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        book_period=book_period,
        book_year=book_year,
        date=date,
        date_from=date_from,
        date_to=date_to,
        journal_id=journal_id,
        description=description,
        description_comparison=description_comparison,
        source_document_number=source_document_number,
        source_document_number_comparison=source_document_number_comparison,
        status=status,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    meta_only: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: int | Unset = UNSET,
    book_period: int | Unset = UNSET,
    book_year: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
    source_document_number: str | Unset = UNSET,
    source_document_number_comparison: StringComparison | Unset = UNSET,
    status: int | Unset = UNSET,
    state: int | Unset = UNSET,
) -> JournalEntryWithLinesCollection | None:
    """List JournalEntriesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        book_period (int | Unset):
        book_year (int | Unset):
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        journal_id (str | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        source_document_number (str | Unset):
        source_document_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        status (int | Unset):
        state (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JournalEntryWithLinesCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        book_period=book_period,
        book_year=book_year,
        date=date,
        date_from=date_from,
        date_to=date_to,
        journal_id=journal_id,
        description=description,
        description_comparison=description_comparison,
        source_document_number=source_document_number,
        source_document_number_comparison=source_document_number_comparison,
        status=status,
        state=state,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    meta_only: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: int | Unset = UNSET,
    book_period: int | Unset = UNSET,
    book_year: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
    source_document_number: str | Unset = UNSET,
    source_document_number_comparison: StringComparison | Unset = UNSET,
    status: int | Unset = UNSET,
    state: int | Unset = UNSET,
) -> Response[JournalEntryWithLinesCollection]:
    """List JournalEntriesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        book_period (int | Unset):
        book_year (int | Unset):
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        journal_id (str | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        source_document_number (str | Unset):
        source_document_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        status (int | Unset):
        state (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JournalEntryWithLinesCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        book_period=book_period,
        book_year=book_year,
        date=date,
        date_from=date_from,
        date_to=date_to,
        journal_id=journal_id,
        description=description,
        description_comparison=description_comparison,
        source_document_number=source_document_number,
        source_document_number_comparison=source_document_number_comparison,
        status=status,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    meta_only: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: int | Unset = UNSET,
    book_period: int | Unset = UNSET,
    book_year: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
    source_document_number: str | Unset = UNSET,
    source_document_number_comparison: StringComparison | Unset = UNSET,
    status: int | Unset = UNSET,
    state: int | Unset = UNSET,
) -> JournalEntryWithLinesCollection | None:
    """List JournalEntriesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        book_period (int | Unset):
        book_year (int | Unset):
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        journal_id (str | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        source_document_number (str | Unset):
        source_document_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        status (int | Unset):
        state (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JournalEntryWithLinesCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            fields=fields,
            meta_only=meta_only,
            order_by=order_by,
            id=id,
            book_period=book_period,
            book_year=book_year,
            date=date,
            date_from=date_from,
            date_to=date_to,
            journal_id=journal_id,
            description=description,
            description_comparison=description_comparison,
            source_document_number=source_document_number,
            source_document_number_comparison=source_document_number_comparison,
            status=status,
            state=state,
        )
    ).parsed
