from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.invoice_line import InvoiceLine
from ...models.invoice_line_input import InvoiceLineInput
from ...types import UNSET, Response, Unset, json_body

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    invoice_id: int,
    *,
    body: InvoiceLineInput,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["validateOnly"] = validate_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/draftsalesinvoices/{invoice_id}/lines".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InvoiceLine | None:
    if response.status_code == 200:
        response_200 = InvoiceLine.from_dict(json_body(response))

        return response_200

    if response.status_code == 201:
        response_201 = InvoiceLine.from_dict(json_body(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InvoiceLine]:
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
    body: InvoiceLineInput,
    validate_only: bool | Unset = UNSET,
) -> Response[InvoiceLine]:
    """
    Args:
        invoice_id (int):
        validate_only (bool | Unset):
        body (InvoiceLineInput): A new invoice line. bookingType: A=article (needs articleSku),
            V=sales type, G=ledger account, T=text (S1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceLine]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        validate_only=validate_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceLineInput,
    validate_only: bool | Unset = UNSET,
) -> InvoiceLine | None:
    """
    Args:
        invoice_id (int):
        validate_only (bool | Unset):
        body (InvoiceLineInput): A new invoice line. bookingType: A=article (needs articleSku),
            V=sales type, G=ledger account, T=text (S1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceLine
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        validate_only=validate_only,
    ).parsed


async def asyncio_detailed(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceLineInput,
    validate_only: bool | Unset = UNSET,
) -> Response[InvoiceLine]:
    """
    Args:
        invoice_id (int):
        validate_only (bool | Unset):
        body (InvoiceLineInput): A new invoice line. bookingType: A=article (needs articleSku),
            V=sales type, G=ledger account, T=text (S1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InvoiceLine]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        validate_only=validate_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: InvoiceLineInput,
    validate_only: bool | Unset = UNSET,
) -> InvoiceLine | None:
    """
    Args:
        invoice_id (int):
        validate_only (bool | Unset):
        body (InvoiceLineInput): A new invoice line. bookingType: A=article (needs articleSku),
            V=sales type, G=ledger account, T=text (S1).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InvoiceLine
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
            validate_only=validate_only,
        )
    ).parsed
