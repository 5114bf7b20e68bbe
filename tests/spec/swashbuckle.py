"""Our spec re-emitted the way Swashbuckle 5/6 would publish the same API.

Each variant changes what Swashbuckle changes and nothing about the API itself, so a client
regenerated from it must have the public names of today's client:

- ``namespaced`` (Swashbuckle 5, ``CustomSchemaIds(t => t.FullName)``): schema names with the
  C# namespace (``Asperion.Api.V1.Models.Debtor``), no operationIds, tags per controller in
  its own spelling (``Draftsalesinvoices``), the tenant header as an ``X-Tenant-Id``
  parameter of every operation, ``additionalProperties: false`` on every object,
  ``text/plain`` + ``application/json`` + ``text/json`` answers, the request types
  Swashbuckle lists for ``[FromBody]`` (``application/json-patch+json``, ``application/json``,
  ``text/json``, ``application/*+json``, and with the XML formatters ``application/xml``,
  ``text/xml``, ``application/*+xml``, as public ASP.NET Core documents show),
  ``format: int32`` on every integer.
- ``dto`` (Swashbuckle 6 defaults): class names with ``Dto`` suffixes and generic list
  envelopes (``DebtorDtoPagedResult``), ``V1DebtorsGet``-style operationIds, the tenant
  header spelled ``X-TenantId`` in ``components/parameters``, request bodies offered only as
  ``application/*+json``, path parameters named after the C# arguments (``{debtorId}``).
- ``api_prefix``: ``dto`` served under ``/api/v1`` (operationIds ``ApiV1DebtorsGet``).
"""

from __future__ import annotations

import copy
import re
from typing import Any

VARIANTS = ("namespaced", "dto", "api_prefix")
_REF = "#/components/schemas/"
_METHODS = ("get", "put", "post", "delete", "patch")


def transform(spec: dict[str, Any], variant: str) -> dict[str, Any]:
    if variant not in VARIANTS:
        raise ValueError(variant)
    doc = copy.deepcopy(spec)
    doc["openapi"] = "3.0.1"
    _rename_schemas(doc, variant)
    _closed_objects_and_int32(doc["components"]["schemas"])
    paths: dict[str, Any] = {}
    for path, item in doc["paths"].items():
        new_path = _path(path, variant)
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            operation["tags"] = [_controller(path)]
            if variant == "namespaced":
                operation.pop("operationId", None)
            else:
                operation["operationId"] = _swashbuckle_id(method, new_path)
            _tenant_parameter(operation, variant)
            _content_types(operation, variant)
        paths[new_path] = item
    doc["paths"] = paths
    if variant != "namespaced":
        doc["components"].setdefault("parameters", {})["TenantHeader"] = {
            "in": "header",
            "name": "X-TenantId",
            "schema": {"format": "int32", "type": "integer"},
        }
    return doc


def _schema_name(name: str, variant: str) -> str:
    if variant == "namespaced":
        return f"Asperion.Api.V1.Models.{name}"
    if name.endswith("Collection"):
        return f"{name.removesuffix('Collection')}DtoPagedResult"
    if name in ("ProblemDetails", "ValidationProblemDetails", "StringComparison"):
        return f"Microsoft.AspNetCore.Mvc.{name}" if "Problem" in name else name
    return f"{name}Dto"


def _rename_schemas(doc: dict[str, Any], variant: str) -> None:
    schemas = doc["components"]["schemas"]
    renames = {name: _schema_name(name, variant) for name in schemas}
    doc["components"]["schemas"] = {renames[k]: v for k, v in schemas.items()}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_REF):
                node["$ref"] = _REF + renames[ref[len(_REF) :]]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc)


def _closed_objects_and_int32(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("type") == "object" and "properties" in node:
            node["additionalProperties"] = False
        if node.get("type") == "integer" and "format" not in node:
            node["format"] = "int32"
        for value in node.values():
            _closed_objects_and_int32(value)
    elif isinstance(node, list):
        for value in node:
            _closed_objects_and_int32(value)


def _path(path: str, variant: str) -> str:
    if variant == "namespaced":
        return path
    # Path parameters named after the C# action arguments.
    segments = path.strip("/").split("/")
    renamed = []
    for index, segment in enumerate(segments):
        if segment == "{id}" and index > 0:
            parent = re.sub(r"[^a-z]", "", segments[index - 1])
            segment = "{" + parent.rstrip("s") + "Id}" if index < len(segments) - 1 else segment
        renamed.append(segment)
    new = "/" + "/".join(renamed)
    return "/api" + new if variant == "api_prefix" else new


def _controller(path: str) -> str:
    first = next(s for s in path.strip("/").split("/") if s != "v1")
    return first.capitalize()


def _swashbuckle_id(method: str, path: str) -> str:
    words = [s.capitalize() for s in path.strip("/").split("/") if not s.startswith("{")]
    return "".join(words) + method.capitalize()


def _tenant_parameter(operation: dict[str, Any], variant: str) -> None:
    params = operation.setdefault("parameters", [])
    if variant == "namespaced":
        params.insert(
            0,
            {
                "in": "header",
                "name": "X-Tenant-Id",
                "schema": {"format": "int32", "type": "integer"},
            },
        )
    else:
        params.insert(0, {"$ref": "#/components/parameters/TenantHeader"})


def _content_types(operation: dict[str, Any], variant: str) -> None:
    body = operation.get("requestBody")
    if isinstance(body, dict) and "application/json" in body.get("content", {}):
        media = body["content"]["application/json"]
        if variant == "namespaced":
            body["content"] = {
                "application/json-patch+json": copy.deepcopy(media),
                "application/json": copy.deepcopy(media),
                "text/json": copy.deepcopy(media),
                "application/*+json": copy.deepcopy(media),
                "application/xml": copy.deepcopy(media),
                "text/xml": copy.deepcopy(media),
                "application/*+xml": copy.deepcopy(media),
            }
        else:
            body["content"] = {"application/*+json": media}
    for response in operation.get("responses", {}).values():
        content = response.get("content") if isinstance(response, dict) else None
        if isinstance(content, dict) and "application/json" in content:
            media = content["application/json"]
            response["content"] = {
                "text/plain": copy.deepcopy(media),
                "application/json": copy.deepcopy(media),
                "text/json": copy.deepcopy(media),
            }
