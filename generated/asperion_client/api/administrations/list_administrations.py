from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.administration_collection import AdministrationCollection
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
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    telephone_number: str | Unset = UNSET,
    telephone_number_comparison: StringComparison | Unset = UNSET,
    email: str | Unset = UNSET,
    email_comparison: StringComparison | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["fields"] = fields

    params["metaOnly"] = meta_only

    params["orderBy"] = order_by

    params["Id"] = id

    params["Name"] = name

    json_name_comparison: str | Unset = UNSET
    if not isinstance(name_comparison, Unset):
        json_name_comparison = name_comparison

    params["Name_comparison"] = json_name_comparison

    params["TelephoneNumber"] = telephone_number

    json_telephone_number_comparison: str | Unset = UNSET
    if not isinstance(telephone_number_comparison, Unset):
        json_telephone_number_comparison = telephone_number_comparison

    params["TelephoneNumber_comparison"] = json_telephone_number_comparison

    params["Email"] = email

    json_email_comparison: str | Unset = UNSET
    if not isinstance(email_comparison, Unset):
        json_email_comparison = email_comparison

    params["Email_comparison"] = json_email_comparison

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/administrations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdministrationCollection | None:
    if response.status_code == 200:
        response_200 = AdministrationCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AdministrationCollection]:
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
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    telephone_number: str | Unset = UNSET,
    telephone_number_comparison: StringComparison | Unset = UNSET,
    email: str | Unset = UNSET,
    email_comparison: StringComparison | Unset = UNSET,
) -> Response[AdministrationCollection]:
    """Administrations (tenants) the user can access.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        telephone_number (str | Unset):
        telephone_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        email (str | Unset):
        email_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdministrationCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        name=name,
        name_comparison=name_comparison,
        telephone_number=telephone_number,
        telephone_number_comparison=telephone_number_comparison,
        email=email,
        email_comparison=email_comparison,
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
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    telephone_number: str | Unset = UNSET,
    telephone_number_comparison: StringComparison | Unset = UNSET,
    email: str | Unset = UNSET,
    email_comparison: StringComparison | Unset = UNSET,
) -> AdministrationCollection | None:
    """Administrations (tenants) the user can access.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        telephone_number (str | Unset):
        telephone_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        email (str | Unset):
        email_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdministrationCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        name=name,
        name_comparison=name_comparison,
        telephone_number=telephone_number,
        telephone_number_comparison=telephone_number_comparison,
        email=email,
        email_comparison=email_comparison,
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
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    telephone_number: str | Unset = UNSET,
    telephone_number_comparison: StringComparison | Unset = UNSET,
    email: str | Unset = UNSET,
    email_comparison: StringComparison | Unset = UNSET,
) -> Response[AdministrationCollection]:
    """Administrations (tenants) the user can access.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        telephone_number (str | Unset):
        telephone_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        email (str | Unset):
        email_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdministrationCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        name=name,
        name_comparison=name_comparison,
        telephone_number=telephone_number,
        telephone_number_comparison=telephone_number_comparison,
        email=email,
        email_comparison=email_comparison,
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
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    telephone_number: str | Unset = UNSET,
    telephone_number_comparison: StringComparison | Unset = UNSET,
    email: str | Unset = UNSET,
    email_comparison: StringComparison | Unset = UNSET,
) -> AdministrationCollection | None:
    """Administrations (tenants) the user can access.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        telephone_number (str | Unset):
        telephone_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        email (str | Unset):
        email_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdministrationCollection
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
            name=name,
            name_comparison=name_comparison,
            telephone_number=telephone_number,
            telephone_number_comparison=telephone_number_comparison,
            email=email,
            email_comparison=email_comparison,
        )
    ).parsed
