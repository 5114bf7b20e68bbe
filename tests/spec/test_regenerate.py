"""scripts/regenerate.py end to end: normalizer rules, drift check, and a live URL on loopback."""

from __future__ import annotations

import copy
import http.server
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scripts import regenerate

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi" / "asperion-v1.json").read_text(encoding="utf-8"))

# Runs the generator, which needs Python 3.11+ (and is only in the dev extra there).
runs_generator = pytest.mark.skipif(
    importlib.util.find_spec("openapi_python_client") is None,
    reason="openapi-python-client is not installed (it needs Python 3.11+)",
)


def _swashbuckle_like() -> dict[str, Any]:
    """A small document as Swashbuckle publishes it: no ids, tenant headers, text/json twins."""
    json_body = {"schema": {"$ref": "#/components/schemas/Thing"}}
    return {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "v1"},
        "paths": {
            "/v1/things": {
                "get": {
                    "tags": ["Things"],
                    "parameters": [
                        {"name": "X-TenantId", "in": "header", "schema": {"type": "integer"}},
                        {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "text/plain": json_body,
                                "application/json": json_body,
                                "text/json": json_body,
                            },
                        }
                    },
                },
                "post": {
                    "tags": ["Things"],
                    "parameters": [{"$ref": "#/components/parameters/Tenant"}],
                    "requestBody": {
                        "content": {"application/*+json": json_body, "text/json": json_body}
                    },
                    "responses": {"200": {"description": "ok"}},
                },
            }
        },
        "components": {
            "parameters": {
                "Tenant": {"name": "X-Tenant-Id", "in": "header", "schema": {"type": "integer"}}
            },
            "schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}},
        },
    }


def test_normalizer_assigns_ids_drops_tenant_headers_and_twin_content() -> None:
    out = regenerate.normalize(_swashbuckle_like())
    get = out["paths"]["/v1/things"]["get"]
    post = out["paths"]["/v1/things"]["post"]
    assert get["operationId"] == "list_things"
    assert post["operationId"] == "create_thing"
    assert [p["name"] for p in get["parameters"]] == ["page"]
    assert "parameters" not in post
    assert "Tenant" not in out["components"]["parameters"]
    assert list(get["responses"]["200"]["content"]) == ["application/json"]
    assert list(post["requestBody"]["content"]) == ["application/json"]


def test_normalizer_is_idempotent_and_key_order_is_stable() -> None:
    once = regenerate.normalize(_swashbuckle_like())
    assert regenerate.normalize(once) == once
    assert regenerate.dump(once) == regenerate.dump(regenerate.normalize(once))
    assert list(once) == sorted(once)


def test_unmapped_clashes_take_names_from_their_paths_whatever_the_vendor_ids() -> None:
    doc = _swashbuckle_like()
    doc["paths"]["/v1/things"]["get"]["operationId"] = "Things_GetAll"
    doc["paths"]["/v1/other"] = copy.deepcopy(doc["paths"]["/v1/things"])
    out, report = regenerate.normalize_with_report(doc)
    assert out["paths"]["/v1/things"]["get"]["operationId"] == "list_things"
    assert out["paths"]["/v1/other"]["get"]["operationId"] == "list_other"
    assert "GET /v1/other -> list_other" in report.new_operations


def test_a_new_operation_never_renames_an_existing_one() -> None:
    """Adding an operation whose rule name is taken leaves every mapped name as it was."""
    before = regenerate.normalize(SPEC)
    doc = copy.deepcopy(SPEC)
    doc["paths"]["/v1/debtors/export"] = {
        "get": copy.deepcopy(SPEC["paths"]["/v1/debtors"]["get"]) | {"operationId": "x"}
    }
    doc["paths"]["/v1/debtorz"] = {"get": copy.deepcopy(SPEC["paths"]["/v1/debtors"]["get"])}
    after, report = regenerate.normalize_with_report(doc)
    assert regenerate.renamed_public_names(before, after) == []
    names = {p: op["operationId"] for p, m, op in regenerate._names.operations(after) if m == "get"}
    assert names["/v1/debtors"] == "list_debtors"
    assert names["/v1/debtors/export"] == "list_debtor_export"
    # The rule gives `list_debtors` again, which the map owns: a suffix from its own path.
    assert names["/v1/debtorz"].startswith("list_debtorz")
    assert len(report.new_operations) == 2


