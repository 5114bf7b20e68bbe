from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.draft_sales_invoice_with_lines_collection import DraftSalesInvoiceWithLinesCollection
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
    debtor_id: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["fields"] = fields

    params["metaOnly"] = meta_only

    params["orderBy"] = order_by

    params["Id"] = id

    params["DebtorId"] = debtor_id

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

    params["Description"] = description

    json_description_comparison: str | Unset = UNSET
    if not isinstance(description_comparison, Unset):
        json_description_comparison = description_comparison

    params["Description_comparison"] = json_description_comparison

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/draftsalesinvoiceswithlines",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DraftSalesInvoiceWithLinesCollection | None:
    if response.status_code == 200:
        response_200 = DraftSalesInvoiceWithLinesCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DraftSalesInvoiceWithLinesCollection]:
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
    debtor_id: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
) -> Response[DraftSalesInvoiceWithLinesCollection]:
    """List DraftSalesInvoicesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        debtor_id (int | Unset):
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftSalesInvoiceWithLinesCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        debtor_id=debtor_id,
        date=date,
        date_from=date_from,
        date_to=date_to,
        description=description,
        description_comparison=description_comparison,
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
    debtor_id: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
) -> DraftSalesInvoiceWithLinesCollection | None:
    """List DraftSalesInvoicesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        debtor_id (int | Unset):
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftSalesInvoiceWithLinesCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        debtor_id=debtor_id,
        date=date,
        date_from=date_from,
        date_to=date_to,
        description=description,
        description_comparison=description_comparison,
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
    debtor_id: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
) -> Response[DraftSalesInvoiceWithLinesCollection]:
    """List DraftSalesInvoicesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        debtor_id (int | Unset):
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DraftSalesInvoiceWithLinesCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        debtor_id=debtor_id,
        date=date,
        date_from=date_from,
        date_to=date_to,
        description=description,
        description_comparison=description_comparison,
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
    debtor_id: int | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
) -> DraftSalesInvoiceWithLinesCollection | None:
    """List DraftSalesInvoicesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        debtor_id (int | Unset):
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DraftSalesInvoiceWithLinesCollection
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
            debtor_id=debtor_id,
            date=date,
            date_from=date_from,
            date_to=date_to,
            description=description,
            description_comparison=description_comparison,
        )
    ).parsed
