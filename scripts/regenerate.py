"""Refresh the vendored spec and the generated client in one step.

    python scripts/regenerate.py                       # pull the live sandbox spec
    python scripts/regenerate.py --url URL             # pull from another URL
    python scripts/regenerate.py --from-file PATH      # use a local document
    python scripts/regenerate.py --from-file openapi/asperion-v1.json --check

Steps: fetch (optional partner credentials from ``ASPERION_SPEC_TOKEN`` /
``ASPERION_SPEC_HEADER``) -> normalize (so any Swashbuckle output generates well, with the
public names of ``openapi/names.json``, see ``scripts/_names.py``) -> run openapi-python-client
(``scripts/_client_generator.py``: numbers as Decimal) with the committed config and templates
-> ruff-format the output -> replace ``openapi/asperion-v1.json`` and ``generated/`` together,
or neither when any step fails. The generator must run without a single warning (operations
it cannot handle are excluded by name, with a reason, in ``openapi/names.json``). What the
name map does not cover is listed on stdout. ``--check`` does all of it in a temporary
directory and exits 1 with a short summary when the committed spec or ``generated/`` differ,
naming every public name that would change.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

if __package__:  # imported as scripts.regenerate (the tests)
    from . import _names
    from ._namespaces import generate_namespaces
else:  # run as python scripts/regenerate.py
    import _names  # type: ignore[no-redef]
    from _namespaces import generate_namespaces  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "asperion-v1.json"
CONFIG_PATH = ROOT / "openapi" / "generator-config.yaml"
TEMPLATES_PATH = ROOT / "openapi" / "templates"
PACKAGE_DIR = ROOT / "generated" / "asperion_client"
RESOURCES_DIR = ROOT / "asperion_async" / "resources"
DEFAULT_URL = "https://api-sandbox.asperion.nl/swagger/v1/swagger.json"

TENANT_HEADERS = {"x-tenant-id", "x-tenantid"}
# Content types the generator understands, best first. Swashbuckle also lists text/plain and
# text/json beside application/json for every JSON body; those add nothing and make the
# generator warn.
_PREFERRED_CONTENT = (
    "application/json",
    "application/problem+json",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "application/pdf",
    "application/octet-stream",
)


class RegenerateError(Exception):
    """A step failed; the message says which and why."""


# ---------------------------------------------------------------------------------------------
# fetching


TOKEN_ENV = "ASPERION_SPEC_TOKEN"  # noqa: S105 (the variable's name, not a secret)
HEADER_ENV = "ASPERION_SPEC_HEADER"


def _credentials(environ: Mapping[str, str]) -> dict[str, str]:
    """Optional partner credentials for the spec URL: ``ASPERION_SPEC_TOKEN`` (sent as a bearer
    token) and/or ``ASPERION_SPEC_HEADER`` (``Name: value``). Their values are never printed."""
    headers: dict[str, str] = {}
    token = environ.get(TOKEN_ENV, "").strip()
    if token:
        headers["Authorization"] = f"Bearer {token}"
    header = environ.get(HEADER_ENV, "").strip()
    if header:
        name, sep, value = header.partition(":")
        if not sep or not re.fullmatch(r"[A-Za-z0-9-]+", name.strip()) or not value.strip():
            raise RegenerateError(f"{HEADER_ENV} must look like 'Header-Name: value'")
        headers[name.strip()] = value.strip()
    return headers


def fetch(
    url: str, timeout: float = 60.0, environ: Mapping[str, str] | None = None
) -> dict[str, Any]:
    if not url.startswith(("https://", "http://127.", "http://localhost", "http://[::1]")):
        raise RegenerateError(f"refusing to fetch {url!r}: use https (plain http only on loopback)")
    request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310
    for name, value in _credentials(os.environ if environ is None else environ).items():
        # Unredirected: a redirect to another host never carries the credentials along.
        request.add_unredirected_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            body = response.read()
    except OSError as exc:
        raise RegenerateError(f"could not fetch {url}: {exc}") from None
    return _parse_document(body.decode("utf-8"), url)


def load_file(path: Path) -> dict[str, Any]:
    return _parse_document(path.read_text(encoding="utf-8"), str(path))


def _parse_document(text: str, origin: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegenerateError(f"{origin} is not JSON: {exc}") from exc
    if not isinstance(document, dict) or "paths" not in document:
        raise RegenerateError(f"{origin} is not an OpenAPI document (no 'paths')")
    return document


# ---------------------------------------------------------------------------------------------
# normalizing


# Words whose singular the suffix rules below would get wrong.
_IRREGULAR = {
    "movies": "movie",
    "cookies": "cookie",
    "series": "series",
    "species": "species",
    "news": "news",
    "data": "data",
    "people": "person",
}


def _singular_word(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("ss", "us", "is")):  # address, status, analysis: already singular
        return word
    if word.endswith("uses"):  # statuses, bonuses
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:  # countries; not "ties"-like stubs
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


def _singular(snake: str) -> str:
    """``sales_invoices_with_lines`` -> ``sales_invoice_with_lines``; ``countries`` -> ``country``.

    Only the last word before ``_with_`` is made singular; ``movies``, ``status`` and
    ``series`` come out as ``movie``, ``status`` and ``series``.
    """
    head, sep, tail = snake.partition("_with_")
    words = head.split("_")
    words[-1] = _singular_word(words[-1])
    return "_".join(words) + sep + tail


def _literal_segments(path: str) -> list[str]:
    segments = _names.strip_prefix(path).strip("/").split("/")
    return [s for s in segments if s and not s.startswith("{") and not re.fullmatch(r"v\d+", s)]


def operation_id(method: str, path: str, tag: str | None) -> str:
    """The deterministic snake_case name for an operation that has none.

    The resource comes from the tag (Swashbuckle tags by controller) or else the path's first
    segment; a sub-collection (``/v1/debtors/{debtorId}/mandates``) is named after its parent
    and itself (``list_debtor_mandates``).
    """
    segments = _literal_segments(path)
    resource = _names.snake(tag) if tag else _names.snake(segments[0] if segments else "root")
    ends_with_param = path.rstrip("/").endswith("}")
    if len(segments) > 1:
        resource = f"{_singular(resource)}_{_names.snake(segments[-1])}"
    if method == "get":
        verb = "get" if ends_with_param else "list"
    else:
        verb = {"post": "create", "put": "update", "patch": "update", "delete": "delete"}.get(
            method, method
        )
    name = resource if verb == "list" else _singular(resource)
    return f"{verb}_{name}"


def _resolve_parameter(document: dict[str, Any], param: dict[str, Any]) -> dict[str, Any]:
    ref = param.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
        resolved = document.get("components", {}).get("parameters", {}).get(ref.rsplit("/", 1)[1])
        return resolved if isinstance(resolved, dict) else param
    return param


def _is_tenant_header(document: dict[str, Any], param: dict[str, Any]) -> bool:
    resolved = _resolve_parameter(document, param)
    return (
        resolved.get("in") == "header" and str(resolved.get("name", "")).lower() in TENANT_HEADERS
    )


def _prune_content(content: dict[str, Any]) -> dict[str, Any]:
    """Keep one representation per body: the first of ``_PREFERRED_CONTENT`` present, else the
    first vendor ``+json`` type as it is (``application/merge-patch+json`` stays, or the API
    would answer 415). Swashbuckle's ``application/*+json`` is a pattern, not a type: a body
    offered only that way is sent as ``application/json``."""
    for media in _PREFERRED_CONTENT:
        if media in content:
            return {media: content[media]}
    json_like = sorted(m for m in content if m.endswith(("+json", "/json")))
    for media in json_like:
        if "*" not in media and not media.startswith("text/"):
            return {media: content[media]}
    if json_like:
        return {"application/json": content[json_like[0]]}
    return content


def normalize(document: dict[str, Any], names: dict[str, Any] | None = None) -> dict[str, Any]:
    """Make a Swashbuckle document generate cleanly and deterministically. Idempotent."""
    return normalize_with_report(document, names)[0]


def normalize_with_report(
    document: dict[str, Any], names: dict[str, Any] | None = None
) -> tuple[dict[str, Any], _names.Report]:
    """``normalize``, plus what the name map (``openapi/names.json``) did not cover.

    Public names come from the map (``scripts/_names.py``): each operation's ``operationId``
    is its module name and ``tags == [group]``; schemas get their public class names.
    """
    doc = copy.deepcopy(document)
    names = _names.load() if names is None else names
    unusable = _names.problems(names)
    if unusable:
        raise RegenerateError("openapi/names.json: " + "; ".join(unusable))
    report = _names.Report()
    for _path, _method, operation in _names.operations(doc):
        params = [p for p in operation.get("parameters", []) if not _is_tenant_header(doc, p)]
        if params:
            operation["parameters"] = params
        else:
            operation.pop("parameters", None)
        body = operation.get("requestBody")
        if isinstance(body, dict) and isinstance(body.get("content"), dict):
            body["content"] = _prune_content(body["content"])
        for response in operation.get("responses", {}).values():
            if isinstance(response, dict) and isinstance(response.get("content"), dict):
                response["content"] = _prune_content(response["content"])
    for item in doc.get("paths", {}).values():
        shared = [p for p in item.get("parameters", []) if not _is_tenant_header(doc, p)]
        if shared:
            item["parameters"] = shared
        else:
            item.pop("parameters", None)
    components = doc.get("components", {})
    for name, param in list(components.get("parameters", {}).items()):
        if _is_tenant_header(doc, param):
            del components["parameters"][name]
    for component in ("responses", "requestBodies"):
        for holder in components.get(component, {}).values():
            if isinstance(holder, dict) and isinstance(holder.get("content"), dict):
                holder["content"] = _prune_content(holder["content"])
    for holder in _parameter_holders(doc):
        for param in holder:
            _plain_header(_resolve_parameter(doc, param))
    _names.apply_operations(doc, names, report, operation_id, _names.snake)
    _names.apply_schemas(doc, names, report)
    _tolerate(doc)
    return _sorted(doc), report


def _parameter_holders(document: dict[str, Any]) -> Iterator[list[Any]]:
    for item in document.get("paths", {}).values():
        yield item.get("parameters", [])
        for method in _names.HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield item[method].get("parameters", [])


_HEADER_TYPES = {"string", "integer", "number", "boolean"}


def _plain_header(param: dict[str, Any]) -> None:
    """A header the generator cannot type (a date, a uuid, a list) becomes a plain string
    parameter: the caller passes the header's text, which is what goes on the wire."""
    schema = param.get("schema")
    if param.get("in") != "header" or not isinstance(schema, dict):
        return
    kind = schema.get("type")
    if kind in _HEADER_TYPES and not (kind == "string" and "format" in schema):
        return
    note = f"{kind or 'value'}" + (f" ({schema['format']})" if "format" in schema else "")
    param["schema"] = {"type": "string"}
    if "nullable" in schema:
        param["schema"]["nullable"] = schema["nullable"]
    param["description"] = (
        param.get("description", "") + f" Sent as text; the API types it {note}."
    ).strip()


