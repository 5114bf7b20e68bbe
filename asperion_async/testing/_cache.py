"""Rendered list bodies, so a page read again costs a lookup instead of a render.

Rendering a 100-item page (projecting every item onto the schema, building links, JSON
encoding) costs the emulator milliseconds; a benchmark that pages the same collection over
and over should measure its client, not that. Keys carry the tenant's write version, so a
body rendered before any write to that tenant is never found again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

MAX_BODIES = 4096
MAX_BYTES = 64 * 1024 * 1024
"""Bounds of one emulator's cache: 64 MiB holds about 850 pages of 100 debtors (the
largest items) or 4096 pages of cost centers, so streaming 500 000 items through the
emulator keeps its memory flat while a repeated sync of a smaller collection hits."""


class BodyCache:
    """A least-recently-used map of response bodies, bounded by count and by total bytes.

    Not thread-safe: the emulator uses it under its store lock.
    """

    def __init__(self, max_bodies: int = MAX_BODIES, max_bytes: int = MAX_BYTES) -> None:
        if max_bodies < 1 or max_bytes < 1:
            raise ValueError("a body cache needs room for at least one body")
        self.max_bodies = max_bodies
        self.max_bytes = max_bytes
        self._bodies: OrderedDict[Hashable, bytes] = OrderedDict()
        self._bytes = 0

    def __len__(self) -> int:
        return len(self._bodies)

    @property
    def nbytes(self) -> int:
        """Total size of the bodies held."""
        return self._bytes

    def get(self, key: Hashable) -> bytes | None:
        body = self._bodies.get(key)
        if body is not None:
            self._bodies.move_to_end(key)
        return body

    def put(self, key: Hashable, body: bytes) -> None:
        """Keep ``body`` under ``key``, evicting the least recently used bodies to stay
        within bounds; a body larger than the whole byte budget is not kept."""
        previous = self._bodies.pop(key, None)
        if previous is not None:
            self._bytes -= len(previous)
        if len(body) > self.max_bytes:
            return
        self._bodies[key] = body
        self._bytes += len(body)
        while len(self._bodies) > self.max_bodies or self._bytes > self.max_bytes:
            _, evicted = self._bodies.popitem(last=False)
            self._bytes -= len(evicted)
