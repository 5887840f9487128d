"""Repeated measurement: medians and 95th percentiles in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

# name -> (target, unit, which statistic the target applies to), in performance.md's order.
TARGETS: dict[str, tuple[float | tuple[float, float], str, str]] = {
    "start_to_unlock_window": (1000, "ms", "median"),
    "cli_help": (300, "ms", "median"),  # `waystation --help`, by /usr/bin/time (issue 14)
    "cli_typo": (300, "ms", "median"),  # a mistyped command
    "unlock_kdf": ((300, 1000), "ms", "median"),
    "unlock_first_page": (150, "ms", "median"),
    "search_keystroke": (50, "ms", "p95"),
    "duplicate_warning": (100, "ms", "p95"),
    "today_view": (100, "ms", "median"),
    "scroll_longest_block": (50, "ms", "max"),
    "letter": (50, "ms", "median"),
    "packet": (250, "ms", "median"),
    "letters_batch_500": (30000, "ms", "median"),
    "backup": (10000, "ms", "median"),
    "restore": (10000, "ms", "median"),
    "verify": (20000, "ms", "median"),
    "build_reference": (120000, "ms", "median"),
    "rss_scrolled": (400, "MB", "median"),
}
RATIO_TARGETS = {"sqlcipher_vs_sqlite": 1.3}


@dataclass
class Metric:
    name: str
    median: float
    p95: float
    max: float
    runs: int
    unit: str = "ms"
    target: Any = None
    statistic: str = "median"
    note: str = ""

    @property
    def met(self) -> bool:
        value = getattr(self, self.statistic)
        if isinstance(self.target, (tuple, list)):
            return self.target[0] <= value <= self.target[1]
        return value < self.target

    def as_dict(self) -> dict:
        d = asdict(self)
        d["met"] = self.met
        return d


def summarise(name: str, samples: list[float], note: str = "") -> Metric:
    target, unit, statistic = TARGETS[name]
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return Metric(name, round(statistics.median(ordered), 2), round(p95, 2),
                  round(ordered[-1], 2), len(ordered), unit, target, statistic, note)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def repeat(fn: Callable[[], Any], runs: int) -> list[float]:
    return [timed(fn)[0] for _ in range(runs)]
