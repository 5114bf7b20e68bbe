"""The weekly regeneration, played step by step against a changed spec on loopback.

Every ``run:`` step of .github/workflows/regenerate.yml before the pull-request step runs as
GitHub would run it (bash, the step's ``env:`` with its ``${{ }}`` expressions filled in,
``$GITHUB_OUTPUT``, ``if:`` conditions), in a git checkout of the project. ``nox`` is the
project's real noxfile run without virtualenvs (tests/spec/_nox_shim.py); ``pip install``
is skipped. The spec server wants a bearer token, which comes from a repository secret.
The test passes when the pull-request step is reached with its condition true.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from .test_regenerate import ROOT, SPEC, runs_generator

WORKFLOW = ROOT / ".github" / "workflows" / "regenerate.yml"
TOKEN = "partner-token-6c1f0e"


def _changed_spec() -> dict[str, Any]:
    """The vendor added an operation and a field."""
    spec = json.loads(json.dumps(SPEC))
    spec["components"]["schemas"]["CostCenter"]["properties"]["budget"] = {
        "format": "double",
        "nullable": True,
        "type": "number",
    }
    spec["paths"]["/v1/projects"] = {
        "get": {
            "tags": ["Projects"],
            "parameters": [{"$ref": "#/components/parameters/Page"}],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/CostCenterCollection"}
                        }
                    },
                }
            },
        }
    }
    return spec


@pytest.fixture
def partner_spec_url() -> Iterator[str]:
    body = json.dumps(_changed_spec()).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                self.send_response(401)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/swagger/v1/swagger.json"
    finally:
        server.shutdown()
        server.server_close()


def _checkout(tmp_path: Path) -> Path:
    """A git repository with the project's tracked files, as actions/checkout leaves it."""
    project = tmp_path / "checkout"
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        check=True,
        cwd=ROOT,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (project / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, project / name)
    git = ["git", "-c", "user.name=ci", "-c", "user.email=ci@example.invalid"]
    subprocess.run(["git", "init", "-q"], check=True, cwd=project)
    subprocess.run([*git, "add", "-A"], check=True, cwd=project)
    subprocess.run([*git, "commit", "-qm", "checkout"], check=True, cwd=project)
    return project


def _shims(tmp_path: Path) -> Path:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = Path(__file__).with_name("_nox_shim.py")
    (bin_dir / "nox").write_text(f'#!/bin/sh\nexec "{sys.executable}" "{shim}" "$@"\n')
    (bin_dir / "python").write_text(
        "#!/bin/sh\n"
        'if [ "$1 $2 $3" = "-m pip install" ]; then echo "skipped: pip install $4"; exit 0; fi\n'
        f'exec "{sys.executable}" "$@"\n'
    )
    for script in bin_dir.iterdir():
        script.chmod(0o755)
    return bin_dir


def _expand(text: str, context: dict[str, str]) -> str:
    return re.sub(r"\$\{\{\s*([\w.-]+)\s*\}\}", lambda m: context.get(m.group(1), ""), text)


def _condition(expression: str, outputs: dict[str, dict[str, str]]) -> bool:
    match = re.fullmatch(r"steps\.([\w-]+)\.outputs\.(\w+) == '(\w+)'", expression.strip())
    assert match, f"the test does not know how to evaluate: {expression}"
    step, name, value = match.groups()
    return outputs.get(step, {}).get(name) == value


@pytest.mark.slow
@runs_generator
def test_the_workflow_reaches_its_pull_request_on_a_changed_spec(
    tmp_path: Path, partner_spec_url: str
) -> None:
    project = _checkout(tmp_path)
    bin_dir = _shims(tmp_path)
    (steps,) = [job["steps"] for job in yaml.safe_load(WORKFLOW.read_text())["jobs"].values()]
    context = {
        "inputs.url": partner_spec_url,
        "secrets.ASPERION_SPEC_TOKEN": TOKEN,
        "secrets.ASPERION_SPEC_HEADER": "",
    }
    outputs: dict[str, dict[str, str]] = {}
    ran: list[str] = []
    logs: list[str] = []
    pull_request = None
    for index, step in enumerate(steps):
        if str(step.get("uses", "")).startswith("peter-evans/create-pull-request"):
            pull_request = step
            break
        if "uses" in step:
            continue  # checkout and setup-python: the test environment is both
        if "if" in step and not _condition(step["if"], outputs):
            continue
        output_file = tmp_path / f"output-{index}"
        output_file.touch()
        env = {
            **os.environ,
            **{k: _expand(str(v), context) for k, v in step.get("env", {}).items()},
            "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
            "GITHUB_OUTPUT": str(output_file),
            # `nox -s tests` runs lint, mypy and the drift check in full; pytest only the spec
            # tests (the whole suite would take minutes here; CI runs it for real).
            "NOX_SHIM_POSARGS": json.dumps(
                {
                    "tests": [
                        "tests/spec/test_spec.py",
                        "-q",
                        "-p",
                        "no:randomly",
                        "--cov-fail-under=0",
                    ]
                }
            ),
        }
        result = subprocess.run(
            ["bash", "-e", "-c", step["run"]],
            capture_output=True,
            text=True,
            check=False,
            cwd=project,
            env=env,
        )
        logs.append(result.stdout + result.stderr)
        assert result.returncode == 0, f"step {step.get('name')} failed:\n{logs[-1][-4000:]}"
        ran.append(str(step.get("name")))
        if "id" in step:
            lines = output_file.read_text().splitlines()
            outputs[step["id"]] = dict(line.split("=", 1) for line in lines if "=" in line)

    assert pull_request is not None
    assert _condition(pull_request["if"], outputs), outputs
    assert ran == [
        "Install nox",
        "Regenerate from the live spec",
        "Detect changes",
        "Run the tests against the regenerated client",
    ]
    assert {"openapi", "generated"} <= set(pull_request["with"]["add-paths"].split())
    status = subprocess.run(
        ["git", "status", "--porcelain"], capture_output=True, text=True, check=True, cwd=project
    ).stdout
    assert "openapi/asperion-v1.json" in status
    assert "openapi/names.json" in status
    assert "generated/asperion_client/api/projects/" in status
    assert "generated/asperion_client/models/cost_center.py" in status
    names = json.loads((project / "openapi" / "names.json").read_text())
    assert names["operations"]["GET /v1/projects"] == {"name": "list_projects", "group": "Projects"}
    assert all(TOKEN not in log for log in logs)