def test_singular_of_words_the_suffix_rules_would_break() -> None:
    assert regenerate._singular("movies") == "movie"
    assert regenerate._singular("status") == "status"
    assert regenerate._singular("statuses") == "status"
    assert regenerate._singular("series") == "series"
    assert regenerate._singular("addresses") == "address"
    assert regenerate._singular("countries") == "country"
    assert regenerate._singular("batches_with_lines") == "batch_with_lines"


def test_generator_view_drops_error_bodies_only() -> None:
    view = regenerate.generator_view(SPEC)
    responses = view["paths"]["/v1/debtors"]["get"]["responses"]
    assert set(responses) == {"200"}
    assert "ProblemDetails" in view["components"]["schemas"]


def test_refuses_plain_http_off_loopback() -> None:
    with pytest.raises(regenerate.RegenerateError, match="plain http"):
        regenerate.fetch("http://example.invalid/swagger.json")


def _copy_project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    for name in ("scripts", "openapi", "generated", "asperion_async"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    return project


def _run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "regenerate.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
    )


@pytest.fixture
def spec_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Serve a directory on 127.0.0.1; yields (base URL, directory)."""
    served = tmp_path / "served"
    served.mkdir()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(served), **kwargs)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.slow
@runs_generator
def test_check_passes_on_the_committed_tree(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    result = _run(project, "--from-file", "openapi/asperion-v1.json", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@runs_generator
def test_check_names_the_file_a_schema_change_touches(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    changed = copy.deepcopy(SPEC)
    changed["components"]["schemas"]["CostCenter"]["properties"]["budget"] = {"type": "number"}
    source = tmp_path / "changed.json"
    source.write_text(json.dumps(changed), encoding="utf-8")
    result = _run(project, "--from-file", str(source), "--check")
    assert result.returncode == 1
    assert "changed  models/cost_center.py" in result.stdout
    assert "asperion-v1.json is stale" in result.stdout


@pytest.mark.slow
@runs_generator
def test_check_reports_a_hand_edited_namespace(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    edited = project / "asperion_async" / "resources" / "debtors.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited by hand\n", "utf-8")
    result = _run(project, "--from-file", "openapi/asperion-v1.json", "--check")
    assert result.returncode == 1
    assert "asperion_async/resources is stale (1 files)" in result.stdout
    assert "changed  debtors.py" in result.stdout


@pytest.mark.slow
@runs_generator
def test_live_url_adds_a_module_and_check_then_reports_drift(
    tmp_path: Path, spec_server: tuple[str, Path]
) -> None:
    base_url, served = spec_server
    project = _copy_project(tmp_path)
    live = copy.deepcopy(SPEC)
    live["paths"]["/v1/projects"] = {
        "get": {
            "tags": ["Projects"],
            "parameters": [
                {"name": "X-Tenant-Id", "in": "header", "schema": {"type": "integer"}},
                {"$ref": "#/components/parameters/Page"},
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "text/json": {"schema": {"$ref": "#/components/schemas/CostCenter"}},
                        "application/json": {"schema": {"$ref": "#/components/schemas/CostCenter"}},
                    },
                }
            },
        }
    }
    (served / "swagger.json").write_text(json.dumps(live), encoding="utf-8")

    result = _run(project, "--url", f"{base_url}/swagger.json")
    assert result.returncode == 0, result.stdout + result.stderr
    module = project / "generated" / "asperion_client" / "api" / "projects" / "list_projects.py"
    assert module.exists()
    namespace = project / "asperion_async" / "resources" / "projects.py"
    assert "async def list(" in namespace.read_text(encoding="utf-8")
    assert "X-Tenant-Id" not in module.read_text(encoding="utf-8")
    written = json.loads((project / "openapi" / "asperion-v1.json").read_text(encoding="utf-8"))
    assert written["paths"]["/v1/projects"]["get"]["operationId"] == "list_projects"

    (served / "swagger.json").write_text(json.dumps(SPEC), encoding="utf-8")
    drift = _run(project, "--url", f"{base_url}/swagger.json", "--check")
    assert drift.returncode == 1
    assert "added    api/projects" in drift.stdout or "removed  api/projects" in drift.stdout


@pytest.mark.slow
@runs_generator
def test_unreachable_url_fails_cleanly(tmp_path: Path) -> None:
    project = _copy_project(tmp_path)
    result = _run(project, "--url", "http://127.0.0.1:9/swagger.json")
    assert result.returncode == 1
    assert "could not fetch" in result.stderr
    assert "Traceback" not in result.stderr


def test_formatter_is_pinned_in_the_noxfile_and_the_dev_extra() -> None:
    noxfile = (ROOT / "noxfile.py").read_text(encoding="utf-8")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pinned = re.search(r'^RUFF = "(ruff==[\d.]+)"$', noxfile, re.MULTILINE)
    assert pinned is not None
    assert f'"{pinned.group(1)}"' in pyproject
    assert "ruff>=" not in noxfile + pyproject


@pytest.fixture
def guarded_spec() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """A loopback spec that wants ``Authorization: Bearer t0ken`` and ``X-Partner: p``;
    ``/moved`` redirects to it. Yields (base URL, headers of every request)."""
    seen: list[dict[str, str]] = []
    body = json.dumps({"openapi": "3.0.1", "paths": {}}).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(dict(self.headers.items()))
            if self.path == "/moved":
                self.send_response(302)
                self.send_header("Location", "/swagger.json")
                self.end_headers()
                return
            ok = self.headers.get("Authorization") == "Bearer t0ken"
            self.send_response(200 if ok else 401)
            self.send_header("Content-Length", str(len(body) if ok else 0))
            self.end_headers()
            if ok:
                self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_sends_the_partner_credentials_from_the_environment(
    guarded_spec: tuple[str, list[dict[str, str]]],
) -> None:
    base, seen = guarded_spec
    environ = {"ASPERION_SPEC_TOKEN": "t0ken", "ASPERION_SPEC_HEADER": "X-Partner: p"}
    assert regenerate.fetch(f"{base}/swagger.json", environ=environ)["paths"] == {}
    assert seen[-1]["Authorization"] == "Bearer t0ken"
    assert seen[-1]["X-Partner"] == "p"


def test_a_refused_fetch_never_shows_the_token(
    guarded_spec: tuple[str, list[dict[str, str]]],
) -> None:
    base, _ = guarded_spec
    with pytest.raises(regenerate.RegenerateError) as caught:
        regenerate.fetch(f"{base}/swagger.json", environ={"ASPERION_SPEC_TOKEN": "wr0ng"})
    assert "401" in str(caught.value)
    assert "wr0ng" not in str(caught.value)
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_credentials_do_not_follow_a_redirect(
    guarded_spec: tuple[str, list[dict[str, str]]],
) -> None:
    base, seen = guarded_spec
    with pytest.raises(regenerate.RegenerateError, match="401"):
        regenerate.fetch(f"{base}/moved", environ={"ASPERION_SPEC_TOKEN": "t0ken"})
    assert seen[0]["Authorization"] == "Bearer t0ken"
    assert "Authorization" not in seen[1]


@pytest.mark.parametrize("header", ["s3cret", ": s3cret", "Bad Name: s3cret", "X-s3cret:"])
def test_a_malformed_header_variable_is_refused_without_its_value(header: str) -> None:
    with pytest.raises(regenerate.RegenerateError, match="ASPERION_SPEC_HEADER must") as caught:
        regenerate.fetch("https://127.0.0.1:9/x", environ={"ASPERION_SPEC_HEADER": header})
    assert "s3cret" not in str(caught.value)


def test_content_types_keep_vendor_json_types_and_drop_swashbuckle_twins() -> None:
    schema = {"schema": {"type": "object"}}
    prune = regenerate._prune_content
    assert list(prune({"application/merge-patch+json": schema})) == ["application/merge-patch+json"]
    assert list(prune({"application/*+json": schema, "text/json": schema})) == ["application/json"]
    assert list(prune({"text/plain": schema, "application/json": schema})) == ["application/json"]
    assert list(prune({"text/csv": schema})) == ["text/csv"]


def test_schemas_are_found_by_role_whatever_the_vendor_calls_them() -> None:
    doc = copy.deepcopy(SPEC)
    names = {n: f"Vendor.Ns.{n}Dto" for n in doc["components"]["schemas"]}
    doc["components"]["schemas"] = {names[k]: v for k, v in doc["components"]["schemas"].items()}
    text = json.dumps(doc)
    for old, new in names.items():
        text = text.replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    # One schema the map does not know: named by rule and reported.
    vendor = json.loads(text)
    vendor["components"]["schemas"]["Vendor.Ns.ExtraThingDto"] = {"type": "object"}
    out, report = regenerate.normalize_with_report(vendor)
    assert set(out["components"]["schemas"]) == set(SPEC["components"]["schemas"]) | {"ExtraThing"}
    assert report.new_schemas == ["Vendor.Ns.ExtraThingDto -> ExtraThing"]
    assert out["paths"]["/v1/debtors"]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ] == {"$ref": "#/components/schemas/DebtorInput"}


def test_closed_objects_open_up_and_response_models_require_nothing() -> None:
    doc = _swashbuckle_like()
    thing = doc["components"]["schemas"]["Thing"]
    thing["additionalProperties"] = False
    thing["required"] = ["id"]
    out = regenerate.normalize(doc)
    assert "additionalProperties" not in out["components"]["schemas"]["Thing"]
    assert "required" not in out["components"]["schemas"]["Thing"]
    only_input = copy.deepcopy(doc)
    del only_input["paths"]["/v1/things"]["get"]
    assert regenerate.normalize(only_input)["components"]["schemas"]["Thing"]["required"] == ["id"]


def test_a_map_rename_is_reported_by_name() -> None:
    names = json.loads((ROOT / "openapi" / "names.json").read_text(encoding="utf-8"))
    names["operations"]["GET /v1/debtors"]["name"] = "list_all_debtors"
    renamed = regenerate.normalize(SPEC, names)
    assert regenerate.renamed_public_names(SPEC, renamed) == [
        "  GET /v1/debtors: list_debtors ['Debtors'] -> list_all_debtors ['Debtors']"
    ]


def test_one_dto_for_reading_and_writing_still_gives_both_public_models() -> None:
    """Swashbuckle documents often use one class for a resource's body and its answer."""
    doc = copy.deepcopy(SPEC)
    for method, path in (("post", "/v1/debtors"), ("put", "/v1/debtors/{id}")):
        content = doc["paths"][path][method]["requestBody"]["content"]
        content["application/json"]["schema"] = {"$ref": "#/components/schemas/Debtor"}
    del doc["components"]["schemas"]["DebtorInput"]
    doc["components"]["schemas"]["Debtor"]["required"] = ["debtorKindId"]
    out, report = regenerate.normalize_with_report(doc)
    assert report.lines() == []
    schemas = out["components"]["schemas"]
    assert set(schemas) == set(SPEC["components"]["schemas"])
    body = out["paths"]["/v1/debtors"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/DebtorInput"}
    answer = out["paths"]["/v1/debtors/{id}"]["get"]["responses"]["200"]["content"]
    assert answer["application/json"]["schema"] == {"$ref": "#/components/schemas/Debtor"}
    # The answer requires nothing; the body keeps what the document requires.
    assert "required" not in schemas["Debtor"]
    assert schemas["DebtorInput"]["required"] == ["debtorKindId"]


def _fake_generate(spec_text: str, output_dir: Path, resources_dir: Path | None = None) -> None:
    output_dir.mkdir(parents=True)
    (output_dir / "__init__.py").write_text(f"# from {len(spec_text)} bytes\n", encoding="utf-8")
    if resources_dir is not None:
        resources_dir.mkdir(parents=True)
        (resources_dir / "__init__.py").write_text("# namespaces\n", encoding="utf-8")


def _tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): p.read_text(encoding="utf-8")
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_replace_together_swaps_spec_and_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, package = tmp_path / "openapi" / "spec.json", tmp_path / "generated" / "pkg"
    resources = tmp_path / "resources"
    spec.parent.mkdir()
    spec.write_text("old", encoding="utf-8")
    _fake_generate("old", package)
    monkeypatch.setattr(regenerate, "generate", _fake_generate)
    regenerate.replace_together("new spec", spec, package, resources)
    assert spec.read_text(encoding="utf-8") == "new spec"
    assert _tree(package) == {"__init__.py": "# from 8 bytes\n"}
    assert _tree(resources) == {"__init__.py": "# namespaces\n"}
    assert [p.name for p in package.parent.iterdir()] == ["pkg"]  # no staging left behind


