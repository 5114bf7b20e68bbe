"""A nested model that only passes its JSON through is built on first access, invisibly.

Every list item carries an ``_meta`` object (``ItemMeta``) and every envelope a page
``_meta`` (``Meta``); most code reads neither. ``from_dict`` keeps such an object as it came
and the first read builds the model (``types.read_on_first_access``). These tests pin that
the laziness is real, that nothing a caller can observe differs from building at once, and
that it is only used where building later cannot fail.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import asperion_client.models as generated_models
import attrs
import pytest
from asperion_client.models import CostCenter, CostCenterCollection, ItemMeta, Meta
from asperion_client.types import UNSET, Unset

RAW_META = {
    "administrationId": 100001,
    "administrationName": "Schildersbedrijf de Groot administratie",
    "profileName": "Standaard",
    "self": "http://127.0.0.1/v1/costcenters/7",
}
RAW = {"id": 7, "conversionCode": "KP007", "description": "Vestiging", "_meta": RAW_META}


def stored(model: object, name: str) -> object:
    """What the slot behind field ``name`` holds right now, without building anything."""
    return type(model).__dict__[name]._slot.__get__(model, type(model))


def lazily_read() -> list[tuple[type, str, type]]:
    """(model, field, nested model) for every field generated to be read on first access."""
    found = []
    for name in generated_models.__all__:
        model = getattr(generated_models, name)
        if not (isinstance(model, type) and attrs.has(model)):
            continue
        for field in attrs.fields(model):
            descriptor = model.__dict__.get(field.name)
            if type(descriptor).__name__ == "_ReadOnFirstAccess":
                nested = descriptor._from_dict.__self__
                found.append((model, field.name, nested))
    return found


def test_the_nested_object_is_kept_until_it_is_read() -> None:
    item = CostCenter.from_dict(RAW)

    assert stored(item, "meta") is RAW_META
    meta = item.meta
    assert isinstance(meta, ItemMeta)
    assert meta.self_ == RAW_META["self"]
    assert stored(item, "meta") is meta  # built once, then kept
    assert item.meta is meta


def test_what_a_caller_sees_is_what_building_at_once_gives() -> None:
    eager = CostCenter(
        id=7, conversion_code="KP007", description="Vestiging", meta=ItemMeta.from_dict(RAW_META)
    )

    assert CostCenter.from_dict(RAW) == eager
    assert repr(CostCenter.from_dict(RAW)) == repr(eager)
    assert CostCenter.from_dict(RAW).to_dict() == RAW
    assert attrs.asdict(CostCenter.from_dict(RAW)) == attrs.asdict(eager)
    assert pickle.loads(pickle.dumps(CostCenter.from_dict(RAW))) == eager  # noqa: S301 - our own bytes
    assert copy.copy(CostCenter.from_dict(RAW)) == eager
    assert attrs.evolve(CostCenter.from_dict(RAW), id=8).meta == eager.meta


def test_setting_and_leaving_out_the_field() -> None:
    item = CostCenter.from_dict(RAW)
    replacement = ItemMeta(administration_id=1)

    item.meta = replacement
    assert item.meta is replacement
    assert CostCenter.from_dict({"id": 1}).meta is UNSET
    assert isinstance(CostCenter().meta, Unset)


def test_an_envelope_and_its_items_read_their_meta_on_access() -> None:
    page = CostCenterCollection.from_dict(
        {"_data": [RAW], "_meta": {"totalCount": 1, "pageCount": 1, "nextPage": None}}
    )

    assert isinstance(stored(page, "meta"), dict)
    assert isinstance(page.meta, Meta)
    assert page.meta.page_count == 1
    assert isinstance(page.data, list)
    assert page.data[0].meta == ItemMeta.from_dict(RAW_META)


@pytest.mark.parametrize("garbage", ["not an object", 12, ["a", "list"], None])
def test_a_nested_value_that_is_no_object_still_fails_at_once(garbage: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        CostCenter.from_dict({**RAW, "_meta": garbage})


def test_every_list_item_and_envelope_reads_its_meta_on_access() -> None:
    fields = {(model.__name__, field) for model, field, _ in lazily_read()}

    assert ("CostCenter", "meta") in fields
    assert ("DebtorCollection", "meta") in fields
    assert len(fields) >= 70  # 36 item models with ItemMeta, 38 envelopes with Meta


HOSTILE: list[Any] = ["text", 12, -1.5, None, True, [1, 2], {"nested": {"deep": []}}, ""]


@pytest.mark.parametrize(("model", "field", "nested"), lazily_read(), ids=repr)
def test_a_lazily_read_model_cannot_fail_to_build_from_an_object(
    model: type, field: str, nested: Any
) -> None:
    every_field = nested(**{f.name: "x" for f in attrs.fields(nested) if f.init})
    known = sorted(every_field.to_dict())
    assert known
    for value in HOSTILE:
        built = nested.from_dict(dict.fromkeys(known, value))  # must not raise
        assert isinstance(built, nested)
