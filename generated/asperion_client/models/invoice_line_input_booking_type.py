from typing import Literal

InvoiceLineInputBookingType = Literal["A", "G", "T", "V"]

INVOICE_LINE_INPUT_BOOKING_TYPE_VALUES: set[InvoiceLineInputBookingType] = {
    "A",
    "G",
    "T",
    "V",
}


def check_invoice_line_input_booking_type(value: str) -> InvoiceLineInputBookingType:
    if value in INVOICE_LINE_INPUT_BOOKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVOICE_LINE_INPUT_BOOKING_TYPE_VALUES!r}"
    )
