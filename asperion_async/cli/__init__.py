"""The `asperion-async` command: login, tenants, sync, emulator, worker and status.

Exit codes: 0 success, 1 failure, 2 bad usage or a missing extra. A failure prints one line
to stderr; no traceback, and never a secret (the SDK's errors carry none).

The options are parsed with the base install alone, so `--help` always works; the commands
themselves need the `cli` extra (rich, and the emulator's packages), imported only to run one.
"""

from __future__ import annotations

import argparse
import signal
import sqlite3
import sys
from collections.abc import Awaitable, Callable, Sequence

import anyio

from .._extras import missing_extra
from ..errors import AsperionError
from ._errors import CommandError, UsageError
from ._logging import verbose_logging
from ._login import LoginError
from ._parser import parse_args

__all__ = ["main"]

_PROG = "asperion-async"
_CLI_EXTRA = "pip install 'asperion-async[cli]'"

Command = Callable[[argparse.Namespace], Awaitable[int]]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (the console script exits with it)."""
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # argparse: --help, --version, or a usage error
        return exc.code if isinstance(exc.code, int) else 0
    try:
        with verbose_logging(args.verbose):
            code = anyio.run(_until_done_or_interrupted, _command(args.command), args)
    except KeyboardInterrupt:  # where no signal receiver exists (Windows)
        code = None
    except BaseException as exc:
        failure = _single(exc)
        if isinstance(failure, ModuleNotFoundError) and missing_extra(failure):
            _report(
                f"this command needs the 'cli' extra, which is not installed (no module"
                f" {failure.name!r}): {_CLI_EXTRA}",
                command=args.command,
            )
            return 2
        if isinstance(failure, UsageError):
            _report(f"{failure} (see --help)", command=args.command)
            return 2
        if isinstance(failure, Exception):
            _report(_describe(failure), command=args.command)
            return 1
        raise
    if code is not None:
        return code
    if args.command in ("emulator", "worker"):  # Ctrl+C/SIGTERM is how these are meant to stop
        return 0
    resume = "; rerun the same command to resume" if args.command == "sync" else ""
    _report(f"interrupted{resume}", command=args.command)
    return 130


def _command(name: str) -> Command:
    """The sub-command's function; importing the commands needs the `cli` extra."""
    from . import _commands

    commands: dict[str, Command] = {
        "login": _commands.login,
        "tenants": _commands.tenants,
        "sync": _commands.sync,
        "emulator": _commands.serve_emulator,
        "worker": _commands.worker,
        "status": _commands.status,
    }
    return commands[name]


async def _until_done_or_interrupted(
    command: Callable[[argparse.Namespace], Awaitable[int]], args: argparse.Namespace
) -> int | None:
    """Run ``command``; ``None`` when Ctrl+C (SIGINT) or SIGTERM stopped it first.

    The signal is received, not left to fly as KeyboardInterrupt, so the command is
    cancelled cleanly (its task groups and files unwind) the same way on every backend and
    Python version.
    """
    if sys.platform == "win32":
        return await command(args)
    outcome: list[int] = []
    async with anyio.create_task_group() as group:

        async def run() -> None:
            outcome.append(await command(args))
            group.cancel_scope.cancel()

        group.start_soon(run)
        with anyio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
            async for _ in signals:
                group.cancel_scope.cancel()
                break
    return outcome[0] if outcome else None


def _single(exc: BaseException) -> BaseException:
    """The one meaningful error inside (nested) exception groups from task groups."""
    while True:
        inner = getattr(exc, "exceptions", None)
        if not isinstance(inner, tuple) or not inner:
            return exc
        meaningful = [e for e in inner if isinstance(e, Exception)]  # not a cancellation
        exc = (meaningful or list(inner))[0]


def _describe(exc: BaseException) -> str:
    message = str(exc).splitlines()[0] if str(exc) else ""
    if isinstance(exc, (CommandError, LoginError, AsperionError, sqlite3.Error)):
        return message or type(exc).__name__
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def _report(message: str, *, command: str | None = None) -> None:
    prog = f"{_PROG} {command}" if command else _PROG
    print(f"{prog}: error: {message}", file=sys.stderr)
