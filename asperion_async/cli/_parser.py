"""The command line: sub-commands, their options, and the checks argparse cannot express."""

from __future__ import annotations

import argparse
import datetime
import os
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from .._environment import require_safe_url
from .._pagination import MAX_PAGE_SIZE
from .._version import __version__
from ._errors import UsageError
from ._storage import is_postgres

DEFAULT_TOKEN_FILE = Path("~/.config/asperion/token.json")
DEFAULT_EMULATOR_TENANTS = 3
DEFAULT_REDIRECT_PORT = 8765


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors: `asperion-async sync: error: …` and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _non_negative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be at least 0, got {value}")
    return value


def _page_size(text: str) -> int:
    value = _positive_int(text)
    if value > MAX_PAGE_SIZE:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_PAGE_SIZE}, got {value}")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number: {value}")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 <= value < 60:
        raise argparse.ArgumentTypeError(f"must be between 0 and 60 seconds, got {value}")
    return value


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be above 0, got {value}")
    return value


def _emulator_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("emulator")
    group.add_argument(
        "--tenants",
        type=_positive_int,
        default=None,
        metavar="N",
        help=f"number of emulated administrations (default {DEFAULT_EMULATOR_TENANTS})",
    )
    group.add_argument(
        "--latency",
        type=_seconds,
        default=None,
        metavar="SECONDS",
        help="added latency per emulated request (default 0)",
    )
    group.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="N",
        help="seed of the emulated data (default: the emulator's)",
    )


def _connection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("connection")
    group.add_argument(
        "--emulator",
        action="store_true",
        help="run against an embedded Asperion emulator (no credentials needed)",
    )
    group.add_argument(
        "--environment",
        choices=("sandbox", "production"),
        default="sandbox",
        help="which Asperion hosts to use (default sandbox)",
    )
    group.add_argument(
        "--base-url",
        metavar="URL",
        help="API base URL instead of the --environment's, e.g. a served emulator or a proxy"
        " (default: $ASPERION_BASE_URL)",
    )
    group.add_argument(
        "--identity-url",
        metavar="URL",
        help="identity server (OAuth) URL instead of the --environment's"
        " (default: $ASPERION_IDENTITY_URL)",
    )
    group.add_argument(
        "--client-id",
        metavar="ID",
        help="OAuth client id (default: $ASPERION_CLIENT_ID)",
    )
    group.add_argument(
        "--client-secret",
        metavar="SECRET",
        help="OAuth client secret (default: $ASPERION_CLIENT_SECRET; prefer the variable)",
    )
    group.add_argument(
        "--token-file",
        type=Path,
        default=DEFAULT_TOKEN_FILE,
        metavar="PATH",
        help=f"where the token is kept (default {DEFAULT_TOKEN_FILE})",
    )
    _fleet_database_option(parser)
    _emulator_options(parser)
    _verbose_option(parser, default=argparse.SUPPRESS)


def _verbose_option(parser: argparse.ArgumentParser, *, default: object = 0) -> None:
    # A sub-command's default is SUPPRESS so that `asperion-async -v sync` keeps its -v.
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=default,
        help="log what the SDK does to stderr: -v retries and token refreshes, -vv also"
        " every request",
    )


