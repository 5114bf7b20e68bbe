"""What a sync shows while it runs and when it ends.

`SyncProgress` is the model: the sync engine and the store writer report into it, and
it keeps per-tenant counts. Two views read it: a rich live table redrawn a few times a
second (on a terminal), or plain lines, one per finished or failed tenant (CI, pipes).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TextIO

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.live import Live
from rich.table import Table
from rich.text import Text

from ._storage import Applied
from ._store import (
    Changed,
    Deleted,
    FinishIncremental,
    FinishLoad,
    PageLoaded,
    TenantFinished,
    Write,
)


@dataclass
class TenantProgress:
    tenant_id: int
    name: str
    resources: int
    resources_done: int = 0
    items: int = 0
    deleted: int = 0
    failures: dict[str, str] = field(default_factory=dict)
    started: float | None = None
    finished: float | None = None

    @property
    def status(self) -> str:
        if self.finished is not None:
            return "failed" if self.failures else "done"
        return "queued" if self.started is None else "syncing"

    def outcome(self) -> str:
        """One honest line: what was checked, what changed, what failed."""
        if self.failures:
            counts = f"{self.resources_done}/{self.resources} resources done"
        elif self.items == 0 and self.deleted == 0:
            return f"up to date, {self.resources} resources checked, 0 changed"
        else:
            counts = f"{self.resources} resources"
        return f"{self.status}, {counts}, {self.items:,} items written, {self.deleted:,} deleted"

    @property
    def elapsed(self) -> float:
        if self.started is None:
            return 0.0
        return (self.finished or time.monotonic()) - self.started


class SyncProgress:
    """Per-tenant counts of a running sync; `lines` receives the plain-text view, if any."""

    def __init__(self, lines: TextIO | None = None) -> None:
        self.tenants: dict[int, TenantProgress] = {}
        self._lines = lines

    def add_tenant(self, tenant_id: int, name: str, resources: int) -> None:
        self.tenants[tenant_id] = TenantProgress(tenant_id, name, resources)

    def tenant_started(self, tenant_id: int) -> None:
        self.tenants[tenant_id].started = time.monotonic()

    def tenant_finished(self, tenant_id: int) -> None:
        tenant = self.tenants[tenant_id]
        tenant.finished = time.monotonic()
        if self._lines is not None:
            self._print(f"{_label(tenant)}: {tenant.outcome()} in {tenant.elapsed:.1f} s")

    def resource_done_before(self, tenant_id: int) -> None:
        """A resumed run had already completed this resource: nothing to do for it."""
        self.tenants[tenant_id].resources_done += 1

    def committed(self, write: Write, applied: Applied) -> None:
        """The store committed `write`; `applied` counts the items it wrote and deleted."""
        if isinstance(write, TenantFinished):
            self.tenant_finished(write.tenant_id)
        elif isinstance(write, (PageLoaded, Changed, Deleted, FinishLoad, FinishIncremental)):
            tenant = self.tenants.get(write.tenant_id)
            if tenant is None:
                return
            tenant.deleted += applied.deleted
            tenant.items += applied.written
            if isinstance(write, (FinishLoad, FinishIncremental)):
                tenant.resources_done += 1

    def resource_failed(self, tenant_id: int, resource: str, message: str) -> None:
        tenant = self.tenants[tenant_id]
        tenant.failures[resource] = message
        if self._lines is not None:
            self._print(f"{_label(tenant)}: {resource} failed: {message}")

    def _print(self, line: str) -> None:
        assert self._lines is not None
        print(line, file=self._lines, flush=True)

    def table(self) -> RenderableType:
        """The live view; it fits itself to the terminal each time it is drawn."""
        return _LiveView(self)


class _LiveView:
    """Failed and syncing tenants, then the most recently finished, then a totals line.

    Finished tenants stay in the table while there is room, so the last frame is a summary
    of the run (in tenant order) rather than an empty table. Headers, ids and statuses are
    never cut: those columns keep their width and a long administration name wraps under
    itself instead. Below 100 columns the deleted count moves to the totals line.
    """

    def __init__(self, progress: SyncProgress) -> None:
        self._progress = progress

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        wide = options.max_width >= _WIDE
        tenants = list(self._progress.tenants.values())
        rows = self._rows(tenants, _row_budget(options.max_height))
        table = Table(box=None, pad_edge=False, expand=False)
        table.add_column("tenant", justify="right", no_wrap=True)
        table.add_column("name", overflow="fold", ratio=1)
        table.add_column("status", no_wrap=True, min_width=len("syncing"))
        numbers = (
            ["resources", "items", "deleted", "time"] if wide else ["resources", "items", "time"]
        )
        for column in numbers:
            table.add_column(column, justify="right", no_wrap=True, min_width=len(column))
        for tenant in rows:
            cells = [f"{tenant.resources_done}/{tenant.resources}", f"{tenant.items:,}"]
            if wide:
                cells.append(f"{tenant.deleted:,}")
            cells.append(_duration(tenant.elapsed))
            status = Text(tenant.status, style=_STYLES[tenant.status])
            table.add_row(str(tenant.tenant_id), tenant.name, status, *cells)
        yield table
        yield Text(self._totals(tenants, hidden=len(tenants) - len(rows), wide=wide), style="dim")

    @staticmethod
    def _rows(tenants: list[TenantProgress], budget: int) -> list[TenantProgress]:
        failed = [t for t in tenants if t.status == "failed"]
        syncing = [t for t in tenants if t.status == "syncing"]
        done = [t for t in tenants if t.status == "done"]
        if syncing or any(t.status == "queued" for t in tenants):
            done.sort(key=lambda t: t.finished or 0.0, reverse=True)  # the latest first
        return [*failed, *syncing, *done][:budget]  # when all are finished: in tenant order

    @staticmethod
    def _totals(tenants: list[TenantProgress], *, hidden: int, wide: bool) -> str:
        counts = {status: 0 for status in ("done", "failed", "syncing", "queued")}
        for tenant in tenants:
            counts[tenant.status] += 1
        items = sum(t.items for t in tenants)
        written = f"{items:,} items written"
        if not wide:
            written += f", {sum(t.deleted for t in tenants):,} deleted"
        line = (
            f"{counts['done']} of {len(tenants)} {_plural(len(tenants), 'tenant')} done,"
            f" {counts['syncing']} syncing, {counts['queued']} queued, {counts['failed']}"
            f" failed — {written}"
        )
        not_shown = hidden - counts["queued"]
        return f"{line}; {not_shown} more done, not shown" if not_shown > 0 else line


_LIVE_ROWS = 20
_WIDE = 100
_STYLES = {"done": "green", "failed": "bold red", "syncing": "cyan", "queued": "dim"}


def _row_budget(height: int | None) -> int:
    """Rows that fit a terminal of ``height`` lines with room for wrapped names and totals."""
    if height is None:
        return _LIVE_ROWS
    return max(3, min(_LIVE_ROWS, (height - 4) // 2))


def _duration(seconds: float) -> str:
    if seconds < 600:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(int(seconds), 60)
    return f"{minutes}m{rest:02d}s"


def _plural(count: int, noun: str) -> str:
    return noun if count == 1 else f"{noun}s"


def _label(tenant: TenantProgress) -> str:
    return f"{tenant.tenant_id} {tenant.name}".strip()


def resolve_mode(mode: str, stream: TextIO) -> str:
    """`auto` becomes `live` on an interactive terminal outside CI, `plain` otherwise."""
    if mode != "auto":
        return mode
    interactive = stream.isatty() and not os.environ.get("CI")
    return "live" if interactive else "plain"


@contextmanager
def show_progress(mode: str, stream: TextIO | None = None) -> Iterator[SyncProgress]:
    """A `SyncProgress` shown as `mode` (live, plain, off) on `stream` while the block runs."""
    stream = stream or sys.stderr
    mode = resolve_mode(mode, stream)
    if mode == "plain":
        yield SyncProgress(lines=stream)
        return
    progress = SyncProgress()
    if mode == "off":
        yield progress
        return
    console = Console(file=stream)
    with Live(
        console=console, get_renderable=progress.table, refresh_per_second=8, transient=False
    ):
        yield progress


@dataclass(frozen=True)
class SyncSummary:
    tenants: int
    tenants_failed: int
    resources: int
    items: int
    deleted: int
    requests: int
    retries: int
    elapsed: float
    output: str
    resumed: bool

    def lines(self) -> list[str]:
        rate = self.items / self.elapsed if self.elapsed > 0 else 0.0
        verb = "Resumed and synced" if self.resumed else "Synced"
        return [
            f"{verb} {self.tenants} {_plural(self.tenants, 'tenant')} ({self.tenants_failed}"
            f" failed), {self.resources} {_plural(self.resources, 'resource')} into {self.output}",
            f"items:    {self.items:,} written, {self.deleted:,} deleted",
            f"requests: {self.requests:,} ({self.retries:,} retries)",
            f"elapsed:  {self.elapsed:.2f} s ({rate:,.0f} items/s)",
        ]
