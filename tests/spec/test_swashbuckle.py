"""Swashbuckle-shaped documents (tests/spec/swashbuckle.py) regenerate the same public client.

For each document: normalize it (same module, group and model names as today), regenerate
into a temporary copy of the project, then run the README quickstart, the examples and the
facade tests against that regenerated client, in a subprocess whose ``asperion_client`` is
the temporary one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import regenerate

from . import swashbuckle
from .test_regenerate import ROOT, SPEC, runs_generator

GENERATED = ROOT / "generated" / "asperion_client"
# What runs against each regenerated client. The facade and pagination suites mock the API at
# "/v1/..." URLs, so the /api/v1 client runs the examples (on the emulator, whose paths it
# reaches through tests/spec/_api_prefix.py).
SUITES = {
    "namespaced": ["tests/examples", "tests/facade", "tests/pagination"],
    "dto": ["tests/examples", "tests/facade", "tests/pagination"],
    "api_prefix": ["tests/examples", "-p", "tests.spec._api_prefix"],
}


def _public_names(package: Path) -> set[str]:
    modules = {f"api/{p.parent.name}/{p.stem}" for p in (package / "api").glob("*/*.py")}
    models = {f"models/{p.stem}" for p in (package / "models").glob("*.py")}
    init = (package / "models" / "__init__.py").read_text(encoding="utf-8")
    exported = {line.strip().strip('",') for line in init.split("__all__")[1].splitlines()}
    return modules | models | {f"export {name}" for name in exported if name.isidentifier()}


@pytest.mark.parametrize("variant", swashbuckle.VARIANTS)
def test_document_normalizes_to_todays_public_names(variant: str) -> None:
    document = swashbuckle.transform(SPEC, variant)
    normalized, report = regenerate.normalize_with_report(document)
    assert regenerate.renamed_public_names(SPEC, normalized) == []
    assert set(normalized["components"]["schemas"]) == set(SPEC["components"]["schemas"])
    assert report.lines() == []
    assert '"additionalProperties": false' not in regenerate.dump(normalized)


@pytest.mark.slow
@runs_generator
@pytest.mark.parametrize("variant", swashbuckle.VARIANTS)
def test_examples_and_facade_tests_pass_on_the_regenerated_client(
    tmp_path: Path, variant: str
) -> None:
    project = tmp_path / "project"
    for name in ("scripts", "openapi", "asperion_async"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", project / "pyproject.toml")
    document = tmp_path / "swagger.json"
    document.write_text(json.dumps(swashbuckle.transform(SPEC, variant)), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "scripts/regenerate.py", "--from-file", str(document)],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    package = project / "generated" / "asperion_client"
    assert _public_names(package) == _public_names(GENERATED)
    list_debtors = (package / "api" / "debtors" / "list_debtors.py").read_text(encoding="utf-8")
    prefix = "/api" if variant == "api_prefix" else ""
    assert f'"url": "{prefix}/v1/debtors"' in list_debtors
    # The typed namespaces come out the same, so the suites below use the committed ones.
    resources = sorted((project / "asperion_async" / "resources").glob("*.py"))
    committed = sorted((ROOT / "asperion_async" / "resources").glob("*.py"))
    assert [path.name for path in resources] == [path.name for path in committed]
    for path in resources:  # docstrings name the paths: the prefix variant keeps its /api
        made = path.read_text(encoding="utf-8").replace(" /api/v1/", " /v1/")
        assert made == (ROOT / "asperion_async" / "resources" / path.name).read_text(
            encoding="utf-8"
        ), path.name

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(project / "generated"), str(ROOT)])}
    where = subprocess.run(
        [sys.executable, "-c", "import asperion_client; print(asperion_client.__file__)"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    )
    assert where.stdout.strip() == str(package / "__init__.py")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            "--no-cov",
            *SUITES[variant],
        ],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert " passed" in run.stdout
