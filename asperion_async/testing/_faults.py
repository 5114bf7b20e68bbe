"""Seeded fault injection: which request gets a 429, a 503, a dropped connection or a revoked
token. ``random`` here draws test data, never secrets."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal

from ._generators import stable_int

FaultKind = Literal["drop", "503", "429", "revoke"]


@dataclass(frozen=True)
class Faults:
    """Probabilities per API request, drawn from ``seed`` and the request's sequence number.

    The same seed gives the same fault for the n-th request, so a sequential run replays
    exactly. ``revoke_after=n`` also revokes every access token after each n-th API request.
    Faults apply to API paths only, never to ``/connect/*``.
    """

    p429: float = 0.0
    p503: float = 0.0
    p_drop: float = 0.0
    p_revoke: float = 0.0
    retry_after: int = 1
    revoke_after: int | None = None
    seed: int | None = None

    def __post_init__(self) -> None:
        for name in ("p429", "p503", "p_drop", "p_revoke"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be a probability in [0, 1], got {value!r}")
        if self.p429 + self.p503 + self.p_drop + self.p_revoke > 1.0:
            raise ValueError("fault probabilities add up to more than 1")
        if self.retry_after < 0:
            raise ValueError("retry_after must be >= 0")
        if self.revoke_after is not None and self.revoke_after < 1:
            raise ValueError("revoke_after must be a positive number of requests")


def decide(faults: Faults, seed: int, number: int) -> FaultKind | None:
    """The fault (if any) for API request number ``number`` (1-based)."""
    if faults.revoke_after and number % faults.revoke_after == 0:
        return "revoke"
    draw = random.Random(stable_int("fault", seed, number)).random()  # noqa: S311
    for kind, p in (
        ("drop", faults.p_drop),
        ("503", faults.p503),
        ("429", faults.p429),
        ("revoke", faults.p_revoke),
    ):
        if draw < p:
            return kind  # type: ignore[return-value]
        draw -= p
    return None


def latency(spec: float | tuple[float, float], seed: int, number: int) -> float:
    """Seconds to wait before answering request ``number``: fixed, or seeded uniform in a range."""
    if isinstance(spec, tuple):
        low, high = spec
        return random.Random(stable_int("latency", seed, number)).uniform(low, high)  # noqa: S311
    return spec
