from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.string_comparison import StringComparison
from ...models.vat_code_collection import VatCodeCollection
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
    id: str | Unset = UNSET,
    sales_code: bool | Unset = UNSET,
    country_code: str | Unset = UNSET,
    country_code_comparison: StringComparison | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["fields"] = fields

    params["metaOnly"] = meta_only

    params["orderBy"] = order_by

    params["Id"] = id

    params["SalesCode"] = sales_code

    params["CountryCode"] = country_code

    json_country_code_comparison: str | Unset = UNSET
    if not isinstance(country_code_comparison, Unset):
        json_country_code_comparison = country_code_comparison

    params["CountryCode_comparison"] = json_country_code_comparison

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/vatcodes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VatCodeCollection | None:
    if response.status_code == 200:
        response_200 = VatCodeCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VatCodeCollection]:
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
    id: str | Unset = UNSET,
    sales_code: bool | Unset = UNSET,
    country_code: str | Unset = UNSET,
    country_code_comparison: StringComparison | Unset = UNSET,
) -> Response[VatCodeCollection]:
    """List VatCodes.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (str | Unset):
        sales_code (bool | Unset):
        country_code (str | Unset):
        country_code_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VatCodeCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        sales_code=sales_code,
        country_code=country_code,
        country_code_comparison=country_code_comparison,
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
    id: str | Unset = UNSET,
    sales_code: bool | Unset = UNSET,
    country_code: str | Unset = UNSET,
    country_code_comparison: StringComparison | Unset = UNSET,
) -> VatCodeCollection | None:
    """List VatCodes.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (str | Unset):
        sales_code (bool | Unset):
        country_code (str | Unset):
        country_code_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VatCodeCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        sales_code=sales_code,
        country_code=country_code,
        country_code_comparison=country_code_comparison,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    meta_only: bool | Unset = UNSET,
    order_by: str | Unset = UNSET,
    id: str | Unset = UNSET,
    sales_code: bool | Unset = UNSET,
    country_code: str | Unset = UNSET,
    country_code_comparison: StringComparison | Unset = UNSET,
) -> Response[VatCodeCollection]:
    """List VatCodes.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (str | Unset):
        sales_code (bool | Unset):
        country_code (str | Unset):
        country_code_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VatCodeCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        sales_code=sales_code,
        country_code=country_code,
        country_code_comparison=country_code_comparison,
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
    id: str | Unset = UNSET,
    sales_code: bool | Unset = UNSET,
    country_code: str | Unset = UNSET,
    country_code_comparison: StringComparison | Unset = UNSET,
) -> VatCodeCollection | None:
    """List VatCodes.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (str | Unset):
        sales_code (bool | Unset):
        country_code (str | Unset):
        country_code_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VatCodeCollection
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
            sales_code=sales_code,
            country_code=country_code,
            country_code_comparison=country_code_comparison,
        )
    ).parsed
