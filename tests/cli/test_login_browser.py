"""`asperion-async login` without --emulator: the browser path, end to end on loopback.

The identity host is the emulator served on 127.0.0.1, and ``webbrowser.open`` is a
stand-in browser that opens the authorize URL and follows its redirect to the CLI's
loopback callback, as a real browser would after the user approves.
"""

from __future__ import annotations

import json
import stat
import threading
from pathlib import Path

import httpx
import pytest

from asperion_async import Token, _environment
from asperion_async.cli import main
from asperion_async.testing import AsperionEmulator


class Browser:
    """Opens a URL like a browser whose user approves: follows the redirect to loopback."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.threads: list[str] = []

    def open(self, url: str) -> bool:
        self.opened.append(url)
        self.threads.append(threading.current_thread().name)
        with httpx.Client() as browser:
            approval = browser.get(url)
            assert approval.is_redirect, approval.status_code
            callback = browser.get(approval.headers["location"])
            assert callback.status_code == 200
        return True


def test_login_opens_the_browser_and_saves_the_token(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    free_port: int,
) -> None:
    emulator = AsperionEmulator(tenants=1, seed=5)
    browser = Browser()
    monkeypatch.setattr("webbrowser.open", browser.open)
    monkeypatch.setattr("asperion_async.cli._login.BROWSER_TIMEOUT", 20.0)  # fail, not hang
    monkeypatch.setenv("ASPERION_CLIENT_SECRET", emulator.client_secret)
    token_file = tmp_path / "token.json"
    with emulator.serve() as url:
        monkeypatch.setitem(_environment._HOSTS, "sandbox", (url, url))
        code = main(
            [
                "login",
                "--client-id",
                emulator.client_id,
                "--token-file",
                str(token_file),
                "--redirect-port",
                str(free_port),
            ]
        )
        assert code == 0
        token = Token.from_dict(json.loads(token_file.read_text()))
        works = httpx.get(
            f"{url}/v1/costcenters",
            headers={"Authorization": f"Bearer {token.access_token}"},
        )
        assert works.status_code == 200
    (opened,) = browser.opened
    assert opened.startswith(f"{url}/connect/authorize?")
    assert browser.threads != [threading.main_thread().name]  # not on the event loop's thread
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    captured = capsys.readouterr()
    assert opened in captured.err  # the URL is shown in case no browser opens
    assert token.access_token not in captured.out + captured.err
    assert emulator.client_secret not in captured.out + captured.err
