"""The docs' endpoint table is the spec, and each row names the function that really calls it."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import re
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_gen_endpoints", ROOT / "docs/_gen_endpoints.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


gen = _load_generator()
SPEC = gen.load_spec()
ROWS = gen.endpoints(SPEC)


class _Body:
    """Stands in for a generated input model: the table test only needs the URL."""

    def to_dict(self) -> dict[str, Any]:
        return {}

    def to_multipart(self) -> list[Any]:
        return []


def _spec_operations() -> set[tuple[str, str]]:
    return {
        (path, method.upper())
        for path, item in SPEC["paths"].items()
        for method in item
        if method in gen.HTTP_METHODS
    }


def _generated_modules() -> set[str]:
    package = importlib.import_module(gen.GENERATED_PACKAGE)
    found = set()
    for tag in pkgutil.iter_modules(package.__path__):
        sub = importlib.import_module(f"{package.__name__}.{tag.name}")
        found.update(f"{sub.__name__}.{m.name}" for m in pkgutil.iter_modules(sub.__path__))
    return found


def test_one_row_per_operation_of_the_spec() -> None:
    pairs = [(r.path, r.method) for r in ROWS]
    assert len(pairs) == len(set(pairs))
    assert set(pairs) == _spec_operations()


def test_rows_name_every_generated_module_exactly_once() -> None:
    modules = [r.module for r in ROWS]
    assert len(modules) == len(set(modules))
    assert set(modules) == _generated_modules()


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.method} {r.path}")
def test_row_module_sends_that_method_to_that_path(row: Any) -> None:
    module = importlib.import_module(row.module)
    signature = inspect.signature(module._get_kwargs)
    args: dict[str, Any] = {}
    for number, (name, parameter) in enumerate(signature.parameters.items(), start=7):
        if parameter.default is not inspect.Parameter.empty:
            continue
        args[name] = _Body() if name == "body" else number
    request = module._get_kwargs(**args)

    def fill(match: re.Match[str]) -> str:
        return str(args[gen._snake(match.group(1))])

    assert request["method"].upper() == row.method
    assert request["url"] == re.sub(r"\{([^}]+)\}", fill, row.path)
    assert row.access == ("read" if row.method == "GET" else "write")
    assert row.paged == ("page" in signature.parameters)


def test_rendered_table_has_a_line_per_row_with_its_function() -> None:
    table = gen.render(ROWS)
    body = [line for line in table.splitlines() if line.startswith("| `")]
    assert len(body) == len(ROWS)
    for line, row in zip(body, ROWS, strict=True):
        calls = "<br>".join(f"`{call}`" for call in row.calls)
        assert f"`{row.path}` | {row.method} | {calls} | `{row.module}` | {row.access}" in line


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.method} {r.path}")
def test_row_shows_the_namespace_verbs_that_send_it(row: Any) -> None:
    from asperion_async._resource import namespace_verbs

    operation = row.module.rpartition(".")[2]
    verbs = [verb for verb in namespace_verbs() if verb.endpoint == operation]
    assert verbs, f"no namespace verb sends {row.method} {row.path}"
    assert [call.partition("(")[0] for call in row.calls] == [str(verb) for verb in verbs]
    if row.paged:
        assert {verb.name for verb in verbs} == {"list", "iter", "pages"}


def _page(uri: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=uri))


def test_hook_fills_the_endpoint_page_and_leaves_others_alone() -> None:
    markdown = (ROOT / "docs" / gen.PAGE).read_text(encoding="utf-8")
    assert gen.MARKER in markdown
    filled = gen.on_page_markdown(markdown, page=_page(gen.PAGE))
    assert gen.MARKER not in filled
    assert gen.render(ROWS) in filled
    assert gen.on_page_markdown(markdown, page=_page("index.md")) == markdown


def test_hook_refuses_an_endpoint_page_without_its_marker() -> None:
    with pytest.raises(ValueError, match="marker"):
        gen.on_page_markdown("# Endpoints\n", page=_page(gen.PAGE))
