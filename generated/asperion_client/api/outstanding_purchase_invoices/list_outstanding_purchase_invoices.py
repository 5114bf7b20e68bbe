from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.outstanding_invoice_collection import OutstandingInvoiceCollection
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
    relation_id: int | Unset = UNSET,
    relation_name: str | Unset = UNSET,
    relation_name_comparison: StringComparison | Unset = UNSET,
    days_overdue: int | Unset = UNSET,
    days_overdue_from: int | Unset = UNSET,
    days_overdue_to: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["fields"] = fields

    params["metaOnly"] = meta_only

    params["orderBy"] = order_by

    params["RelationId"] = relation_id

    params["RelationName"] = relation_name

    json_relation_name_comparison: str | Unset = UNSET
    if not isinstance(relation_name_comparison, Unset):
        json_relation_name_comparison = relation_name_comparison

    params["RelationName_comparison"] = json_relation_name_comparison

    params["DaysOverdue"] = days_overdue

    params["DaysOverdue_from"] = days_overdue_from

    params["DaysOverdue_to"] = days_overdue_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/outstandingpurchaseinvoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OutstandingInvoiceCollection | None:
    if response.status_code == 200:
        response_200 = OutstandingInvoiceCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OutstandingInvoiceCollection]:
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
    relation_id: int | Unset = UNSET,
    relation_name: str | Unset = UNSET,
    relation_name_comparison: StringComparison | Unset = UNSET,
    days_overdue: int | Unset = UNSET,
    days_overdue_from: int | Unset = UNSET,
    days_overdue_to: int | Unset = UNSET,
) -> Response[OutstandingInvoiceCollection]:
    """List OutstandingPurchaseInvoices.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        relation_id (int | Unset):
        relation_name (str | Unset):
        relation_name_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        days_overdue (int | Unset):
        days_overdue_from (int | Unset):
        days_overdue_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutstandingInvoiceCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        relation_id=relation_id,
        relation_name=relation_name,
        relation_name_comparison=relation_name_comparison,
        days_overdue=days_overdue,
        days_overdue_from=days_overdue_from,
        days_overdue_to=days_overdue_to,
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
    relation_id: int | Unset = UNSET,
    relation_name: str | Unset = UNSET,
    relation_name_comparison: StringComparison | Unset = UNSET,
    days_overdue: int | Unset = UNSET,
    days_overdue_from: int | Unset = UNSET,
    days_overdue_to: int | Unset = UNSET,
) -> OutstandingInvoiceCollection | None:
    """List OutstandingPurchaseInvoices.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        relation_id (int | Unset):
        relation_name (str | Unset):
        relation_name_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        days_overdue (int | Unset):
        days_overdue_from (int | Unset):
        days_overdue_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutstandingInvoiceCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        relation_id=relation_id,
        relation_name=relation_name,
        relation_name_comparison=relation_name_comparison,
        days_overdue=days_overdue,
        days_overdue_from=days_overdue_from,
        days_overdue_to=days_overdue_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    meta_only: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    relation_id: int | Unset = UNSET,
    relation_name: str | Unset = UNSET,
    relation_name_comparison: StringComparison | Unset = UNSET,
    days_overdue: int | Unset = UNSET,
    days_overdue_from: int | Unset = UNSET,
    days_overdue_to: int | Unset = UNSET,
) -> Response[OutstandingInvoiceCollection]:
    """List OutstandingPurchaseInvoices.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        relation_id (int | Unset):
        relation_name (str | Unset):
        relation_name_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        days_overdue (int | Unset):
        days_overdue_from (int | Unset):
        days_overdue_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OutstandingInvoiceCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        relation_id=relation_id,
        relation_name=relation_name,
        relation_name_comparison=relation_name_comparison,
        days_overdue=days_overdue,
        days_overdue_from=days_overdue_from,
        days_overdue_to=days_overdue_to,
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
    relation_id: int | Unset = UNSET,
    relation_name: str | Unset = UNSET,
    relation_name_comparison: StringComparison | Unset = UNSET,
    days_overdue: int | Unset = UNSET,
    days_overdue_from: int | Unset = UNSET,
    days_overdue_to: int | Unset = UNSET,
) -> OutstandingInvoiceCollection | None:
    """List OutstandingPurchaseInvoices.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        relation_id (int | Unset):
        relation_name (str | Unset):
        relation_name_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        days_overdue (int | Unset):
        days_overdue_from (int | Unset):
        days_overdue_to (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OutstandingInvoiceCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            fields=fields,
            meta_only=meta_only,
            order_by=order_by,
            relation_id=relation_id,
            relation_name=relation_name,
            relation_name_comparison=relation_name_comparison,
            days_overdue=days_overdue,
            days_overdue_from=days_overdue_from,
            days_overdue_to=days_overdue_to,
        )
    ).parsed
