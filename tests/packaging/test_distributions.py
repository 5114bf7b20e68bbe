"""What `python -m build` produces: a wheel with both packages that installs and imports.

The builds run without isolation (``--no-isolation``), so ``build`` and ``hatchling`` must be
installed in the test environment (the ``dev`` extra has them); nothing is downloaded.
"""

from __future__ import annotations

import email.parser
import json
import re
import subprocess
import sys
import tarfile
import textwrap
import zipfile
from pathlib import Path

import pytest

import asperion_async

ROOT = Path(__file__).resolve().parents[2]
VERSION_FILE = ROOT / "asperion_async" / "_version.py"


def _build(kind: str, outdir: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "build", f"--{kind}", "--no-isolation", "--outdir", str(outdir)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = outdir.glob("*.whl" if kind == "wheel" else "*.tar.gz")
    return built


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build("wheel", tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def _version_in_file() -> str:
    match = re.fullmatch(r'__version__ = "([^"]+)"\n', VERSION_FILE.read_text(encoding="utf-8"))
    assert match, f'{VERSION_FILE} should hold exactly one line: __version__ = "X.Y.Z"'
    return match.group(1)


def test_version_lives_in_one_place() -> None:
    # (tomllib is 3.11+; the project supports 3.10, so read the few lines that matter as text)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'^dynamic = \["version"\]$', pyproject, re.MULTILINE)
    assert not re.search(r"^version\s*=", pyproject, re.MULTILINE)
    assert re.search(
        r'^\[tool\.hatch\.version\]\npath = "asperion_async/_version\.py"$', pyproject, re.MULTILINE
    )
    assert asperion_async.__version__ == _version_in_file()


def test_wheel_holds_both_packages_typed(wheel: Path, wheel_names: set[str]) -> None:
    assert wheel.name == f"asperion_async-{_version_in_file()}-py3-none-any.whl"
    for required in (
        "asperion_async/__init__.py",
        "asperion_async/_version.py",
        "asperion_async/py.typed",
        "asperion_async/testing/__init__.py",
        "asperion_async/testing/asperion-v1.json",
        "asperion_async/cli/__init__.py",
        "asperion_client/__init__.py",
        "asperion_client/py.typed",
        "asperion_client/api/debtors/list_debtors.py",
        "asperion_client/models/__init__.py",
    ):
        assert required in wheel_names, required
    tops = {name.split("/", 1)[0] for name in wheel_names}
    dist_info = f"asperion_async-{_version_in_file()}.dist-info"
    assert tops == {"asperion_async", "asperion_client", dist_info}
    assert not [n for n in wheel_names if "__pycache__" in n or n.endswith(".pyc")]


def test_wheel_spec_copy_is_the_vendored_spec(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        packaged = json.loads(archive.read("asperion_async/testing/asperion-v1.json"))
    vendored = json.loads((ROOT / "openapi" / "asperion-v1.json").read_text(encoding="utf-8"))
    assert packaged == vendored


def test_wheel_metadata(wheel: Path, wheel_names: set[str]) -> None:
    (metadata_name,) = [n for n in wheel_names if n.endswith(".dist-info/METADATA")]
    (entry_points_name,) = [n for n in wheel_names if n.endswith(".dist-info/entry_points.txt")]
    with zipfile.ZipFile(wheel) as archive:
        metadata = email.parser.Parser().parsestr(archive.read(metadata_name).decode())
        entry_points = archive.read(entry_points_name).decode()
    assert metadata["Name"] == "asperion-async"
    assert metadata["Version"] == _version_in_file()
    assert metadata["Requires-Python"] == ">=3.10"
    assert "asperion-async = asperion_async.cli:main" in entry_points
    assert "[pytest11]\nasperion_async = asperion_async._pytest_plugin" in entry_points
    assert "# asperion-async" in metadata.get_payload()  # the README is the long description


@pytest.mark.slow
def test_installed_wheel_imports_from_where_it_was_installed(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    probe = textwrap.dedent(
        """
        import json, sys
        sys.path.insert(0, sys.argv[1])
        from importlib import resources
        import asperion_async, asperion_client, asperion_async.testing
        from asperion_client.api.debtors import list_debtors
        spec = resources.files("asperion_async.testing") / "asperion-v1.json"
        print(json.dumps({
            "asperion_async": asperion_async.__file__,
            "asperion_client": asperion_client.__file__,
            "list_debtors": list_debtors.__file__,
            "spec": str(spec),
            "version": asperion_async.__version__,
        }))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(target)],
        cwd=tmp_path,  # not the repository, whose packages would shadow the installed ones
        check=True,
        capture_output=True,
        text=True,
    )
    found = json.loads(result.stdout)
    assert found.pop("version") == _version_in_file()
    for name, file in found.items():
        assert Path(file).resolve().is_relative_to(target.resolve()), name
    assert Path(found["spec"]).is_file()


@pytest.mark.slow
def test_sdist_and_wheel_pass_twine_check(wheel: Path, tmp_path: Path) -> None:
    sdist = _build("sdist", tmp_path)
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for required in (
        "pyproject.toml",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "mkdocs.yml",
        "asperion_async/_version.py",
        "asperion_async/py.typed",
        "generated/asperion_client/__init__.py",
        "openapi/asperion-v1.json",
        "docs/index.md",
        "examples/fastapi_app.py",
        "tests/conftest.py",
        "noxfile.py",
    ):
        assert required in names, required
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(sdist), str(wheel)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
