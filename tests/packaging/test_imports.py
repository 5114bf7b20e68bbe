"""What importing the package and one endpoint module loads (checked in a fresh interpreter)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _modules_after(statements: str) -> set[str]:
    code = f"import json, sys\n{statements}\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    return set(json.loads(output))


def test_importing_the_package_loads_no_cli_emulator_or_models() -> None:
    loaded = _modules_after("import asperion_async\nasperion_async.AsperionClient")

    assert "asperion_async._client" in loaded  # the check itself sees what it looks for
    unwanted = {
        name
        for name in loaded
        if name.startswith(("asperion_async.cli", "asperion_async.testing"))
        or name.startswith("asperion_client.models")
        or name.split(".")[0] in {"starlette", "uvicorn", "jsonschema", "filelock", "aiohttp"}
        # Loaded when a client is made (OpenTelemetry) or already there (asyncio on asyncio).
        or name.split(".")[0] in {"opentelemetry", "psycopg", "procrastinate", "asyncio"}
        # Only for a misspelt keyword's "did you mean" message.
        or name == "difflib"
    }
    assert unwanted == set()


def test_one_endpoint_module_loads_only_the_models_it_uses() -> None:
    loaded = _modules_after("from asperion_client.api.debtors import list_debtors")

    models = {name for name in loaded if name.startswith("asperion_client.models.")}
    assert models == {
        "asperion_client.models.debtor",
        "asperion_client.models.debtor_collection",
        "asperion_client.models.item_meta",
        "asperion_client.models.meta",
        "asperion_client.models.string_comparison",
    }


def test_the_package_and_an_endpoint_leave_the_generated_client_and_lowlevel_alone() -> None:
    loaded = _modules_after(
        "import asperion_async\nasperion_async.AsperionClient\n"
        "from asperion_client.api.debtors import list_debtors"
    )

    assert "asperion_client.api.debtors.list_debtors" in loaded
    assert {"asperion_client.client", "anyio.lowlevel", "secrets"} & loaded == set()


def test_the_client_classes_still_import_from_the_generated_package() -> None:
    import asperion_client
    from asperion_client.client import AuthenticatedClient, Client

    assert asperion_client.AuthenticatedClient is AuthenticatedClient
    assert asperion_client.Client is Client
    with pytest.raises(AttributeError, match="no attribute 'NoSuchClient'"):
        asperion_client.NoSuchClient  # noqa: B018 - the attribute access is the test


def test_every_model_name_still_imports_from_the_models_package() -> None:
    import asperion_client.models as models

    for name in models.__all__:
        model = getattr(models, name)
        assert model is vars(models)[name]  # kept after the first look-up
    assert set(models.__all__) <= set(dir(models))
    with pytest.raises(AttributeError, match="no attribute 'NoSuchModel'"):
        models.NoSuchModel  # noqa: B018 - the attribute access is the test
