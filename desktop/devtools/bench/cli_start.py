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

from desktop.devtools.bench.timing import Metric, Sample, load_average, summarise


def command() -> list[str]:
    """The installed `waystation` script, or this interpreter running the package."""
    script = Path(sys.executable).parent / "waystation"
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop"]


def run_once(args: list[str]) -> Sample:
    """One run: wall and CPU (user + system) milliseconds, and the load when it ended."""
    timer = shutil.which("time", path="/usr/bin")
    if timer:
        with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
            subprocess.run([timer, "-f", "%e %U %S", "-o", out.name, *command(), *args],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=os.environ, check=False, timeout=60)
            wall, user, system = (float(x) for x in out.read().split()[-3:])
            return Sample(wall * 1000, (user + system) * 1000, load_average())
    start = time.perf_counter()
    subprocess.run([*command(), *args], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False, timeout=60)
    return Sample((time.perf_counter() - start) * 1000, None, load_average())


def cli_answers(runs: int) -> dict[str, Metric]:
    return {
        "cli_help": summarise("cli_help", [run_once(["--help"]) for _ in range(runs)]),
        "cli_typo": summarise("cli_typo", [run_once(["scren"]) for _ in range(runs)]),
    }


if __name__ == "__main__":  # python -m desktop.devtools.bench.cli_start: the two figures alone
    for metric in cli_answers(int(sys.argv[1]) if len(sys.argv) > 1 else 9).values():
        p95 = "no p95" if metric.p95 is None else f"p95 {metric.p95:.0f} ms"  # < 20 runs
        load = f"; load {max(metric.load):.1f}" if metric.load else ""
        print(f"{metric.name:<10} median {metric.median:.0f} ms, {p95} "
              f"({metric.runs} runs{load}; target < {metric.target:g} ms)")
