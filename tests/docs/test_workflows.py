"""The GitHub Actions workflows are valid YAML and run sessions the noxfile really has."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"


def _load(name: str) -> dict[str, Any]:
    document = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def _triggers(workflow: dict[str, Any]) -> dict[str, Any]:
    # YAML 1.1 reads the bare key `on` as the boolean True.
    triggers = workflow.get("on", workflow.get(True))
    assert isinstance(triggers, dict), "the workflow has no `on:` triggers"
    return triggers


def _steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def _nox_sessions() -> set[str]:
    tree = ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8"))
    sessions = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                if ast.unparse(target) == "nox.session":
                    sessions.add(node.name)
    return sessions


def _workflow_files() -> list[str]:
    return sorted(p.name for p in WORKFLOWS.glob("*.y*ml"))


def test_both_workflows_exist() -> None:
    assert {"test.yml", "regenerate.yml"} <= set(_workflow_files())


@pytest.mark.parametrize("name", _workflow_files())
def test_workflow_is_well_formed(name: str) -> None:
    workflow = _load(name)
    assert workflow.get("name")
    assert _triggers(workflow)
    assert workflow["jobs"]
    for job_name, job in workflow["jobs"].items():
        assert job.get("runs-on"), job_name
        assert job["steps"], job_name
        for step in job["steps"]:
            assert ("uses" in step) != ("run" in step), f"{job_name}: {step}"


@pytest.mark.parametrize("name", _workflow_files())
def test_workflow_runs_only_existing_nox_sessions(name: str) -> None:
    sessions = _nox_sessions()
    used = {
        match
        for step in _steps(_load(name))
        for match in re.findall(r"\bnox -s ([\w-]+)", step.get("run", ""))
    }
    assert used, f"{name} runs no nox session"
    assert used <= sessions, f"{name} runs {sorted(used - sessions)}, not in noxfile.py"


def test_test_workflow_runs_the_readme_line_on_every_supported_python() -> None:
    workflow = _load("test.yml")
    assert {"push", "pull_request"} <= set(_triggers(workflow))
    tests = workflow["jobs"]["tests"]
    versions = tests["strategy"]["matrix"]["python-version"]
    # Quoted on purpose: unquoted, YAML reads 3.10 as the float 3.1.
    assert versions == ["3.10", "3.11", "3.12", "3.13"]
    setup = [s for s in tests["steps"] if str(s.get("uses", "")).startswith("actions/setup-python")]
    assert setup
    assert setup[0]["with"]["python-version"] == "${{ matrix.python-version }}"
    runs = [s["run"] for s in tests["steps"] if "run" in s]
    assert "python3 -m pip install nox && nox -s tests" in runs


def test_test_workflow_builds_the_docs() -> None:
    runs = [s.get("run", "") for s in _load("test.yml")["jobs"]["docs"]["steps"]]
    assert any("nox -s docs" in run for run in runs)


def test_regenerate_workflow_is_scheduled_and_opens_a_pull_request() -> None:
    workflow = _load("regenerate.yml")
    triggers = _triggers(workflow)
    assert "schedule" in triggers
    assert "workflow_dispatch" in triggers
    steps = _steps(workflow)
    runs = " ".join(step.get("run", "") for step in steps)
    assert "nox -s regenerate" in runs
    assert "nox -s tests" in runs
    assert any(
        str(step.get("uses", "")).startswith("peter-evans/create-pull-request") for step in steps
    )
