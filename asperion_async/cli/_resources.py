"""Which resources `sync` exports, discovered from the generated package.

A resource is every `asperion_client.api.<tag>.list_<name>` module that takes `page` and
`page_size` and answers with the `_data`/`_meta` list envelope. Required arguments are
filled from `KNOWN_ARGUMENTS` (ledgergrouped's `bookyear`); an endpoint with any other
required argument (a sub-collection such as `/v1/debtors/{debtorId}/mandates`) is skipped.
An endpoint added to the spec is therefore synced after regeneration with no change here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import asperion_client.api

from .._pagination import iter_pages
from ._store import check_table_name

EXCLUDED = frozenset({"administrations", "journal_entry_log"})
"""Lists that are not exported as resources: the tenant list itself, and the change log."""

INCREMENTAL_PATH_PREFIX = "/v1/journalentries"
"""Collections that `/v1/journalentrylog` tracks: synced incrementally after a full load."""

_PROBE_ID = 1
_PAGING = ("page", "pageSize")


@dataclass(frozen=True)
class Resource:
    """One exported list endpoint."""

    name: str
    """The table name: the module name without `list_` (`debtors`, `journal_entries`)."""
    module: ModuleType = field(repr=False)
    path: str
    arguments: Mapping[str, Any] = field(default_factory=dict)
    """Fixed keyword arguments of the endpoint (e.g. `bookyear`)."""
    detail: ModuleType | None = field(default=None, repr=False)
    """For incremental resources: the `get_*` module that reads one item by id."""

    @property
    def incremental(self) -> bool:
        return self.detail is not None

    def list_query(self) -> tuple[str, dict[str, Any]]:
        """(path, query parameters) of the list as the generated module builds them, without
        `page`/`pageSize`: the paginator sets those."""
        kwargs = self.module._get_kwargs(page=1, page_size=1, **self.arguments)
        params = dict(kwargs.get("params") or {})
        return str(kwargs["url"]), {k: v for k, v in params.items() if k not in _PAGING}


def discover(*, bookyear: int) -> list[Resource]:
    """Every exportable list endpoint of the generated package, sorted by name."""
    known = {"bookyear": bookyear}
    found: list[Resource] = []
    for package in _subpackages(asperion_client.api):
        modules = _modules(package)
        for module in modules:
            name = module.__name__.rpartition(".")[2].removeprefix("list_")
            if not module.__name__.rpartition(".")[2].startswith("list_") or name in EXCLUDED:
                continue
            arguments = _arguments(module, known)
            if arguments is None or not _is_paged_list(module, arguments):
                continue
            path = str(module._get_kwargs(page=1, page_size=1, **arguments)["url"])
            detail = (
                _detail_module(modules, path) if path.startswith(INCREMENTAL_PATH_PREFIX) else None
            )
            found.append(Resource(check_table_name(name), module, path, arguments, detail))
    return sorted(found, key=lambda resource: resource.name)


def select(available: Sequence[Resource], wanted: Sequence[str] | None) -> list[Resource]:
    """The resources named in `wanted` (all if None); names match with or without `_`.

    Raises ValueError naming the unknown ones and the valid choices, or when there is nothing
    to sync at all (a client generated without its public names would otherwise sync
    "0 resources" and succeed).
    """
    if not available:
        raise ValueError(
            "the generated client has no list endpoint to sync (no asperion_client.api "
            "list_* module takes page and page_size): regenerate it with openapi/names.json"
        )
    if not wanted:
        return list(available)
    by_key = {_key(resource.name): resource for resource in available}
    unknown = [name for name in wanted if _key(name) not in by_key]
    if unknown:
        names = ", ".join(resource.name for resource in available)
        raise ValueError(f"unknown resource {', '.join(unknown)}; choose from: {names}")
    chosen = {_key(name): by_key[_key(name)] for name in wanted}
    return sorted(chosen.values(), key=lambda resource: resource.name)


def _key(name: str) -> str:
    return name.lower().replace("_", "").replace("-", "")


def _subpackages(package: ModuleType) -> list[ModuleType]:
    return [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
        if info.ispkg
    ]


def _modules(package: ModuleType) -> list[ModuleType]:
    return [
        importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
        if not info.ispkg
    ]


def _arguments(module: ModuleType, known: Mapping[str, Any]) -> dict[str, Any] | None:
    """Values for the endpoint's required arguments, or None if one is not known."""
    parameters = inspect.signature(module._get_kwargs).parameters.values()
    required = [p.name for p in parameters if p.default is inspect.Parameter.empty]
    if any(name not in known for name in required):
        return None
    return {name: known[name] for name in required}


def _is_paged_list(module: ModuleType, arguments: Mapping[str, Any]) -> bool:
    """Whether the facade's paginator accepts the endpoint (checked without any I/O)."""
    try:
        iter_pages(_no_io, module, arguments)
    except TypeError:
        return False
    return True


async def _no_io(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("discovery never sends a request")


def _detail_module(modules: Sequence[ModuleType], list_path: str) -> ModuleType | None:
    """The sibling `get_*` module that reads `{list_path}/{id}`, if there is one."""
    for module in modules:
        if not module.__name__.rpartition(".")[2].startswith("get_"):
            continue
        try:
            url = module._get_kwargs(id=_PROBE_ID)["url"]
        except TypeError:
            continue
        if url == f"{list_path}/{_PROBE_ID}":
            return module
    return None