def _tolerate(document: dict[str, Any]) -> None:
    """Models read whatever the API sends: no ``additionalProperties: false`` anywhere (unknown
    fields are kept), and no ``required`` in a schema a response reaches (a missing field
    is UNSET, not a failed parse)."""
    schemas = document.get("components", {}).get("schemas", {})
    _drop_closed_objects(schemas)
    reached: set[str] = set()
    pending: list[Any] = []
    for _, _, operation in _names.operations(document):
        for status, response in operation.get("responses", {}).items():
            if str(status).startswith("2"):
                pending.append(response)
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in reached and name in schemas:
                    reached.add(name)
                    pending.append(schemas[name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    for name in reached:
        _drop_required(schemas[name])


def _drop_closed_objects(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]
        for value in node.values():
            _drop_closed_objects(value)
    elif isinstance(node, list):
        for value in node:
            _drop_closed_objects(value)


def _drop_required(schema: Any) -> None:
    if isinstance(schema, dict):
        schema.pop("required", None)
        for member in schema.get("allOf", []):
            if isinstance(member, dict) and "$ref" not in member:
                _drop_required(member)


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list):
        return [_sorted(v) for v in value]
    return value


def generator_view(document: dict[str, Any]) -> dict[str, Any]:
    """The copy the generator sees: error bodies are not modelled per operation.

    The facade raises a typed exception for every non-2xx answer before any parsing, so
    listing ``ProblemDetails`` in each operation would only widen every return type to
    ``Model | ProblemDetails``. The schemas stay in the vendored spec and in ``components``.
    """
    doc = copy.deepcopy(document)
    for _, _, operation in _names.operations(doc):
        responses = operation.get("responses", {})
        for status in list(responses):
            if not str(status).startswith("2"):
                del responses[status]
    doc.get("components", {}).pop("responses", None)
    return doc


def dump(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------------------------------------
# generating


def generate(spec_text: str, output_dir: Path, resources_dir: Path = RESOURCES_DIR) -> None:
    """Run openapi-python-client on ``spec_text`` into ``output_dir``; fail on any warning.

    Then write the facade's typed resource namespaces for it into ``resources_dir``.
    """
    with tempfile.TemporaryDirectory() as tmp:
        view = Path(tmp) / "spec.json"
        view.write_text(dump(generator_view(json.loads(spec_text))), encoding="utf-8")
        target = Path(tmp) / "out"
        command = [
            sys.executable,
            str(Path(__file__).with_name("_client_generator.py")),
            "generate",
            "--path",
            str(view),
            "--config",
            str(CONFIG_PATH),
            "--custom-template-path",
            str(TEMPLATES_PATH),
            "--meta",
            "none",
            "--output-path",
            str(target),
            "--overwrite",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        output = (result.stdout + result.stderr).strip()
        if result.returncode != 0 or "warning" in output.lower() or "error" in output.lower():
            raise RegenerateError(f"openapi-python-client did not run cleanly:\n{output}")
        _ruff(["check", "--fix-only", "--quiet", "--select", "F401,I", str(target)])
        _ruff(["format", "--quiet", str(target)])
        # With --meta none the generator writes no marker; the package ships typed.
        (target / "py.typed").write_text("", encoding="utf-8")
        if output_dir.exists():
            shutil.rmtree(output_dir)
        output_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(target, output_dir)
    generate_namespaces(json.loads(spec_text), output_dir, resources_dir)


def replace_together(
    spec_text: str,
    spec_path: Path = SPEC_PATH,
    package_dir: Path = PACKAGE_DIR,
    resources_dir: Path = RESOURCES_DIR,
) -> None:
    """Write the spec, the generated package and the namespaces together or not at all.

    The package and the namespaces are generated into a staging directory first; only when
    that succeeded are the old ones and the spec swapped for the new ones (renames on one
    file system). A failure before the swap leaves ``openapi/``, ``generated/`` and the
    namespaces as they were.
    """
    package_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".regenerate-", dir=package_dir.parent))
    try:
        fresh, fresh_resources = staging / package_dir.name, staging / "resources"
        generate(spec_text, fresh, fresh_resources)
        new_spec = staging / spec_path.name
        new_spec.write_text(spec_text, encoding="utf-8")
        swaps = [(fresh, package_dir, staging / "previous")]
        swaps.append((fresh_resources, resources_dir, staging / "previous-resources"))
        done: list[tuple[Path, Path]] = []
        try:
            for new, target, old in swaps:
                if target.exists():
                    os.replace(target, old)
                done.append((target, old))
                os.replace(new, target)
            shutil.move(str(new_spec), str(spec_path))
        except OSError as exc:
            for target, old in reversed(done):
                if old.exists():
                    if target.exists():
                        shutil.rmtree(target)
                    os.replace(old, target)
            raise RegenerateError(f"could not replace the generated files: {exc}") from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _ruff(args: list[str]) -> None:
    # Isolated from the project's ruff settings (which exclude generated/) so the output depends
    # only on the ruff version and these flags.
    command = [sys.executable, "-m", "ruff", *args, "--isolated", "--line-length", "100"]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RegenerateError(f"ruff {args[0]} failed:\n{result.stdout}{result.stderr}")


# ---------------------------------------------------------------------------------------------
# checking


def _tree_differences(expected: Path, actual: Path) -> list[str]:
    """Paths (relative) that are added, removed or changed between two directory trees."""
    lines: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        lines.extend(f"  removed  {prefix}{name}" for name in sorted(cmp.right_only))
        lines.extend(f"  added    {prefix}{name}" for name in sorted(cmp.left_only))
        lines.extend(f"  changed  {prefix}{name}" for name in sorted(cmp.diff_files))
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    ignore = ["__pycache__", ".ruff_cache"]
    if actual.exists():
        walk(filecmp.dircmp(str(expected), str(actual), ignore=ignore), "")
    else:
        lines.append(f"  missing  {actual}")
    return lines


def renamed_public_names(committed: dict[str, Any], fresh: dict[str, Any]) -> list[str]:
    """Public names of ``committed`` that ``fresh`` changes: an operation (same method and
    path) with another module name or group, or a model that is gone."""
    before = {_names.shape(m, p): op for p, m, op in _names.operations(committed)}
    after = {_names.shape(m, p): op for p, m, op in _names.operations(fresh)}
    lines: list[str] = []
    for key in sorted(set(before) & set(after)):
        old = (before[key].get("operationId"), before[key].get("tags"))
        new = (after[key].get("operationId"), after[key].get("tags"))
        if old != new:
            lines.append(f"  {key}: {old[0]} {old[1]} -> {new[0]} {new[1]}")
    gone = set(committed.get("components", {}).get("schemas", {})) - set(
        fresh.get("components", {}).get("schemas", {})
    )
    lines.extend(f"  model {name} is gone" for name in sorted(gone))
    return lines


def check(spec_text: str) -> list[str]:
    problems: list[str] = []
    committed = SPEC_PATH.read_text(encoding="utf-8") if SPEC_PATH.exists() else ""
    if committed:
        renamed = renamed_public_names(json.loads(committed), json.loads(spec_text))
        if renamed:
            problems.append("public names would change (only openapi/names.json renames):")
            problems.extend(renamed)
    if committed != spec_text:
        diff = difflib.unified_diff(
            committed.splitlines(), spec_text.splitlines(), "committed", "regenerated", n=0
        )
        changed = [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]
        problems.append(f"openapi/{SPEC_PATH.name} is stale ({len(changed)} changed lines):")
        problems.extend(f"  {line[:110]}" for line in changed[:10])
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "asperion_client"
        resources = Path(tmp) / "resources"
        generate(spec_text, fresh, resources)
        differences = _tree_differences(fresh, PACKAGE_DIR)
        stale_resources = _tree_differences(resources, RESOURCES_DIR)
    if differences:
        problems.append(f"generated/asperion_client is stale ({len(differences)} files):")
        problems.extend(differences)
    if stale_resources:
        problems.append(f"asperion_async/resources is stale ({len(stale_resources)} files):")
        problems.extend(stale_resources)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate the spec and the generated client.")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--url", default=DEFAULT_URL, help=f"spec URL (default {DEFAULT_URL})")
    source.add_argument("--from-file", type=Path, help="a local OpenAPI JSON document")
    parser.add_argument(
        "--check", action="store_true", help="only report whether the committed files are stale"
    )
    parser.add_argument(
        "--add-names",
        action="store_true",
        help="add what openapi/names.json does not cover to it (additions only, for review)",
    )
    args = parser.parse_args(argv)
    if args.check and args.add_names:
        parser.error("--add-names writes the map; it cannot be combined with --check")
    try:
        document = load_file(args.from_file) if args.from_file else fetch(args.url)
        normalized, report = normalize_with_report(document)
        spec_text = dump(normalized)
        print(*report.lines(), sep="\n", end="\n" if report.lines() else "")
        if args.check:
            problems = check(spec_text)
            if problems:
                print("Generated files are out of date:", *problems, sep="\n")
                print(
                    "Run: python scripts/regenerate.py --from-file <spec>  (or nox -s regenerate)"
                )
                return 1
            print("openapi/, generated/ and asperion_async/resources/ are up to date.")
            return 0
        replace_together(spec_text)
        if args.add_names:
            names = _names.load()
            updated = _names.with_additions(names, normalized)
            if updated != names:
                _names.NAMES_PATH.write_text(_names.dump(updated), encoding="utf-8")
                print(f"Added the names above to {_names.NAMES_PATH.relative_to(ROOT)}")
    except RegenerateError as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 1
    print(
        f"Wrote {SPEC_PATH.relative_to(ROOT)}, {PACKAGE_DIR.relative_to(ROOT)}/ "
        f"and {RESOURCES_DIR.relative_to(ROOT)}/"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