@pytest.mark.parametrize("failing", ["generate", "move"])
def test_replace_together_leaves_both_untouched_when_a_step_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    spec, package = tmp_path / "openapi" / "spec.json", tmp_path / "generated" / "pkg"
    spec.parent.mkdir()
    spec.write_text("old", encoding="utf-8")
    _fake_generate("old", package, tmp_path / "resources")
    before = _tree(tmp_path)

    def fail(*args: Any) -> None:
        raise (regenerate.RegenerateError("generator warned") if failing == "generate" else OSError)

    if failing == "generate":
        monkeypatch.setattr(regenerate, "generate", fail)
    else:
        monkeypatch.setattr(regenerate, "generate", _fake_generate)
        monkeypatch.setattr(regenerate.shutil, "move", fail)
    with pytest.raises(regenerate.RegenerateError):
        regenerate.replace_together("new spec", spec, package, tmp_path / "resources")
    assert _tree(tmp_path) == before
    assert [p.name for p in package.parent.iterdir()] == ["pkg"]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda n: n.pop("exclude"), "no 'exclude' section"),
        (
            lambda n: n["operations"]["GET /v1/debtors/{id}"].update(name="list_debtors"),
            "are both named list_debtors",
        ),
        (lambda n: n["exclude"].update({"GET /api/v1/Debtors": "x"}), "both named and excluded"),
        (lambda n: n["operations"].update({"list": {"name": "x", "group": "X"}}), "not 'METHOD"),
    ],
)
def test_an_unusable_name_map_stops_the_run(edit: Any, message: str) -> None:
    names = json.loads((ROOT / "openapi" / "names.json").read_text(encoding="utf-8"))
    edit(names)
    with pytest.raises(regenerate.RegenerateError, match=message):
        regenerate.normalize(SPEC, names)


