"""Per-tenant storage: lazily generated base items plus an overlay of writes.

A collection of ``n`` base items never materialises them: item ``i`` is generated on
demand from ``(seed, tenant, resource, i)``. Writes go to an overlay (changed and
created items) and deletions to a sorted list of deleted base indexes, so unfiltered
paging stays O(page size + deletions).
"""

from __future__ import annotations

import bisect
import copy
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import Any

from ._generators import Context, Model, guid, stable_int
from ._spec import JSONDict

ItemId = int | str
Filler = Callable[[JSONDict, Any], JSONDict]

GENERATED_CACHE = 20_000
"""Base items each collection keeps once generated (paging a collection again, or many
clients paging the same one, then costs a lookup instead of a seeded generation)."""


class Collection:
    """One collection of one tenant (or the children of one parent item).

    ``on_write`` is called on every create, put and successful delete: whatever was read
    from the tenant before may have changed.
    """

    def __init__(
        self,
        name: str,
        model: Model,
        size: int,
        ctx: Context,
        fill: Filler,
        parent: JSONDict | None = None,
        *,
        on_write: Callable[[], None],
    ) -> None:
        self.name = name
        self._model = model
        self._size = size
        self._ctx = ctx
        self._fill = fill
        self._on_write = on_write
        self._parent = parent
        self._parent_key = None if parent is None else parent.get("id")
        self._changed: dict[ItemId, JSONDict] = {}
        self._created: list[ItemId] = []
        self._deleted: list[int] = []  # sorted base indexes
        self._table_index = {row["id"]: i for i, row in enumerate(model.table)}
        self._guid_prefix = guid(ctx.seed, ctx.tenant, name, self._parent_key)[:24]
        self._deleted_created = 0
        self._generated: OrderedDict[int, JSONDict] = OrderedDict()

    # --- ids ---------------------------------------------------------------------------
    def id_at(self, index: int) -> ItemId:
        table = self._model.table
        if index < len(table):
            value: ItemId = table[index]["id"]
            return value
        if self._model.id_kind == "guid":
            return f"{self._guid_prefix}{index + 1:012x}"
        if self._model.id_kind == "str":
            return f"X{index + 1}"
        if table:
            return max(int(row["id"]) for row in table) + index - len(table) + 1
        return index + 1

    def _base_index(self, item_id: ItemId) -> int | None:
        if item_id in self._table_index:
            return self._table_index[item_id]
        index: int | None = None
        if self._model.id_kind == "guid":
            text = str(item_id)
            if len(text) == 36 and text.startswith(self._guid_prefix):
                try:
                    index = int(text[24:], 16) - 1
                except ValueError:
                    return None
        elif self._model.id_kind == "str":
            text = str(item_id)
            index = int(text[1:]) - 1 if text[:1] == "X" and text[1:].isdigit() else None
        elif isinstance(item_id, int):
            table = self._model.table
            top = max((int(row["id"]) for row in table), default=0)
            index = item_id - top - 1 + len(table) if table else item_id - 1
        if index is None or not len(self._model.table) <= index < self._size:
            return None
        return index

    def coerce_id(self, raw: str) -> ItemId:
        """A path segment as this collection's id type."""
        if self._model.id_kind == "int" and raw.lstrip("-").isdigit():
            return int(raw)
        return raw

    # --- reads -------------------------------------------------------------------------
    def count(self) -> int:
        return self._size - len(self._deleted) + len(self._created)

    def get(self, item_id: ItemId) -> JSONDict | None:
        if item_id in self._changed:
            return self._changed[item_id]
        index = self._base_index(item_id)
        if index is None or self._is_deleted(index):
            return None
        return self._generate(index)

    def page(self, offset: int, limit: int) -> list[JSONDict]:
        """Items ``offset .. offset+limit`` in id order (base items, then created ones)."""
        out: list[JSONDict] = []
        alive = self._size - len(self._deleted)
        position = offset
        while len(out) < limit and position < alive:
            index = self._nth_alive(position)
            item_id = self.id_at(index)
            out.append(self._changed.get(item_id) or self._generate(index))
            position += 1
        for item_id in self._created[max(0, position - alive) : max(0, offset + limit - alive)]:
            out.append(self._changed[item_id])
        return out

    def written(self) -> list[JSONDict]:
        """The items created or changed since the collection was seeded."""
        return list(self._changed.values())

    def __iter__(self) -> Iterator[JSONDict]:
        step = 500
        for offset in range(0, self.count(), step):
            yield from self.page(offset, step)

    def _nth_alive(self, position: int) -> int:
        index = position
        for deleted in self._deleted:
            if deleted <= index:
                index += 1
            else:
                break
        return index

    def _is_deleted(self, index: int) -> bool:
        at = bisect.bisect_left(self._deleted, index)
        return at < len(self._deleted) and self._deleted[at] == index

    def _generate(self, index: int) -> JSONDict:
        """Base item ``index``; the same dict while it stays cached (callers never mutate
        what a collection returns: writes store new dicts)."""
        cached = self._generated.get(index)
        if cached is not None:
            self._generated.move_to_end(index)
            return cached
        item = self._build(index)
        self._generated[index] = item
        if len(self._generated) > GENERATED_CACHE:
            self._generated.popitem(last=False)
        return item

    def _build(self, index: int) -> JSONDict:
        rng = self._ctx.rng(self.name, index, self._parent_key)
        if index < len(self._model.table):
            item = copy.deepcopy(self._model.table[index])
        elif self._model.generate is not None:
            item = self._model.generate(self._ctx, rng, index, self._parent)
        else:
            item = {}
        item["id"] = self.id_at(index)
        return self._fill(item, rng)

    # --- writes ------------------------------------------------------------------------
    def next_id(self) -> ItemId:
        return self.id_at(self._size + len(self._created) + self._deleted_created)

    def create(self, item: JSONDict) -> JSONDict:
        item_id = self.next_id()
        item["id"] = item_id
        self._created.append(item_id)
        self._changed[item_id] = item
        self._on_write()
        return item

    def put(self, item: JSONDict) -> None:
        self._changed[item["id"]] = item
        self._on_write()

    def delete(self, item_id: ItemId) -> bool:
        if item_id in self._created:
            self._created.remove(item_id)
            del self._changed[item_id]
            self._deleted_created += 1
            self._on_write()
            return True
        index = self._base_index(item_id)
        if index is None or self._is_deleted(index):
            return False
        bisect.insort(self._deleted, index)
        self._changed.pop(item_id, None)
        self._on_write()
        return True


def children_size(seed: int, tenant: int, name: str, parent_id: object, most: int) -> int:
    """How many base children a parent has: 1..most (0 when most is 0), fixed by the seed."""
    return 1 + stable_int(seed, tenant, name, parent_id) % most if most > 0 else 0
