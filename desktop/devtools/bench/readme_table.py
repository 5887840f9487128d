"""The README's performance table, made from the benchmark's JSON files so that the figures a
reader sees are the ones a run wrote, not copied by hand (issue 18).

``python -m desktop.devtools.bench.readme_table docs/bench-latest.json
docs/bench-latest-200k.json`` prints the Markdown table, one column per file; with
``--readme README.md`` first, it replaces the table between the README's two
``bench-table`` markers instead (tests/performance/test_readme_table.py checks that they
agree with the committed JSON).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from desktop.devtools.bench.timing import TARGETS

LABELS = {
    "start_to_unlock_window": "process start to unlock window",
    "cli_help": "`waystation --help`",
    "cli_typo": "a mistyped command",
    "screen_process": "one `waystation screen` process",
    "screen_evaluate": "one in-process screening evaluation",
    "screen_evaluate_imported": "the same with an imported rule pack",
    "unlock_kdf": "unlock: key derivation (by design)",
    "unlock_first_page": "unlock: open + first page of the client list",
    "search_keystroke": "search as you type, p95 per keystroke (to repaint, queued work included)",
    "duplicate_warning": "duplicate warning while typing, p95",
    "today_view": "Today view",
    "scroll_longest_block": "scrolling the whole list: longest blocked frame",
    "scroll_during_search": "the same while searches run",
    "letter_cold": "first letter of a session (a new app process, unlocked at once)",
    "letter_first_in_app": "first letter in the running app, after its preload",
    "letter": "one referral letter, warm",
    "packet": "one referral packet",
    "letters_batch_500": "500 letters in a batch, with the preview",
    "backup": "backup",
    "restore": "restore (+ open + verify)",
    "verify": "verify (from a signed checkpoint)",
    "backup_rss": "backup, peak memory",
    "restore_rss": "restore, peak memory",
    "verify_backup_rss": "backup verification, peak memory",
    "build_reference": "building the reference casebook",
    "rss_scrolled": "memory, list scrolled to the end",
}
RATIO_LABELS = {
    "sqlcipher_vs_sqlite": "SQLCipher against plain SQLite, warm",
    "sqlcipher_vs_sqlite_cold": "the same, cold (working set larger than the cache)",
}


def _number(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}" if value >= 10 or unit == "MB" else f"{value:.1f} {unit}"


def cell(metric: dict | None) -> str:
    """One figure as the README shows it: the statistic its target applies to, the CPU time
    beside it where the metric has one, and **missed** when the target was not met."""
    if metric is None:
        return "not measured"
    statistic = metric["statistic"]
    value = metric.get(statistic)
    if value is None:
        return f"{_number(metric['median'], metric['unit'])} (median; too few samples for a p95)"
    text = _number(value, metric["unit"])
    if metric.get("cpu_median") is not None and metric["unit"] == "ms":
        text += f" (CPU {_number(metric['cpu_median'], 'ms')})"
    return text + (" **missed**" if metric.get("met") is False else "")


def target(name: str, runs: list[dict]) -> str:
    shown = []
    for run in runs:
        metric = run["metrics"].get(name)
        goal = metric["target"] if metric else TARGETS[name][0]
        unit = TARGETS[name][1]
        text = (f"{goal[0]:,g}–{goal[1]:,g} {unit}" if isinstance(goal, list | tuple)
                else f"< {goal:,g} {unit}")
        if text not in shown:
            shown.append(text)
    return " / ".join(shown) + f" ({TARGETS[name][2]})"


def table(runs: list[dict]) -> str:
    head = "| what | " + " | ".join(f"{run['clients']:,} clients" for run in runs)
    lines = [head + " | target |", "|---|" + "---|" * len(runs) + "---|"]
    for name in TARGETS:
        if not any(name in run["metrics"] for run in runs):
            continue
        cells = " | ".join(cell(run["metrics"].get(name)) for run in runs)
        lines.append(f"| {LABELS.get(name, name)} | {cells} | {target(name, runs)} |")
    for name, label in RATIO_LABELS.items():
        cells = []
        for run in runs:
            ratio = run.get("ratios", {}).get(name)
            cells.append("not measured" if ratio is None else
                         f"{ratio['value']:.2f}×" + ("" if ratio["met"] else " **missed**"))
        goal = next((r["ratios"][name]["target"] for r in runs if name in r.get("ratios", {})),
                    None)
        lines.append(f"| {label} | {' | '.join(cells)} | ≤ {goal}× |")
    return "\n".join(lines)


def machine_line(run: dict) -> str:
    info = run["machine"]
    return (f"{run['clients']:,} clients: started {info.get('started')}, "
            f"{info.get('cpu', '?')}, {info.get('cpus')} cores, load average "
            f"{info.get('load_at_start')} at the start and {info.get('load_at_end')} at the end")


BEGIN, END = "<!-- bench-table: begin -->", "<!-- bench-table: end -->"


def block(runs: list[dict]) -> str:
    machines = "\n".join(f"- {machine_line(run)}" for run in runs)
    return f"{BEGIN}\n{table(runs)}\n\n{machines}\n{END}"


def in_readme(readme: str) -> str:
    """The generated block as it stands in the README text."""
    start, end = readme.index(BEGIN), readme.index(END) + len(END)
    return readme[start:end]


def main(args: list[str]) -> int:
    readme = None
    if args[:1] == ["--readme"]:
        readme, args = Path(args[1]), args[2:]
    runs = [json.loads(Path(p).read_text(encoding="utf-8")) for p in args]
    if readme is None:
        print(block(runs))
        return 0
    from models.db.atomic import atomic_write_bytes

    text = readme.read_text(encoding="utf-8")
    text = text.replace(in_readme(text), block(runs))
    atomic_write_bytes(readme, text.encode("utf-8"), mode=0o644)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
