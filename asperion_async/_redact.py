"""URLs as they may be shown in logs and messages: no password, no secret-looking parameter."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

__all__ = ["REDACTED", "path_and_query", "redact_query", "shown_url"]

REDACTED = "***"
_SECRET_PARTS = ("token", "secret", "password", "passwd", "credential")
_SECRET_WORDS = frozenset({"code", "key", "apikey", "sig", "signature", "auth", "authorization"})
# A pattern string, compiled on first use (re caches it): not at import, where it costs.
_WORD = r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])"
_USERINFO = r"(?<=//)[^/@?#]*@"
_MAX_SHOWN = 120


def redact_query(query: str) -> str:
    """``query`` with the value of every parameter named like a secret replaced by ``***``.

    A name containing token, secret, password or credential counts, and so does one with
    the word code (an OAuth authorization code is a credential), key, sig(nature) or auth:
    ``apiKey``, ``auth_code``, but not ``monkey``. Other values are kept as sent.
    """
    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(_is_secret(name) for name, _ in pairs):
        return query
    return urlencode(
        [(name, REDACTED if _is_secret(name) else value) for name, value in pairs], safe="*"
    )


def _is_secret(name: str) -> bool:
    """``access_token``, ``clientSecret``, ``code``, ``api-key``; not ``pageSize``."""
    lowered = name.lower()
    if any(part in lowered for part in _SECRET_PARTS):
        return True
    return any(word.lower() in _SECRET_WORDS for word in re.findall(_WORD, name))


def path_and_query(path: str, query: str) -> str:
    """``/v1/debtors?page=2&pageSize=100``: the path, and the redacted query if there is one."""
    query = redact_query(query)
    return f"{path}?{query}" if query else path


def shown_url(url: object) -> str:
    """``url`` quoted for an error message: no user info, redacted query, at most 120 chars."""
    text = str(url)
    text = re.sub(_USERINFO, f"{REDACTED}@", text)
    base, mark, query = text.partition("?")
    if mark:
        fragment_mark = "#" if "#" in query else ""
        query, _, fragment = query.partition("#")
        text = f"{base}?{redact_query(query)}{fragment_mark}{fragment}"
    if len(text) > _MAX_SHOWN:
        text = text[: _MAX_SHOWN - 1] + "…"
    return repr(text)
