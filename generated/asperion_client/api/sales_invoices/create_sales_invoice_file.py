from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...models.file_upload import FileUpload
from ...models.stored_file import StoredFile
from ...types import UNSET, Response, Unset, json_body

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client


def _get_kwargs(
    id: int,
    *,
    body: FileUpload,
    validate_only: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["validateOnly"] = validate_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/salesinvoices/{id}/file".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StoredFile | None:
    if response.status_code == 200:
        response_200 = StoredFile.from_dict(json_body(response))

        return response_200

    if response.status_code == 201:
        response_201 = StoredFile.from_dict(json_body(response))

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StoredFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FileUpload,
    validate_only: bool | Unset = UNSET,
) -> Response[StoredFile]:
    """Attach a PDF (max 5 MB).

    Args:
        id (int):
        validate_only (bool | Unset):
        body (FileUpload): A PDF in a multipart form, in the part named File (S3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StoredFile]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        validate_only=validate_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FileUpload,
    validate_only: bool | Unset = UNSET,
) -> StoredFile | None:
    """Attach a PDF (max 5 MB).

    Args:
        id (int):
        validate_only (bool | Unset):
        body (FileUpload): A PDF in a multipart form, in the part named File (S3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StoredFile
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        validate_only=validate_only,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FileUpload,
    validate_only: bool | Unset = UNSET,
) -> Response[StoredFile]:
    """Attach a PDF (max 5 MB).

    Args:
        id (int):
        validate_only (bool | Unset):
        body (FileUpload): A PDF in a multipart form, in the part named File (S3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StoredFile]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        validate_only=validate_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: FileUpload,
    validate_only: bool | Unset = UNSET,
) -> StoredFile | None:
    """Attach a PDF (max 5 MB).

    Args:
        id (int):
        validate_only (bool | Unset):
        body (FileUpload): A PDF in a multipart form, in the part named File (S3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StoredFile
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            validate_only=validate_only,
        )
    ).parsed