def _fleet_database_option(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("fleet (several processes or machines)")
    group.add_argument(
        "--fleet-database",
        metavar="CONNINFO",
        help="PostgreSQL shared by the fleet: the token is kept there (instead of"
        " --token-file) and --fleet-rate / --fleet-in-flight count there"
        " (default: $ASPERION_FLEET_DATABASE; prefer the variable if it holds a password)",
    )
    group.add_argument(
        "--fleet-key",
        metavar="KEY",
        help="names the shared token and limits in --fleet-database (default: the client id)",
    )


def _limit_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("limits")
    group.add_argument(
        "--max-concurrency",
        type=_positive_int,
        default=16,
        metavar="N",
        help="requests in flight in total (default 16)",
    )
    group.add_argument(
        "--tenant-concurrency",
        type=_positive_int,
        default=4,
        metavar="N",
        help="requests in flight per administration (default 4)",
    )
    group.add_argument(
        "--rate-limit",
        type=_rate,
        default=None,
        metavar="PER_SECOND",
        help="requests per second in total (default: no limit)",
    )
    group.add_argument(
        "--fleet-rate",
        type=_rate,
        default=None,
        metavar="PER_SECOND",
        help="requests per second across every process sharing --fleet-database",
    )
    group.add_argument(
        "--fleet-in-flight",
        type=_positive_int,
        default=None,
        metavar="N",
        help="requests in flight across every process sharing --fleet-database",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="asperion-async",
        description="Work with the Asperion REST API from the command line.",
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _verbose_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    login = commands.add_parser(
        "login",
        allow_abbrev=False,
        help="authorize in the browser and save the token",
        description="Authorize with the OAuth authorization-code flow (PKCE) through a"
        " loopback redirect, then save the token.",
    )
    _connection_options(login)
    login.add_argument(
        "--redirect-port",
        type=_port,
        default=None,
        metavar="PORT",
        help="loopback port of the redirect URI http://127.0.0.1:PORT/callback, which must be"
        f" registered with the OAuth client (default {DEFAULT_REDIRECT_PORT}; with --emulator"
        " a free one)",
    )
    login.add_argument("--scope", default=None, help="OAuth scope to request (default none)")
    login.add_argument(
        "--no-browser",
        action="store_true",
        help="print the authorization URL instead of opening a browser",
    )

    tenants = commands.add_parser(
        "tenants",
        allow_abbrev=False,
        help="list the administrations you can access",
        description="List the administrations (tenants) the token gives access to.",
    )
    _connection_options(tenants)

    sync = commands.add_parser(
        "sync",
        allow_abbrev=False,
        help="export administrations into SQLite or PostgreSQL",
        description="Export resources of every (or the chosen) administration into a SQLite"
        " file or a PostgreSQL database: one table per resource, upserted by tenant and id,"
        " and a typed view <resource>_v per resource. A rerun resumes an interrupted sync;"
        " journal entries are then kept up to date through the journal entry log.",
    )
    _connection_options(sync)
    sync.add_argument(
        "-o",
        "--database",
        "--output",
        dest="database",
        default="asperion.sqlite",
        metavar="PATH_OR_URL",
        help="a SQLite file path, or a postgresql://... URL (default ./asperion.sqlite;"
        " --output is the older name)",
    )
    sync.add_argument(
        "-r",
        "--resource",
        action="append",
        dest="resources",
        metavar="NAME",
        help="a resource to sync, e.g. debtors (repeatable; default: all)",
    )
    sync.add_argument(
        "--tenant-id",
        action="append",
        type=_positive_int,
        dest="tenant_ids",
        metavar="ID",
        help="an administration to sync (repeatable; default: all)",
    )
    sync.add_argument(
        "--bookyear",
        type=_positive_int,
        default=datetime.date.today().year,
        metavar="YEAR",
        help="book year for resources that need one, e.g. ledgergrouped (default: this year)",
    )
    sync.add_argument(
        "--page-size",
        type=_page_size,
        default=MAX_PAGE_SIZE,
        metavar="N",
        help=f"items per request, at most {MAX_PAGE_SIZE} (default {MAX_PAGE_SIZE})",
    )
    sync.add_argument(
        "--full",
        action="store_true",
        help="reload journal entries in full instead of through the change log",
    )
    sync.add_argument(
        "--enqueue",
        action="store_true",
        help="put one job per tenant on the queue in the --database (PostgreSQL) instead of"
        " syncing here; `asperion-async worker` runs them",
    )
    sync.add_argument(
        "--progress",
        choices=("auto", "live", "plain", "off"),
        default="auto",
        help="live display, plain lines, or nothing (default: live on a terminal)",
    )
    _limit_options(sync)

    worker = commands.add_parser(
        "worker",
        allow_abbrev=False,
        help="run queued tenant syncs (any number of workers, on any machine)",
        description="Run the tenant syncs that `sync --enqueue` (or --schedule) put on the"
        " queue in a PostgreSQL database, --concurrency tenants at once. A tenant is never"
        " synced by two workers at once; the jobs of a worker that dies are taken over by"
        " another and resume from their last committed page.",
    )
    _connection_options(worker)
    worker.add_argument(
        "--database",
        required=True,
        metavar="URL",
        help="the postgresql://... database of the queue and the data",
    )
    worker.add_argument(
        "--concurrency",
        type=_positive_int,
        default=4,
        metavar="N",
        help="tenants synced at once by this worker (default 4)",
    )
    worker.add_argument(
        "--heartbeat",
        type=_rate,
        default=10.0,
        metavar="SECONDS",
        help="seconds between this worker's heartbeats and checks for dead workers (default 10)",
    )
    worker.add_argument(
        "--stalled-after",
        type=_rate,
        default=30.0,
        metavar="SECONDS",
        help="a worker silent this long is dead; its jobs are retried (default 30)",
    )
    worker.add_argument(
        "--attempts",
        type=_positive_int,
        default=5,
        metavar="N",
        help="tries of a failing tenant sync before it is reported failed (default 5)",
    )
    worker.add_argument(
        "--backoff",
        type=_non_negative_int,
        default=2,
        metavar="SECONDS",
        help="retry N waits SECONDS + SECONDS ** N (default 2: 4, 6, 10, 18 s)",
    )
    worker.add_argument(
        "--schedule",
        metavar="CRON",
        help="also enqueue every tenant on this cron schedule, e.g. '0 2 * * *' (nightly);"
        " with the -r/--bookyear/--page-size given here",
    )
    worker.add_argument(
        "-r",
        "--resource",
        action="append",
        dest="resources",
        metavar="NAME",
        help="a resource the scheduled syncs export (repeatable; default: all)",
    )
    worker.add_argument(
        "--bookyear",
        type=_positive_int,
        default=datetime.date.today().year,
        metavar="YEAR",
        help="book year of the scheduled syncs (default: this year)",
    )
    worker.add_argument(
        "--page-size",
        type=_page_size,
        default=MAX_PAGE_SIZE,
        metavar="N",
        help=f"items per request of the scheduled syncs (default {MAX_PAGE_SIZE})",
    )
    _limit_options(worker)

    status = commands.add_parser(
        "status",
        allow_abbrev=False,
        help="show the state of each tenant's queued sync",
        description="Show, per tenant, the state of its latest queued sync job (todo, doing,"
        " succeeded, failed), its attempts, the worker and the last error.",
    )
    status.add_argument(
        "--database",
        required=True,
        metavar="URL",
        help="the postgresql://... database of the queue",
    )

    emulator = commands.add_parser(
        "emulator",
        allow_abbrev=False,
        help="serve the Asperion emulator on loopback",
        description="Serve the Asperion emulator on a loopback address and print its base"
        " URL and a ready-to-use access token.",
    )
    emulator.add_argument(
        "--host", default="127.0.0.1", help="loopback address (default 127.0.0.1)"
    )
    emulator.add_argument(
        "--port", type=_port, default=0, metavar="PORT", help="port (default: a free one)"
    )
    _emulator_options(emulator)
    _verbose_option(emulator, default=argparse.SUPPRESS)
    _fleet_database_option(emulator)
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """Parse and cross-check the arguments; raises SystemExit(2) on bad input, like argparse."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _check(args)
    except UsageError as exc:
        parser.error(str(exc))
    return args


def _check(args: argparse.Namespace) -> None:
    """Cross-check the options and fill in the defaults that depend on other options."""
    postgres = is_postgres(getattr(args, "database", ""))
    if args.command in ("worker", "status") and not postgres:
        raise UsageError("--database must be a postgresql://... URL (the queue lives there)")
    if args.command == "status":
        return
    if args.command == "sync" and args.enqueue and not postgres:
        raise UsageError("--enqueue needs --database postgresql://... (the queue lives there)")
    if args.command == "worker" and args.emulator:
        raise UsageError(
            "worker syncs from the API given by --base-url/--identity-url; for an emulator,"
            " run `asperion-async emulator` and point the workers at it"
        )
    emulated = args.command == "emulator" or args.emulator
    args.fleet_database = args.fleet_database or os.environ.get("ASPERION_FLEET_DATABASE")
    fleet_limits = [
        flag
        for flag, value in (
            ("--fleet-rate", getattr(args, "fleet_rate", None)),
            ("--fleet-in-flight", getattr(args, "fleet_in_flight", None)),
        )
        if value is not None
    ]
    if fleet_limits and not args.fleet_database:
        raise UsageError(f"{', '.join(fleet_limits)} need --fleet-database")
    if args.command == "emulator" and args.host not in ("127.0.0.1", "::1", "localhost"):
        raise UsageError("--host must be a loopback address (127.0.0.1, ::1 or localhost)")
    if args.command == "login" and args.redirect_port is None:
        args.redirect_port = 0 if emulated else DEFAULT_REDIRECT_PORT
    if emulated:
        if args.command != "emulator" and (args.base_url or args.identity_url):
            raise UsageError("--base-url and --identity-url only apply without --emulator")
        args.tenants = args.tenants or DEFAULT_EMULATOR_TENANTS
        args.latency = args.latency or 0.0
        return
    args.base_url = _url(args.base_url, "ASPERION_BASE_URL", "--base-url")
    args.identity_url = _url(args.identity_url, "ASPERION_IDENTITY_URL", "--identity-url")
    args.client_id = args.client_id or os.environ.get("ASPERION_CLIENT_ID")
    args.client_secret = args.client_secret or os.environ.get("ASPERION_CLIENT_SECRET")
    given = [
        flag
        for flag, value in (
            ("--tenants", args.tenants),
            ("--latency", args.latency),
            ("--seed", args.seed),
        )
        if value is not None
    ]
    if given:
        raise UsageError(f"{', '.join(given)} only apply with --emulator")
    if not args.client_id:
        raise UsageError("no client id: pass --client-id or set ASPERION_CLIENT_ID")
    if not args.client_secret:
        raise UsageError("no client secret: set ASPERION_CLIENT_SECRET (or pass --client-secret)")


def _url(given: str | None, variable: str, option: str) -> str | None:
    """The option's URL, else the environment variable's; checked like the client checks it."""
    url = given or os.environ.get(variable) or None
    if url is None:
        return None
    try:
        return require_safe_url(url, option if given else f"{option} (from ${variable})")
    except ValueError as exc:
        raise UsageError(str(exc)) from None
