"""The docs site's sources: nav complete, code blocks valid, names and includes real."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest
import yaml

import asperion_async

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PAGES = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
SNIPPET = re.compile(r'^--8<-- "([^"]+)"$', re.MULTILINE)


def _nav_pages(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [page for item in node for page in _nav_pages(item)]
    if isinstance(node, dict):
        return [page for value in node.values() for page in _nav_pages(value)]
    return []


def _python_blocks(page: str) -> list[str]:
    text = (DOCS / page).read_text(encoding="utf-8")
    return [code for lang, code in FENCE.findall(text) if lang == "python"]


def _own_code(page: str) -> list[str]:
    """The page's Python blocks that are written in the page (not included from a file)."""
    return [code for code in _python_blocks(page) if not SNIPPET.search(code)]


def test_every_page_is_in_the_nav_once() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    nav = _nav_pages(config["nav"])
    assert len(nav) == len(set(nav))
    assert sorted(nav) == PAGES


@pytest.mark.parametrize("page", PAGES)
def test_python_blocks_compile(page: str) -> None:
    for code in _own_code(page):
        # Docs show the body of a coroutine: top-level await/async for/async with are fine.
        compile(code, page, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)


@pytest.mark.parametrize("page", PAGES)
def test_names_the_docs_use_exist(page: str) -> None:
    for code in _own_code(page):
        tree = ast.parse(code, page, feature_version=(3, 10), type_comments=False)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                module = importlib.import_module(node.module)
                for alias in node.names:
                    assert hasattr(module, alias.name) or importlib.import_module(
                        f"{node.module}.{alias.name}"
                    ), f"{page}: from {node.module} import {alias.name}"
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "asp"
            ):
                assert hasattr(asperion_async, node.attr), f"{page}: asp.{node.attr}"


@pytest.mark.parametrize("page", PAGES)
def test_included_files_and_sections_exist(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    for include in SNIPPET.findall(text):
        path, _, section = include.partition(":")
        source = ROOT / path
        assert source.is_file(), f"{page} includes {path}"
        if section:
            body = source.read_text(encoding="utf-8")
            assert f"--8<-- [start:{section}]" in body
            assert f"--8<-- [end:{section}]" in body


def test_every_example_is_shown_and_tested() -> None:
    examples = sorted(p.stem for p in (ROOT / "examples").glob("*.py"))
    shown = (DOCS / "examples.md").read_text(encoding="utf-8")
    for name in examples:
        assert f'--8<-- "examples/{name}.py"' in shown
        assert (ROOT / "tests" / "examples" / f"test_{name}.py").is_file()
