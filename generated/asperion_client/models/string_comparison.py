from typing import Literal

StringComparison = Literal["Contains", "EndsWith", "Equals", "NotEquals", "StartsWith"]

STRING_COMPARISON_VALUES: set[StringComparison] = {
    "Contains",
    "EndsWith",
    "Equals",
    "NotEquals",
    "StartsWith",
}


def check_string_comparison(value: str) -> StringComparison:
    if value in STRING_COMPARISON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STRING_COMPARISON_VALUES!r}")
