"""URLs as they may be shown in logs and messages: no password, no secret-looking parameter."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

__all__ = ["REDACTED", "path_and_query", "redact_query", "shown_url"]

REDACTED = "***"
_SECRET_NAME = re.compile(
    r"token|secret|code|password|passwd|key|signature|sig|auth|credential", re.IGNORECASE
)
_USERINFO = re.compile(r"(?<=//)[^/@?#]*@")
_MAX_SHOWN = 120


def redact_query(query: str) -> str:
    """``query`` with the value of every parameter named like a secret replaced by ``***``.

    ``code`` counts (an OAuth authorization code is a credential), as do ``*token*``,
    ``*secret*``, ``*key*``, ``*password*`` and ``*signature*``. Other values are kept as sent.
    """
    if not query or not _SECRET_NAME.search(query):
        return query
    pairs = parse_qsl(query, keep_blank_values=True)
    return urlencode(
        [(name, REDACTED if _SECRET_NAME.search(name) else value) for name, value in pairs],
        safe="*",
    )


def path_and_query(path: str, query: str) -> str:
    """``/v1/debtors?page=2&pageSize=100``: the path, and the redacted query if there is one."""
    query = redact_query(query)
    return f"{path}?{query}" if query else path


def shown_url(url: object) -> str:
    """``url`` quoted for an error message: no user info, redacted query, at most 120 chars."""
    text = str(url)
    text = _USERINFO.sub(f"{REDACTED}@", text)
    base, mark, query = text.partition("?")
    if mark:
        fragment_mark = "#" if "#" in query else ""
        query, _, fragment = query.partition("#")
        text = f"{base}?{redact_query(query)}{fragment_mark}{fragment}"
    if len(text) > _MAX_SHOWN:
        text = text[: _MAX_SHOWN - 1] + "…"
    return repr(text)
