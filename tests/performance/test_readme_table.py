"""The README's performance table is the committed benchmark runs, not a hand copy (issue 18:
claims say only what a measurement shows)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.devtools.bench import readme_table

ROOT = Path(__file__).resolve().parents[2]
RUNS = [ROOT / "docs" / "bench-latest.json", ROOT / "docs" / "bench-latest-200k.json"]


def test_the_readme_table_is_made_from_the_committed_runs():
    runs = [json.loads(p.read_text(encoding="utf-8")) for p in RUNS]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme_table.in_readme(readme) == readme_table.block(runs)


def test_a_missed_target_says_so_and_a_short_series_gives_no_p95():
    run = {"clients": 10, "machine": {"started": "t", "cpus": 2},
           "metrics": {
               "search_keystroke": {"median": 30.0, "p95": 70.0, "max": 80.0, "unit": "ms",
                                    "statistic": "p95", "target": 50, "met": False,
                                    "cpu_median": 12.0},
               "letter": {"median": 20.0, "p95": None, "max": 25.0, "unit": "ms",
                          "statistic": "median", "target": 50, "met": True,
                          "cpu_median": None},
               "duplicate_warning": {"median": 9.0, "p95": None, "max": 9.0, "unit": "ms",
                                     "statistic": "p95", "target": 100, "met": None}},
           "ratios": {"sqlcipher_vs_sqlite": {"value": 1.6, "target": 1.3, "met": False}}}
    text = readme_table.table([run])
    assert "| 70 ms (CPU 12 ms) **missed** |" in text
    assert "| 20 ms |" in text
    assert "too few samples for a p95" in text
    assert "1.60× **missed**" in text
    assert "sqlcipher_vs_sqlite_cold" not in text and "not measured" in text
