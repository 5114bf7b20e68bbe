"""The public names of the generated client, whatever the vendor's document calls things.

``openapi/names.json`` (committed, reviewed) holds:

``operations``
    ``"METHOD /path"`` -> ``{"name": module name, "group": PascalCase tag}``. A document's
    operation matches by method and path *shape*: a leading ``/api`` is ignored, literal
    segments compare case-insensitively and path parameters by position, not by name
    (``/api/v1/Debtors/{debtorId}`` is ``GET /v1/debtors/{id}``).
``models``
    public class name -> locators, tried in order; the first that reaches a
    ``#/components/schemas/...`` reference names that schema. When none does, a schema whose
    vendor name (without namespace and ``Dto``/``Model`` suffix) is the model's name is
    taken. A locator is an anchor and
    steps: ``"GET /v1/debtors/{id} response"`` (first 2xx body), ``"... response 400"``,
    ``"POST /v1/debtors body"``, ``"GET /v1/debtors parameter Name_comparison"``, or
    ``"model Debtor"`` (a model named before it), then ``.property``, ``[]`` (items of an
    array, or of a list envelope's ``_data``) and ``&base`` (the schema an ``allOf``
    extends).
    A locator that reaches an inline schema is fine: the generator names that after its
    parent, as the map expects.
``exclude``
    ``"METHOD /path"`` -> the reason the operation is left out of the client.

What the map does not cover gets a deterministic name that never renames anything the map
names: an operation by the method/path rule of ``regenerate.operation_id`` (a clash gets a
suffix from its own method and path, not from sort order); a schema by its vendor name
without namespace and ``Dto``/``Model`` suffix. Both are listed in the run's report.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NAMES_PATH = Path(__file__).resolve().parent.parent / "openapi" / "names.json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_SCHEMA_REF = "#/components/schemas/"
_SUFFIXES = ("ViewModel", "Dto", "DTO", "Model")


@dataclass
class Report:
    """What the map did not cover, and what it left out on purpose."""

    new_operations: list[str] = field(default_factory=list)
    missing_operations: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    new_schemas: list[str] = field(default_factory=list)
    missing_models: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        sections = [
            ("operations the name map does not cover (named by rule)", self.new_operations),
            ("operations of the name map not in the document", self.missing_operations),
            ("operations excluded by the name map", self.excluded),
            ("schemas the name map does not cover (named by rule)", self.new_schemas),
            ("models of the name map not found in the document", self.missing_models),
        ]
        out: list[str] = []
        for title, items in sections:
            if items:
                out.append(f"{title}:")
                out.extend(f"  {item}" for item in items)
        return out


def load(path: Path = NAMES_PATH) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def problems(names: dict[str, Any]) -> list[str]:
    """What makes a map unusable: a missing section, two operations with one module name, an
    operation both named and excluded, an entry that is not ``METHOD /path``."""
    found = [
        f"names map has no {k!r} section"
        for k in ("operations", "models", "exclude")
        if not isinstance(names.get(k), dict)
    ]
    if found:
        return found
    seen: dict[str, str] = {}
    for key, entry in names["operations"].items():
        if not re.fullmatch(r"[A-Z]+ /\S*", key):
            found.append(f"{key!r} is not 'METHOD /path'")
        if not isinstance(entry, dict) or not {"name", "group"} <= set(entry):
            found.append(f"{key}: needs a name and a group")
            continue
        if entry["name"] in seen:
            found.append(f"{key} and {seen[entry['name']]} are both named {entry['name']}")
        seen[entry["name"]] = key
    shapes = {shape(*k.split(" ", 1)) for k in names["operations"] if " " in k}
    found.extend(
        f"{key} is both named and excluded"
        for key in names["exclude"]
        if " " in key and shape(*key.split(" ", 1)) in shapes
    )
    return found


def strip_prefix(path: str) -> str:
    """``/api/v1/debtors`` -> ``/v1/debtors``: the part of a path the map keys on."""
    return path[4:] if path.lower().startswith("/api/") else path


def shape(method: str, path: str) -> str:
    """The match key of an operation: method, prefix-free path, literals lower-cased and
    parameters anonymous."""
    segments = [
        "{}" if s.startswith("{") else s.lower() for s in strip_prefix(path).strip("/").split("/")
    ]
    return f"{method.upper()} /{'/'.join(segments)}"


def snake(name: str) -> str:
    """openapi-python-client's module naming: ``SalesInvoices`` -> ``sales_invoices``."""
    name = re.sub(r"[^0-9a-zA-Z]+", "_", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return name.strip("_").lower()


def operations(document: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def public_schema_name(vendor: str) -> str:
    """``Asperion.Api.V1.Models.DebtorDto`` -> ``Debtor``: the fallback for unmapped schemas."""
    name = re.split(r"[.+]", vendor)[-1]
    name = re.sub(r"[^0-9A-Za-z]", "", name)
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    return name or "Schema"


def _pascal(text: str) -> str:
    words = re.split(r"[^0-9A-Za-z]+", text)
    return "".join(w[:1].upper() + w[1:] for w in words if w) or "Default"


# ---------------------------------------------------------------------------------------------
# operations


def apply_operations(
    document: dict[str, Any],
    names: dict[str, Any],
    report: Report,
    rule: Callable[[str, str, str | None], str],
    snake: Callable[[str], str],
) -> None:
    """Drop excluded operations; give every other one its public ``operationId`` and tag."""
    mapped = {shape(*key.split(" ", 1)): (key, v) for key, v in names["operations"].items()}
    excluded = {shape(*key.split(" ", 1)): reason for key, reason in names["exclude"].items()}
    found: set[str] = set()
    unmapped: list[tuple[str, str, str, dict[str, Any]]] = []
    for path, method, operation in list(operations(document)):
        key = shape(method, path)
        if key in excluded:
            del document["paths"][path][method]
            report.excluded.append(f"{method.upper()} {path}: {excluded[key]}")
            continue
        if key in mapped:
            found.add(key)
            entry = mapped[key][1]
            operation["operationId"] = entry["name"]
            operation["tags"] = [entry["group"]]
        else:
            unmapped.append((key, path, method, operation))
    for path in [p for p, item in document.get("paths", {}).items() if not _has_operation(item)]:
        del document["paths"][path]
    _rename_path_parameters(document, {k: v[0] for k, v in mapped.items()})
    report.missing_operations = sorted(mapped[k][0] for k in set(mapped) - found)
    taken = {entry["name"] for entry in names["operations"].values()}
    wanted: dict[str, list[str]] = {}
    for key, path, method, operation in unmapped:
        tags = operation.get("tags") or []
        tag = str(tags[0]) if tags else None
        group = _pascal(tag) if tag else _pascal(_first_literal(path))
        operation["tags"] = [group]
        name = rule(method, strip_prefix(path), snake(group))
        operation["operationId"] = name
        wanted.setdefault(name, []).append(key)
    clashing = [
        u for u in unmapped if u[3]["operationId"] in taken or len(wanted[u[3]["operationId"]]) > 1
    ]
    by_path = {u[0]: rule(u[2], strip_prefix(u[1]), None) for u in clashing}
    settled = {u[3]["operationId"] for u in unmapped if u[0] not in by_path}
    counts: dict[str, int] = {}
    for name in by_path.values():
        counts[name] = counts.get(name, 0) + 1
    for key, path, method, operation in unmapped:
        name = operation["operationId"]
        if key in by_path:
            # A name from the path alone, else one with a suffix from the operation itself:
            # no other operation's arrival or order can change it.
            name = by_path[key]
            if name in taken or name in settled or counts[name] > 1:
                name = f"{name}_{hashlib.sha1(key.encode()).hexdigest()[:6]}"  # noqa: S324
            operation["operationId"] = name
        report.new_operations.append(f"{method.upper()} {path} -> {name}")
    report.new_operations.sort()


_PLACEHOLDER = re.compile(r"\{([^}]+)\}")


def _rename_path_parameters(document: dict[str, Any], mapped: dict[str, str]) -> None:
    """Path parameters take the map's names (``{purchaseInvoiceId}`` -> ``{id}``), by position,
    so the generated functions keep their argument names."""
    paths = document.get("paths", {})
    for path in list(paths):
        item = paths[path]
        keys = [shape(m, path) for m in HTTP_METHODS if isinstance(item.get(m), dict)]
        wanted = next((mapped[k] for k in keys if k in mapped), None)
        if wanted is None:
            continue
        old_names = _PLACEHOLDER.findall(path)
        new_names = _PLACEHOLDER.findall(wanted)
        if old_names == new_names or len(old_names) != len(new_names):
            continue
        renames = dict(zip(old_names, new_names, strict=True))
        parts = _PLACEHOLDER.split(path)  # literal, name, literal, name, ..., literal
        parts[1::2] = ["{" + name + "}" for name in new_names]
        new_path = "".join(parts)
        if new_path in paths:
            continue
        for holder in [item, *(item[m] for m in HTTP_METHODS if isinstance(item.get(m), dict))]:
            for param in holder.get("parameters", []):
                if param.get("in") == "path" and param.get("name") in renames:
                    param["name"] = renames[param["name"]]
        paths[new_path] = paths.pop(path)


def _has_operation(item: dict[str, Any]) -> bool:
    return any(isinstance(item.get(m), dict) for m in HTTP_METHODS)


def _first_literal(path: str) -> str:
    for segment in strip_prefix(path).strip("/").split("/"):
        if segment and not segment.startswith("{") and not re.fullmatch(r"v\d+", segment):
            return segment
    return "default"


# ---------------------------------------------------------------------------------------------
# schemas


class _Resolver:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.by_shape = {shape(m, p): op for p, m, op in operations(document)}
        self.named: dict[str, str] = {}  # public name -> vendor name

    def locate(self, locator: str) -> tuple[bool, str | None, dict[str, Any] | None]:
        """(found, vendor schema name or None when the node is inline, the node holding the
        reference)."""
        match = re.fullmatch(r"\s*(\S+)\s+(\S+)(.*)", locator)
        if match is None:
            return False, None, None
        head, second, rest = match.groups()
        node: Any
        if head == "model":
            vendor = self.named.get(second)
            if vendor is None:
                return False, None, None
            node = {"$ref": _SCHEMA_REF + vendor}
        else:
            operation = self.by_shape.get(shape(head, second))
            if operation is None:
                return False, None, None
            words = rest.split()
            if not words:
                return False, None, None
            node, consumed = self._anchor(operation, words)
            rest = " ".join(words[consumed:])
        for step in re.findall(r"\.[^.\[&\s]+|\[\]|&base", rest.replace(" ", "")):
            node = self._step(node, step)
            if node is None:
                return False, None, None
        return self._end(node)

    def _anchor(self, operation: dict[str, Any], words: list[str]) -> tuple[Any, int]:
        if words[0] == "body":
            return _content_schema(self._deref_any(operation.get("requestBody"))), 1
        if words[0] == "response":
            responses = operation.get("responses", {})
            if len(words) > 1 and words[1].isdigit():
                return _content_schema(self._deref_any(responses.get(words[1]))), 2
            ok = sorted(s for s in responses if str(s).startswith("2"))
            for status in ok:
                schema = _content_schema(self._deref_any(responses[status]))
                if schema is not None:
                    return schema, 1
            return None, 1
        if words[0] == "parameter" and len(words) > 1:
            for param in operation.get("parameters", []):
                resolved = self._deref_any(param)
                if str(resolved.get("name", "")).lower() == words[1].lower():
                    return resolved.get("schema"), 2
            return None, 2
        return None, 1

    def _deref_any(self, node: Any) -> Any:
        """Follow a components/responses|parameters|requestBodies reference."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            _, _, kind, name = [*node["$ref"].split("/"), "", "", "", ""][:4]
            target = self.document.get("components", {}).get(kind, {}).get(name)
            return target if isinstance(target, dict) else {}
        return node if isinstance(node, dict) else {}

    def _schema(self, node: Any) -> Any:
        """The schema a node stands for: through $ref, allOf of one and nullable wrappers."""
        for _ in range(16):
            if not isinstance(node, dict):
                return None
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
                node = self.schemas.get(ref[len(_SCHEMA_REF) :])
                continue
            members = _members(node)
            if len(members) == 1:
                node = members[0]
                continue
            return node
        return None

    def _step(self, node: Any, step: str) -> Any:
        schema = self._schema(node)
        if schema is None:
            return None
        if step == "[]":
            if "items" in schema:
                return schema["items"]
            # The API's list envelope: the items of its `_data` (lines sent as
            # {"lines": {"_data": [...]}} are still the lines).
            envelope = self._schema(schema.get("properties", {}).get("_data"))
            return envelope.get("items") if isinstance(envelope, dict) else None
        if step == "&base":
            bases = [m for m in schema.get("allOf", []) if isinstance(m, dict) and "$ref" in m]
            return bases[0] if bases else None
        name = step[1:]
        for candidate in [schema, *(self._schema(m) for m in schema.get("allOf", []))]:
            properties = (candidate or {}).get("properties", {})
            if name in properties:
                return properties[name]
            for key, value in properties.items():
                if key.lower() == name.lower():
                    return value
        return None

    def _end(self, node: Any) -> tuple[bool, str | None, dict[str, Any] | None]:
        for _ in range(16):
            if not isinstance(node, dict):
                return False, None, None
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
                return True, ref[len(_SCHEMA_REF) :], node
            members = _members(node)
            if len(members) != 1:
                return True, None, None
            node = members[0]
        return False, None, None


def _members(node: dict[str, Any]) -> list[Any]:
    """The non-null members of a wrapper (``allOf: [ref]``, ``anyOf: [ref, {type: null}]``)."""
    for key in ("allOf", "anyOf", "oneOf"):
        if isinstance(node.get(key), list) and not node.get("properties"):
            return [m for m in node[key] if not (isinstance(m, dict) and m.get("type") == "null")]
    return []


def _content_schema(holder: Any) -> Any:
    content = holder.get("content") if isinstance(holder, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    for media in sorted(content, key=_media_rank):
        media_type = content[media]
        if isinstance(media_type, dict) and "schema" in media_type:
            return media_type["schema"]
    return None


def _media_rank(media: str) -> tuple[int, str]:
    if media == "application/json":
        return 0, media
    if media.endswith("json"):
        return 1, media
    return 2, media


def apply_schemas(document: dict[str, Any], names: dict[str, Any], report: Report) -> None:
    """Rename ``components/schemas`` to their public names and every reference with them."""
    resolver = _Resolver(document)
    claimed: dict[str, str] = {}  # vendor name -> public name
    pending = dict(names["models"])
    # Models anchored on other models resolve once those are named: repeat until stable.
    for _ in range(len(pending) + 1):
        progressed = False
        for public, locators in list(pending.items()):
            for locator in locators:
                found, vendor, _ = resolver.locate(locator)
                if not found:
                    continue
                if vendor is not None:
                    if vendor in claimed:
                        vendor = _own_copy(resolver, vendor, public, locators)
                    claimed[vendor] = public
                    resolver.named[public] = vendor
                del pending[public]
                progressed = True
                break
        if not progressed:
            break
    renames: dict[str, str] = {}
    taken = set(claimed.values())
    for vendor in sorted(resolver.schemas):
        if vendor in claimed:
            renames[vendor] = claimed[vendor]
            continue
        public = public_schema_name(vendor)
        if public in pending and public not in renames.values():
            # No locator reached it, but the vendor's own name says which model it is.
            del pending[public]
            renames[vendor] = public
            continue
        if public in taken or public in names["models"] or public in renames.values():
            public = f"{public}{hashlib.sha1(vendor.encode()).hexdigest()[:6]}"  # noqa: S324
        renames[vendor] = public
        report.new_schemas.append(f"{vendor} -> {public}")
    report.missing_models = sorted(pending)
    if all(k == v for k, v in renames.items()):
        return
    schemas = document["components"]["schemas"]
    document["components"]["schemas"] = {renames[k]: v for k, v in schemas.items()}
    _rewrite_refs(document, {_SCHEMA_REF + k: _SCHEMA_REF + v for k, v in renames.items()})


def _own_copy(resolver: _Resolver, vendor: str, public: str, locators: list[str]) -> str:
    """One vendor schema in two public roles (a DTO both read and written): the later role
    gets its own copy, and the references its locators reach point at the copy."""
    copy_name = f"{vendor}__as__{public}"
    resolver.schemas[copy_name] = json.loads(json.dumps(resolver.schemas[vendor]))
    for locator in locators:
        _, found, holder = resolver.locate(locator)
        if found == vendor and holder is not None:
            holder["$ref"] = _SCHEMA_REF + copy_name
    return copy_name


def _rewrite_refs(node: Any, refs: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in refs:
            node["$ref"] = refs[ref]
        for value in node.values():
            _rewrite_refs(value, refs)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, refs)


# ---------------------------------------------------------------------------------------------
# adding to the map


def locators(document: dict[str, Any], schema: str) -> list[str]:
    """Where a normalized document uses ``schema``: the locators a map entry for it lists
    (2xx answers and bodies first, then error answers and parameters, then the models that
    hold it)."""
    wanted = _SCHEMA_REF + schema
    resolver = _Resolver(document)
    direct: list[str] = []
    other: list[str] = []
    ordered = sorted(operations(document), key=lambda t: (t[0], HTTP_METHODS.index(t[1])))
    for path, method, operation in ordered:
        key = f"{method.upper()} {path}"
        for status, response in sorted(operation.get("responses", {}).items()):
            if _ref_of(_content_schema(resolver._deref_any(response))) == wanted:
                is_ok = str(status).startswith("2")
                (direct if is_ok else other).append(
                    f"{key} response" if is_ok else f"{key} response {status}"
                )
        if _ref_of(_content_schema(resolver._deref_any(operation.get("requestBody")))) == wanted:
            direct.append(f"{key} body")
        for param in operation.get("parameters", []):
            resolved = resolver._deref_any(param)
            if _ref_of(resolved.get("schema")) == wanted:
                other.append(f"{key} parameter {resolved.get('name')}")
    nested: list[str] = []
    for name, holder in sorted(resolver.schemas.items()):
        if name == schema or not isinstance(holder, dict):
            continue
        for member in holder.get("allOf", []):
            if _ref_of(member) == wanted:
                nested.append(f"model {name} &base")
        parts = [holder, *[m for m in holder.get("allOf", []) if isinstance(m, dict)]]
        for part in parts:
            for prop, value in (part.get("properties") or {}).items():
                if _ref_of(value) == wanted:
                    nested.append(f"model {name} .{prop}")
                elif isinstance(value, dict) and _ref_of(value.get("items")) == wanted:
                    nested.append(f"model {name} .{prop}[]")
    chosen = list(dict.fromkeys(direct))[:2] or list(dict.fromkeys(other))[:2]
    return chosen + list(dict.fromkeys(nested))[:2]


def _ref_of(node: Any) -> str | None:
    for _ in range(8):
        if not isinstance(node, dict):
            return None
        ref = node.get("$ref")
        if isinstance(ref, str):
            return ref
        members = _members(node)
        if len(members) != 1:
            return None
        node = members[0]
    return None


def with_additions(names: dict[str, Any], normalized: dict[str, Any]) -> dict[str, Any]:
    """``names`` plus entries for what it did not cover in ``normalized`` (the names the run
    gave them). Nothing already in the map changes: additions only, for review in the PR."""
    updated = json.loads(json.dumps(names))
    known = {shape(*key.split(" ", 1)) for key in [*names["operations"], *names["exclude"]]}
    for path, method, operation in operations(normalized):
        if shape(method, path) not in known:
            updated["operations"][f"{method.upper()} {strip_prefix(path)}"] = {
                "name": operation["operationId"],
                "group": operation["tags"][0],
            }
    for schema in normalized.get("components", {}).get("schemas", {}):
        if schema not in updated["models"]:
            updated["models"][schema] = locators(normalized, schema)
    updated["operations"] = dict(sorted(updated["operations"].items(), key=_by_path))
    updated["models"] = dict(sorted(updated["models"].items()))
    return updated


def _by_path(item: tuple[str, Any]) -> tuple[str, int]:
    method, path = item[0].split(" ", 1)
    return path, HTTP_METHODS.index(method.lower())


def dump(names: dict[str, Any]) -> str:
    return json.dumps(names, indent=2, ensure_ascii=False) + "\n"
