from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.purchase_invoice import PurchaseInvoice
from ...models.purchase_invoice_input import PurchaseInvoiceInput
from ...types import UNSET, Response, Unset, json_body

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    *,
    body: PurchaseInvoiceInput,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["validateOnly"] = validate_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/purchaseinvoices",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PurchaseInvoice | None:
    if response.status_code == 200:
        response_200 = PurchaseInvoice.from_dict(json_body(response))

        return response_200

    if response.status_code == 201:
        response_201 = PurchaseInvoice.from_dict(json_body(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PurchaseInvoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseInvoiceInput,
    validate_only: bool | Unset = UNSET,
) -> Response[PurchaseInvoice]:
    """
    Args:
        validate_only (bool | Unset):
        body (PurchaseInvoiceInput): Create or update a purchase invoice header. Fields assumed to
            mirror SalesInvoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PurchaseInvoice]
    """

    kwargs = _get_kwargs(
        body=body,
        validate_only=validate_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseInvoiceInput,
    validate_only: bool | Unset = UNSET,
) -> PurchaseInvoice | None:
    """
    Args:
        validate_only (bool | Unset):
        body (PurchaseInvoiceInput): Create or update a purchase invoice header. Fields assumed to
            mirror SalesInvoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseInvoice
    """

    return sync_detailed(
        client=client,
        body=body,
        validate_only=validate_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseInvoiceInput,
    validate_only: bool | Unset = UNSET,
) -> Response[PurchaseInvoice]:
    """
    Args:
        validate_only (bool | Unset):
        body (PurchaseInvoiceInput): Create or update a purchase invoice header. Fields assumed to
            mirror SalesInvoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PurchaseInvoice]
    """

    kwargs = _get_kwargs(
        body=body,
        validate_only=validate_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PurchaseInvoiceInput,
    validate_only: bool | Unset = UNSET,
) -> PurchaseInvoice | None:
    """
    Args:
        validate_only (bool | Unset):
        body (PurchaseInvoiceInput): Create or update a purchase invoice header. Fields assumed to
            mirror SalesInvoice.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PurchaseInvoice
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            validate_only=validate_only,
        )
    ).parsed
