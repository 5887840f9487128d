"""How fast the command line answers ``--help`` and a typo (issue 14: under 0.3 s median).

Measured as a person would: the installed ``waystation`` script in a new process, timed by
``/usr/bin/time`` (elapsed seconds) where it exists, else by the wall clock around it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.devtools.bench.timing import Metric, summarise


def _command() -> list[str]:
    script = Path(sys.executable).parent / "waystation"
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop"]


def _once(args: list[str]) -> float:
    """Milliseconds for one run."""
    timer = shutil.which("time", path="/usr/bin")
    if timer:
        with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
            subprocess.run([timer, "-f", "%e", "-o", out.name, *_command(), *args],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=os.environ, check=False, timeout=60)
            return float(out.read().strip().splitlines()[-1]) * 1000
    start = time.perf_counter()
    subprocess.run([*_command(), *args], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False, timeout=60)
    return (time.perf_counter() - start) * 1000


def cli_answers(runs: int) -> dict[str, Metric]:
    return {
        "cli_help": summarise("cli_help", [_once(["--help"]) for _ in range(runs)]),
        "cli_typo": summarise("cli_typo", [_once(["scren"]) for _ in range(runs)]),
    }


if __name__ == "__main__":  # python -m desktop.devtools.bench.cli_start: the two figures alone
    for metric in cli_answers(int(sys.argv[1]) if len(sys.argv) > 1 else 9).values():
        p95 = "no p95" if metric.p95 is None else f"p95 {metric.p95:.0f} ms"  # < 20 runs
        load = f"; load {max(metric.load):.1f}" if metric.load else ""
        print(f"{metric.name:<10} median {metric.median:.0f} ms, {p95} "
              f"({metric.runs} runs{load}; target < {metric.target:g} ms)")
