"""Load the vendored OpenAPI document and turn its paths into emulator operations.

The route table is derived from the spec alone, so a path added to the spec is
served without new code: GET on a collection lists, GET on ``/{id}`` reads one
item (or downloads a file when the answer is binary), POST creates (or uploads
when the body is multipart), PUT/PATCH updates and DELETE deletes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

JSONDict = dict[str, Any]
Kind = Literal["list", "detail", "create", "update", "delete", "upload", "download"]

_SPEC_NAME = "asperion-v1.json"
_BINARY_TYPES = ("application/pdf", "application/octet-stream")
_VERSION_SEGMENT = re.compile(r"^v\d+$")


def load_spec(source: str | Path | JSONDict | None = None) -> JSONDict:
    """The spec as a dict: ``source`` if given, else the packaged copy, else the repo's."""
    if isinstance(source, dict):
        return source
    if source is not None:
        return _read(Path(source))
    packaged = resources.files("asperion_async.testing") / _SPEC_NAME
    if packaged.is_file():
        loaded: JSONDict = json.loads(packaged.read_text(encoding="utf-8"))
        return loaded
    return _read(Path(__file__).resolve().parents[2] / "openapi" / _SPEC_NAME)


def _read(path: Path) -> JSONDict:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(
            f"OpenAPI spec not found at {path}; pass AsperionEmulator(spec=...)"
        ) from None
    loaded: JSONDict = json.loads(text)
    return loaded


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: JSONDict


@dataclass(frozen=True)
class Operation:
    """One (method, path) of the spec, classified for the emulator."""

    method: str
    path: str
    operation_id: str
    kind: Kind
    collection: str
    """Storage key: the path's literal segments joined by ``/`` (``debtors/mandates``)."""
    parent: str | None
    parent_param: str | None
    id_param: str | None
    parameters: tuple[Parameter, ...]
    request_schema: JSONDict | None
    request_content: str | None
    success_status: int
    response_schema: JSONDict | None
    response_content: str | None
    error_statuses: frozenset[int] = field(default_factory=frozenset)

    @property
    def resource(self) -> str:
        return self.collection.rsplit("/", 1)[-1]

    def query_parameter(self, name: str) -> Parameter | None:
        for parameter in self.parameters:
            if parameter.location == "query" and parameter.name.lower() == name.lower():
                return parameter
        return None


def operations(spec: JSONDict) -> list[Operation]:
    """Every operation of the spec that the emulator can serve, in spec order."""
    found: list[Operation] = []
    for path, item in spec.get("paths", {}).items():
        shared = [_parameter(spec, p) for p in item.get("parameters", [])]
        for method, op in item.items():
            if method.upper() not in {"GET", "POST", "PUT", "PATCH", "DELETE"}:
                continue
            found.append(_operation(spec, path, method.upper(), op, shared))
    return found


def resolve(spec: JSONDict, node: JSONDict) -> JSONDict:
    """Follow local ``$ref`` chains."""
    seen = 0
    while "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise ValueError(f"only local $ref is supported, got {ref!r}")
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
        seen += 1
        if seen > 64:
            raise ValueError(f"$ref cycle at {ref}")
    return node


def _parameter(spec: JSONDict, raw: JSONDict) -> Parameter:
    raw = resolve(spec, raw)
    return Parameter(
        name=str(raw["name"]),
        location=str(raw.get("in", "query")),
        required=bool(raw.get("required", False)),
        schema=raw.get("schema", {}),
    )


def _operation(
    spec: JSONDict, path: str, method: str, op: JSONDict, shared: list[Parameter]
) -> Operation:
    segments = [s for s in path.strip("/").split("/") if s]
    if segments and _VERSION_SEGMENT.match(segments[0]):
        segments = segments[1:]
    literals = [s for s in segments if not s.startswith("{")]
    params = [s[1:-1] for s in segments if s.startswith("{")]
    ends_with_param = bool(segments) and segments[-1].startswith("{")

    own = {p.name: p for p in shared}
    own.update({p.name: p for p in (_parameter(spec, raw) for raw in op.get("parameters", []))})

    request_schema, request_content = _request(spec, op)
    status, response_schema, response_content = _success(spec, op)
    errors = frozenset(int(code) for code in op.get("responses", {}) if str(code).isdigit())

    kind: Kind
    collection = "/".join(literals).lower()
    parent: str | None = None
    parent_param: str | None = None
    id_param: str | None = None
    binary = response_content in _BINARY_TYPES
    if ends_with_param:
        id_param = params[-1]
        if len(literals) > 1:
            parent, parent_param = "/".join(literals[:-1]).lower(), params[-2]
        if method == "GET":
            kind = "download" if binary else "detail"
        else:
            kind = "delete" if method == "DELETE" else "update"
    else:
        if params:
            parent, parent_param = "/".join(literals[:-1]).lower(), params[-1]
        if method == "GET":
            kind = "download" if binary else "list"
        elif method == "POST":
            kind = "upload" if request_content == "multipart/form-data" else "create"
        elif method == "DELETE":
            kind = "delete"
        else:
            kind = "update"
    return Operation(
        method=method,
        path=path,
        operation_id=str(op.get("operationId", f"{method} {path}")),
        kind=kind,
        collection=collection,
        parent=parent,
        parent_param=parent_param,
        id_param=id_param,
        parameters=tuple(own.values()),
        request_schema=request_schema,
        request_content=request_content,
        success_status=status,
        response_schema=response_schema,
        response_content=response_content,
        error_statuses=errors,
    )


def _request(spec: JSONDict, op: JSONDict) -> tuple[JSONDict | None, str | None]:
    body = op.get("requestBody")
    if not body:
        return None, None
    content = resolve(spec, body).get("content", {})
    for media in ("application/json", "multipart/form-data", *content):
        if media in content:
            return content[media].get("schema", {}), media
    return None, None


def _success(spec: JSONDict, op: JSONDict) -> tuple[int, JSONDict | None, str | None]:
    responses = op.get("responses", {})
    codes = sorted(int(c) for c in responses if str(c).isdigit() and 200 <= int(c) < 300)
    if not codes:
        return 200, None, "application/json"
    code = codes[0]
    content = resolve(spec, responses[str(code)]).get("content", {})
    for media in ("application/json", *_BINARY_TYPES, *content):
        if media in content:
            return code, content[media].get("schema"), media
    return code, None, None
