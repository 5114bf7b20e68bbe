from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.creditor_collection import CreditorCollection
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
    supplier_number: str | Unset = UNSET,
    supplier_number_comparison: StringComparison | Unset = UNSET,
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    city: str | Unset = UNSET,
    city_comparison: StringComparison | Unset = UNSET,
    creditor_kind_id: str | Unset = UNSET,
    date_added: datetime.date | Unset = UNSET,
    date_added_from: datetime.date | Unset = UNSET,
    date_added_to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["fields"] = fields

    params["metaOnly"] = meta_only

    params["orderBy"] = order_by

    params["Id"] = id

    params["SupplierNumber"] = supplier_number

    json_supplier_number_comparison: str | Unset = UNSET
    if not isinstance(supplier_number_comparison, Unset):
        json_supplier_number_comparison = supplier_number_comparison

    params["SupplierNumber_comparison"] = json_supplier_number_comparison

    params["Name"] = name

    json_name_comparison: str | Unset = UNSET
    if not isinstance(name_comparison, Unset):
        json_name_comparison = name_comparison

    params["Name_comparison"] = json_name_comparison

    params["City"] = city

    json_city_comparison: str | Unset = UNSET
    if not isinstance(city_comparison, Unset):
        json_city_comparison = city_comparison

    params["City_comparison"] = json_city_comparison

    params["CreditorKindId"] = creditor_kind_id

    json_date_added: str | Unset = UNSET
    if not isinstance(date_added, Unset):
        json_date_added = date_added.isoformat()
    params["DateAdded"] = json_date_added

    json_date_added_from: str | Unset = UNSET
    if not isinstance(date_added_from, Unset):
        json_date_added_from = date_added_from.isoformat()
    params["DateAdded_from"] = json_date_added_from

    json_date_added_to: str | Unset = UNSET
    if not isinstance(date_added_to, Unset):
        json_date_added_to = date_added_to.isoformat()
    params["DateAdded_to"] = json_date_added_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/creditors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreditorCollection | None:
    if response.status_code == 200:
        response_200 = CreditorCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreditorCollection]:
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
    supplier_number: str | Unset = UNSET,
    supplier_number_comparison: StringComparison | Unset = UNSET,
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    city: str | Unset = UNSET,
    city_comparison: StringComparison | Unset = UNSET,
    creditor_kind_id: str | Unset = UNSET,
    date_added: datetime.date | Unset = UNSET,
    date_added_from: datetime.date | Unset = UNSET,
    date_added_to: datetime.date | Unset = UNSET,
) -> Response[CreditorCollection]:
    """List Creditors.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        supplier_number (str | Unset):
        supplier_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        city (str | Unset):
        city_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        creditor_kind_id (str | Unset):
        date_added (datetime.date | Unset):
        date_added_from (datetime.date | Unset):
        date_added_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditorCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        supplier_number=supplier_number,
        supplier_number_comparison=supplier_number_comparison,
        name=name,
        name_comparison=name_comparison,
        city=city,
        city_comparison=city_comparison,
        creditor_kind_id=creditor_kind_id,
        date_added=date_added,
        date_added_from=date_added_from,
        date_added_to=date_added_to,
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
    supplier_number: str | Unset = UNSET,
    supplier_number_comparison: StringComparison | Unset = UNSET,
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    city: str | Unset = UNSET,
    city_comparison: StringComparison | Unset = UNSET,
    creditor_kind_id: str | Unset = UNSET,
    date_added: datetime.date | Unset = UNSET,
    date_added_from: datetime.date | Unset = UNSET,
    date_added_to: datetime.date | Unset = UNSET,
) -> CreditorCollection | None:
    """List Creditors.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        supplier_number (str | Unset):
        supplier_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        city (str | Unset):
        city_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        creditor_kind_id (str | Unset):
        date_added (datetime.date | Unset):
        date_added_from (datetime.date | Unset):
        date_added_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditorCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        supplier_number=supplier_number,
        supplier_number_comparison=supplier_number_comparison,
        name=name,
        name_comparison=name_comparison,
        city=city,
        city_comparison=city_comparison,
        creditor_kind_id=creditor_kind_id,
        date_added=date_added,
        date_added_from=date_added_from,
        date_added_to=date_added_to,
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
    supplier_number: str | Unset = UNSET,
    supplier_number_comparison: StringComparison | Unset = UNSET,
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    city: str | Unset = UNSET,
    city_comparison: StringComparison | Unset = UNSET,
    creditor_kind_id: str | Unset = UNSET,
    date_added: datetime.date | Unset = UNSET,
    date_added_from: datetime.date | Unset = UNSET,
    date_added_to: datetime.date | Unset = UNSET,
) -> Response[CreditorCollection]:
    """List Creditors.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        supplier_number (str | Unset):
        supplier_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        city (str | Unset):
        city_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        creditor_kind_id (str | Unset):
        date_added (datetime.date | Unset):
        date_added_from (datetime.date | Unset):
        date_added_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreditorCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        supplier_number=supplier_number,
        supplier_number_comparison=supplier_number_comparison,
        name=name,
        name_comparison=name_comparison,
        city=city,
        city_comparison=city_comparison,
        creditor_kind_id=creditor_kind_id,
        date_added=date_added,
        date_added_from=date_added_from,
        date_added_to=date_added_to,
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
    supplier_number: str | Unset = UNSET,
    supplier_number_comparison: StringComparison | Unset = UNSET,
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    city: str | Unset = UNSET,
    city_comparison: StringComparison | Unset = UNSET,
    creditor_kind_id: str | Unset = UNSET,
    date_added: datetime.date | Unset = UNSET,
    date_added_from: datetime.date | Unset = UNSET,
    date_added_to: datetime.date | Unset = UNSET,
) -> CreditorCollection | None:
    """List Creditors.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        supplier_number (str | Unset):
        supplier_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        city (str | Unset):
        city_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        creditor_kind_id (str | Unset):
        date_added (datetime.date | Unset):
        date_added_from (datetime.date | Unset):
        date_added_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreditorCollection
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
            supplier_number=supplier_number,
            supplier_number_comparison=supplier_number_comparison,
            name=name,
            name_comparison=name_comparison,
            city=city,
            city_comparison=city_comparison,
            creditor_kind_id=creditor_kind_id,
            date_added=date_added,
            date_added_from=date_added_from,
            date_added_to=date_added_to,
        )
    ).parsed
