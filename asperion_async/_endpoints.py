"""Generated endpoint modules: how they are typed, recognised and asked for a request.

A module of ``asperion_client.api`` is typed structurally: mypy accepts a module where a
protocol is expected, so :class:`Endpoint` gives ``call(list_debtors, city=...)`` the
endpoint's own parameters (a misspelt filter is a type error) and its parsed model as the
result. At run time a wrong argument raises a ``TypeError`` that names the endpoint and the
closest valid name, instead of one about ``_get_kwargs``.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import Any, ParamSpec, Protocol, TypeVar, cast

import httpx

__all__ = ["Endpoint", "build_request", "endpoint_module", "explain_arguments", "verb"]

P = ParamSpec("P")
R = TypeVar("R")
T_co = TypeVar("T_co", covariant=True)


class Endpoint(Protocol[P, T_co]):
    """A generated endpoint module: builds the request from its parameters, parses the answer."""

    def _get_kwargs(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...

    def _parse_response(self, *, client: Any, response: httpx.Response) -> T_co | None: ...


def endpoint_module(endpoint: object, *, or_else: str = "") -> Any:
    """The generated endpoint module for a module or one of its functions; else TypeError
    (naming ``or_else`` too, when the caller takes something else as well)."""
    if isinstance(endpoint, ModuleType):
        module: ModuleType | None = endpoint
    else:
        module = sys.modules.get(getattr(endpoint, "__module__", None) or "")
    if module is None or not all(
        callable(getattr(module, name, None)) for name in ("_get_kwargs", "_parse_response")
    ):
        alternative = f", or {or_else}" if or_else else ""
        raise TypeError(
            f"{endpoint!r} is not a generated endpoint module (a module of asperion_client.api"
            f" or its asyncio_detailed function{alternative})"
        )
    return module


def build_request(module: Any, args: Sequence[Any], kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """``module._get_kwargs(*args, **kwargs)``; arguments it does not take raise a clear error.

    The signature is only inspected when the call fails, so a good call costs nothing extra.
    """
    try:
        return dict(module._get_kwargs(*args, **kwargs))
    except TypeError as exc:
        name = module.__name__.rpartition(".")[2]
        problem = explain_arguments(module._get_kwargs, f"{name}()", args, kwargs)
        if problem is None:
            raise
        raise TypeError(problem) from exc


def explain_arguments(
    function: Callable[..., Any], where: str, args: Sequence[Any], kwargs: Mapping[str, Any]
) -> str | None:
    """Why ``function(*args, **kwargs)`` cannot bind, said about ``where``; None if it can."""
    signature = inspect.signature(function)
    try:
        signature.bind(*args, **kwargs)
    except TypeError as exc:
        keywords = [
            name
            for name, parameter in signature.parameters.items()
            if parameter.kind in (parameter.KEYWORD_ONLY, parameter.POSITIONAL_OR_KEYWORD)
            and name != "self"
        ]
        unknown = [name for name in kwargs if name not in keywords]
        if not unknown:
            return f"{where}: {exc}"
        import difflib  # only for this message: not at import, where it costs ~0.4 ms

        close = difflib.get_close_matches(unknown[0], keywords, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"it takes {', '.join(keywords)}"
        return f"{where} got an unexpected keyword argument {unknown[0]!r}; {hint}"
    return None


def verb(endpoint: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Mark a generated namespace method that calls ``endpoint`` (an operation name).

    A call with arguments the method does not take raises a ``TypeError`` naming the method,
    the endpoint and the closest valid argument; the signature (and its types) stay the
    method's own, and a coroutine method stays a coroutine function.
    """

    def decorate(method: Callable[P, R]) -> Callable[P, R]:
        def reworded(exc: TypeError, args: Sequence[Any], kwargs: Mapping[str, Any]) -> None:
            where = f"{method.__qualname__}() [{endpoint}]"
            problem = explain_arguments(method, where, args, kwargs)
            if problem is not None:
                raise TypeError(problem) from exc

        if inspect.iscoroutinefunction(method):

            @functools.wraps(method)
            async def checked_async(*args: Any, **kwargs: Any) -> Any:
                try:
                    pending = method(*args, **kwargs)
                except TypeError as exc:
                    reworded(exc, args, kwargs)
                    raise
                return await pending

            # The same parameters, and awaiting it gives what awaiting the method gives.
            checked = cast("Callable[P, R]", checked_async)
        else:

            @functools.wraps(method)
            def checked_sync(*args: P.args, **kwargs: P.kwargs) -> R:
                try:
                    return method(*args, **kwargs)
                except TypeError as exc:
                    reworded(exc, args, kwargs)
                    raise

            checked = checked_sync
        vars(checked)["endpoint"] = endpoint  # for namespace_verbs(): docs and tests
        return checked

    return decorate
