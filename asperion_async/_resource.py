"""The base of the generated resource namespaces (``client.debtors``, ``t.sales_invoices``).

The namespaces themselves are generated from the spec into ``asperion_async/resources/`` by
``scripts/_namespaces.py``; each verb there is a typed one-liner that lands here. Everything
goes through the client's ``call``/``paginate`` machinery and so through the one request
pipeline: token, tenant header, limits, retries, typed errors.
"""

from __future__ import annotations

import functools
import inspect
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from asperion_client.types import File

from ._endpoints import Endpoint, build_request, endpoint_module
from ._pagination import DEFAULT_PREFETCH, MAX_PAGE_SIZE, ItemIterator, Page, PageIterator
from ._pagination import fetch_page as _fetch_page
from ._pagination import iter_pages as _iter_pages
from ._uploads import FileInput, check_pdf, read_upload
from .resources import ResourceNamespaces

if TYPE_CHECKING:
    import os

    from ._client import _Requester

__all__ = [
    "DEFAULT_PREFETCH",
    "MAX_PAGE_SIZE",
    "FileInput",
    "NamespaceVerb",
    "Resource",
    "namespace_verbs",
]

P = ParamSpec("P")
T = TypeVar("T")


class Resource:
    """One operation group (or a sub-resource of one) bound to a client or tenant view."""

    __slots__ = ("_client",)

    def __init__(self, client: object) -> None:
        # Only ever made by ResourceNamespaces, a base of the client and its tenant views.
        self._client: _Requester = client  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def _fetch(self, endpoint: Endpoint[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """The endpoint's parsed model; a 2xx answer without one is UnexpectedResponseError."""
        parsed: T = await self._client._call_endpoint(endpoint, args, kwargs, required=True)
        return parsed

    async def _send(self, endpoint: Endpoint[P, Any], /, *args: P.args, **kwargs: P.kwargs) -> None:
        """Call an endpoint that answers with nothing."""
        await self._client._call_endpoint(endpoint, args, kwargs, required=False)

    async def _page(
        self,
        endpoint: Endpoint[P, Any],
        paging: tuple[int, int] | None,
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> Page[Any]:
        """One page of a list: ``paging`` is (page, page_size), None for an unpaged list."""
        page, page_size = paging or (None, None)
        return await _fetch_page(
            self._client.request, endpoint, args, kwargs, page=page, page_size=page_size
        )

    def _pages(
        self,
        endpoint: Endpoint[P, Any],
        paging: tuple[int, int, int],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> PageIterator[Any]:
        """Every page of a paged list, fetched ahead; ``paging`` is (page_size, prefetch,
        start_page), the other arguments are the list's own."""
        page_size, prefetch, start_page = paging
        return _iter_pages(
            self._client.request,
            endpoint,
            kwargs,
            page_size=page_size,
            prefetch=prefetch,
            start_page=start_page,
            background=self._client._pipeline.background,
            args=args,
        )

    def _items(
        self,
        endpoint: Endpoint[P, Any],
        paging: tuple[int, int, int],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> ItemIterator[Any]:
        """Every item of every page of a paged list, in order, fetched ahead."""
        return ItemIterator(self._pages(endpoint, paging, *args, **kwargs))

    async def _pdf(self, file: FileInput, filename: str | None) -> File:
        """An upload's content as the generated ``File``: checked to be a PDF of at most 5 MB."""
        content, name = await read_upload(file, filename)
        check_pdf(content, name)
        return File(payload=io.BytesIO(content), file_name=name, mime_type="application/pdf")

    async def _download(
        self,
        endpoint: Endpoint[P, Any],
        destination: str | os.PathLike[str],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> int:
        """Stream what ``endpoint`` answers to ``destination``; return the bytes written."""
        request = build_request(endpoint_module(endpoint), args, kwargs)
        return await self._client.download(
            str(request["url"]), destination, params=request.get("params")
        )


@dataclass(frozen=True)
class NamespaceVerb:
    """One verb of the generated namespaces and the operation it calls."""

    path: tuple[str, ...]  # attributes from the client: ("debtors", "mandates")
    name: str  # the verb: "create"
    endpoint: str  # the operation (generated module) it calls: "create_debtor_mandate"
    signature: inspect.Signature  # without self

    def __str__(self) -> str:
        return f"t.{'.'.join(self.path)}.{self.name}"


def namespace_verbs() -> list[NamespaceVerb]:
    """Every verb of every namespace, found by walking ``ResourceNamespaces`` (no I/O)."""
    found: list[NamespaceVerb] = []

    def walk(resource: Resource, path: tuple[str, ...]) -> None:
        for name, member in vars(type(resource)).items():
            if isinstance(member, property) and member.fget is not None:
                walk(member.fget(resource), (*path, name))
            elif callable(member) and "endpoint" in vars(member):
                signature = inspect.signature(member)
                parameters = list(signature.parameters.values())[1:]
                found.append(
                    NamespaceVerb(
                        path,
                        name,
                        vars(member)["endpoint"],
                        signature.replace(parameters=parameters),
                    )
                )

    for name, member in vars(ResourceNamespaces).items():
        if isinstance(member, functools.cached_property):
            walk(member.func(None), (name,))
    return found
