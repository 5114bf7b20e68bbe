from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.journal_entry_log_item_collection import JournalEntryLogItemCollection
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
    journal_entry_id: int | Unset = UNSET,
    changed_date: datetime.datetime | Unset = UNSET,
    changed_date_from: datetime.datetime | Unset = UNSET,
    changed_date_to: datetime.datetime | Unset = UNSET,
    action: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["fields"] = fields

    params["metaOnly"] = meta_only

    params["orderBy"] = order_by

    params["JournalEntryId"] = journal_entry_id

    json_changed_date: str | Unset = UNSET
    if not isinstance(changed_date, Unset):
        json_changed_date = changed_date.isoformat()
    params["ChangedDate"] = json_changed_date

    json_changed_date_from: str | Unset = UNSET
    if not isinstance(changed_date_from, Unset):
        json_changed_date_from = changed_date_from.isoformat()
    params["ChangedDate_from"] = json_changed_date_from

    json_changed_date_to: str | Unset = UNSET
    if not isinstance(changed_date_to, Unset):
        json_changed_date_to = changed_date_to.isoformat()
    params["ChangedDate_to"] = json_changed_date_to

    params["Action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/journalentrylog",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JournalEntryLogItemCollection | None:
    if response.status_code == 200:
        response_200 = JournalEntryLogItemCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JournalEntryLogItemCollection]:
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
    journal_entry_id: int | Unset = UNSET,
    changed_date: datetime.datetime | Unset = UNSET,
    changed_date_from: datetime.datetime | Unset = UNSET,
    changed_date_to: datetime.datetime | Unset = UNSET,
    action: str | Unset = UNSET,
) -> Response[JournalEntryLogItemCollection]:
    """Change log of journal entries for incremental sync (S6).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        journal_entry_id (int | Unset):
        changed_date (datetime.datetime | Unset):
        changed_date_from (datetime.datetime | Unset):
        changed_date_to (datetime.datetime | Unset):
        action (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JournalEntryLogItemCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        journal_entry_id=journal_entry_id,
        changed_date=changed_date,
        changed_date_from=changed_date_from,
        changed_date_to=changed_date_to,
        action=action,
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
    journal_entry_id: int | Unset = UNSET,
    changed_date: datetime.datetime | Unset = UNSET,
    changed_date_from: datetime.datetime | Unset = UNSET,
    changed_date_to: datetime.datetime | Unset = UNSET,
    action: str | Unset = UNSET,
) -> JournalEntryLogItemCollection | None:
    """Change log of journal entries for incremental sync (S6).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        journal_entry_id (int | Unset):
        changed_date (datetime.datetime | Unset):
        changed_date_from (datetime.datetime | Unset):
        changed_date_to (datetime.datetime | Unset):
        action (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JournalEntryLogItemCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        journal_entry_id=journal_entry_id,
        changed_date=changed_date,
        changed_date_from=changed_date_from,
        changed_date_to=changed_date_to,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    meta_only: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    journal_entry_id: int | Unset = UNSET,
    changed_date: datetime.datetime | Unset = UNSET,
    changed_date_from: datetime.datetime | Unset = UNSET,
    changed_date_to: datetime.datetime | Unset = UNSET,
    action: str | Unset = UNSET,
) -> Response[JournalEntryLogItemCollection]:
    """Change log of journal entries for incremental sync (S6).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        journal_entry_id (int | Unset):
        changed_date (datetime.datetime | Unset):
        changed_date_from (datetime.datetime | Unset):
        changed_date_to (datetime.datetime | Unset):
        action (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JournalEntryLogItemCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        journal_entry_id=journal_entry_id,
        changed_date=changed_date,
        changed_date_from=changed_date_from,
        changed_date_to=changed_date_to,
        action=action,
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
    journal_entry_id: int | Unset = UNSET,
    changed_date: datetime.datetime | Unset = UNSET,
    changed_date_from: datetime.datetime | Unset = UNSET,
    changed_date_to: datetime.datetime | Unset = UNSET,
    action: str | Unset = UNSET,
) -> JournalEntryLogItemCollection | None:
    """Change log of journal entries for incremental sync (S6).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        journal_entry_id (int | Unset):
        changed_date (datetime.datetime | Unset):
        changed_date_from (datetime.datetime | Unset):
        changed_date_to (datetime.datetime | Unset):
        action (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JournalEntryLogItemCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            fields=fields,
            meta_only=meta_only,
            order_by=order_by,
            journal_entry_id=journal_entry_id,
            changed_date=changed_date,
            changed_date_from=changed_date_from,
            changed_date_to=changed_date_to,
            action=action,
        )
    ).parsed
