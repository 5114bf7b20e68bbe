from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.invoice_line_collection import InvoiceLineCollection
from ...types import UNSET, Response, Unset, json_body

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    invoice_id: int,
    *,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/draftsalesinvoices/{invoice_id}/lines".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvoiceLineCollection | None:
    if response.status_code == 200:
        response_200 = InvoiceLineCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvoiceLineCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> Response[InvoiceLineCollection]:
    """Lines of one draft sales invoice.

    Args:
        invoice_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceLineCollection]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> InvoiceLineCollection | None:
    """Lines of one draft sales invoice.

    Args:
        invoice_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceLineCollection
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> Response[InvoiceLineCollection]:
    """Lines of one draft sales invoice.

    Args:
        invoice_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceLineCollection]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    page_size: int | Unset = UNSET,
) -> InvoiceLineCollection | None:
    """Lines of one draft sales invoice.

    Args:
        invoice_id (int):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceLineCollection
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            page=page,
            page_size=page_size,
        )
    ).parsed
