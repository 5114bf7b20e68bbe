"""OpenAPI 3.0 schemas as JSON Schema: validation of bodies and a flattened view for generators.

OpenAPI 3.0 is not JSON Schema: ``nullable: true`` stands for an extra ``null`` type and
``exclusiveMinimum`` is a boolean. :func:`to_json_schema` translates one schema node;
:class:`Schemas` validates instances against translated schemas, resolving ``$ref``
into the spec's components through a ``referencing`` registry.
"""

from __future__ import annotations

from typing import Any

import jsonschema  # type: ignore[import-untyped,unused-ignore]
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from ._formats import format_checker
from ._spec import JSONDict, resolve

_SPEC_URI = "urn:asperion:openapi"
_NULL: JSONDict = {"type": "null"}


def to_json_schema(node: Any) -> Any:
    """Translate an OpenAPI 3.0 schema (recursively) to JSON Schema 2020-12."""
    if isinstance(node, list):
        return [to_json_schema(x) for x in node]
    if not isinstance(node, dict):
        return node
    out: JSONDict = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith("#"):
            out[key] = _SPEC_URI + value
        elif key in ("properties", "patternProperties", "$defs", "definitions"):
            out[key] = {k: to_json_schema(v) for k, v in value.items()}
        elif key in ("example", "examples", "discriminator", "xml", "nullable"):
            continue
        else:
            out[key] = to_json_schema(value)
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(node.get(exclusive), bool):
            if node[exclusive] and bound in node:
                out[exclusive] = node[bound]
                out.pop(bound, None)
            else:
                out.pop(exclusive, None)
    if node.get("nullable") is True:
        return _nullable(out)
    return out


def _nullable(schema: JSONDict) -> JSONDict:
    kind = schema.get("type")
    if (
        isinstance(kind, str)
        and "$ref" not in schema
        and not any(k in schema for k in ("allOf", "anyOf", "oneOf"))
    ):
        widened = {**schema, "type": [kind, "null"]}
        if "enum" in schema:
            widened["enum"] = [*schema["enum"], None]
        return widened
    return {"anyOf": [schema, _NULL]}


def field_name(path: list[str | int]) -> str:
    """A JSON path as ASP.NET names it in ``errors``: ``lines[0].amount``."""
    name = ""
    for part in path:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f".{part}" if name else part
    return name or "$"


class Schemas:
    """Validation and flattening of the spec's schemas, cached per schema node."""

    def __init__(self, spec: JSONDict) -> None:
        self._spec = spec
        document = {"components": to_json_schema(spec.get("components", {}))}
        resource = Resource.from_contents(document, default_specification=DRAFT202012)
        self._registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
        self._validators: dict[int, Any] = {}
        self._formats = format_checker()
        self._flat: dict[int, JSONDict] = {}

    def errors(self, schema: JSONDict, instance: Any) -> dict[str, list[str]]:
        """Field errors of ``instance`` against an (OpenAPI) ``schema``; empty when valid."""
        validator = self._validators.get(id(schema))
        if validator is None:
            validator = jsonschema.Draft202012Validator(
                to_json_schema(schema), registry=self._registry, format_checker=self._formats
            )
            self._validators[id(schema)] = validator
        found: dict[str, list[str]] = {}
        for error in validator.iter_errors(instance):
            path: list[str | int] = list(error.absolute_path)
            if error.validator == "required":
                missing = str(error.message).split("'")[1] if "'" in error.message else ""
                path.append(missing)
                message = f"The {missing} field is required."
            else:
                message = str(error.message)
            found.setdefault(field_name(path), []).append(message)
        return found

    def flat(self, schema: JSONDict | None) -> JSONDict:
        """``schema`` with ``$ref`` followed and ``allOf`` merged into one object schema."""
        if schema is None:
            return {}
        cached = self._flat.get(id(schema))
        if cached is None:
            cached = self._flatten(schema, 0)
            self._flat[id(schema)] = cached
        return cached

    def _flatten(self, schema: JSONDict, depth: int) -> JSONDict:
        schema = resolve(self._spec, schema)
        if depth > 16:
            return schema
        parts = schema.get("allOf")
        choices = schema.get("anyOf") or schema.get("oneOf")
        if not parts and not choices:
            return schema
        merged: JSONDict = {k: v for k, v in schema.items() if k not in ("allOf", "anyOf", "oneOf")}
        if choices:
            typed = [c for c in choices if resolve(self._spec, c).get("type") != "null"]
            if typed:
                parts = [*(parts or []), typed[0]]
            if len(typed) < len(choices):
                merged["nullable"] = True
        properties: JSONDict = dict(merged.get("properties", {}))
        required: list[str] = list(merged.get("required", []))
        for part in parts or []:
            flat = self._flatten(part, depth + 1)
            properties.update(flat.get("properties", {}))
            required.extend(r for r in flat.get("required", []) if r not in required)
            for key, value in flat.items():
                if key not in ("properties", "required"):
                    merged.setdefault(key, value)
        if properties:
            merged["properties"] = properties
            merged.setdefault("type", "object")
        if required:
            merged["required"] = required
        return merged

    def property(self, schema: JSONDict, name: str) -> JSONDict | None:
        """The flattened schema of property ``name`` of (flattened) ``schema``."""
        raw = self.flat(schema).get("properties", {}).get(name)
        return None if raw is None else self.flat(raw)

    def envelope_items(self, schema: JSONDict | None) -> JSONDict | None:
        """For a ``{_data: [item], _meta}`` envelope (or a bare array): the item schema."""
        flat = self.flat(schema)
        if flat.get("type") == "array" and "items" in flat:
            return self.flat(flat["items"])
        data = flat.get("properties", {}).get("_data")
        if data is None:
            return None
        data = self.flat(data)
        return self.flat(data["items"]) if "items" in data else {}
