"""The endpoint table of the docs, generated from ``openapi/asperion-v1.json`` at build time.

mkdocs loads this file as a hook (``hooks:`` in ``mkdocs.yml``): on the page
``reference/endpoints.md`` it replaces the ``<!-- endpoint-table -->`` marker with one row
per operation of the vendored spec, so the table can never drift from the spec. The
namespace call of each row comes from the generated namespaces themselves
(``asperion_async._resource.namespace_verbs``). ``tests/docs/test_endpoint_table.py`` checks
that every row names the generated function that really sends that method to that path.

Run it directly to print the table: ``python docs/_gen_endpoints.py``.
"""

from __future__ import annotations

import inspect
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "asperion-v1.json"
PAGE = "reference/endpoints.md"
MARKER = "<!-- endpoint-table -->"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
GENERATED_PACKAGE = "asperion_client.api"


@dataclass(frozen=True)
class Endpoint:
    """One operation of the spec and the generated module that calls it."""

    path: str
    method: str
    module: str
    summary: str
    paged: bool
    source: str
    calls: tuple[str, ...] = field(default=())

    @property
    def access(self) -> str:
        return "read" if self.method == "GET" else "write"


def _snake(name: str) -> str:
    """The generator's module/package naming: ``SalesInvoices`` -> ``sales_invoices``."""
    name = re.sub(r"[^0-9a-zA-Z]+", "_", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return name.strip("_").lower()


def _parameter_names(spec: dict[str, Any], operation: dict[str, Any]) -> set[str]:
    shared = spec.get("components", {}).get("parameters", {})
    names = set()
    for parameter in operation.get("parameters", []):
        ref = parameter.get("$ref", "")
        resolved = shared.get(ref.rsplit("/", 1)[-1], {}) if ref else parameter
        names.add(str(resolved.get("name", "")))
    return names


def namespace_calls() -> dict[str, tuple[str, ...]]:
    """Operation id -> the namespace calls that send it, e.g. ``t.debtors.get(id)``."""
    from asperion_async._resource import namespace_verbs

    calls: dict[str, list[str]] = {}
    for verb in namespace_verbs():
        required = [
            name
            for name, parameter in verb.signature.parameters.items()
            if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]
        calls.setdefault(verb.endpoint, []).append(f"{verb}({', '.join(required)})")
    return {endpoint: tuple(found) for endpoint, found in calls.items()}


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def endpoints(spec: dict[str, Any]) -> list[Endpoint]:
    """Every operation of ``spec``, sorted by path then method."""
    rows = []
    calls = namespace_calls()
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            tag = (operation.get("tags") or ["default"])[0]
            rows.append(
                Endpoint(
                    path=path,
                    method=method.upper(),
                    module=f"{GENERATED_PACKAGE}.{_snake(tag)}.{_snake(operation['operationId'])}",
                    summary=" ".join(str(operation.get("summary", "")).split()),
                    paged="page" in _parameter_names(spec, operation),
                    source=str(operation.get("x-source", "")),
                    calls=calls.get(_snake(operation["operationId"]), ()),
                )
            )
    return sorted(rows, key=lambda e: (e.path, HTTP_METHODS.index(e.method.lower())))


def render(rows: list[Endpoint]) -> str:
    """The Markdown table (plus a one-line count) for ``rows``."""
    reads = sum(1 for r in rows if r.access == "read")
    lines = [
        f"{len(rows)} operations: {reads} read, {len(rows) - reads} write.",
        "",
        "| Path | Method | Namespace call | Generated function | Access | Paged | Source "
        "| Summary |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        summary = r.summary.replace("|", "\\|")
        calls = "<br>".join(f"`{call}`" for call in r.calls)
        lines.append(
            f"| `{r.path}` | {r.method} | {calls} | `{r.module}` | {r.access} | "
            f"{'yes' if r.paged else ''} | {r.source} | {summary} |"
        )
    return "\n".join(lines) + "\n"


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """mkdocs hook: fill the endpoint table into its page."""
    if page.file.src_uri != PAGE:
        return markdown
    if MARKER not in markdown:
        raise ValueError(f"docs/{PAGE} lost its {MARKER} marker")
    return markdown.replace(MARKER, render(endpoints(load_spec())))


if __name__ == "__main__":
    print(render(endpoints(load_spec())), end="")
