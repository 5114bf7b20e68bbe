"""Rendered list bodies are cached per tenant version and URL, and never served stale."""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx
import pytest

from asperion_async.testing import AsperionEmulator, Faults
from asperion_async.testing._app import _Handler
from asperion_async.testing._cache import BodyCache
from asperion_async.testing._files import pdf
from asperion_async.testing._spec import load_spec
from asperion_async.testing._tenants import format_time

from ._bodies import VALID
from .conftest import BASE_URL, make_client


def _cache(emulator: AsperionEmulator) -> BodyCache:
    return emulator._app.list_bodies


async def _fresh(
    emulator: AsperionEmulator,
    client: httpx.AsyncClient,
    url: str,
    headers: dict[str, str] | None = None,
) -> bytes:
    """The body as the emulator renders it now: the cache is bypassed and left as it was."""
    app = emulator._app
    kept = app.list_bodies
    app.list_bodies = BodyCache()
    try:
        response = await client.get(url, headers=headers)
    finally:
        app.list_bodies = kept
    assert response.status_code == 200, response.text
    return response.content


async def _bodies(client: httpx.AsyncClient, urls: list[str]) -> dict[str, bytes]:
    out = {}
    for url in urls:
        response = await client.get(url)
        assert response.status_code == 200, response.text
        out[url] = response.content
    return out


