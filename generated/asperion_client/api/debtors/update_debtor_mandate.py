from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.mandate import Mandate
from ...models.mandate_input import MandateInput
from ...types import UNSET, Response, Unset, json_body

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    debtor_id: int,
    id: int,
    *,
    body: MandateInput,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["validateOnly"] = validate_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/debtors/{debtor_id}/mandates/{id}".format(
            debtor_id=quote(str(debtor_id), safe=""),
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
) -> Mandate | None:
    if response.status_code == 200:
        response_200 = Mandate.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Mandate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    debtor_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MandateInput,
    validate_only: bool | Unset = UNSET,
) -> Response[Mandate]:
    """
    Args:
        debtor_id (int):
        id (int):
        validate_only (bool | Unset):
        body (MandateInput): Create a mandate or update its signDate (S1). Fields other than
            signDate assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Mandate]
    """

    kwargs = _get_kwargs(
        debtor_id=debtor_id,
        id=id,
        body=body,
        validate_only=validate_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    debtor_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MandateInput,
    validate_only: bool | Unset = UNSET,
) -> Mandate | None:
    """
    Args:
        debtor_id (int):
        id (int):
        validate_only (bool | Unset):
        body (MandateInput): Create a mandate or update its signDate (S1). Fields other than
            signDate assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Mandate
    """

    return sync_detailed(
        debtor_id=debtor_id,
        id=id,
        client=client,
        body=body,
        validate_only=validate_only,
    ).parsed


async def asyncio_detailed(
    debtor_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MandateInput,
    validate_only: bool | Unset = UNSET,
) -> Response[Mandate]:
    """
    Args:
        debtor_id (int):
        id (int):
        validate_only (bool | Unset):
        body (MandateInput): Create a mandate or update its signDate (S1). Fields other than
            signDate assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Mandate]
    """

    kwargs = _get_kwargs(
        debtor_id=debtor_id,
        id=id,
        body=body,
        validate_only=validate_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    debtor_id: int,
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: MandateInput,
    validate_only: bool | Unset = UNSET,
) -> Mandate | None:
    """
    Args:
        debtor_id (int):
        id (int):
        validate_only (bool | Unset):
        body (MandateInput): Create a mandate or update its signDate (S1). Fields other than
            signDate assumed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Mandate
    """

    return (
        await asyncio_detailed(
            debtor_id=debtor_id,
            id=id,
            client=client,
            body=body,
            validate_only=validate_only,
        )
    ).parsed
