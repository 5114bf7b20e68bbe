"""openapi-python-client 0.29.1 with the project's two type rules; run by scripts/regenerate.py.

    python scripts/_client_generator.py generate --path spec.json ...   (the generator's CLI)

- Every ``type: number`` property is a ``decimal.Decimal`` (the stock generator types it
  ``float``). Amounts, rates and quantities are all the API has as numbers, and an
  accounting user needs them exact; the custom ``float_property.py.jinja`` builds them with
  ``types.to_decimal``, and defaults become ``Decimal("...")`` literals.
- JSON response bodies are decoded with ``types.json_body`` (``parse_float=Decimal``), so a
  number keeps the digits the API wrote, instead of ``response.json()``.

Both are patches of the pinned generator version (``noxfile.GENERATOR``): a new generator
release must be checked against them.
"""

from __future__ import annotations

from typing import Any


def _patch() -> None:
    from openapi_python_client.parser import responses
    from openapi_python_client.parser.errors import PropertyError
    from openapi_python_client.parser.properties.float import FloatProperty
    from openapi_python_client.parser.properties.protocol import Value
    from openapi_python_client.strings import PythonCode

    FloatProperty._type_string = "Decimal"  # type: ignore[misc]
    FloatProperty._json_type_string = "Decimal"  # type: ignore[misc]
    stock_imports = FloatProperty.get_imports

    def get_imports(self: FloatProperty, *, prefix: str) -> set[str]:
        return stock_imports(self, prefix=prefix) | {"from decimal import Decimal"}

    def convert_value(cls: type[FloatProperty], value: Any) -> Value | PropertyError | None:
        if isinstance(value, Value) or value is None:
            return value
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            return PropertyError(f"Cannot convert {value} to a Decimal")
        text = str(value)
        try:
            float(text)
        except ValueError:
            return PropertyError(f"Invalid number value: {value}")
        return Value(python_code=PythonCode(f'Decimal("{text}")'), raw_value=value)

    FloatProperty.get_imports = get_imports  # type: ignore[method-assign]
    FloatProperty.convert_value = classmethod(convert_value)  # type: ignore[method-assign,assignment]
    responses.JSON_SOURCE["attribute"] = "json_body(response)"


def main() -> None:
    _patch()
    from openapi_python_client.cli import app

    app()


if __name__ == "__main__":
    main()