@pytest.mark.anyio
async def test_a_list_read_twice_is_rendered_once_with_identical_bytes(
    emulator: AsperionEmulator, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    renders: list[str] = []
    original = _Handler._list

    def counting(handler: _Handler, view: object) -> object:
        renders.append(str(handler.request.url))
        return original(handler, view)  # type: ignore[arg-type]

    monkeypatch.setattr(_Handler, "_list", counting)
    first = await client.get("/v1/debtors", params={"pageSize": 10})
    second = await client.get("/v1/debtors", params={"pageSize": 10})
    other = await client.get("/v1/debtors", params={"pageSize": 10, "page": 2})
    assert first.status_code == second.status_code == other.status_code == 200
    assert first.content == second.content
    assert first.headers["content-type"] == second.headers["content-type"] == "application/json"
    assert first.headers["content-length"] == second.headers["content-length"]
    assert other.content != first.content
    assert len(renders) == 2
    assert len(_cache(emulator)) == 2


Action = Callable[[AsperionEmulator, httpx.AsyncClient], Awaitable[object]]


async def _api_create(em: AsperionEmulator, client: httpx.AsyncClient) -> object:
    return (await client.post("/v1/debtors", json=VALID["debtors"])).raise_for_status()


async def _api_update(em: AsperionEmulator, client: httpx.AsyncClient) -> object:
    body = {"debtorKindId": "DEB", "city": "Dokkum"}
    return (await client.put("/v1/debtors/3", json=body)).raise_for_status()


async def _api_delete(em: AsperionEmulator, client: httpx.AsyncClient) -> object:
    return (await client.delete("/v1/debtors/1")).raise_for_status()


async def _mutate_create(em: AsperionEmulator, client: httpx.AsyncClient) -> object:
    return em.mutate(em.default_tenant, "debtors", changes=VALID["debtors"])


async def _mutate_update(em: AsperionEmulator, client: httpx.AsyncClient) -> object:
    return em.mutate(em.default_tenant, "debtors", 3, changes={"city": "Dokkum"})


async def _mutate_delete(em: AsperionEmulator, client: httpx.AsyncClient) -> object:
    return em.mutate(em.default_tenant, "debtors", 1, delete=True)


async def _journal_entry(em: AsperionEmulator, client: httpx.AsyncClient) -> object:
    body = VALID["journalentrieswithlines"]
    return (await client.post("/v1/journalentrieswithlines", json=body)).raise_for_status()


async def _journal_entry_behind_the_api(em: AsperionEmulator, client: httpx.AsyncClient) -> object:
    return em.mutate(em.default_tenant, "journalentries", 2, changes={"description": "Anders"})


async def _invoice_line(em: AsperionEmulator, client: httpx.AsyncClient) -> object:
    line = {"bookingType": "G", "amount": 10.0, "vatAmount": 2.1}
    return (await client.post("/v1/draftsalesinvoices/1/lines", json=line)).raise_for_status()


async def _mandate(em: AsperionEmulator, client: httpx.AsyncClient) -> object:
    body = {"reference": "MND-X", "signDate": "2024-02-01"}
    return (await client.post("/v1/debtors/2/mandates", json=body)).raise_for_status()


async def _inbox_upload(em: AsperionEmulator, client: httpx.AsyncClient) -> object:
    files = {"file": ("bon.pdf", pdf("bon"), "application/pdf")}
    return (await client.post("/v1/inboxfiles", files=files)).raise_for_status()


@dataclass(frozen=True)
class Case:
    action: Action
    urls: list[str]
    changed: list[str]
    """Of ``urls``, those whose body the action must change (so a stale cache shows)."""


_DEBTORS = [
    "/v1/debtors?pageSize=5",
    "/v1/debtors?page=2&pageSize=5",
    "/v1/debtors?page=6&pageSize=5",
    "/v1/debtors?metaOnly=true",
    "/v1/debtors?fields=id,city&orderBy=City&pageSize=50",
    "/v1/debtors?City=Dokkum",
]
_ALL_DEBTOR_PAGES = [url for url in _DEBTORS if "Dokkum" not in url]
_LOG = ["/v1/journalentrylog?metaOnly=true", "/v1/journalentrylog?pageSize=100"]

CASES = {
    "api-create": Case(_api_create, _DEBTORS, _ALL_DEBTOR_PAGES),
    "api-update": Case(_api_update, _DEBTORS, [_DEBTORS[0], _DEBTORS[4], _DEBTORS[5]]),
    "mutate-create": Case(_mutate_create, _DEBTORS, _ALL_DEBTOR_PAGES),
    "mutate-update": Case(_mutate_update, _DEBTORS, [_DEBTORS[0], _DEBTORS[4], _DEBTORS[5]]),
    "mutate-delete": Case(_mutate_delete, _DEBTORS, _ALL_DEBTOR_PAGES),
    "journal-entry-and-its-log": Case(
        _journal_entry,
        [*_LOG, "/v1/journalentrieswithlines?metaOnly=true"],
        [*_LOG, "/v1/journalentrieswithlines?metaOnly=true"],
    ),
    "journal-entry-log-behind-the-api": Case(
        _journal_entry_behind_the_api,
        [*_LOG, "/v1/journalentrieswithlines?pageSize=5"],
        [*_LOG, "/v1/journalentrieswithlines?pageSize=5"],
    ),
    "embedded-invoice-line": Case(
        _invoice_line,
        ["/v1/draftsalesinvoiceswithlines?pageSize=3", "/v1/draftsalesinvoices/1/lines"],
        ["/v1/draftsalesinvoiceswithlines?pageSize=3", "/v1/draftsalesinvoices/1/lines"],
    ),
    "child-collection": Case(
        _mandate,
        ["/v1/debtors/2/mandates", "/v1/debtors/3/mandates"],
        ["/v1/debtors/2/mandates"],
    ),
    "upload": Case(
        _inbox_upload,
        ["/v1/inboxfiles?metaOnly=true", "/v1/inboxfiles?pageSize=100"],
        ["/v1/inboxfiles?metaOnly=true", "/v1/inboxfiles?pageSize=100"],
    ),
}


async def _check(emulator: AsperionEmulator, client: httpx.AsyncClient, case: Case) -> None:
    before = await _bodies(client, case.urls)
    assert await _bodies(client, case.urls) == before  # now served from the cache
    await case.action(emulator, client)
    after = await _bodies(client, case.urls)
    for url in case.urls:
        assert after[url] == await _fresh(emulator, client, url), url
    assert [url for url in case.changed if after[url] == before[url]] == []


@pytest.mark.anyio
@pytest.mark.parametrize("name", list(CASES))
async def test_every_write_path_shows_in_the_next_list_read(
    emulator: AsperionEmulator, client: httpx.AsyncClient, name: str
) -> None:
    await _check(emulator, client, CASES[name])


@pytest.mark.anyio
async def test_a_delete_through_the_api_shows_in_the_next_list_read() -> None:
    """The vendored spec has no DELETE; one that has it deletes through the API."""
    spec = copy.deepcopy(load_spec())
    spec["paths"]["/v1/debtors/{id}"]["delete"] = {
        "operationId": "delete_debtor",
        "parameters": [
            {"in": "path", "name": "id", "required": True, "schema": {"type": "integer"}}
        ],
        "responses": {"204": {"description": "Deleted."}, "404": {"description": "Not found."}},
    }
    emulator = AsperionEmulator(tenants=1, seed=7, spec=spec)
    async with make_client(emulator) as client:
        await _check(emulator, client, Case(_api_delete, _DEBTORS, _ALL_DEBTOR_PAGES))


@pytest.mark.anyio
async def test_validate_only_and_failed_writes_keep_the_cached_bodies(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    url = "/v1/debtors?pageSize=5"
    before = (await client.get(url)).content
    version = emulator._tenants.default().version
    checked = await client.post("/v1/debtors?validateOnly=true", json=VALID["debtors"])
    refused = await client.post("/v1/debtors", json={**VALID["debtors"], "debtorKindId": "NOPE"})
    missing = await client.put("/v1/debtors/99999", json={"debtorKindId": "DEB"})
    assert (checked.status_code, refused.status_code, missing.status_code) == (200, 422, 404)
    assert emulator._tenants.default().version == version
    assert (await client.get(url)).content == before == await _fresh(emulator, client, url)


@pytest.mark.anyio
async def test_tenants_never_share_a_body(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    first, second, _ = emulator.tenant_ids
    url = "/v1/debtors?pageSize=5"
    default = await client.get(url)
    own = await client.get(url, headers={"x-tenant-id": str(first)})
    other = await client.get(url, headers={"X-Tenant-Id": str(second)})
    assert own.content == default.content
    assert other.json()["_meta"]["administrationId"] == second
    assert {i["_meta"]["administrationId"] for i in other.json()["_data"]} == {second}
    assert other.content == await _fresh(
        emulator, client, url, headers={"X-Tenant-Id": str(second)}
    )

    emulator.mutate(second, "debtors", 1, changes={"city": "Dokkum"})
    changed = await client.get(url, headers={"X-Tenant-Id": str(second)})
    assert changed.json()["_data"][0]["city"] == "Dokkum"
    assert (await client.get(url)).content == default.content


def _client(
    emulator: AsperionEmulator, transport: httpx.AsyncBaseTransport, base_url: str
) -> httpx.AsyncClient:
    token = emulator.issue_token()
    headers = {"Authorization": f"Bearer {token.access_token}"}
    return httpx.AsyncClient(transport=transport, base_url=base_url, headers=headers)


@pytest.mark.anyio
async def test_links_follow_the_host_and_base_url_of_each_request(
    emulator: AsperionEmulator,
) -> None:
    url = "/v1/debtors?pageSize=5"
    app = emulator._app.asgi
    proxied = httpx.ASGITransport(app=app, root_path="/proxy")
    async with (
        _client(emulator, emulator.transport(), BASE_URL) as plain,
        _client(emulator, emulator.transport(), "http://127.0.0.1:8123") as local,
        _client(emulator, proxied, BASE_URL) as behind_proxy,
    ):
        bodies = [
            (await plain.get(url)).json(),
            (await local.get(url)).json(),
            (await plain.get(url, headers={"Host": "elsewhere.test:9000"})).json(),
            (await behind_proxy.get(url)).json(),
        ]
    bases = [BASE_URL, "http://127.0.0.1:8123", "https://elsewhere.test:9000"]
    for body, base in zip(bodies[:3], bases, strict=True):
        assert body["_meta"]["self"] == f"{base}{url}"
        assert body["_meta"]["nextPage"].startswith(f"{base}/v1/debtors?")
        assert body["_data"][0]["_meta"]["self"] == f"{base}/v1/debtors/1"
    assert bodies[3]["_data"][0]["_meta"]["self"] == f"{BASE_URL}/proxy/v1/debtors/1"


@pytest.mark.anyio
async def test_list_bodies_do_not_depend_on_the_clock() -> None:
    """Timestamps are stamped by writes, never by reads: a body rendered earlier is what
    rendering it later gives, so the cache may serve it after the clock moved on."""
    now = [1_700_000_000.0]
    sizes = {"journalentries": 5, "inboxfiles": 5}
    emulator = AsperionEmulator(
        tenants=1, seed=5, sizes=sizes, access_token_lifetime=30 * 86_400, clock=lambda: now[0]
    )
    urls = ["/v1/journalentrylog?pageSize=100", "/v1/inboxfiles?pageSize=100", "/v1/debtors"]
    async with make_client(emulator) as client:
        await _journal_entry(emulator, client)
        await _inbox_upload(emulator, client)
        earlier = await _bodies(client, urls)
        now[0] += 3 * 86_400
        for url in urls:
            assert await _fresh(emulator, client, url) == earlier[url], url
        assert await _bodies(client, urls) == earlier

        await _journal_entry(emulator, client)
        await _inbox_upload(emulator, client)
        log = (await client.get(urls[0])).json()["_data"]
        files = (await client.get(urls[1])).json()["_data"]
    stamped = format_time(now[0]) + "+00:00"  # stored in UTC, answered with its offset
    assert log[-1]["changedDate"] == stamped != log[-2]["changedDate"]
    assert files[-1]["createdOn"] == stamped != files[-2]["createdOn"]


@pytest.mark.anyio
async def test_faults_auth_and_stats_still_apply_to_cached_lists() -> None:
    emulator = AsperionEmulator(tenants=1, seed=3, faults=Faults(p503=0.4, seed=9))
    url = "/v1/debtors?pageSize=5"
    async with make_client(emulator) as client:
        answers = [await client.get(url) for _ in range(30)]
        statuses = [a.status_code for a in answers]
        emulator.revoke_tokens()
        revoked = [(await client.get(url)).status_code for _ in range(10)]
    assert statuses.count(503) == emulator.stats.faults["503"] - revoked.count(503) > 0
    assert statuses.count(200) > 1
    assert len({a.content for a in answers if a.status_code == 200}) == 1
    assert set(revoked) - {503} == {401}
    assert emulator.stats.requests_to("/v1/debtors") == 40


@pytest.mark.anyio
async def test_error_answers_are_not_cached(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    first = await client.get("/v1/debtors", params={"pageSize": 0})
    second = await client.get("/v1/debtors", params={"pageSize": 0})
    missing_parent = await client.get("/v1/debtors/99999/mandates")
    assert first.status_code == second.status_code == 400
    assert missing_parent.status_code == 404
    assert first.json()["traceId"] != second.json()["traceId"]
    assert len(_cache(emulator)) == 0


@pytest.mark.anyio
async def test_the_emulator_cache_stays_within_its_bounds(
    emulator: AsperionEmulator, client: httpx.AsyncClient
) -> None:
    urls = [f"/v1/debtors?page={page}&pageSize=3" for page in range(1, 10)]
    size = len(await _fresh(emulator, client, urls[0]))
    cache = BodyCache(max_bodies=4, max_bytes=3 * size)
    emulator._app.list_bodies = cache
    for _ in range(2):
        for url in urls:
            body = (await client.get(url)).content
            assert body == await _fresh(emulator, client, url)
            assert 0 < len(cache) <= cache.max_bodies
            assert cache.nbytes <= cache.max_bytes


def test_body_cache_evicts_the_least_recently_used_body() -> None:
    cache = BodyCache(max_bodies=3, max_bytes=1000)
    for key in "abc":
        cache.put(key, key.encode() * 10)
    assert cache.get("a") == b"a" * 10  # a is now the most recently used
    cache.put("d", b"d" * 10)
    assert cache.get("b") is None
    assert [cache.get(k) is not None for k in "acd"] == [True, True, True]
    assert len(cache) == 3
    assert cache.nbytes == 30


def test_body_cache_keeps_to_its_byte_budget() -> None:
    cache = BodyCache(max_bodies=100, max_bytes=100)
    cache.put("a", b"a" * 40)
    cache.put("b", b"b" * 40)
    cache.put("c", b"c" * 40)
    assert (cache.get("a"), len(cache), cache.nbytes) == (None, 2, 80)
    cache.put("b", b"b" * 10)
    assert (len(cache), cache.nbytes) == (2, 50)
    cache.put("huge", b"h" * 101)
    assert (cache.get("huge"), len(cache), cache.nbytes) == (None, 2, 50)
    cache.put("c", b"c" * 101)
    assert (cache.get("c"), len(cache), cache.nbytes) == (None, 1, 10)


def test_body_cache_needs_room() -> None:
    with pytest.raises(ValueError, match="at least one"):
        BodyCache(max_bodies=0)
    with pytest.raises(ValueError, match="at least one"):
        BodyCache(max_bytes=0)
