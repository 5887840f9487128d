"""The demo's random draws and dates: one ``random.Random(seed)`` shared by everything that
makes up the demo casebook, so a seed gives the same casebook, and every date an offset from
the casebook clock's today (shifted to the day it is built)."""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any, TypeVar

from models.demo.data import EPOCH

T = TypeVar("T")


class Draws:
    """Draws from a shared ``random.Random`` (its own methods are slow at the demo's volume:
    these call ``random()`` once each) and ISO dates relative to ``now``/``today``."""

    def __init__(self, rng: random.Random, now: dt.datetime, today: dt.date) -> None:
        self.rng = rng
        self.r = rng.random
        self.now = now
        self._now_ts = int(now.timestamp())
        self._days: dict[int, str] = {}
        self._offsets: dict[int, str] = {}
        self.today = today

    def pick(self, table: tuple[tuple, tuple]) -> Any:  # noqa: ANN401 - a weighted choice
        """A value of a ``models.demo.data.weights`` table, by its weight."""
        values, cum = table
        return values[bisect_right(cum, self.r() * cum[-1])]

    def one(self, seq: Sequence[T]) -> T:
        return seq[int(self.r() * len(seq))]

    def below(self, n: int) -> int:
        return int(self.r() * n)

    def between(self, a: int, b: int) -> int:
        return a + int(self.r() * (b - a + 1))

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.r()

    def at(self, days_ago: float) -> str:
        """An ISO timestamp (UTC) this many days before now."""
        when = self._now_ts - int(max(0.0, days_ago) * 86400)
        d, rem = divmod(when, 86400)
        day = self._days.get(d)
        if day is None:
            day = self._days[d] = dt.date.fromordinal(EPOCH + d).isoformat()
        h, rem = divmod(rem, 3600)
        m, sec = divmod(rem, 60)
        return f"{day}T{h:02d}:{m:02d}:{sec:02d}+00:00"

    def day(self, offset: int) -> str:
        """The ISO date this many days after the casebook's today."""
        day = self._offsets.get(offset)
        if day is None:
            day = self._offsets[offset] = (self.today + dt.timedelta(days=offset)).isoformat()
        return day

    def phone(self, area: str) -> str:
        return f"+1 {area} 555-01{self.below(100):02d}"
