"""The typed view of each resource, derived from the item schema in the OpenAPI spec.

Each resource table keeps the item as JSON (`data`), so a field the API adds never breaks
it. Next to it, `sync` keeps one view per resource, `<resource>_v`, with one typed column
per field of the spec's item schema: `debtors_v.date_added`, `sales_invoices_v.amount_excl_vat`.
The kinds below are dialect-neutral; each storage backend renders them in its own SQL.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

Kind = Literal["integer", "numeric", "boolean", "date", "timestamp", "text", "json"]

_SPEC_NAME = "asperion-v1.json"
_FIELD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_RESERVED = frozenset({"tenant_id", "id", "data", "content_hash", "synced_at", "run_id"})


@dataclass(frozen=True)
class Column:
    """One typed column: `name` in the view, `field` in the item's JSON, its `kind`."""

    name: str
    field: str
    kind: Kind


@dataclass(frozen=True)
class ViewSpec:
    """The typed view of one resource table."""

    table: str
    columns: tuple[Column, ...]
    key: Kind | None = None
    """The kind of the items' `id` field in the spec (None: the spec has no `id`)."""

    @property
    def name(self) -> str:
        return f"{self.table}_v"

    def fingerprint(self) -> str:
        """Changes whenever a column is added, removed, renamed or retyped."""
        columns = [(c.name, c.field, c.kind) for c in self.columns]
        text = json.dumps([self.table, self.key, columns])
        return hashlib.sha256(text.encode()).hexdigest()


def column_name(field: str) -> str:
    """`amountExclVat` -> `amount_excl_vat`; `BSN` -> `bsn`."""
    return _CAMEL.sub("_", field).lower()


def view_spec(table: str, list_path: str, spec: Mapping[str, Any] | None = None) -> ViewSpec:
    """The view of the list at `list_path` (`/v1/debtors`), stored in `table`."""
    spec = spec if spec is not None else load_spec()
    properties = _item_properties(spec, list_path)
    key = _kind(spec, properties["id"]) if "id" in properties else None
    columns: list[Column] = []
    seen = set(_RESERVED)
    for field, schema in properties.items():
        name = column_name(field)
        if field.startswith("_") or not _FIELD.fullmatch(field) or name in seen:
            continue
        seen.add(name)
        columns.append(Column(name, field, _kind(spec, schema)))
    return ViewSpec(table, tuple(columns), key)


def view_specs(tables: Sequence[tuple[str, str]]) -> list[ViewSpec]:
    """The views of (table, list path) pairs."""
    spec = load_spec()
    return [view_spec(table, path, spec) for table, path in tables]


@cache
def load_spec() -> Mapping[str, Any]:
    """The vendored spec: the copy inside the wheel, else the repository's."""
    package = Path(__file__).resolve().parents[2]
    for candidate in (
        package / "testing" / _SPEC_NAME,
        package.parent / "openapi" / _SPEC_NAME,
    ):
        if candidate.is_file():
            loaded: Mapping[str, Any] = json.loads(candidate.read_text(encoding="utf-8"))
            return loaded
    return {}


def _item_properties(spec: Mapping[str, Any], list_path: str) -> dict[str, Any]:
    """The properties of one item of the list's `_data` array, in spec order."""
    operation = spec.get("paths", {}).get(list_path, {}).get("get", {})
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    envelope = _properties(spec, content.get("application/json", {}).get("schema", {}))
    data = _resolve(spec, envelope.get("_data", {}))
    return _properties(spec, data.get("items", {}))


def _properties(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    schema = _resolve(spec, schema)
    merged: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        merged.update(_properties(spec, part))
    merged.update(schema.get("properties", {}))
    return merged


def _resolve(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    for _ in range(32):  # a $ref chain longer than this is a broken spec, not a real one
        ref = schema.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return schema
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        schema = target
    return schema


def _kind(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Kind:
    schema = _resolve(spec, schema)
    for variant in (*schema.get("anyOf", []), *schema.get("oneOf", [])):
        resolved = _resolve(spec, variant)
        if resolved.get("type") not in (None, "null"):
            schema = resolved
            break
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "integer":
        return "integer"
    if kind == "number":
        return "numeric"
    if kind == "boolean":
        return "boolean"
    if kind == "string":
        text_format = schema.get("format")
        if text_format == "date":
            return "date"
        return "timestamp" if text_format == "date-time" else "text"
    if kind in ("object", "array") or "allOf" in schema or "properties" in schema:
        return "json"
    return "text"


_EXAMPLES = (
    (
        "sales_invoices",
        "SELECT tenant_id, invoice_number, date, amount_incl_vat FROM sales_invoices_v"
        " ORDER BY amount_incl_vat DESC LIMIT 5",
    ),
    ("debtors", "SELECT tenant_id, name, city, date_added FROM debtors_v ORDER BY name LIMIT 5"),
)


def example_query(tables: Sequence[str]) -> str | None:
    """A ready-to-run query on one of the synced `tables`' views, to show what they offer."""
    for table, sql in _EXAMPLES:
        if table in tables:
            return sql
    return f'SELECT * FROM "{tables[0]}_v" LIMIT 5' if tables else None  # noqa: S608
