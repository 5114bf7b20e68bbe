from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.journal_entry import JournalEntry
from ...models.journal_entry_input import JournalEntryInput
from ...types import UNSET, Response, Unset, json_body

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    id: int,
    *,
    body: JournalEntryInput,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["validateOnly"] = validate_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/journalentries/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JournalEntry | None:
    if response.status_code == 200:
        response_200 = JournalEntry.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JournalEntry]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryInput,
    validate_only: bool | Unset = UNSET,
) -> Response[JournalEntry]:
    """
    Args:
        id (int):
        validate_only (bool | Unset):
        body (JournalEntryInput): Create or update a journal entry header; cash (K) entries need
            openingBalance and closingBalance (S1); S3 sends state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JournalEntry]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        validate_only=validate_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryInput,
    validate_only: bool | Unset = UNSET,
) -> JournalEntry | None:
    """
    Args:
        id (int):
        validate_only (bool | Unset):
        body (JournalEntryInput): Create or update a journal entry header; cash (K) entries need
            openingBalance and closingBalance (S1); S3 sends state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JournalEntry
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        validate_only=validate_only,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryInput,
    validate_only: bool | Unset = UNSET,
) -> Response[JournalEntry]:
    """
    Args:
        id (int):
        validate_only (bool | Unset):
        body (JournalEntryInput): Create or update a journal entry header; cash (K) entries need
            openingBalance and closingBalance (S1); S3 sends state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JournalEntry]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        validate_only=validate_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryInput,
    validate_only: bool | Unset = UNSET,
) -> JournalEntry | None:
    """
    Args:
        id (int):
        validate_only (bool | Unset):
        body (JournalEntryInput): Create or update a journal entry header; cash (K) entries need
            openingBalance and closingBalance (S1); S3 sends state.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JournalEntry
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            validate_only=validate_only,
        )
    ).parsed
