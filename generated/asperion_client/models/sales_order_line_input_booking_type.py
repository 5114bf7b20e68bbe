from typing import Literal

SalesOrderLineInputBookingType = Literal["A", "T"]

SALES_ORDER_LINE_INPUT_BOOKING_TYPE_VALUES: set[SalesOrderLineInputBookingType] = {
    "A",
    "T",
}


def check_sales_order_line_input_booking_type(value: str) -> SalesOrderLineInputBookingType:
    if value in SALES_ORDER_LINE_INPUT_BOOKING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SALES_ORDER_LINE_INPUT_BOOKING_TYPE_VALUES!r}"
    )
