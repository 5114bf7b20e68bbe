"""The README: the two commands, the quickstart (which is examples/quickstart.py), real links."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_gives_the_two_commands_exactly() -> None:
    lines = README.splitlines()
    assert "python3 -m pip install nox && nox -s demo" in lines
    assert "python3 -m pip install nox && nox -s tests" in lines


def test_readme_quickstart_is_the_tested_example() -> None:
    blocks = re.findall(r"^```python\n(.*?)^```$", README, re.MULTILINE | re.DOTALL)
    quickstart = (ROOT / "examples" / "quickstart.py").read_text(encoding="utf-8")
    assert quickstart in blocks  # tests/examples/test_quickstart.py runs it


def test_readme_says_what_is_not_verified() -> None:
    assert "Nothing has been verified against the live Asperion API" in README
    assert "partner credentials" in README


def test_readme_links_point_at_files_that_exist() -> None:
    links = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", README)
    local = [link for link in links if not re.match(r"[a-z]+:", link)]
    assert any(link.startswith("docs/") for link in local)
    for link in local:
        assert (ROOT / link).exists(), link


def test_changelog_follows_keep_a_changelog() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.startswith("# Changelog\n")
    assert "https://keepachangelog.com/en/1.1.0/" in changelog
    releases = re.findall(r"^## (.+)$", changelog, re.MULTILINE)
    assert releases
    for release in releases:
        assert re.fullmatch(r"\[Unreleased\]|\[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}", release)
    kinds = set(re.findall(r"^### (.+)$", changelog, re.MULTILINE))
    assert kinds
    assert kinds <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}
