"""Scenario 8: no secret in any log record, exception, ``repr`` or SQLite export.

Every access token, refresh token and authorization code the emulator hands out is
recorded (by wrapping its identity server), then a whole sync runs with DEBUG logging on for
every logger -- over a real loopback socket, so httpx/httpcore log too -- through faults,
revocations, refreshes, a refused refresh and a refused create. Nothing recorded may appear
anywhere the user can see.
"""

from __future__ import annotations

import logging
import sqlite3
import traceback
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from asperion_client.api.debtors import create_debtor, list_debtors
from asperion_client.api.sales_invoices import list_sales_invoices
from asperion_client.models.debtor_input import DebtorInput

import asperion_async as asp
from asperion_async.cli import main
from asperion_async.testing import AsperionEmulator, Faults
from asperion_async.testing import _oauth as emulator_oauth

CLIENT_SECRET = "reliability-client-secret-9f8e7d"


@pytest.fixture
def issued(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every token and code the emulator's identity server issues from now on."""
    secrets: list[str] = []
    issue, authorize = emulator_oauth.Authority._issue, emulator_oauth.Authority.authorize

    def recording_issue(self: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
        body = issue(self, *args, **kwargs)
        secrets.extend([body["access_token"], body["refresh_token"]])
        return body

    def recording_authorize(self: Any, params: Any) -> str:
        location = authorize(self, params)
        secrets.extend(parse_qs(urlsplit(location).query)["code"])
        return location

    monkeypatch.setattr(emulator_oauth.Authority, "_issue", recording_issue)
    monkeypatch.setattr(emulator_oauth.Authority, "authorize", recording_authorize)
    return secrets


def leaked(secrets: list[str], text: str | bytes) -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    return [s for s in set(secrets) if s.encode() in data]


def everything_about(exc: BaseException) -> str:
    parts = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    for name in ("request", "response"):
        message = getattr(exc, name, None)
        if message is not None:
            parts += [repr(message), repr(dict(message.headers)), repr(message.url)]
            if isinstance(message, httpx.Response):
                parts.append(message.text)
    return "\n".join(parts)


@pytest.mark.anyio
@pytest.mark.slow
async def test_a_whole_sync_leaks_no_secret(
    anyio_backend: str, issued: list[str], caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    emulator = AsperionEmulator(
        tenants=3,
        seed=21,
        sizes={"debtors": 120, "salesinvoices": 90},
        faults=Faults(p503=0.1, p429=0.05, p_drop=0.05, p_revoke=0.03, retry_after=0, seed=21),
        client_secret=CLIENT_SECRET,
    )
    seen: list[str] = []
    async with emulator.serve() as url:
        verifier, challenge = asp.oauth.make_pkce_pair()
        redirect = "http://127.0.0.1:9/callback"
        authorize = asp.oauth.authorization_url(
            emulator.client_id,
            redirect,
            state="s",
            code_challenge=challenge,
            identity_url=url,
        )
        async with httpx.AsyncClient() as browser:
            location = (await browser.get(authorize)).headers["location"]
        code = parse_qs(urlsplit(location).query)["code"][0]
        caplog.clear()  # the stand-in browser's own request logs the redirect with the code
        token = await asp.oauth.exchange_code(
            emulator.client_id,
            CLIENT_SECRET,
            code,
            redirect,
            code_verifier=verifier,
            identity_url=url,
        )
        store = asp.FileTokenStore(tmp_path / "token.json")
        await store.save(token)
        client = asp.AsperionClient(
            client_id=emulator.client_id,
            client_secret=CLIENT_SECRET,
            token_store=store,
            base_url=url,
            token_url=f"{url}/connect/token",
            max_retries=6,
            backoff_base=0.01,
        )
        async with client:
            for tenant in emulator.tenant_ids:
                view = client.tenant(tenant)
                async for debtor in view.paginate(list_debtors, page_size=25, prefetch=1):
                    seen.append(repr(debtor))
                async for page in view.pages(list_sales_invoices, page_size=25, prefetch=1):
                    seen.append(repr(page))
                seen += [repr(view), repr(client), repr(store), repr(client._pipeline.auth)]
            failures: list[BaseException] = []
            for body in (DebtorInput(debtor_kind_id="NOPE"), DebtorInput(debtor_kind_id="DEB")):
                try:
                    await client.call(create_debtor, body=body)
                except asp.AsperionError as exc:
                    failures.append(exc)
            seen.append(repr(await store.load()))
            refreshes = client.stats.refreshes
        # A refresh the identity server refuses: the refresh token was already used.
        used = asp.MemoryTokenStore(asp.Token("stale", token.refresh_token, 0.0))
        async with asp.AsperionClient(
            client_id=emulator.client_id,
            client_secret=CLIENT_SECRET,
            token_store=used,
            base_url=url,
            token_url=f"{url}/connect/token",
        ) as refused:
            with pytest.raises(asp.TokenRefreshError) as raised:
                await refused.call(list_debtors)
            failures.append(raised.value)
    assert raised.value.error == "invalid_grant"
    assert refreshes >= 1
    assert any(isinstance(f, asp.ValidationError) for f in failures)
    secrets = [*issued, CLIENT_SECRET, verifier]
    assert len(issued) >= 5  # the code, then two tokens per issue
    logs = "\n".join(
        logging.Formatter("%(name)s %(message)s").format(record) for record in caplog.records
    )
    assert "refreshed the access token" in logs
    assert leaked(secrets, logs) == []
    assert leaked(secrets, caplog.text) == []
    assert leaked(secrets, "\n".join(seen)) == []
    for failure in failures:
        assert leaked(secrets, everything_about(failure)) == [], repr(failure)


@pytest.mark.slow
def test_the_cli_sync_export_holds_no_secret(
    issued: list[str], caplog: pytest.LogCaptureFixture, tmp_path: Path, capsys: Any
) -> None:
    caplog.set_level(logging.DEBUG)
    output = tmp_path / "export.sqlite"
    code = main(
        [
            "sync",
            "--emulator",
            "--tenants",
            "2",
            "-r",
            "debtors",
            "-r",
            "salesinvoices",
            "-o",
            str(output),
            "--progress",
            "off",
        ]
    )
    assert code == 0
    secrets = [*issued, AsperionEmulator(tenants=1).client_secret]
    assert issued
    with sqlite3.connect(output) as db:
        assert db.execute("select count(*) from debtors").fetchone()[0] > 0
    files = [p for p in tmp_path.iterdir() if p.name.startswith("export.sqlite")]
    for path in files:
        assert leaked(secrets, path.read_bytes()) == [], path.name
    captured = capsys.readouterr()
    assert leaked(secrets, captured.out + captured.err + caplog.text) == []
