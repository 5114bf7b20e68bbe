from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.stored_file_collection import StoredFileCollection
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
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    created_on: datetime.date | Unset = UNSET,
    created_on_from: datetime.date | Unset = UNSET,
    created_on_to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["fields"] = fields

    params["metaOnly"] = meta_only

    params["orderBy"] = order_by

    params["Name"] = name

    json_name_comparison: str | Unset = UNSET
    if not isinstance(name_comparison, Unset):
        json_name_comparison = name_comparison

    params["Name_comparison"] = json_name_comparison

    json_created_on: str | Unset = UNSET
    if not isinstance(created_on, Unset):
        json_created_on = created_on.isoformat()
    params["CreatedOn"] = json_created_on

    json_created_on_from: str | Unset = UNSET
    if not isinstance(created_on_from, Unset):
        json_created_on_from = created_on_from.isoformat()
    params["CreatedOn_from"] = json_created_on_from

    json_created_on_to: str | Unset = UNSET
    if not isinstance(created_on_to, Unset):
        json_created_on_to = created_on_to.isoformat()
    params["CreatedOn_to"] = json_created_on_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/inboxfiles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StoredFileCollection | None:
    if response.status_code == 200:
        response_200 = StoredFileCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StoredFileCollection]:
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
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    created_on: datetime.date | Unset = UNSET,
    created_on_from: datetime.date | Unset = UNSET,
    created_on_to: datetime.date | Unset = UNSET,
) -> Response[StoredFileCollection]:
    """List InboxFiles.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        created_on (datetime.date | Unset):
        created_on_from (datetime.date | Unset):
        created_on_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StoredFileCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        name=name,
        name_comparison=name_comparison,
        created_on=created_on,
        created_on_from=created_on_from,
        created_on_to=created_on_to,
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
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    created_on: datetime.date | Unset = UNSET,
    created_on_from: datetime.date | Unset = UNSET,
    created_on_to: datetime.date | Unset = UNSET,
) -> StoredFileCollection | None:
    """List InboxFiles.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        created_on (datetime.date | Unset):
        created_on_from (datetime.date | Unset):
        created_on_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StoredFileCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        name=name,
        name_comparison=name_comparison,
        created_on=created_on,
        created_on_from=created_on_from,
        created_on_to=created_on_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    meta_only: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    created_on: datetime.date | Unset = UNSET,
    created_on_from: datetime.date | Unset = UNSET,
    created_on_to: datetime.date | Unset = UNSET,
) -> Response[StoredFileCollection]:
    """List InboxFiles.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        created_on (datetime.date | Unset):
        created_on_from (datetime.date | Unset):
        created_on_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StoredFileCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        name=name,
        name_comparison=name_comparison,
        created_on=created_on,
        created_on_from=created_on_from,
        created_on_to=created_on_to,
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
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    created_on: datetime.date | Unset = UNSET,
    created_on_from: datetime.date | Unset = UNSET,
    created_on_to: datetime.date | Unset = UNSET,
) -> StoredFileCollection | None:
    """List InboxFiles.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        created_on (datetime.date | Unset):
        created_on_from (datetime.date | Unset):
        created_on_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StoredFileCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            fields=fields,
            meta_only=meta_only,
            order_by=order_by,
            name=name,
            name_comparison=name_comparison,
            created_on=created_on,
            created_on_from=created_on_from,
            created_on_to=created_on_to,
        )
    ).parsed
