"""The task group an open client lends to work that outlives one call (fetch-ahead).

``async with client:`` opens it in ``__aenter__`` and closes it in ``__aexit__``, in the task
that entered the client, so it works the same on asyncio and trio. Work is started in it
by its *users* (a pagination window); a user must never let an exception escape into the
group (it would cancel the body of the ``async with client`` block) and must stop its
tasks when asked to. Closing the client asks every user to stop, then waits for their
tasks to unwind, so nothing outlives the client.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Protocol

import anyio

if TYPE_CHECKING:
    from anyio.abc import TaskGroup

__all__ = ["BackgroundTasks"]


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
