"""The engine on generated endpoints: requests from ``_get_kwargs``, items as models."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterable, Mapping
from types import ModuleType
from typing import Any

import attrs
import pytest
from asperion_client.api.debtors import get_debtor, list_debtors
from asperion_client.models import Debtor

from asperion_async._pagination import iter_items, iter_pages
from asperion_async.errors import AsperionError, UnexpectedResponseError

from .fakes import FakeListEndpoint

pytestmark = pytest.mark.anyio


async def drain(items: AsyncIterator[Any], seen: list[Any]) -> None:
    """Append every item to ``seen`` until the iterator ends or raises."""
    async for item in items:
        seen.append(item)


def debtors(count: int) -> list[dict[str, Any]]:
    return [
        {"id": i, "name": f"Debtor {i}", "city": "Utrecht", "_meta": {"self": f"/v1/debtors/{i}"}}
        for i in range(1, count + 1)
    ]


@pytest.mark.parametrize("endpoint", [list_debtors, list_debtors.asyncio_detailed])
async def test_items_of_a_generated_endpoint_are_its_item_models(endpoint: object) -> None:
    fake = FakeListEndpoint(debtors(230))

    items = [d async for d in iter_items(fake.send, endpoint, {"city": "Utrecht"}, prefetch=3)]

    assert all(type(d) is Debtor for d in items)
    assert [(d.id, d.name) for d in items] == [(i, f"Debtor {i}") for i in range(1, 231)]
    assert fake.requests[0] == {"page": 1, "pageSize": 100, "City": "Utrecht"}
    assert sorted(r["page"] for r in fake.requests) == [1, 2, 3]


async def test_pages_of_a_generated_endpoint() -> None:
    fake = FakeListEndpoint(debtors(120))

    pages = [p async for p in iter_pages(fake.send, list_debtors, {}, page_size=50)]

    assert [(p.number, len(p.items), p.total_count, p.page_count) for p in pages] == [
        (1, 50, 120, 3),
        (2, 50, 120, 3),
        (3, 20, 120, 3),
    ]
    assert isinstance(pages[2].items[-1], Debtor)


@pytest.mark.parametrize("bad_item", [5, "x", [1]], ids=["a number", "a string", "a list"])
async def test_an_item_the_model_cannot_parse_is_an_unexpected_response(bad_item: object) -> None:
    fake = FakeListEndpoint([*debtors(7), bad_item, *debtors(2)])
    items = iter_items(fake.send, list_debtors, {}, page_size=5)
    seen = []

    with pytest.raises(UnexpectedResponseError, match="page=2") as raised:
        await drain(items, seen)

    assert [debtor.id for debtor in seen] == [
        1,
        2,
        3,
        4,
        5,
    ]  # page 1 whole; page 2 is raised, none of its items
    assert isinstance(raised.value, AsperionError)
    assert isinstance(raised.value.__cause__, (TypeError, ValueError))
    with pytest.raises(StopAsyncIteration):
        await anext(items)


@pytest.mark.parametrize(
    ("endpoint", "params", "message"),
    [
        (get_debtor, {"id": 1}, "not a paged list"),
        (list_debtors, {"page": 3}, "sets page itself"),
        (list_debtors, {"page_size": 3}, "page_size as paginate's own argument"),
        (list_debtors, {"no_such_filter": 1}, "no_such_filter"),
        (object(), {}, "generated endpoint module"),
        (len, {}, "generated endpoint module"),
    ],
)
async def test_bad_endpoint_or_arguments_are_refused_before_any_io(
    endpoint: object, params: dict[str, Any], message: str
) -> None:
    fake = FakeListEndpoint(debtors(3))

    with pytest.raises(TypeError, match=message):
        iter_items(fake.send, endpoint, params)
    assert fake.requests == []


# An endpoint shaped like the generator's other naming config: the `_data` attribute is
# `field_data`, and the response type is a union with an error model.


class _Unset:
    pass


UNSET = _Unset()


@attrs.define
class Thing:
    number: int

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Thing:
        return cls(number=int(src["number"]))

    @classmethod
    def from_dicts(cls, srcs: Iterable[Mapping[str, Any]], *, consume: bool) -> list[Thing]:
        assert consume  # the engine hands over the page it decoded, as generated models take it
        return [cls(number=int(src.pop("number"))) for src in srcs]  # type: ignore[attr-defined]


@attrs.define
class Problem:
    title: str | _Unset = UNSET

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Problem:
        return cls(title=src.get("title", UNSET))


@attrs.define
class ThingList:
    field_data: list[Thing] | _Unset = UNSET
    field_meta: dict[str, Any] | _Unset = UNSET

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ThingList:
        data = src.get("_data", UNSET)
        return cls(
            field_data=data if isinstance(data, _Unset) else [Thing.from_dict(x) for x in data],
            field_meta=src.get("_meta", UNSET),
        )


def _thing_module() -> ModuleType:
    module = ModuleType("fake_things_api.list_things")

    def _get_kwargs(*, page: int = 1, page_size: int = 100) -> dict[str, Any]:
        return {
            "method": "get",
            "url": "/v1/things",
            "params": {"page": page, "pageSize": page_size},
        }

    def _parse_response(*, client: Any, response: Any) -> Problem | ThingList | None:
        raise AssertionError("the engine parses items itself")

    module._get_kwargs = _get_kwargs  # type: ignore[attr-defined]
    module._parse_response = _parse_response  # type: ignore[attr-defined]
    return module


@pytest.mark.parametrize("from_dicts", [True, False], ids=["from_dicts", "from_dict only"])
async def test_the_data_attribute_is_found_whatever_it_is_called(
    from_dicts: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not from_dicts:  # as models generated before from_dicts: still parsed
        monkeypatch.delattr(Thing, "from_dicts")
    module = _thing_module()
    sys.modules[module.__name__] = module
    try:
        fake = FakeListEndpoint([{"number": n} for n in range(150)])
        items = [t async for t in iter_items(fake.send, module, {})]
    finally:
        del sys.modules[module.__name__]

    assert items == [Thing(n) for n in range(150)]
