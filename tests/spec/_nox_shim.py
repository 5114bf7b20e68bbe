"""``nox`` for tests/spec/test_workflow_steps.py: runs the project's real noxfile sessions in this
interpreter, without virtualenvs or installs (the test environment has every package).

    python _nox_shim.py -s SESSION [-- POSARGS...]

``NOX_SHIM_POSARGS`` (JSON: session name -> list) is appended to that session's posargs, so the
test can narrow the pytest run of ``nox -s tests`` to a few files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

_SESSIONS: dict[str, Callable[..., None]] = {}
_TOOLS = {"python": [sys.executable], "pytest": [sys.executable, "-m", "pytest"]}
_MODULES = ("ruff", "mypy")


class Session:
    def __init__(self, posargs: list[str]) -> None:
        self.posargs = posargs

    def install(self, *args: str) -> None:
        print("nox shim: skipped install", *args, flush=True)

    def run(self, *args: str, env: dict[str, str] | None = None) -> None:
        command = list(args)
        if command[0] in _TOOLS:
            command = _TOOLS[command[0]] + command[1:]
        elif command[0] in _MODULES:
            command = [sys.executable, "-m", *command]
        print("nox shim: run", *command, flush=True)
        subprocess.run(command, check=True, env={**os.environ, **(env or {})})

    def log(self, message: str) -> None:
        print(message, flush=True)


def _session(func: Callable[..., None] | None = None, **_: Any) -> Any:
    def register(f: Callable[..., None]) -> Callable[..., None]:
        _SESSIONS[f.__name__] = f
        return f

    return register(func) if func is not None else register


def main(argv: list[str]) -> int:
    fake = types.ModuleType("nox")
    fake.session = _session  # type: ignore[attr-defined]
    fake.Session = Session  # type: ignore[attr-defined]
    fake.options = types.SimpleNamespace()  # type: ignore[attr-defined]
    sys.modules["nox"] = fake
    name = argv[argv.index("-s") + 1]
    posargs = argv[argv.index("--") + 1 :] if "--" in argv else []
    posargs += json.loads(os.environ.get("NOX_SHIM_POSARGS", "{}")).get(name, [])
    namespace: dict[str, Any] = {"__file__": str(Path.cwd() / "noxfile.py")}
    exec(compile(Path("noxfile.py").read_text(), "noxfile.py", "exec"), namespace)  # noqa: S102
    try:
        _SESSIONS[name](Session(posargs))
    except subprocess.CalledProcessError as exc:
        print(f"nox shim: session {name} failed: {exc}", flush=True)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