def test_lines_moved_into_an_envelope_keep_their_model_name() -> None:
    """``.lines[]`` reaches the line model whether lines are an array or, as the facts say,
    a list envelope ({"lines": {"_data": [...]}})."""
    ref = "#/components/schemas/"
    names = {
        "operations": {"POST /v1/entries": {"name": "create_entry", "group": "Entries"}},
        "models": {
            "EntryInput": ["POST /v1/entries body"],
            "LineInput": ["model EntryInput .lines[]"],
        },
        "exclude": {},
    }
    line = {"type": "object", "properties": {"amount": {"type": "number"}}}
    for lines in (
        {"type": "array", "items": {"$ref": ref + "Ns.LineDto"}},
        {"$ref": ref + "Ns.LineDtoPagedResult"},
    ):
        doc = {
            "openapi": "3.0.1",
            "info": {"title": "t", "version": "v1"},
            "paths": {
                "/v1/entries": {
                    "post": {
                        "requestBody": {
                            "content": {
                                "application/json": {"schema": {"$ref": ref + "Ns.EntryDto"}}
                            }
                        },
                        "responses": {"200": {"description": "ok"}},
                    }
                }
            },
            "components": {
                "schemas": {
                    "Ns.EntryDto": {"type": "object", "properties": {"lines": lines}},
                    "Ns.LineDto": line,
                    "Ns.LineDtoPagedResult": {
                        "type": "object",
                        "properties": {
                            "_data": {"type": "array", "items": {"$ref": ref + "Ns.LineDto"}}
                        },
                    },
                }
            },
        }
        out, report = regenerate.normalize_with_report(doc, names)
        assert {"EntryInput", "LineInput"} <= set(out["components"]["schemas"])
        assert report.missing_models == []
        assert report.new_schemas == ["Ns.LineDtoPagedResult -> LineDtoPagedResult"]


def test_an_unlocated_model_is_found_by_its_vendor_name() -> None:
    names = json.loads((ROOT / "openapi" / "names.json").read_text(encoding="utf-8"))
    names["models"]["Debtor"] = ["GET /v1/nowhere response"]
    doc = copy.deepcopy(SPEC)
    doc["components"]["schemas"]["Vendor.DebtorDto"] = doc["components"]["schemas"].pop("Debtor")
    text = json.dumps(doc).replace('schemas/Debtor"', 'schemas/Vendor.DebtorDto"')
    out, report = regenerate.normalize_with_report(json.loads(text), names)
    assert "Debtor" in out["components"]["schemas"]
    assert report.missing_models == []
    assert report.new_schemas == []
