"""Hypothesis strategies from the spec's (OpenAPI 3.0) schemas: JSON values that conform."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from asperion_async.testing._schemas import Schemas

INT32 = 2**31 - 1
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)


def from_schema(
    schemas: Schemas,
    schema: dict[str, Any],
    depth: int = 0,
    hints: dict[str, list[Any]] | None = None,
) -> st.SearchStrategy[Any]:
    flat = schemas.flat(schema)
    base = _base(schemas, flat, depth, hints or {})
    if flat.get("nullable"):
        return st.one_of(st.none(), base)
    return base


def _base(
    schemas: Schemas, flat: dict[str, Any], depth: int, hints: dict[str, list[Any]]
) -> st.SearchStrategy[Any]:
    if flat.get("enum"):
        return st.sampled_from([e for e in flat["enum"] if e is not None])
    kind = flat.get("type", "object" if "properties" in flat else None)
    if kind == "string":
        if flat.get("format") in ("date", "date-time"):
            return st.dates().map(lambda d: d.isoformat())
        return _TEXT
    if kind == "integer":
        return st.integers(int(flat.get("minimum", -INT32)), int(flat.get("maximum", INT32)))
    if kind == "number":
        return st.floats(-1e9, 1e9, allow_nan=False).map(lambda x: round(x, 2))
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        if depth > 2:
            return st.just([])
        return st.lists(from_schema(schemas, flat.get("items", {}), depth + 1, hints), max_size=3)
    if kind == "object":
        if depth > 2:
            return st.just({})
        properties = {k: v for k, v in flat.get("properties", {}).items() if not k.startswith("_")}
        required = [k for k in flat.get("required", []) if k in properties]

        def strategy(name: str) -> st.SearchStrategy[Any]:
            generated = from_schema(schemas, properties[name], depth + 1, hints)
            allowed = schemas.flat(properties[name]).get("enum")
            hinted = [v for v in hints.get(name, []) if allowed is None or v in allowed]
            if hinted:
                return st.one_of(st.sampled_from(hinted), generated)
            return generated

        return st.fixed_dictionaries(
            {k: strategy(k) for k in required},
            optional={k: strategy(k) for k in properties if k not in required},
        )
    return st.none()
