"""A small document regenerated end to end: what the generated client puts on the wire.

- a ``*withlines`` create whose lines are an envelope sends ``{"lines": {"_data": [...]}}``,
  amounts written exactly;
- a ``merge-patch+json`` body keeps its content type;
- header parameters other than the tenant header go out as strings (a date header, which
  the generator cannot type, becomes a text parameter);
- an operation the generator cannot handle fails the run and leaves ``openapi/`` and
  ``generated/`` as they were, unless the name map excludes it (with a reason).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .test_regenerate import ROOT, runs_generator

pytestmark = [pytest.mark.slow, runs_generator]

_LINE = {
    "type": "object",
    "properties": {
        "amount": {"type": "number", "format": "double"},
        "ledgerAccountId": {"type": "integer", "format": "int32"},
    },
    "additionalProperties": False,
}
_REF = "#/components/schemas/"


def _document() -> dict[str, Any]:
    ok = {"200": {"description": "ok"}}
    entry_body = {"$ref": "#/components/schemas/Asperion.Api.V1.Models.JournalEntryWithLinesDto"}
    return {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "v1"},
        "paths": {
            "/v1/journalentrieswithlines": {
                "post": {
                    "tags": ["JournalEntriesWithLines"],
                    "operationId": "V1JournalentrieswithlinesPost",
                    "requestBody": {"content": {"application/*+json": {"schema": entry_body}}},
                    "responses": ok,
                }
            },
            "/v1/things/{thingId}": {
                "patch": {
                    "tags": ["Things"],
                    "parameters": [
                        {
                            "name": "thingId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer"},
                        },
                        {"name": "X-TenantId", "in": "header", "schema": {"type": "integer"}},
                        {"name": "X-Count", "in": "header", "schema": {"type": "integer"}},
                        {
                            "name": "X-Since",
                            "in": "header",
                            "schema": {"type": "string", "format": "date"},
                        },
                        {"name": "X-Dry-Run", "in": "header", "schema": {"type": "boolean"}},
                    ],
                    "requestBody": {
                        "content": {
                            "application/merge-patch+json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"name": {"type": "string"}},
                                }
                            }
                        }
                    },
                    "responses": ok,
                }
            },
        },
        "components": {
            "schemas": {
                "Asperion.Api.V1.Models.JournalEntryLineInputDto": _LINE,
                "Asperion.Api.V1.Models.JournalEntryWithLinesDto": {
                    "type": "object",
                    "properties": {
                        "journalId": {"type": "string"},
                        "lines": {
                            "type": "object",
                            "properties": {
                                "_data": {
                                    "type": "array",
                                    "items": {
                                        "$ref": _REF
                                        + "Asperion.Api.V1.Models.JournalEntryLineInputDto"
                                    },
                                }
                            },
                        },
                    },
                },
            }
        },
    }


_NAMES = {
    "operations": {
        "POST /v1/journalentrieswithlines": {
            "name": "create_journal_entry_with_lines",
            "group": "JournalEntriesWithLines",
        },
        "PATCH /v1/things/{id}": {"name": "patch_thing", "group": "Things"},
    },
    "models": {
        "JournalEntryWithLinesInput": ["POST /v1/journalentrieswithlines body"],
        "JournalEntryLineInput": ["model JournalEntryWithLinesInput .lines._data[]"],
    },
    "exclude": {},
}

_CALLS = """
import json
from decimal import Decimal
import anyio, httpx
import asperion_async as asp
from asperion_client.api.journal_entries_with_lines import create_journal_entry_with_lines
from asperion_client.api.things import patch_thing
from asperion_client.models import JournalEntryLineInput, JournalEntryWithLinesInput
from asperion_client.models import PatchThingBody

seen = []

def answer(request):
    seen.append({"path": request.url.path, "body": request.content.decode(),
                 "headers": {k: v for k, v in request.headers.items() if k.startswith("x-")},
                 "type": request.headers.get("content-type")})
    return httpx.Response(200)

