from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.ledger_grouped_item_collection import LedgerGroupedItemCollection
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
    bookyear: int,
    bookperiod: int | Unset = UNSET,
    bookperiod_from: int | Unset = UNSET,
    bookperiod_to: int | Unset = UNSET,
    balance_or_profit_loss: str | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    group_by_journal: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["fields"] = fields

    params["metaOnly"] = meta_only

    params["orderBy"] = order_by

    params["Bookyear"] = bookyear

    params["Bookperiod"] = bookperiod

    params["Bookperiod_from"] = bookperiod_from

    params["Bookperiod_to"] = bookperiod_to

    params["BalanceOrProfitLoss"] = balance_or_profit_loss

    params["JournalId"] = journal_id

    params["GroupByJournal"] = group_by_journal

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ledgergrouped",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LedgerGroupedItemCollection | None:
    if response.status_code == 200:
        response_200 = LedgerGroupedItemCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LedgerGroupedItemCollection]:
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
    bookyear: int,
    bookperiod: int | Unset = UNSET,
    bookperiod_from: int | Unset = UNSET,
    bookperiod_to: int | Unset = UNSET,
    balance_or_profit_loss: str | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    group_by_journal: bool | Unset = UNSET,
) -> Response[LedgerGroupedItemCollection]:
    """Balance per ledger account for a period; Bookyear is required (S1).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        bookyear (int):
        bookperiod (int | Unset):
        bookperiod_from (int | Unset):
        bookperiod_to (int | Unset):
        balance_or_profit_loss (str | Unset):
        journal_id (str | Unset):
        group_by_journal (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LedgerGroupedItemCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        bookyear=bookyear,
        bookperiod=bookperiod,
        bookperiod_from=bookperiod_from,
        bookperiod_to=bookperiod_to,
        balance_or_profit_loss=balance_or_profit_loss,
        journal_id=journal_id,
        group_by_journal=group_by_journal,
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
    bookyear: int,
    bookperiod: int | Unset = UNSET,
    bookperiod_from: int | Unset = UNSET,
    bookperiod_to: int | Unset = UNSET,
    balance_or_profit_loss: str | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    group_by_journal: bool | Unset = UNSET,
) -> LedgerGroupedItemCollection | None:
    """Balance per ledger account for a period; Bookyear is required (S1).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        bookyear (int):
        bookperiod (int | Unset):
        bookperiod_from (int | Unset):
        bookperiod_to (int | Unset):
        balance_or_profit_loss (str | Unset):
        journal_id (str | Unset):
        group_by_journal (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LedgerGroupedItemCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        bookyear=bookyear,
        bookperiod=bookperiod,
        bookperiod_from=bookperiod_from,
        bookperiod_to=bookperiod_to,
        balance_or_profit_loss=balance_or_profit_loss,
        journal_id=journal_id,
        group_by_journal=group_by_journal,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    meta_only: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    bookyear: int,
    bookperiod: int | Unset = UNSET,
    bookperiod_from: int | Unset = UNSET,
    bookperiod_to: int | Unset = UNSET,
    balance_or_profit_loss: str | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    group_by_journal: bool | Unset = UNSET,
) -> Response[LedgerGroupedItemCollection]:
    """Balance per ledger account for a period; Bookyear is required (S1).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        bookyear (int):
        bookperiod (int | Unset):
        bookperiod_from (int | Unset):
        bookperiod_to (int | Unset):
        balance_or_profit_loss (str | Unset):
        journal_id (str | Unset):
        group_by_journal (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LedgerGroupedItemCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        bookyear=bookyear,
        bookperiod=bookperiod,
        bookperiod_from=bookperiod_from,
        bookperiod_to=bookperiod_to,
        balance_or_profit_loss=balance_or_profit_loss,
        journal_id=journal_id,
        group_by_journal=group_by_journal,
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
    bookyear: int,
    bookperiod: int | Unset = UNSET,
    bookperiod_from: int | Unset = UNSET,
    bookperiod_to: int | Unset = UNSET,
    balance_or_profit_loss: str | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    group_by_journal: bool | Unset = UNSET,
) -> LedgerGroupedItemCollection | None:
    """Balance per ledger account for a period; Bookyear is required (S1).

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        bookyear (int):
        bookperiod (int | Unset):
        bookperiod_from (int | Unset):
        bookperiod_to (int | Unset):
        balance_or_profit_loss (str | Unset):
        journal_id (str | Unset):
        group_by_journal (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LedgerGroupedItemCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            fields=fields,
            meta_only=meta_only,
            order_by=order_by,
            bookyear=bookyear,
            bookperiod=bookperiod,
            bookperiod_from=bookperiod_from,
            bookperiod_to=bookperiod_to,
            balance_or_profit_loss=balance_or_profit_loss,
            journal_id=journal_id,
            group_by_journal=group_by_journal,
        )
    ).parsed
