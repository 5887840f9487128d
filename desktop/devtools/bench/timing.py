"""Repeated measurement: wall and CPU time in milliseconds, the load average at the time, and
a 95th percentile only where there are enough samples for one (issue 18)."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

# name -> (target, unit, which statistic the target applies to), in performance.md's order.
TARGETS: dict[str, tuple[float | tuple[float, float], str, str]] = {
    "start_to_unlock_window": (1000, "ms", "median"),
    "cli_help": (300, "ms", "median"),  # `waystation --help`, by /usr/bin/time (issue 14)
    "cli_typo": (300, "ms", "median"),  # a mistyped command
    "screen_process": (500, "ms", "median"),  # one `waystation screen` process
    "screen_evaluate": (10, "ms", "median"),  # one in-process evaluation
    "screen_evaluate_imported": (10, "ms", "median"),  # the same with an imported pack
    "unlock_kdf": ((300, 1000), "ms", "median"),
    "unlock_first_page": (150, "ms", "median"),
    "search_keystroke": (50, "ms", "p95"),
    "duplicate_warning": (100, "ms", "p95"),
    "today_view": (100, "ms", "median"),
    "scroll_longest_block": (50, "ms", "max"),
    "scroll_during_search": (50, "ms", "max"),
    "letter_cold": (50, "ms", "median"),  # the first letter of a session, in a new process
    # the first letter in the running app, after the preload it starts when unlocked
    "letter_first_in_app": (50, "ms", "median"),
    "letter": (50, "ms", "median"),
    "packet": (250, "ms", "median"),
    "letters_batch_500": (30000, "ms", "median"),
    "backup": (10000, "ms", "median"),
    "restore": (10000, "ms", "median"),
    "verify": (5000, "ms", "median"),
    "backup_rss": (150, "MB", "max"),
    "restore_rss": (150, "MB", "max"),
    "verify_backup_rss": (150, "MB", "max"),
    "build_reference": (120000, "ms", "median"),
    "rss_scrolled": (400, "MB", "median"),
}
# performance.md's 200,000-client column, where it differs from the 50,000 one.
LARGE_SCALE = 200_000
LARGE_SCALE_TARGETS = {"verify": 20000, "build_reference": 300000}
RATIO_TARGETS = {"sqlcipher_vs_sqlite": 1.3, "sqlcipher_vs_sqlite_cold": 1.5}
MIN_P95_SAMPLES = 20  # fewer samples than this give no p95 (it would only be the maximum)


def load_average() -> float | None:
    """The 1-minute load average now (None where the platform has none)."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


@dataclass
class Metric:
    name: str
    median: float
    p95: float | None
    max: float
    runs: int
    unit: str = "ms"
    target: Any = None
    statistic: str = "median"
    note: str = ""
    cpu_median: float | None = None  # CPU time of the whole process (all threads), ms
    load: list[float] = field(default_factory=list)  # 1-minute load average per sample

    @property
    def met(self) -> bool | None:
        value = getattr(self, self.statistic)
        if value is None:
            return None  # a p95 target with too few samples: not judged
        if isinstance(self.target, (tuple, list)):
            return self.target[0] <= value <= self.target[1]
        return value < self.target

    def as_dict(self) -> dict:
        d = asdict(self)
        d["met"] = self.met
        d["load_median"] = (round(statistics.median(self.load), 2) if self.load else None)
        return d


@dataclass
class Sample:
    wall_ms: float
    cpu_ms: float | None = None
    load: float | None = None


def summarise(name: str, samples: list[float] | list[Sample], note: str = "") -> Metric:
    target, unit, statistic = TARGETS[name]
    got = [s if isinstance(s, Sample) else Sample(float(s)) for s in samples]
    ordered = sorted(s.wall_ms for s in got)
    p95 = (ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
           if len(ordered) >= MIN_P95_SAMPLES else None)
    cpus = [s.cpu_ms for s in got if s.cpu_ms is not None]
    loads = [s.load for s in got if s.load is not None] or (
        [x] if (x := load_average()) is not None else [])
    return Metric(name, round(statistics.median(ordered), 2),
                  None if p95 is None else round(p95, 2), round(ordered[-1], 2), len(ordered),
                  unit, target, statistic, note,
                  round(statistics.median(cpus), 2) if cpus else None, loads)


def since(start: float, cpu: float) -> Sample:
    """Wall time since ``start`` (perf_counter), the process's CPU time (all threads) since
    ``cpu`` (process_time), both in ms, and the load average now."""
    return Sample((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000,
                  load_average())


def measure(fn: Callable[[], Any]) -> tuple[Sample, Any]:
    """One run of ``fn``: wall time, CPU time of the process (worker threads included) and
    the load average when it ended."""
    cpu, start = time.process_time(), time.perf_counter()
    result = fn()
    return since(start, cpu), result


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    sample, result = measure(fn)
    return sample.wall_ms, result


def repeat(fn: Callable[[], Any], runs: int) -> list[Sample]:
    return [measure(fn)[0] for _ in range(runs)]
