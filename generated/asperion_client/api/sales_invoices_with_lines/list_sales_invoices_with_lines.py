from __future__ import annotations

import datetime
from decimal import Decimal
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.sales_invoice_with_lines_collection import SalesInvoiceWithLinesCollection
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
    amount_excl_vat: Decimal | Unset = UNSET,
    amount_incl_vat: Decimal | Unset = UNSET,
    bookyear: int | Unset = UNSET,
    bookperiod: int | Unset = UNSET,
    cost_center_id: int | Unset = UNSET,
    debtor_customer_number: str | Unset = UNSET,
    debtor_customer_number_comparison: StringComparison | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    debtor_id: int | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    invoice_number_comparison: StringComparison | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    status: int | Unset = UNSET,
    payment_condition_id: int | Unset = UNSET,
    vat_amount: Decimal | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["fields"] = fields

    params["metaOnly"] = meta_only

    params["orderBy"] = order_by

    params["Id"] = id

    params["AmountExclVat"] = amount_excl_vat

    params["AmountInclVat"] = amount_incl_vat

    params["Bookyear"] = bookyear

    params["Bookperiod"] = bookperiod

    params["CostCenterId"] = cost_center_id

    params["DebtorCustomerNumber"] = debtor_customer_number

    json_debtor_customer_number_comparison: str | Unset = UNSET
    if not isinstance(debtor_customer_number_comparison, Unset):
        json_debtor_customer_number_comparison = debtor_customer_number_comparison

    params["DebtorCustomerNumber_comparison"] = json_debtor_customer_number_comparison

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

    params["DebtorId"] = debtor_id

    params["Description"] = description

    json_description_comparison: str | Unset = UNSET
    if not isinstance(description_comparison, Unset):
        json_description_comparison = description_comparison

    params["Description_comparison"] = json_description_comparison

    params["InvoiceNumber"] = invoice_number

    json_invoice_number_comparison: str | Unset = UNSET
    if not isinstance(invoice_number_comparison, Unset):
        json_invoice_number_comparison = invoice_number_comparison

    params["InvoiceNumber_comparison"] = json_invoice_number_comparison

    params["JournalId"] = journal_id

    params["Status"] = status

    params["PaymentConditionId"] = payment_condition_id

    params["VatAmount"] = vat_amount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/salesinvoiceswithlines",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SalesInvoiceWithLinesCollection | None:
    if response.status_code == 200:
        response_200 = SalesInvoiceWithLinesCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SalesInvoiceWithLinesCollection]:
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
    amount_excl_vat: Decimal | Unset = UNSET,
    amount_incl_vat: Decimal | Unset = UNSET,
    bookyear: int | Unset = UNSET,
    bookperiod: int | Unset = UNSET,
    cost_center_id: int | Unset = UNSET,
    debtor_customer_number: str | Unset = UNSET,
    debtor_customer_number_comparison: StringComparison | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    debtor_id: int | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    invoice_number_comparison: StringComparison | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    status: int | Unset = UNSET,
    payment_condition_id: int | Unset = UNSET,
    vat_amount: Decimal | Unset = UNSET,
) -> Response[SalesInvoiceWithLinesCollection]:
    """List SalesInvoicesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        amount_excl_vat (Decimal | Unset):
        amount_incl_vat (Decimal | Unset):
        bookyear (int | Unset):
        bookperiod (int | Unset):
        cost_center_id (int | Unset):
        debtor_customer_number (str | Unset):
        debtor_customer_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        debtor_id (int | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        invoice_number (str | Unset):
        invoice_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        journal_id (str | Unset):
        status (int | Unset):
        payment_condition_id (int | Unset):
        vat_amount (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SalesInvoiceWithLinesCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        amount_excl_vat=amount_excl_vat,
        amount_incl_vat=amount_incl_vat,
        bookyear=bookyear,
        bookperiod=bookperiod,
        cost_center_id=cost_center_id,
        debtor_customer_number=debtor_customer_number,
        debtor_customer_number_comparison=debtor_customer_number_comparison,
        date=date,
        date_from=date_from,
        date_to=date_to,
        debtor_id=debtor_id,
        description=description,
        description_comparison=description_comparison,
        invoice_number=invoice_number,
        invoice_number_comparison=invoice_number_comparison,
        journal_id=journal_id,
        status=status,
        payment_condition_id=payment_condition_id,
        vat_amount=vat_amount,
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
    amount_excl_vat: Decimal | Unset = UNSET,
    amount_incl_vat: Decimal | Unset = UNSET,
    bookyear: int | Unset = UNSET,
    bookperiod: int | Unset = UNSET,
    cost_center_id: int | Unset = UNSET,
    debtor_customer_number: str | Unset = UNSET,
    debtor_customer_number_comparison: StringComparison | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    debtor_id: int | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    invoice_number_comparison: StringComparison | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    status: int | Unset = UNSET,
    payment_condition_id: int | Unset = UNSET,
    vat_amount: Decimal | Unset = UNSET,
) -> SalesInvoiceWithLinesCollection | None:
    """List SalesInvoicesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        amount_excl_vat (Decimal | Unset):
        amount_incl_vat (Decimal | Unset):
        bookyear (int | Unset):
        bookperiod (int | Unset):
        cost_center_id (int | Unset):
        debtor_customer_number (str | Unset):
        debtor_customer_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        debtor_id (int | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        invoice_number (str | Unset):
        invoice_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        journal_id (str | Unset):
        status (int | Unset):
        payment_condition_id (int | Unset):
        vat_amount (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SalesInvoiceWithLinesCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        amount_excl_vat=amount_excl_vat,
        amount_incl_vat=amount_incl_vat,
        bookyear=bookyear,
        bookperiod=bookperiod,
        cost_center_id=cost_center_id,
        debtor_customer_number=debtor_customer_number,
        debtor_customer_number_comparison=debtor_customer_number_comparison,
        date=date,
        date_from=date_from,
        date_to=date_to,
        debtor_id=debtor_id,
        description=description,
        description_comparison=description_comparison,
        invoice_number=invoice_number,
        invoice_number_comparison=invoice_number_comparison,
        journal_id=journal_id,
        status=status,
        payment_condition_id=payment_condition_id,
        vat_amount=vat_amount,
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
    amount_excl_vat: Decimal | Unset = UNSET,
    amount_incl_vat: Decimal | Unset = UNSET,
    bookyear: int | Unset = UNSET,
    bookperiod: int | Unset = UNSET,
    cost_center_id: int | Unset = UNSET,
    debtor_customer_number: str | Unset = UNSET,
    debtor_customer_number_comparison: StringComparison | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    debtor_id: int | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    invoice_number_comparison: StringComparison | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    status: int | Unset = UNSET,
    payment_condition_id: int | Unset = UNSET,
    vat_amount: Decimal | Unset = UNSET,
) -> Response[SalesInvoiceWithLinesCollection]:
    """List SalesInvoicesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        amount_excl_vat (Decimal | Unset):
        amount_incl_vat (Decimal | Unset):
        bookyear (int | Unset):
        bookperiod (int | Unset):
        cost_center_id (int | Unset):
        debtor_customer_number (str | Unset):
        debtor_customer_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        debtor_id (int | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        invoice_number (str | Unset):
        invoice_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        journal_id (str | Unset):
        status (int | Unset):
        payment_condition_id (int | Unset):
        vat_amount (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SalesInvoiceWithLinesCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        amount_excl_vat=amount_excl_vat,
        amount_incl_vat=amount_incl_vat,
        bookyear=bookyear,
        bookperiod=bookperiod,
        cost_center_id=cost_center_id,
        debtor_customer_number=debtor_customer_number,
        debtor_customer_number_comparison=debtor_customer_number_comparison,
        date=date,
        date_from=date_from,
        date_to=date_to,
        debtor_id=debtor_id,
        description=description,
        description_comparison=description_comparison,
        invoice_number=invoice_number,
        invoice_number_comparison=invoice_number_comparison,
        journal_id=journal_id,
        status=status,
        payment_condition_id=payment_condition_id,
        vat_amount=vat_amount,
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
    amount_excl_vat: Decimal | Unset = UNSET,
    amount_incl_vat: Decimal | Unset = UNSET,
    bookyear: int | Unset = UNSET,
    bookperiod: int | Unset = UNSET,
    cost_center_id: int | Unset = UNSET,
    debtor_customer_number: str | Unset = UNSET,
    debtor_customer_number_comparison: StringComparison | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    debtor_id: int | Unset = UNSET,
    description: str | Unset = UNSET,
    description_comparison: StringComparison | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    invoice_number_comparison: StringComparison | Unset = UNSET,
    journal_id: str | Unset = UNSET,
    status: int | Unset = UNSET,
    payment_condition_id: int | Unset = UNSET,
    vat_amount: Decimal | Unset = UNSET,
) -> SalesInvoiceWithLinesCollection | None:
    """List SalesInvoicesWithLines.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        amount_excl_vat (Decimal | Unset):
        amount_incl_vat (Decimal | Unset):
        bookyear (int | Unset):
        bookperiod (int | Unset):
        cost_center_id (int | Unset):
        debtor_customer_number (str | Unset):
        debtor_customer_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        date (datetime.date | Unset):
        date_from (datetime.date | Unset):
        date_to (datetime.date | Unset):
        debtor_id (int | Unset):
        description (str | Unset):
        description_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        invoice_number (str | Unset):
        invoice_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        journal_id (str | Unset):
        status (int | Unset):
        payment_condition_id (int | Unset):
        vat_amount (Decimal | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SalesInvoiceWithLinesCollection
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
            amount_excl_vat=amount_excl_vat,
            amount_incl_vat=amount_incl_vat,
            bookyear=bookyear,
            bookperiod=bookperiod,
            cost_center_id=cost_center_id,
            debtor_customer_number=debtor_customer_number,
            debtor_customer_number_comparison=debtor_customer_number_comparison,
            date=date,
            date_from=date_from,
            date_to=date_to,
            debtor_id=debtor_id,
            description=description,
            description_comparison=description_comparison,
            invoice_number=invoice_number,
            invoice_number_comparison=invoice_number_comparison,
            journal_id=journal_id,
            status=status,
            payment_condition_id=payment_condition_id,
            vat_amount=vat_amount,
        )
    ).parsed
