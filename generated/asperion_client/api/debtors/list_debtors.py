from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...models.debtor_collection import DebtorCollection
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
    customer_number: str | Unset = UNSET,
    customer_number_comparison: StringComparison | Unset = UNSET,
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    bban: str | Unset = UNSET,
    bban_comparison: StringComparison | Unset = UNSET,
    direct_debit: bool | Unset = UNSET,
    iban: str | Unset = UNSET,
    iban_comparison: StringComparison | Unset = UNSET,
    bic: str | Unset = UNSET,
    bic_comparison: StringComparison | Unset = UNSET,
    coc_number: str | Unset = UNSET,
    coc_number_comparison: StringComparison | Unset = UNSET,
    vat_number: str | Unset = UNSET,
    vat_number_comparison: StringComparison | Unset = UNSET,
    city: str | Unset = UNSET,
    city_comparison: StringComparison | Unset = UNSET,
    address: str | Unset = UNSET,
    address_comparison: StringComparison | Unset = UNSET,
    address_line_2: str | Unset = UNSET,
    address_line_2_comparison: StringComparison | Unset = UNSET,
    address_line_3: str | Unset = UNSET,
    address_line_3_comparison: StringComparison | Unset = UNSET,
    attention_to: str | Unset = UNSET,
    attention_to_comparison: StringComparison | Unset = UNSET,
    country_code: str | Unset = UNSET,
    country_code_comparison: StringComparison | Unset = UNSET,
    post_code: str | Unset = UNSET,
    post_code_comparison: StringComparison | Unset = UNSET,
    debtor_kind_id: str | Unset = UNSET,
    payment_condition_id: int | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    phone_number_comparison: StringComparison | Unset = UNSET,
    fax_number: str | Unset = UNSET,
    fax_number_comparison: StringComparison | Unset = UNSET,
    mobile_number: str | Unset = UNSET,
    mobile_number_comparison: StringComparison | Unset = UNSET,
    email_address: str | Unset = UNSET,
    email_address_comparison: StringComparison | Unset = UNSET,
    comments: str | Unset = UNSET,
    comments_comparison: StringComparison | Unset = UNSET,
    characteristic_4: str | Unset = UNSET,
    characteristic_4_comparison: StringComparison | Unset = UNSET,
    characteristic_5: str | Unset = UNSET,
    characteristic_5_comparison: StringComparison | Unset = UNSET,
    payment_method_id: str | Unset = UNSET,
    date_added: datetime.date | Unset = UNSET,
    date_added_from: datetime.date | Unset = UNSET,
    date_added_to: datetime.date | Unset = UNSET,
    blocked: bool | Unset = UNSET,
    no_reminder: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["pageSize"] = page_size

    params["fields"] = fields

    params["metaOnly"] = meta_only

    params["orderBy"] = order_by

    params["Id"] = id

    params["CustomerNumber"] = customer_number

    json_customer_number_comparison: str | Unset = UNSET
    if not isinstance(customer_number_comparison, Unset):
        json_customer_number_comparison = customer_number_comparison

    params["CustomerNumber_comparison"] = json_customer_number_comparison

    params["Name"] = name

    json_name_comparison: str | Unset = UNSET
    if not isinstance(name_comparison, Unset):
        json_name_comparison = name_comparison

    params["Name_comparison"] = json_name_comparison

    params["Bban"] = bban

    json_bban_comparison: str | Unset = UNSET
    if not isinstance(bban_comparison, Unset):
        json_bban_comparison = bban_comparison

    params["Bban_comparison"] = json_bban_comparison

    params["DirectDebit"] = direct_debit

    params["Iban"] = iban

    json_iban_comparison: str | Unset = UNSET
    if not isinstance(iban_comparison, Unset):
        json_iban_comparison = iban_comparison

    params["Iban_comparison"] = json_iban_comparison

    params["Bic"] = bic

    json_bic_comparison: str | Unset = UNSET
    if not isinstance(bic_comparison, Unset):
        json_bic_comparison = bic_comparison

    params["Bic_comparison"] = json_bic_comparison

    params["CocNumber"] = coc_number

    json_coc_number_comparison: str | Unset = UNSET
    if not isinstance(coc_number_comparison, Unset):
        json_coc_number_comparison = coc_number_comparison

    params["CocNumber_comparison"] = json_coc_number_comparison

    params["VatNumber"] = vat_number

    json_vat_number_comparison: str | Unset = UNSET
    if not isinstance(vat_number_comparison, Unset):
        json_vat_number_comparison = vat_number_comparison

    params["VatNumber_comparison"] = json_vat_number_comparison

    params["City"] = city

    json_city_comparison: str | Unset = UNSET
    if not isinstance(city_comparison, Unset):
        json_city_comparison = city_comparison

    params["City_comparison"] = json_city_comparison

    params["Address"] = address

    json_address_comparison: str | Unset = UNSET
    if not isinstance(address_comparison, Unset):
        json_address_comparison = address_comparison

    params["Address_comparison"] = json_address_comparison

    params["AddressLine2"] = address_line_2

    json_address_line_2_comparison: str | Unset = UNSET
    if not isinstance(address_line_2_comparison, Unset):
        json_address_line_2_comparison = address_line_2_comparison

    params["AddressLine2_comparison"] = json_address_line_2_comparison

    params["AddressLine3"] = address_line_3

    json_address_line_3_comparison: str | Unset = UNSET
    if not isinstance(address_line_3_comparison, Unset):
        json_address_line_3_comparison = address_line_3_comparison

    params["AddressLine3_comparison"] = json_address_line_3_comparison

    params["AttentionTo"] = attention_to

    json_attention_to_comparison: str | Unset = UNSET
    if not isinstance(attention_to_comparison, Unset):
        json_attention_to_comparison = attention_to_comparison

    params["AttentionTo_comparison"] = json_attention_to_comparison

    params["CountryCode"] = country_code

    json_country_code_comparison: str | Unset = UNSET
    if not isinstance(country_code_comparison, Unset):
        json_country_code_comparison = country_code_comparison

    params["CountryCode_comparison"] = json_country_code_comparison

    params["PostCode"] = post_code

    json_post_code_comparison: str | Unset = UNSET
    if not isinstance(post_code_comparison, Unset):
        json_post_code_comparison = post_code_comparison

    params["PostCode_comparison"] = json_post_code_comparison

    params["DebtorKindId"] = debtor_kind_id

    params["PaymentConditionId"] = payment_condition_id

    params["PhoneNumber"] = phone_number

    json_phone_number_comparison: str | Unset = UNSET
    if not isinstance(phone_number_comparison, Unset):
        json_phone_number_comparison = phone_number_comparison

    params["PhoneNumber_comparison"] = json_phone_number_comparison

    params["FaxNumber"] = fax_number

    json_fax_number_comparison: str | Unset = UNSET
    if not isinstance(fax_number_comparison, Unset):
        json_fax_number_comparison = fax_number_comparison

    params["FaxNumber_comparison"] = json_fax_number_comparison

    params["MobileNumber"] = mobile_number

    json_mobile_number_comparison: str | Unset = UNSET
    if not isinstance(mobile_number_comparison, Unset):
        json_mobile_number_comparison = mobile_number_comparison

    params["MobileNumber_comparison"] = json_mobile_number_comparison

    params["EmailAddress"] = email_address

    json_email_address_comparison: str | Unset = UNSET
    if not isinstance(email_address_comparison, Unset):
        json_email_address_comparison = email_address_comparison

    params["EmailAddress_comparison"] = json_email_address_comparison

    params["Comments"] = comments

    json_comments_comparison: str | Unset = UNSET
    if not isinstance(comments_comparison, Unset):
        json_comments_comparison = comments_comparison

    params["Comments_comparison"] = json_comments_comparison

    params["Characteristic4"] = characteristic_4

    json_characteristic_4_comparison: str | Unset = UNSET
    if not isinstance(characteristic_4_comparison, Unset):
        json_characteristic_4_comparison = characteristic_4_comparison

    params["Characteristic4_comparison"] = json_characteristic_4_comparison

    params["Characteristic5"] = characteristic_5

    json_characteristic_5_comparison: str | Unset = UNSET
    if not isinstance(characteristic_5_comparison, Unset):
        json_characteristic_5_comparison = characteristic_5_comparison

    params["Characteristic5_comparison"] = json_characteristic_5_comparison

    params["PaymentMethodId"] = payment_method_id

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

    params["Blocked"] = blocked

    params["NoReminder"] = no_reminder

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/debtors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DebtorCollection | None:
    if response.status_code == 200:
        response_200 = DebtorCollection.from_dict(json_body(response))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DebtorCollection]:
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
    customer_number: str | Unset = UNSET,
    customer_number_comparison: StringComparison | Unset = UNSET,
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    bban: str | Unset = UNSET,
    bban_comparison: StringComparison | Unset = UNSET,
    direct_debit: bool | Unset = UNSET,
    iban: str | Unset = UNSET,
    iban_comparison: StringComparison | Unset = UNSET,
    bic: str | Unset = UNSET,
    bic_comparison: StringComparison | Unset = UNSET,
    coc_number: str | Unset = UNSET,
    coc_number_comparison: StringComparison | Unset = UNSET,
    vat_number: str | Unset = UNSET,
    vat_number_comparison: StringComparison | Unset = UNSET,
    city: str | Unset = UNSET,
    city_comparison: StringComparison | Unset = UNSET,
    address: str | Unset = UNSET,
    address_comparison: StringComparison | Unset = UNSET,
    address_line_2: str | Unset = UNSET,
    address_line_2_comparison: StringComparison | Unset = UNSET,
    address_line_3: str | Unset = UNSET,
    address_line_3_comparison: StringComparison | Unset = UNSET,
    attention_to: str | Unset = UNSET,
    attention_to_comparison: StringComparison | Unset = UNSET,
    country_code: str | Unset = UNSET,
    country_code_comparison: StringComparison | Unset = UNSET,
    post_code: str | Unset = UNSET,
    post_code_comparison: StringComparison | Unset = UNSET,
    debtor_kind_id: str | Unset = UNSET,
    payment_condition_id: int | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    phone_number_comparison: StringComparison | Unset = UNSET,
    fax_number: str | Unset = UNSET,
    fax_number_comparison: StringComparison | Unset = UNSET,
    mobile_number: str | Unset = UNSET,
    mobile_number_comparison: StringComparison | Unset = UNSET,
    email_address: str | Unset = UNSET,
    email_address_comparison: StringComparison | Unset = UNSET,
    comments: str | Unset = UNSET,
    comments_comparison: StringComparison | Unset = UNSET,
    characteristic_4: str | Unset = UNSET,
    characteristic_4_comparison: StringComparison | Unset = UNSET,
    characteristic_5: str | Unset = UNSET,
    characteristic_5_comparison: StringComparison | Unset = UNSET,
    payment_method_id: str | Unset = UNSET,
    date_added: datetime.date | Unset = UNSET,
    date_added_from: datetime.date | Unset = UNSET,
    date_added_to: datetime.date | Unset = UNSET,
    blocked: bool | Unset = UNSET,
    no_reminder: bool | Unset = UNSET,
) -> Response[DebtorCollection]:
    """List Debtors.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        customer_number (str | Unset):
        customer_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        bban (str | Unset):
        bban_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        direct_debit (bool | Unset):
        iban (str | Unset):
        iban_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        bic (str | Unset):
        bic_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        coc_number (str | Unset):
        coc_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        vat_number (str | Unset):
        vat_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        city (str | Unset):
        city_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        address (str | Unset):
        address_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        address_line_2 (str | Unset):
        address_line_2_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        address_line_3 (str | Unset):
        address_line_3_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        attention_to (str | Unset):
        attention_to_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        country_code (str | Unset):
        country_code_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        post_code (str | Unset):
        post_code_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        debtor_kind_id (str | Unset):
        payment_condition_id (int | Unset):
        phone_number (str | Unset):
        phone_number_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        fax_number (str | Unset):
        fax_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        mobile_number (str | Unset):
        mobile_number_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        email_address (str | Unset):
        email_address_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        comments (str | Unset):
        comments_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        characteristic_4 (str | Unset):
        characteristic_4_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        characteristic_5 (str | Unset):
        characteristic_5_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        payment_method_id (str | Unset):
        date_added (datetime.date | Unset):
        date_added_from (datetime.date | Unset):
        date_added_to (datetime.date | Unset):
        blocked (bool | Unset):
        no_reminder (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebtorCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        customer_number=customer_number,
        customer_number_comparison=customer_number_comparison,
        name=name,
        name_comparison=name_comparison,
        bban=bban,
        bban_comparison=bban_comparison,
        direct_debit=direct_debit,
        iban=iban,
        iban_comparison=iban_comparison,
        bic=bic,
        bic_comparison=bic_comparison,
        coc_number=coc_number,
        coc_number_comparison=coc_number_comparison,
        vat_number=vat_number,
        vat_number_comparison=vat_number_comparison,
        city=city,
        city_comparison=city_comparison,
        address=address,
        address_comparison=address_comparison,
        address_line_2=address_line_2,
        address_line_2_comparison=address_line_2_comparison,
        address_line_3=address_line_3,
        address_line_3_comparison=address_line_3_comparison,
        attention_to=attention_to,
        attention_to_comparison=attention_to_comparison,
        country_code=country_code,
        country_code_comparison=country_code_comparison,
        post_code=post_code,
        post_code_comparison=post_code_comparison,
        debtor_kind_id=debtor_kind_id,
        payment_condition_id=payment_condition_id,
        phone_number=phone_number,
        phone_number_comparison=phone_number_comparison,
        fax_number=fax_number,
        fax_number_comparison=fax_number_comparison,
        mobile_number=mobile_number,
        mobile_number_comparison=mobile_number_comparison,
        email_address=email_address,
        email_address_comparison=email_address_comparison,
        comments=comments,
        comments_comparison=comments_comparison,
        characteristic_4=characteristic_4,
        characteristic_4_comparison=characteristic_4_comparison,
        characteristic_5=characteristic_5,
        characteristic_5_comparison=characteristic_5_comparison,
        payment_method_id=payment_method_id,
        date_added=date_added,
        date_added_from=date_added_from,
        date_added_to=date_added_to,
        blocked=blocked,
        no_reminder=no_reminder,
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
    customer_number: str | Unset = UNSET,
    customer_number_comparison: StringComparison | Unset = UNSET,
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    bban: str | Unset = UNSET,
    bban_comparison: StringComparison | Unset = UNSET,
    direct_debit: bool | Unset = UNSET,
    iban: str | Unset = UNSET,
    iban_comparison: StringComparison | Unset = UNSET,
    bic: str | Unset = UNSET,
    bic_comparison: StringComparison | Unset = UNSET,
    coc_number: str | Unset = UNSET,
    coc_number_comparison: StringComparison | Unset = UNSET,
    vat_number: str | Unset = UNSET,
    vat_number_comparison: StringComparison | Unset = UNSET,
    city: str | Unset = UNSET,
    city_comparison: StringComparison | Unset = UNSET,
    address: str | Unset = UNSET,
    address_comparison: StringComparison | Unset = UNSET,
    address_line_2: str | Unset = UNSET,
    address_line_2_comparison: StringComparison | Unset = UNSET,
    address_line_3: str | Unset = UNSET,
    address_line_3_comparison: StringComparison | Unset = UNSET,
    attention_to: str | Unset = UNSET,
    attention_to_comparison: StringComparison | Unset = UNSET,
    country_code: str | Unset = UNSET,
    country_code_comparison: StringComparison | Unset = UNSET,
    post_code: str | Unset = UNSET,
    post_code_comparison: StringComparison | Unset = UNSET,
    debtor_kind_id: str | Unset = UNSET,
    payment_condition_id: int | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    phone_number_comparison: StringComparison | Unset = UNSET,
    fax_number: str | Unset = UNSET,
    fax_number_comparison: StringComparison | Unset = UNSET,
    mobile_number: str | Unset = UNSET,
    mobile_number_comparison: StringComparison | Unset = UNSET,
    email_address: str | Unset = UNSET,
    email_address_comparison: StringComparison | Unset = UNSET,
    comments: str | Unset = UNSET,
    comments_comparison: StringComparison | Unset = UNSET,
    characteristic_4: str | Unset = UNSET,
    characteristic_4_comparison: StringComparison | Unset = UNSET,
    characteristic_5: str | Unset = UNSET,
    characteristic_5_comparison: StringComparison | Unset = UNSET,
    payment_method_id: str | Unset = UNSET,
    date_added: datetime.date | Unset = UNSET,
    date_added_from: datetime.date | Unset = UNSET,
    date_added_to: datetime.date | Unset = UNSET,
    blocked: bool | Unset = UNSET,
    no_reminder: bool | Unset = UNSET,
) -> DebtorCollection | None:
    """List Debtors.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        customer_number (str | Unset):
        customer_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        bban (str | Unset):
        bban_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        direct_debit (bool | Unset):
        iban (str | Unset):
        iban_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        bic (str | Unset):
        bic_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        coc_number (str | Unset):
        coc_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        vat_number (str | Unset):
        vat_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        city (str | Unset):
        city_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        address (str | Unset):
        address_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        address_line_2 (str | Unset):
        address_line_2_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        address_line_3 (str | Unset):
        address_line_3_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        attention_to (str | Unset):
        attention_to_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        country_code (str | Unset):
        country_code_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        post_code (str | Unset):
        post_code_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        debtor_kind_id (str | Unset):
        payment_condition_id (int | Unset):
        phone_number (str | Unset):
        phone_number_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        fax_number (str | Unset):
        fax_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        mobile_number (str | Unset):
        mobile_number_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        email_address (str | Unset):
        email_address_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        comments (str | Unset):
        comments_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        characteristic_4 (str | Unset):
        characteristic_4_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        characteristic_5 (str | Unset):
        characteristic_5_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        payment_method_id (str | Unset):
        date_added (datetime.date | Unset):
        date_added_from (datetime.date | Unset):
        date_added_to (datetime.date | Unset):
        blocked (bool | Unset):
        no_reminder (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebtorCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        customer_number=customer_number,
        customer_number_comparison=customer_number_comparison,
        name=name,
        name_comparison=name_comparison,
        bban=bban,
        bban_comparison=bban_comparison,
        direct_debit=direct_debit,
        iban=iban,
        iban_comparison=iban_comparison,
        bic=bic,
        bic_comparison=bic_comparison,
        coc_number=coc_number,
        coc_number_comparison=coc_number_comparison,
        vat_number=vat_number,
        vat_number_comparison=vat_number_comparison,
        city=city,
        city_comparison=city_comparison,
        address=address,
        address_comparison=address_comparison,
        address_line_2=address_line_2,
        address_line_2_comparison=address_line_2_comparison,
        address_line_3=address_line_3,
        address_line_3_comparison=address_line_3_comparison,
        attention_to=attention_to,
        attention_to_comparison=attention_to_comparison,
        country_code=country_code,
        country_code_comparison=country_code_comparison,
        post_code=post_code,
        post_code_comparison=post_code_comparison,
        debtor_kind_id=debtor_kind_id,
        payment_condition_id=payment_condition_id,
        phone_number=phone_number,
        phone_number_comparison=phone_number_comparison,
        fax_number=fax_number,
        fax_number_comparison=fax_number_comparison,
        mobile_number=mobile_number,
        mobile_number_comparison=mobile_number_comparison,
        email_address=email_address,
        email_address_comparison=email_address_comparison,
        comments=comments,
        comments_comparison=comments_comparison,
        characteristic_4=characteristic_4,
        characteristic_4_comparison=characteristic_4_comparison,
        characteristic_5=characteristic_5,
        characteristic_5_comparison=characteristic_5_comparison,
        payment_method_id=payment_method_id,
        date_added=date_added,
        date_added_from=date_added_from,
        date_added_to=date_added_to,
        blocked=blocked,
        no_reminder=no_reminder,
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
    customer_number: str | Unset = UNSET,
    customer_number_comparison: StringComparison | Unset = UNSET,
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    bban: str | Unset = UNSET,
    bban_comparison: StringComparison | Unset = UNSET,
    direct_debit: bool | Unset = UNSET,
    iban: str | Unset = UNSET,
    iban_comparison: StringComparison | Unset = UNSET,
    bic: str | Unset = UNSET,
    bic_comparison: StringComparison | Unset = UNSET,
    coc_number: str | Unset = UNSET,
    coc_number_comparison: StringComparison | Unset = UNSET,
    vat_number: str | Unset = UNSET,
    vat_number_comparison: StringComparison | Unset = UNSET,
    city: str | Unset = UNSET,
    city_comparison: StringComparison | Unset = UNSET,
    address: str | Unset = UNSET,
    address_comparison: StringComparison | Unset = UNSET,
    address_line_2: str | Unset = UNSET,
    address_line_2_comparison: StringComparison | Unset = UNSET,
    address_line_3: str | Unset = UNSET,
    address_line_3_comparison: StringComparison | Unset = UNSET,
    attention_to: str | Unset = UNSET,
    attention_to_comparison: StringComparison | Unset = UNSET,
    country_code: str | Unset = UNSET,
    country_code_comparison: StringComparison | Unset = UNSET,
    post_code: str | Unset = UNSET,
    post_code_comparison: StringComparison | Unset = UNSET,
    debtor_kind_id: str | Unset = UNSET,
    payment_condition_id: int | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    phone_number_comparison: StringComparison | Unset = UNSET,
    fax_number: str | Unset = UNSET,
    fax_number_comparison: StringComparison | Unset = UNSET,
    mobile_number: str | Unset = UNSET,
    mobile_number_comparison: StringComparison | Unset = UNSET,
    email_address: str | Unset = UNSET,
    email_address_comparison: StringComparison | Unset = UNSET,
    comments: str | Unset = UNSET,
    comments_comparison: StringComparison | Unset = UNSET,
    characteristic_4: str | Unset = UNSET,
    characteristic_4_comparison: StringComparison | Unset = UNSET,
    characteristic_5: str | Unset = UNSET,
    characteristic_5_comparison: StringComparison | Unset = UNSET,
    payment_method_id: str | Unset = UNSET,
    date_added: datetime.date | Unset = UNSET,
    date_added_from: datetime.date | Unset = UNSET,
    date_added_to: datetime.date | Unset = UNSET,
    blocked: bool | Unset = UNSET,
    no_reminder: bool | Unset = UNSET,
) -> Response[DebtorCollection]:
    """List Debtors.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        customer_number (str | Unset):
        customer_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        bban (str | Unset):
        bban_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        direct_debit (bool | Unset):
        iban (str | Unset):
        iban_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        bic (str | Unset):
        bic_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        coc_number (str | Unset):
        coc_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        vat_number (str | Unset):
        vat_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        city (str | Unset):
        city_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        address (str | Unset):
        address_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        address_line_2 (str | Unset):
        address_line_2_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        address_line_3 (str | Unset):
        address_line_3_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        attention_to (str | Unset):
        attention_to_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        country_code (str | Unset):
        country_code_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        post_code (str | Unset):
        post_code_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        debtor_kind_id (str | Unset):
        payment_condition_id (int | Unset):
        phone_number (str | Unset):
        phone_number_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        fax_number (str | Unset):
        fax_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        mobile_number (str | Unset):
        mobile_number_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        email_address (str | Unset):
        email_address_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        comments (str | Unset):
        comments_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        characteristic_4 (str | Unset):
        characteristic_4_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        characteristic_5 (str | Unset):
        characteristic_5_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        payment_method_id (str | Unset):
        date_added (datetime.date | Unset):
        date_added_from (datetime.date | Unset):
        date_added_to (datetime.date | Unset):
        blocked (bool | Unset):
        no_reminder (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DebtorCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        fields=fields,
        meta_only=meta_only,
        order_by=order_by,
        id=id,
        customer_number=customer_number,
        customer_number_comparison=customer_number_comparison,
        name=name,
        name_comparison=name_comparison,
        bban=bban,
        bban_comparison=bban_comparison,
        direct_debit=direct_debit,
        iban=iban,
        iban_comparison=iban_comparison,
        bic=bic,
        bic_comparison=bic_comparison,
        coc_number=coc_number,
        coc_number_comparison=coc_number_comparison,
        vat_number=vat_number,
        vat_number_comparison=vat_number_comparison,
        city=city,
        city_comparison=city_comparison,
        address=address,
        address_comparison=address_comparison,
        address_line_2=address_line_2,
        address_line_2_comparison=address_line_2_comparison,
        address_line_3=address_line_3,
        address_line_3_comparison=address_line_3_comparison,
        attention_to=attention_to,
        attention_to_comparison=attention_to_comparison,
        country_code=country_code,
        country_code_comparison=country_code_comparison,
        post_code=post_code,
        post_code_comparison=post_code_comparison,
        debtor_kind_id=debtor_kind_id,
        payment_condition_id=payment_condition_id,
        phone_number=phone_number,
        phone_number_comparison=phone_number_comparison,
        fax_number=fax_number,
        fax_number_comparison=fax_number_comparison,
        mobile_number=mobile_number,
        mobile_number_comparison=mobile_number_comparison,
        email_address=email_address,
        email_address_comparison=email_address_comparison,
        comments=comments,
        comments_comparison=comments_comparison,
        characteristic_4=characteristic_4,
        characteristic_4_comparison=characteristic_4_comparison,
        characteristic_5=characteristic_5,
        characteristic_5_comparison=characteristic_5_comparison,
        payment_method_id=payment_method_id,
        date_added=date_added,
        date_added_from=date_added_from,
        date_added_to=date_added_to,
        blocked=blocked,
        no_reminder=no_reminder,
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
    customer_number: str | Unset = UNSET,
    customer_number_comparison: StringComparison | Unset = UNSET,
    name: str | Unset = UNSET,
    name_comparison: StringComparison | Unset = UNSET,
    bban: str | Unset = UNSET,
    bban_comparison: StringComparison | Unset = UNSET,
    direct_debit: bool | Unset = UNSET,
    iban: str | Unset = UNSET,
    iban_comparison: StringComparison | Unset = UNSET,
    bic: str | Unset = UNSET,
    bic_comparison: StringComparison | Unset = UNSET,
    coc_number: str | Unset = UNSET,
    coc_number_comparison: StringComparison | Unset = UNSET,
    vat_number: str | Unset = UNSET,
    vat_number_comparison: StringComparison | Unset = UNSET,
    city: str | Unset = UNSET,
    city_comparison: StringComparison | Unset = UNSET,
    address: str | Unset = UNSET,
    address_comparison: StringComparison | Unset = UNSET,
    address_line_2: str | Unset = UNSET,
    address_line_2_comparison: StringComparison | Unset = UNSET,
    address_line_3: str | Unset = UNSET,
    address_line_3_comparison: StringComparison | Unset = UNSET,
    attention_to: str | Unset = UNSET,
    attention_to_comparison: StringComparison | Unset = UNSET,
    country_code: str | Unset = UNSET,
    country_code_comparison: StringComparison | Unset = UNSET,
    post_code: str | Unset = UNSET,
    post_code_comparison: StringComparison | Unset = UNSET,
    debtor_kind_id: str | Unset = UNSET,
    payment_condition_id: int | Unset = UNSET,
    phone_number: str | Unset = UNSET,
    phone_number_comparison: StringComparison | Unset = UNSET,
    fax_number: str | Unset = UNSET,
    fax_number_comparison: StringComparison | Unset = UNSET,
    mobile_number: str | Unset = UNSET,
    mobile_number_comparison: StringComparison | Unset = UNSET,
    email_address: str | Unset = UNSET,
    email_address_comparison: StringComparison | Unset = UNSET,
    comments: str | Unset = UNSET,
    comments_comparison: StringComparison | Unset = UNSET,
    characteristic_4: str | Unset = UNSET,
    characteristic_4_comparison: StringComparison | Unset = UNSET,
    characteristic_5: str | Unset = UNSET,
    characteristic_5_comparison: StringComparison | Unset = UNSET,
    payment_method_id: str | Unset = UNSET,
    date_added: datetime.date | Unset = UNSET,
    date_added_from: datetime.date | Unset = UNSET,
    date_added_to: datetime.date | Unset = UNSET,
    blocked: bool | Unset = UNSET,
    no_reminder: bool | Unset = UNSET,
) -> DebtorCollection | None:
    """List Debtors.

    Args:
        page (int | Unset):  Default: 1.
        page_size (int | Unset):
        fields (str | Unset):
        meta_only (bool | Unset):
        order_by (str | Unset):
        id (int | Unset):
        customer_number (str | Unset):
        customer_number_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        name (str | Unset):
        name_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        bban (str | Unset):
        bban_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        direct_debit (bool | Unset):
        iban (str | Unset):
        iban_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        bic (str | Unset):
        bic_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        coc_number (str | Unset):
        coc_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        vat_number (str | Unset):
        vat_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        city (str | Unset):
        city_comparison (StringComparison | Unset): How a string filter matches; Contains is the
            default.
        address (str | Unset):
        address_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        address_line_2 (str | Unset):
        address_line_2_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        address_line_3 (str | Unset):
        address_line_3_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        attention_to (str | Unset):
        attention_to_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        country_code (str | Unset):
        country_code_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        post_code (str | Unset):
        post_code_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        debtor_kind_id (str | Unset):
        payment_condition_id (int | Unset):
        phone_number (str | Unset):
        phone_number_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        fax_number (str | Unset):
        fax_number_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        mobile_number (str | Unset):
        mobile_number_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        email_address (str | Unset):
        email_address_comparison (StringComparison | Unset): How a string filter matches; Contains
            is the default.
        comments (str | Unset):
        comments_comparison (StringComparison | Unset): How a string filter matches; Contains is
            the default.
        characteristic_4 (str | Unset):
        characteristic_4_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        characteristic_5 (str | Unset):
        characteristic_5_comparison (StringComparison | Unset): How a string filter matches;
            Contains is the default.
        payment_method_id (str | Unset):
        date_added (datetime.date | Unset):
        date_added_from (datetime.date | Unset):
        date_added_to (datetime.date | Unset):
        blocked (bool | Unset):
        no_reminder (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DebtorCollection
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
            customer_number=customer_number,
            customer_number_comparison=customer_number_comparison,
            name=name,
            name_comparison=name_comparison,
            bban=bban,
            bban_comparison=bban_comparison,
            direct_debit=direct_debit,
            iban=iban,
            iban_comparison=iban_comparison,
            bic=bic,
            bic_comparison=bic_comparison,
            coc_number=coc_number,
            coc_number_comparison=coc_number_comparison,
            vat_number=vat_number,
            vat_number_comparison=vat_number_comparison,
            city=city,
            city_comparison=city_comparison,
            address=address,
            address_comparison=address_comparison,
            address_line_2=address_line_2,
            address_line_2_comparison=address_line_2_comparison,
            address_line_3=address_line_3,
            address_line_3_comparison=address_line_3_comparison,
            attention_to=attention_to,
            attention_to_comparison=attention_to_comparison,
            country_code=country_code,
            country_code_comparison=country_code_comparison,
            post_code=post_code,
            post_code_comparison=post_code_comparison,
            debtor_kind_id=debtor_kind_id,
            payment_condition_id=payment_condition_id,
            phone_number=phone_number,
            phone_number_comparison=phone_number_comparison,
            fax_number=fax_number,
            fax_number_comparison=fax_number_comparison,
            mobile_number=mobile_number,
            mobile_number_comparison=mobile_number_comparison,
            email_address=email_address,
            email_address_comparison=email_address_comparison,
            comments=comments,
            comments_comparison=comments_comparison,
            characteristic_4=characteristic_4,
            characteristic_4_comparison=characteristic_4_comparison,
            characteristic_5=characteristic_5,
            characteristic_5_comparison=characteristic_5_comparison,
            payment_method_id=payment_method_id,
            date_added=date_added,
            date_added_from=date_added_from,
            date_added_to=date_added_to,
            blocked=blocked,
            no_reminder=no_reminder,
        )
    ).parsed
