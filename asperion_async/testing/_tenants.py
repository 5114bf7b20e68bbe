"""Administrations and views onto their collections, as the route table addresses them."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from starlette.requests import Request

from . import _dutch as nl
from ._files import Upload, pdf
from ._generators import GENERIC, MODELS, Context, Model
from ._query import Condition
from ._schemas import Schemas
from ._spec import JSONDict, Operation
from ._store import Collection, ItemId, children_size
from ._values import Values

_INVOICES = ("salesinvoices", "purchaseinvoices", "draftsalesinvoices")
_CREATED: dict[str, JSONDict] = {
    # What the API fills in on a create, as the seeded items carry it: a new invoice is a
    # concept (status 1, S3), a new journal entry is in state 1, new relations are not blocked.
    "salesinvoices": {"status": 1},
    "purchaseinvoices": {"status": 1},
    "draftsalesinvoices": {"status": 1},
    "journalentries": {"state": 1, "status": 1},
    "articles": {"active": True},
    "debtors": {"blocked": False, "noReminder": False, "directDebit": False},
    "creditors": {"blocked": False},
    "debtors/mandates": {"active": True},
}
_FILE_MODEL = Model(0, id_kind="guid")


def format_time(epoch: float) -> str:
    """A time the emulator stamps on a write, stored as its generated times are: UTC without
    an offset (times a client sends are kept as sent). Answers write it with ``+00:00``
    (``_formats.as_date_time``)."""
    return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


class Tenants:
    """Every administration of the emulated user, plus what all of them share."""

    def __init__(
        self,
        ids: Sequence[int],
        seed: int,
        sizes: Mapping[str, int],
        operations: list[Operation],
        schemas: Schemas,
        clock: Callable[[], float],
    ) -> None:
        self.schemas = schemas
        self.values = Values(schemas)
        self.clock = clock
        self.seed = seed
        self._operations = operations
        collections = {op.collection for op in operations}
        self._aliases = {
            name: name[: -len("withlines")]
            for name in collections
            if name.endswith("withlines") and name[: -len("withlines")] in collections
        }
        self._union: dict[str, JSONDict] = {}
        for op in operations:
            item = self.item_schema(op)
            if item and op.kind != "upload":
                props = self._union.setdefault(self.storage(op.collection), {})
                props.update(item.get("properties", {}))
        rng = random.Random(seed)  # noqa: S311 - test data, not secrets
        rows = tuple(
            {
                "id": tid,
                "name": f"{nl.company_name(rng)} administratie",
                "email": f"administratie@{tid}.nl",
                "telephoneNumber": nl.phone(rng),
            }
            for tid in ids
        )
        self.administrations = Model(len(rows), table=rows)
        self._sizes = self._base_sizes(sizes)
        names = {tid: str(row["name"]) for tid, row in zip(ids, rows, strict=True)}
        self._tenants = {tid: Tenant(self, tid, names[tid]) for tid in ids}
        self._default = ids[0]

    def _base_sizes(self, sizes: Mapping[str, int]) -> dict[str, int]:
        names = {self.storage(op.collection) for op in self._operations} | set(MODELS)
        out: dict[str, int] = {}
        for name in names:
            resource = name.rsplit("/", 1)[-1]
            model = self.model(name)
            out[name] = int(sizes.get(name, sizes.get(resource, model.default_size)))
        if "journalentrylog" not in sizes:
            out["journalentrylog"] = out.get("journalentries", 0)
        unknown = set(sizes) - names - {n.rsplit("/", 1)[-1] for n in names}
        if unknown:
            raise ValueError(f"sizes names unknown collections: {sorted(unknown)}")
        return out

    # --- lookups -----------------------------------------------------------------------
    def default(self) -> Tenant:
        return self._tenants[self._default]

    def get(self, tenant_id: int) -> Tenant | None:
        return self._tenants.get(tenant_id)

    def __iter__(self) -> Iterator[Tenant]:
        return iter(self._tenants.values())

    def storage(self, collection: str) -> str:
        head, _, tail = collection.partition("/")
        head = self._aliases.get(head, head)
        return f"{head}/{tail}" if tail else head

    def model(self, storage: str) -> Model:
        resource = storage.rsplit("/", 1)[-1]
        if storage == "administrations":
            return self.administrations
        if resource in ("file", "files"):
            return _FILE_MODEL
        found = MODELS.get(resource)
        if found is not None:
            return found
        id_schema = self._union.get(storage, {}).get("id", {})
        kind = self.schemas.flat(id_schema).get("type")
        if kind == "string":
            return Model(GENERIC.default_size, id_kind="str")
        return GENERIC

    def size(self, storage: str) -> int:
        return self._sizes.get(storage, 0)

    def sizes(self) -> Mapping[str, int]:
        return self._sizes

    def union(self, storage: str) -> JSONDict:
        return {"type": "object", "properties": self._union.get(storage, {})}

    def item_schema(self, op: Operation) -> JSONDict | None:
        if op.response_schema is None or op.kind == "download":
            return None
        if op.kind == "list":
            return self.schemas.envelope_items(op.response_schema)
        return self.schemas.flat(op.response_schema)

    def default_page_size(self, op: Operation) -> int:
        parameter = op.query_parameter("pageSize")
        default = None if parameter is None else parameter.schema.get("default")
        return int(default) if isinstance(default, int) else 100

    def now(self) -> str:
        return format_time(self.clock())


class Tenant:
    """One administration: its collections (created on first use), files and change log.

    ``version`` counts writes to any of its collections (API, ``mutate``, the journal entry
    log, uploads): anything read from this tenant under an older version may be stale.
    """

    def __init__(self, tenants: Tenants, tenant_id: int, name: str) -> None:
        self.tenants = tenants
        self.id = tenant_id
        self.name = name
        self.profile = "Standaard"
        self.ctx = Context(seed=tenants.seed, tenant=tenant_id, sizes=tenants.sizes())
        self._collections: dict[str, Collection] = {}
        self._children: dict[tuple[str, ItemId], Collection] = {}
        self.blobs: dict[str, tuple[str, bytes]] = {}
        self.version = 0

    def _written(self) -> None:
        self.version += 1

    def collection(self, storage: str) -> Collection:
        found = self._collections.get(storage)
        if found is None:
            found = Collection(
                storage,
                self.tenants.model(storage),
                self.tenants.size(storage),
                self.ctx,
                self._filler(storage),
                on_write=self._written,
            )
            self._collections[storage] = found
        return found

    def children(self, storage: str, parent: JSONDict) -> Collection:
        key = (storage, parent["id"])
        found = self._children.get(key)
        if found is None:
            model = self.tenants.model(storage)
            most = self.tenants.size(storage) if model.id_kind != "guid" else 0
            size = children_size(self.ctx.seed, self.id, storage, parent["id"], most)
            found = Collection(
                storage,
                model,
                size,
                self.ctx,
                self._filler(storage),
                parent,
                on_write=self._written,
            )
            self._children[key] = found
        return found

    def _filler(self, storage: str) -> Callable[[JSONDict, Any], JSONDict]:
        schema = self.tenants.union(storage)
        values = self.tenants.values

        def fill(item: JSONDict, rng: Any) -> JSONDict:
            return values.fill(schema, item, rng)

        return fill

    def view(self, op: Operation, path_params: Mapping[str, Any]) -> ItemView | None:
        storage = self.tenants.storage(op.collection)
        if op.parent is None or op.parent_param is None:
            return ItemView(self, storage, self.collection(storage), op)
        parent_storage = self.tenants.storage(op.parent)
        parents = self.collection(parent_storage)
        parent = parents.get(parents.coerce_id(str(path_params.get(op.parent_param, ""))))
        if parent is None:
            return None
        if isinstance(parent.get(op.resource), list) and op.kind != "upload":
            return EmbeddedView(self, storage, parents, parent, op)
        return ItemView(self, storage, self.children(storage, parent), op, parents, parent)

    def record(self, journal_entry_id: ItemId, action: str) -> None:
        """Append to ``/v1/journalentrylog``: the entry changed (Created/Modified/Deleted)."""
        log = self.collection("journalentrylog")
        log.create(
            {
                "journalEntryId": journal_entry_id,
                "changedDate": self.tenants.now(),
                "action": action,
            }
        )

    def store_file(self, view: ItemView, upload: Upload) -> JSONDict:
        item = file_fields(upload)
        item["createdOn"] = self.tenants.now()
        stored = view.collection.create(item)
        file_id = str(stored["id"])
        stored["fileUrl"] = f"{view.file_prefix}/{file_id}"
        self.blobs[file_id] = (upload.filename, upload.data)
        if view.parent is not None and view.parents is not None:
            view.parents.put({**view.parent, "fileId": file_id})
        return stored

    def file_bytes(self, view: ItemView, item_id: ItemId) -> tuple[str, bytes] | None:
        key = str(item_id)
        if key in self.blobs:
            return self.blobs[key]
        scan = self.collection("inboxfiles").get(key)
        if scan is None:
            return None
        name = str(scan.get("name") or f"{key}.pdf")
        return name, pdf(f"{self.name} - {name}")


def file_fields(upload: Upload) -> JSONDict:
    """What the API says of an uploaded file before it is stored: name, type, size."""
    extension = upload.filename.rsplit(".", 1)[-1].lower() if "." in upload.filename else "pdf"
    return {
        "name": upload.filename,
        "type": "application/pdf",  # sniffed from the bytes (S3), which are a PDF by now
        "extension": f".{extension}",
        "size": len(upload.data),
    }


class ItemView:
    """The items one operation addresses: a collection, or the children of one parent."""

    def __init__(
        self,
        tenant: Tenant,
        storage: str,
        collection: Collection,
        op: Operation,
        parents: Collection | None = None,
        parent: JSONDict | None = None,
    ) -> None:
        self.tenant = tenant
        self.storage = storage
        self.collection = collection
        self.op = op
        self.parents = parents
        self.parent = parent

    @property
    def file_prefix(self) -> str:
        return "/v1/files" if self.parent is not None else self.path_prefix(None)

    def path_prefix(self, request: Request | None) -> str:
        if self.op.kind == "upload" and self.parent is not None:
            return "/v1/files"
        segments = self.op.path.rstrip("/").split("/")
        if self.op.id_param is not None and segments[-1] == "{" + self.op.id_param + "}":
            segments = segments[:-1]
        if request is not None:
            for name, value in request.path_params.items():
                segments = [str(value) if s == "{" + name + "}" else s for s in segments]
        return "/".join(segments)

    # --- reads -------------------------------------------------------------------------
    def coerce_id(self, raw: str) -> ItemId:
        return self.collection.coerce_id(raw)

    def get(self, item_id: ItemId) -> JSONDict | None:
        return self.collection.get(item_id)

    def count(self) -> int:
        return self.collection.count()

    def page(self, offset: int, limit: int) -> list[JSONDict]:
        return self.collection.page(offset, limit)

    def __iter__(self) -> Iterator[JSONDict]:
        return iter(self.collection)

    def sample_keys(self) -> list[str]:
        keys = list(self.tenant.tenants.union(self.storage)["properties"])
        first = self.page(0, 1)
        return keys + [k for k in (first[0] if first else {}) if k not in keys]

    def default_conditions(self, params: Mapping[str, str]) -> list[Condition]:
        """Articles: only active ones unless the caller filters on ``ActiveState``."""
        if self.storage == "articles" and not any(k.lower() == "activestate" for k in params):
            return [Condition(key="active", value="true", comparison="equals")]
        return []

    # --- writes ------------------------------------------------------------------------
    def next_id(self) -> ItemId:
        return self.collection.next_id()

    def prepare(self, item: JSONDict, creating: bool) -> JSONDict:
        """Normalise a write: lines as lists with ids, invoice totals, server timestamps."""
        item = {k: v for k, v in item.items() if k != "_meta"}
        for key, value in list(item.items()):
            if isinstance(value, dict) and isinstance(value.get("_data"), list):
                item[key] = value["_data"]
        lines = item.get("lines")
        if isinstance(lines, list):
            item["lines"] = _number_lines(lines)
            if self.storage in _INVOICES:
                _totals(item)
        props = self.tenant.tenants.union(self.storage)["properties"]
        now = self.tenant.tenants.now()
        for stamp_key in ("dateAdded", "createdOn", "creationDate") if creating else ():
            if stamp_key in props:
                item.setdefault(stamp_key, now)
        if creating:
            for key, value in _CREATED.get(self.storage, {}).items():
                if item.get(key) is None:
                    item[key] = value
            day = item.get("date")
            if isinstance(day, str) and len(day) >= 7 and day[:4].isdigit():
                if "bookyear" in props and item.get("bookyear") is None:
                    item["bookyear"] = int(day[:4])
                if "bookperiod" in props and item.get("bookperiod") is None and day[5:7].isdigit():
                    item["bookperiod"] = int(day[5:7])
        if "dateLastChange" in props and not creating:
            item["dateLastChange"] = now
        if self.parent is not None and self.op.parent_param:
            owner = self.op.parent.rstrip("s").split("/")[-1] + "Id" if self.op.parent else ""
            if owner in props:
                item[owner] = self.parent["id"]
        return item

    def create(self, item: JSONDict) -> JSONDict:
        stored = self.collection.create(item)
        self._log(stored["id"], "Created")
        return stored

    def update(self, item: JSONDict) -> JSONDict:
        self.collection.put(item)
        self._log(item["id"], "Modified")
        return item

    def delete(self, item_id: ItemId) -> bool:
        deleted = self.collection.delete(item_id)
        if deleted:
            self._log(item_id, "Deleted")
        return deleted

    def _log(self, item_id: ItemId, action: str) -> None:
        if self.storage == "journalentries":
            self.tenant.record(item_id, action)


class EmbeddedView(ItemView):
    """Children kept inside the parent item (invoice lines): writes rewrite the parent."""

    def __init__(
        self, tenant: Tenant, storage: str, parents: Collection, parent: JSONDict, op: Operation
    ) -> None:
        super().__init__(tenant, storage, parents, op, parents, parent)
        self._key = op.resource
        self._parent_storage = tenant.tenants.storage(op.parent or "")

    def _rows(self) -> list[JSONDict]:
        rows = (self.parent or {}).get(self._key)
        return rows if isinstance(rows, list) else []

    def coerce_id(self, raw: str) -> ItemId:
        return int(raw) if raw.lstrip("-").isdigit() else raw

    def get(self, item_id: ItemId) -> JSONDict | None:
        return next((row for row in self._rows() if row.get("id") == item_id), None)

    def count(self) -> int:
        return len(self._rows())

    def page(self, offset: int, limit: int) -> list[JSONDict]:
        return self._rows()[offset : offset + limit]

    def __iter__(self) -> Iterator[JSONDict]:
        return iter(list(self._rows()))

    def sample_keys(self) -> list[str]:
        rows = self._rows()
        return list(rows[0]) if rows else []

    def next_id(self) -> ItemId:
        return max((int(r.get("id") or 0) for r in self._rows()), default=0) + 1

    def _save(self, rows: list[JSONDict]) -> None:
        parent = {**(self.parent or {}), self._key: rows}
        if self._parent_storage in _INVOICES:
            _totals(parent)
        self.collection.put(parent)
        self.parent = parent
        if self._parent_storage == "journalentries":
            self.tenant.record(parent["id"], "Modified")

    def create(self, item: JSONDict) -> JSONDict:
        item["id"] = self.next_id()
        self._save([*self._rows(), item])
        return item

    def update(self, item: JSONDict) -> JSONDict:
        self._save([item if r.get("id") == item["id"] else r for r in self._rows()])
        return item

    def delete(self, item_id: ItemId) -> bool:
        rows = self._rows()
        kept = [r for r in rows if r.get("id") != item_id]
        if len(kept) == len(rows):
            return False
        self._save(kept)
        return True


def _number_lines(lines: list[Any]) -> list[Any]:
    top = max((int(line.get("id") or 0) for line in lines if isinstance(line, dict)), default=0)
    out = []
    for line in lines:
        if isinstance(line, dict) and not line.get("id"):
            top += 1
            line = {**line, "id": top}
        out.append(line)
    return out


def _totals(item: JSONDict) -> None:
    lines = [line for line in item.get("lines") or [] if isinstance(line, dict)]
    excl = round(sum(float(line.get("amount") or 0) for line in lines), 2)
    vat = round(sum(float(line.get("vatAmount") or 0) for line in lines), 2)
    item.update(amountExclVat=excl, vatAmount=vat, amountInclVat=round(excl + vat, 2))
