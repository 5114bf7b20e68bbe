"""Scenario 2: tenant isolation at load -- 300 tenants, 2 000 concurrent mixed calls.

The emulator stamps every item with ``_meta.administrationId`` and every list page with the
administration it served, so a response sent to the wrong tenant (a shared header, a
mixed-up connection) shows up as a mismatch.
"""

from __future__ import annotations

import random
from collections import Counter

import anyio
import pytest
from asperion_client.api.debtors import get_debtor, list_debtors

from asperion_async.testing import AsperionEmulator

from ._support import make_client

pytestmark = [pytest.mark.anyio, pytest.mark.slow]

TENANTS = 300
CALLS = 2_000


async def test_no_response_is_attributed_to_the_wrong_tenant(anyio_backend: str) -> None:
    emulator = AsperionEmulator(
        tenants=TENANTS, seed=3, sizes={"debtors": 12, "salesinvoices": 8}, latency=(0.0, 0.004)
    )
    rng = random.Random(2024)
    plan = [(rng.choice(emulator.tenant_ids), rng.randrange(3)) for _ in range(CALLS)]
    wrong: list[tuple[int, str, object]] = []
    answered: Counter[int] = Counter()
    async with make_client(emulator, max_concurrency=64, tenant_concurrency=2) as client:

        async def one(tenant: int, kind: int) -> None:
            view = client.tenant(tenant)
            if kind == 0:
                page = await view.call(list_debtors, page_size=5)
                stamps = [d.to_dict()["_meta"]["administrationId"] for d in page.data]
                stamps.append(page.meta.to_dict()["administrationId"])
            elif kind == 1:
                debtor = await view.call(get_debtor, id=1 + tenant % 12)
                stamps = [debtor.to_dict()["_meta"]["administrationId"]]
            else:
                response = await view.request("GET", "/v1/salesinvoices", params={"pageSize": 3})
                body = response.json()
                stamps = [i["_meta"]["administrationId"] for i in body["_data"]]
                stamps.append(body["_meta"]["administrationId"])
            wrong.extend((tenant, str(kind), s) for s in stamps if s != tenant)
            answered[tenant] += 1

        async with anyio.create_task_group() as tg:
            for tenant, kind in plan:
                tg.start_soon(one, tenant, kind)
        in_flight = client._pipeline.limits.in_flight

    print(
        f"\nisolation: {CALLS} calls over {len(answered)} tenants, "
        f"client requests={client.stats.requests}, wrong attributions={len(wrong)}"
    )
    assert wrong == []
    assert sum(answered.values()) == CALLS
    assert in_flight == 0
    # The server saw exactly the calls each tenant made, no more, no fewer.
    expected = Counter(tenant for tenant, _ in plan)
    served = Counter()
    for (_operation, tenant), n in emulator.stats.requests.items():
        served[tenant] += n
    assert served == expected
