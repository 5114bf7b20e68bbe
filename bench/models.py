"""``python -m bench.models``: where the CPU of building models from one page goes.

Row 2b's models-vs-raw-dicts gap is the cost of ``from_dict`` over each page. This takes one
100-item page of cost centers (row 2b's collection) and of debtors (many fields, dates,
money) from the emulator and times, per page and on one core (median of 9 batches):
``json.loads``, the generated ``from_dict`` over every item, its parts (the nested ``_meta``
model, attrs' ``__init__``, the ``dict(src)`` copy), and one hand-written ``from_dict``
that builds the same objects a cheaper way, as a measure of what a template change could
save. Also the per-value cost of the parsers a model may call (dates, Decimal).
"""

from __future__ import annotations

import datetime
import decimal
import gc
import json
import statistics
import time
from collections.abc import Callable, Mapping
from typing import Any

import anyio
import httpx
from asperion_client.models import CostCenter, Debtor, ItemMeta
from asperion_client.types import UNSET
from dateutil.parser import isoparse

from asperion_async.testing import AsperionEmulator

_COST_CENTER_KEYS = frozenset({"_meta", "conversionCode", "description", "id"})
_META_KEYS = frozenset({"self"})


def per_call(job: Callable[[], object], calls: int = 200) -> float:
    """Median seconds per call of ``job`` over 9 batches (the collector on, as in a sync)."""
    gc.collect()
    batches = []
    for _ in range(9):
        started = time.perf_counter()
        for _ in range(calls):
            job()
        batches.append((time.perf_counter() - started) / calls)
    return statistics.median(batches)


def _meta_direct(src: Mapping[str, Any]) -> ItemMeta:
    meta = ItemMeta.__new__(ItemMeta)
    meta.self_ = src.get("self", UNSET)
    extra = src.keys() - _META_KEYS
    meta.additional_properties = {key: src[key] for key in extra} if extra else {}
    return meta


def cost_center_direct(src: Mapping[str, Any]) -> CostCenter:
    """``CostCenter.from_dict`` without the copy-and-pop, the default factory, ``__init__``."""
    item = CostCenter.__new__(CostCenter)
    get = src.get
    meta = get("_meta", UNSET)
    item.meta = UNSET if meta is UNSET else _meta_direct(meta)
    item.conversion_code = get("conversionCode", UNSET)
    item.description = get("description", UNSET)
    item.id = get("id", UNSET)
    extra = src.keys() - _COST_CENTER_KEYS
    item.additional_properties = {key: src[key] for key in extra} if extra else {}
    return item


async def _page(emulator: AsperionEmulator, collection: str) -> bytes:
    token = emulator.issue_token().access_token
    async with httpx.AsyncClient(
        transport=emulator.transport(),
        base_url="http://127.0.0.1",
        headers={"Authorization": f"Bearer {token}"},
    ) as http:
        response = await http.get(f"/v1/{collection}", params={"pageSize": 100})
        response.raise_for_status()
        return response.content


def main() -> None:
    emulator = AsperionEmulator(tenants=1, seed=7, sizes={"costcenters": 100, "debtors": 100})
    us = 1e6
    for collection, model in (("costcenters", CostCenter), ("debtors", Debtor)):
        body = anyio.run(_page, emulator, collection)
        items = json.loads(body)["_data"]
        decode = per_call(lambda body=body: json.loads(body))
        build = per_call(lambda items=items, model=model: [model.from_dict(i) for i in items])
        print(
            f"{collection}: {len(items)} items, {len(items[0])} keys each, {len(body)} bytes; "
            f"json.loads {decode * us:.0f} us/page, from_dict {build * us:.0f} us/page "
            f"({build / decode:.2f}x json.loads)"
        )
    items = json.loads(anyio.run(_page, emulator, "costcenters"))["_data"]
    assert [cost_center_direct(i) for i in items] == [CostCenter.from_dict(i) for i in items]
    metas = [item["_meta"] for item in items]
    generated = per_call(lambda: [CostCenter.from_dict(i) for i in items])
    parts = {
        "nested ItemMeta.from_dict": per_call(lambda: [ItemMeta.from_dict(m) for m in metas]),
        "dict(src) copies": per_call(lambda: [dict(i) for i in items]),
        "CostCenter(...) (attrs __init__)": per_call(
            lambda: [CostCenter(description=i.get("description"), id=i.get("id")) for i in items]
        ),
        "hand-written from_dict, same objects": per_call(
            lambda: [cost_center_direct(i) for i in items]
        ),
    }
    print(f"cost centers, per 100-item page: generated from_dict {generated * us:.0f} us")
    for name, seconds in parts.items():
        print(f"  {name}: {seconds * us:.0f} us ({seconds / generated:.0%} of it)")
    text, number = "2024-03-05T10:11:12", 1234.5
    print("per value:")
    print(f"  dateutil isoparse {per_call(lambda: isoparse(text), 5000) * us:.2f} us")
    fromiso = per_call(lambda: datetime.datetime.fromisoformat(text), 5000)
    print(f"  datetime.fromisoformat {fromiso * us:.2f} us")
    exact = per_call(lambda: decimal.Decimal(str(number)), 5000)
    print(f"  Decimal(str(float)) {exact * us:.2f} us")


if __name__ == "__main__":
    main()