async def main():
    token = asp.Token(access_token="a", refresh_token="r", expires_at=4e9)
    async with asp.AsperionClient(client_id="c", client_secret="s",
            token_store=asp.MemoryTokenStore(token), base_url="https://api.test",
            transport=httpx.MockTransport(answer), tenant_id=7) as client:
        lines = [JournalEntryLineInput(amount=Decimal(a), ledger_account_id=i)
                 for i, a in enumerate(["0.1", "0.2", "-0.3"])]
        body = JournalEntryWithLinesInput.from_dict(
            {"journalId": "M", "lines": {"_data": [line.to_dict() for line in lines]}})
        await client.call(create_journal_entry_with_lines, body=body)
        await client.call(patch_thing, 5, body=PatchThingBody(name="n"), x_count=3,
                          x_since="2024-01-02", x_dry_run=True)
    print(json.dumps(seen))

anyio.run(main)
"""


def _project(tmp_path: Path, names: dict[str, Any]) -> Path:
    project = tmp_path / "project"
    for name in ("scripts", "openapi", "generated", "asperion_async"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    (project / "openapi" / "names.json").write_text(json.dumps(names), encoding="utf-8")
    return project


def _regenerate(project: Path, document: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    source = project.parent / "doc.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "scripts/regenerate.py", "--from-file", str(source)],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
    )


def _digest(*roots: Path) -> str:
    digest = hashlib.sha256()
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def test_the_wire_shape_of_envelope_lines_merge_patch_and_header_parameters(
    tmp_path: Path,
) -> None:
    project = _project(tmp_path, _NAMES)
    result = _regenerate(project, _document())
    assert result.returncode == 0, result.stdout + result.stderr
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(project / "generated"), str(ROOT)])}
    run = subprocess.run(
        [sys.executable, "-c", _CALLS], capture_output=True, text=True, check=False, env=env
    )
    assert run.returncode == 0, run.stderr[-3000:]
    create, patch = json.loads(run.stdout)
    assert create["path"] == "/v1/journalentrieswithlines"
    assert create["body"] == (
        '{"journalId":"M","lines":{"_data":[{"amount":0.1,"ledgerAccountId":0},'
        '{"amount":0.2,"ledgerAccountId":1},{"amount":-0.3,"ledgerAccountId":2}]}}'
    )
    assert patch["path"] == "/v1/things/5"
    assert patch["type"] == "application/merge-patch+json"
    assert patch["headers"] == {
        "x-tenant-id": "7",
        "x-count": "3",
        "x-since": "2024-01-02",
        "x-dry-run": "true",
    }


def test_a_failed_run_leaves_openapi_and_generated_untouched_until_the_map_excludes_it(
    tmp_path: Path,
) -> None:
    project = _project(tmp_path, _NAMES)
    document = _document()
    # A path parameter the path does not have: openapi-python-client skips it with a warning.
    document["paths"]["/v1/broken"] = {
        "get": {
            "tags": ["Broken"],
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}
            ],
            "responses": {"200": {"description": "ok"}},
        }
    }
    before = _digest(project / "openapi", project / "generated")
    failed = _regenerate(project, document)
    assert failed.returncode == 1
    assert "did not run cleanly" in failed.stderr
    assert "GET /v1/broken" in failed.stderr
    assert _digest(project / "openapi", project / "generated") == before
    assert [p.name for p in (project / "generated").iterdir()] == ["asperion_client"]

    names = json.loads(json.dumps(_NAMES))
    names["exclude"]["GET /v1/broken"] = "path parameter missing from the path (vendor bug)"
    (project / "openapi" / "names.json").write_text(json.dumps(names), encoding="utf-8")
    passed = _regenerate(project, document)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "GET /v1/broken: path parameter missing" in passed.stdout
    spec = json.loads((project / "openapi" / "asperion-v1.json").read_text(encoding="utf-8"))
    assert "/v1/broken" not in spec["paths"]
    assert (
        project / "generated" / "asperion_client" / "api" / "things" / "patch_thing.py"
    ).exists()
