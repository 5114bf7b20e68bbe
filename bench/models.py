"""``python -m bench.models``: where the CPU of building models from one page goes.

Row 2b's models-vs-raw-dicts gap is the cost of building the models of each page. This takes
one 100-item page of cost centers (row 2b's collection), of debtors (many fields, date-times)
and of sales invoices (money, dates) from the emulator, decoded as the SDK decodes it
(``json_loads``: numbers are ``Decimal``), and times per page on one core (median of 9
batches): the decode; the generated ``from_dict`` called on every item; ``from_dicts`` on the
page; and ``from_dicts(consume=True)`` on a page just decoded, which is what ``paginate``
does (timed with the decode, which is then taken off). Then the parts of a cost center (the
nested ``_meta`` model, attrs' ``__init__``), and the per-value cost of the readers a model
calls.
"""

from __future__ import annotations

import decimal
import gc
import statistics
import time
from collections.abc import Callable

import anyio
import httpx
from asperion_client.models import CostCenter, Debtor, ItemMeta, SalesInvoice
from asperion_client.types import to_date, to_datetime, to_decimal
from dateutil.parser import isoparse

from asperion_async._json import json_loads
from asperion_async.testing import AsperionEmulator


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
    emulator = AsperionEmulator(
        tenants=1, seed=7, sizes={"costcenters": 100, "debtors": 100, "salesinvoices": 100}
    )
    us = 1e6
    for collection, model in (
        ("costcenters", CostCenter),
        ("debtors", Debtor),
        ("salesinvoices", SalesInvoice),
    ):
        body = anyio.run(_page, emulator, collection)
        items = json_loads(body)["_data"]
        decode = per_call(lambda body=body: json_loads(body))
        each = per_call(lambda items=items, model=model: [model.from_dict(i) for i in items])
        page = per_call(lambda items=items, model=model: model.from_dicts(items))
        consumed = per_call(
            lambda body=body, model=model: model.from_dicts(json_loads(body)["_data"], consume=True)
        )
        print(
            f"{collection}: {len(items)} items, {len(items[0])} keys each, {len(body)} bytes; "
            f"json_loads {decode * us:.0f} us/page; from_dict on each item {each * us:.0f}, "
            f"from_dicts {page * us:.0f}, from_dicts(consume=True) {(consumed - decode) * us:.0f}"
            f" us/page ({(consumed - decode) / decode:.2f}x json_loads)"
        )
    items = json_loads(anyio.run(_page, emulator, "costcenters"))["_data"]
    metas = [item["_meta"] for item in items]
    generated = per_call(lambda: [CostCenter.from_dict(i) for i in items])
    parts = {
        "nested ItemMeta.from_dict": per_call(lambda: [ItemMeta.from_dict(m) for m in metas]),
        "attrs __init__ alone (from_dict no longer calls it)": per_call(
            lambda: [CostCenter(description=i.get("description"), id=i.get("id")) for i in items]
        ),
    }
    print(f"cost centers, per 100-item page: generated from_dict {generated * us:.0f} us")
    for name, seconds in parts.items():
        print(f"  {name}: {seconds * us:.0f} us ({seconds / generated:.0%} of it)")
    readers: dict[str, Callable[[], object]] = {
        "to_date('2024-03-05')": lambda: to_date("2024-03-05"),
        "to_date('2024-03-05T00:00:00')": lambda: to_date("2024-03-05T00:00:00"),
        "to_datetime('2024-03-05T10:11:12+00:00')": lambda: to_datetime(
            "2024-03-05T10:11:12+00:00"
        ),
        "to_datetime('2024-03-05T10:11:12.1234567Z')": lambda: to_datetime(
            "2024-03-05T10:11:12.1234567Z"
        ),
        "to_decimal(Decimal('1234.50'))": lambda: to_decimal(money),
        "dateutil isoparse('2024-03-05T10:11:12')": lambda: isoparse("2024-03-05T10:11:12"),
    }
    money = decimal.Decimal("1234.50")
    print("per value:")
    for name, reader in readers.items():
        print(f"  {name} {per_call(reader, 5000) * us:.2f} us")


if __name__ == "__main__":
    main()
