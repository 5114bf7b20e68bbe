"""The task group an open client lends to work that outlives one call.

``async with client:`` opens it in ``__aenter__`` and closes it in ``__aexit__``, in the task
that entered the client, so it works the same on asyncio and trio. Work is started in it
by its *users* (a pagination window); a user must never let an exception escape into the
group (it would cancel the body of the ``async with client`` block) and must stop its
tasks when asked to. Closing the client asks every user to stop, then waits for their
tasks to unwind, so nothing outlives the client.

A token refresh is the other kind of work here (``start_soon``): it is never asked to stop,
because a rotated token must be saved, and closing waits for it (it has its own deadline).
Without an open group, ``spawn_detached`` gives it a task of its own instead, which
``aclose`` waits for.
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Protocol

import anyio

if TYPE_CHECKING:
    import asyncio

    from anyio.abc import TaskGroup

__all__ = ["BackgroundTasks", "spawn_detached"]

_detached: set[asyncio.Task[None]] = set()
"""Detached asyncio tasks still running (the event loop keeps only weak references)."""


class _User(Protocol):
    def stop(self) -> None:
        """Cancel the tasks this user started (synchronously: they unwind soon after)."""


class BackgroundTasks:
    """A client's task group while the client is open in ``async with``; else nothing.

    Only the ``async with`` that opened the group closes it (nested or concurrent
    ``async with`` blocks of the same client reuse it). When the client is not open in
    ``async with``, :meth:`attach` returns ``None`` and users do their work inside calls.
    """

    def __init__(self) -> None:
        self._group: TaskGroup | None = None
        self._owner: object = None
        self._depth = 0
        self._users: weakref.WeakSet[_User] = weakref.WeakSet()

    def attach(self, user: _User) -> TaskGroup | None:
        """The group to start ``user``'s tasks in (``None``: not open); closing stops it."""
        if self._group is not None:
            self._users.add(user)
        return self._group

    def start_soon(self, func: Callable[[], Coroutine[Any, Any, None]]) -> bool:
        """Run ``func`` in the group if it is open (closing waits for it, never stops it).

        ``func`` must not raise. Returns whether it was started.
        """
        if self._group is None:
            return False
        self._group.start_soon(func)
        return True

    async def open(self) -> None:
        """Open the group in the current task (or count one more entry of its owner)."""
        task = anyio.get_current_task().id
        if self._group is not None:
            if task == self._owner:
                self._depth += 1
            return
        group = anyio.create_task_group()
        await group.__aenter__()
        self._group, self._owner, self._depth = group, task, 1

    def stop_all(self) -> None:
        """Ask every user to stop its tasks (``aclose`` from anywhere does this)."""
        for user in list(self._users):
            user.stop()

    async def close(self) -> None:
        """In the owner's outermost exit: stop every user, wait for the tasks, close."""
        group = self._group
        if group is None or anyio.get_current_task().id != self._owner:
            self.stop_all()
            return
        self._depth -= 1
        if self._depth:
            return
        self._group = None
        self.stop_all()
        await group.__aexit__(None, None, None)


def spawn_detached(func: Callable[[], Coroutine[Any, Any, None]]) -> None:
    """Run ``func`` in a task no caller's cancellation reaches (``func`` must not raise).

    For work a client not open in ``async with`` must finish even when its caller is gone
    (saving a rotated token): a trio system task, or an asyncio task kept referenced until
    it ends.
    """
    trio = sys.modules.get("trio")
    if trio is not None and _in_trio(trio):
        trio.lowlevel.spawn_system_task(func)
        return

    import asyncio  # here, not at import: it is loaded already on asyncio, and trio needs none

    task = asyncio.get_running_loop().create_task(func())
    _detached.add(task)
    task.add_done_callback(_detached.discard)


def _in_trio(trio: object) -> bool:
    try:
        trio.lowlevel.current_task()  # type: ignore[attr-defined]
    except RuntimeError:
        return False
    return True
