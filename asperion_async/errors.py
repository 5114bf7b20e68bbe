"""The exception hierarchy, and the mapping from an HTTP answer to it.

Every exception carries a *sanitised* copy of the request (method and URL only, no headers)
and, for API errors, of the response (status, headers, body), so that nothing that passes
through an exception -- its message, its ``repr``, a traceback, a debugger -- can show the
bearer token or the client secret.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

__all__ = [
    "ApiError",
    "AsperionError",
    "AuthenticationError",
    "ConflictError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TokenRefreshError",
    "TokenStoreError",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
]

_EXCERPT_LIMIT = 200
# A pattern string, compiled on first use (re caches it): not at import, where it costs.
_LINE_BREAKING = r"[\x00-\x1f\x7f-\x9f\u2028\u2029]"


class AsperionError(Exception):
    """Base class of every error raised by asperion_async."""


class TransportError(AsperionError):
    """The request could not be completed on the network (after any retries)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class UnexpectedResponseError(AsperionError):
    """A 2xx answer whose body is not what the spec describes (not JSON, wrong shape).

    Carries the sanitised ``request`` and ``response`` and the start of the body.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        body_excerpt: str | None = None,
    ) -> None:
        super().__init__(message)
        self.request = request
        self.response = response
        self.body_excerpt = body_excerpt

    @classmethod
    def from_response(cls, response: httpx.Response, cause: Exception) -> UnexpectedResponseError:
        """The error for ``response`` (body read) that could not be parsed because of ``cause``."""
        request = sanitized_request(response.request)
        body = excerpt(response.content)
        return cls(
            f"{request.method} {request.url} answered {response.status_code} with a body that "
            f"does not match the spec ({type(cause).__name__}: {cause}); body: {body or 'empty'}",
            request=request,
            response=_sanitized_response(response, request),
            body_excerpt=body,
        )


class PaginationError(UnexpectedResponseError):
    """The server's paging contradicts itself, or a listing ran past ``max_pages``.

    Raised instead of yielding duplicates or paging forever: a page that repeats the previous
    one although the server's own counts announce more pages, a non-empty page its own
    ``pageCount``/``totalCount`` says cannot exist, or more pages than the iterator's
    ``max_pages`` bound. ``response`` is the offending page, when there is one.
    """

    @classmethod
    def for_page(cls, response: httpx.Response, problem: str) -> PaginationError:
        """The error for the page ``response`` (body read) whose paging is inconsistent."""
        request = sanitized_request(response.request)
        return cls(
            f"{problem} ({request.method} {request.url}); the server's paging is inconsistent",
            request=request,
            response=_sanitized_response(response, request),
        )


class TokenRefreshError(AsperionError):
    """The identity server refused to issue a token; the stored token was left untouched.

    ``error`` is the OAuth error code (for example ``invalid_grant``) when the server sent one.
    """

    def __init__(
        self,
        message: str,
        *,
        error: str | None = None,
        status_code: int | None = None,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message)
        self.error = error
        self.status_code = status_code
        self.request = request


class TokenStoreError(AsperionError, ValueError):
    """The token store holds no usable token, or cannot be used safely.

    A token file that is not a token (garbage, a token with characters a header cannot
    carry), or one whose file or directory others could read or replace. The message names
    the store and the problem, never a token.
    """


class ApiError(AsperionError):
    """The API answered with a non-2xx status.

    The fields come from the ASP.NET ProblemDetails body when there is one; ``body_excerpt``
    holds the start of the body when it was not ProblemDetails (an HTML page from a proxy,
    plain text, nothing at all).
    """

    def __init__(
        self,
        status_code: int,
        title: str | None = None,
        detail: str | None = None,
        trace_id: str | None = None,
        errors: Mapping[str, list[str]] | None = None,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        body_excerpt: str | None = None,
    ) -> None:
        self.status_code = status_code
        self.title = title
        self.detail = detail
        self.trace_id = trace_id
        self.errors: dict[str, list[str]] = dict(errors or {})
        self.request = request
        self.response = response
        self.body_excerpt = body_excerpt
        super().__init__(self._message())

    def _message(self) -> str:
        """The message: the server's texts with control characters escaped, so a
        ProblemDetails with CR/LF cannot forge lines in a log (the attributes stay as sent)."""
        parts = [str(self.status_code)]
        if self.title:
            parts.append(printable(self.title))
        message = " ".join(parts)
        if self.detail:
            message += f": {printable(self.detail)}"
        for field, messages in self.errors.items():
            message += f"; {printable(field)}: {printable(' '.join(messages))}"
        if not self.title and not self.detail and self.body_excerpt:
            message += f": {printable(self.body_excerpt)}"
        if self.request is not None:
            message += f" ({self.request.method} {self.request.url})"
        if self.trace_id:
            message += f" [trace_id={printable(self.trace_id)}]"
        return message


class ValidationError(ApiError):
    """400 or 422: the request was rejected as invalid; see ``errors`` (field -> messages)."""


class AuthenticationError(ApiError):
    """401, even after refreshing the access token once."""


class PermissionDeniedError(ApiError):
    """403: the user may not do this (in this administration)."""


class NotFoundError(ApiError):
    """404."""


class ConflictError(ApiError):
    """409."""


class RateLimitError(ApiError):
    """429 after the retries ran out; ``retry_after`` is the server's hint in seconds, if any."""

    def __init__(
        self,
        status_code: int,
        title: str | None = None,
        detail: str | None = None,
        trace_id: str | None = None,
        errors: Mapping[str, list[str]] | None = None,
        *,
        retry_after: float | None = None,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        body_excerpt: str | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(
            status_code,
            title,
            detail,
            trace_id,
            errors,
            request=request,
            response=response,
            body_excerpt=body_excerpt,
        )


class ServerError(ApiError):
    """5xx after the retries ran out (or at once, for a request that may not be repeated)."""


_BY_STATUS: dict[int, type[ApiError]] = {
    400: ValidationError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def sanitized_request(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` with its method and URL only: no headers, no body."""
    return httpx.Request(request.method, request.url)


def _sanitized_response(response: httpx.Response, request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        response.status_code, headers=response.headers, content=response.content, request=request
    )


def excerpt(body: bytes) -> str | None:
    """The first characters of a body, whitespace collapsed; None for an empty body."""
    text = " ".join(body[: _EXCERPT_LIMIT * 4].decode("utf-8", errors="replace").split())
    if not text:
        return None
    if len(text) > _EXCERPT_LIMIT:
        return text[:_EXCERPT_LIMIT] + "…"
    return text


def error_from_response(response: httpx.Response, *, retry_after: float | None = None) -> ApiError:
    """Map a non-2xx response (body already read) to the matching ``ApiError`` subclass."""
    status = response.status_code
    request = sanitized_request(response.request)
    body = response.content
    safe_response = httpx.Response(status, headers=response.headers, content=body, request=request)
    problem = _problem_details(body)
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else ApiError)
    fields: dict[str, Any] = {
        "title": _text(problem.get("title")),
        "detail": _text(problem.get("detail")),
        "trace_id": _text(problem.get("traceId")),
        "errors": _field_errors(problem.get("errors")),
        "request": request,
        "response": safe_response,
        "body_excerpt": None if problem.get("title") or problem.get("detail") else excerpt(body),
    }
    if cls is RateLimitError:
        return RateLimitError(status, retry_after=retry_after, **fields)
    return cls(status, **fields)


def _problem_details(body: bytes) -> dict[str, Any]:
    if not body.strip():
        return {}
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or nested too deeply
        return {}
    return value if isinstance(value, dict) else {}


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _field_errors(value: object) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        return {}
    result: dict[str, list[str]] = {}
    for field, messages in value.items():
        if isinstance(messages, list):
            result[str(field)] = [str(m) for m in messages]
        else:
            result[str(field)] = [str(messages)]
    return result


def printable(text: str) -> str:
    """``text`` with control and line-breaking characters escaped (``\\r``, ``\\x85``,
    ``\\u2028``): one line, whatever a server put in it. Other characters stay as they are."""
    return re.sub(_LINE_BREAKING, _escaped, text)


def _escaped(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def redact(text: str, secrets: Iterable[str | None]) -> str:
    """``text`` with every occurrence of each secret replaced by ``***``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    return text


def transport_error(
    what: str,
    exc: httpx.HTTPError,
    request: httpx.Request,
    secrets: Iterable[str | None],
    *,
    reason: str | None = None,
) -> TransportError:
    """The ``TransportError`` for ``exc``, safe to show: raise it *outside* the handler.

    Its message and its ``__cause__`` (a copy of ``exc`` with the sanitised request) carry a
    description of ``exc`` with ``secrets`` redacted; h11's own text for a request it refused
    to send (which quotes the offending header, the bearer token included) is left out. The
    original exception, which holds the whole request, is not chained: raised outside the
    ``except`` block, the error has no ``__context__`` either. ``reason``, when given,
    replaces the description in the message (the cause keeps it).
    """
    safe_request = sanitized_request(request)
    if isinstance(exc, httpx.LocalProtocolError):
        text = "the request could not be sent as built (an invalid header value?)"
    else:
        text = redact(str(exc), secrets)
    if reason is None:
        reason = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    error = TransportError(f"{what}: {reason}", request=safe_request)
    try:
        cause: BaseException = type(exc)(text, request=safe_request)  # type: ignore[call-arg]
    except TypeError:
        cause = TransportError(f"{type(exc).__name__}: {text}", request=safe_request)
    error.__cause__ = cause
    error.__suppress_context__ = True
    return error
