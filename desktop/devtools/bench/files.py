"""Backup, restore (then open and verify, as a person does before trusting it) and backup
verification, each in a process of its own so that its peak memory (RSS) and its cold start
are its own (issue 18). The first letter of a session has its own app process
(desktop/devtools/bench/first_letter.py).

``python -m desktop.devtools.bench.files TASK CASEBOOK OUT`` prints one JSON line with the wall and
CPU time of the measured part and the process's peak RSS.
The passphrase comes from WAYSTATION_PASSPHRASE (the benchmark's own, for demo data).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from desktop.devtools.bench.timing import Sample, load_average


def _child(task: str, casebook: Path, out: Path) -> dict:
    passphrase = os.environ["WAYSTATION_PASSPHRASE"]
    user = os.environ.get("WAYSTATION_BENCH_USER", "demo")
    from models.casebook import Casebook

    if task == "backup":
        book = Casebook.open(casebook, user, passphrase)  # not timed: unlocking is its own
        try:
            from models.transfer.backup import write_backup

            cpu, start = time.process_time(), time.perf_counter()
            write_backup(book, out)
            wall = time.perf_counter() - start
        finally:
            book.close()
    elif task == "restore":
        from models.transfer.backup import restore_backup

        cpu, start = time.process_time(), time.perf_counter()
        marks = [(cpu, start)]
        restore_backup(casebook, out)  # here ``casebook`` is the backup file
        marks.append((time.process_time(), time.perf_counter()))
        book = Casebook.open(out, user, passphrase)
        marks.append((time.process_time(), time.perf_counter()))
        try:
            problems = book.verify()
        finally:
            book.close()
        wall = time.perf_counter() - start
        marks.append((time.process_time(), time.perf_counter()))
        if problems:
            raise SystemExit(f"the restored casebook did not verify: {problems[0]}")
        # Where the time went, on stderr (the figure is the whole): the copy is bound by the
        # disk as much as the CPU, verify by the CPU of both cores.
        print("  restore: " + ", ".join(
            f"{step} {(w1 - w0):.1f} s wall, {(c1 - c0):.1f} s CPU"
            for step, (c0, w0), (c1, w1) in zip(("copy", "open", "verify"), marks, marks[1:],
                                                strict=False)), file=sys.stderr, flush=True)
    elif task == "verify_backup":
        from models.transfer.backup import verify_backup

        cpu, start = time.process_time(), time.perf_counter()
        verify_backup(casebook)
        wall = time.perf_counter() - start
    else:
        raise SystemExit(f"unknown task {task}")
    return {"wall_ms": wall * 1000, "cpu_ms": (time.process_time() - cpu) * 1000,
            "peak_mb": _own_peak_mb()}


def _own_peak_mb() -> float:
    """This process's peak RSS. VmHWM belongs to the memory of the program after exec; the
    rusage of a child would also count the parent's size at fork (Linux keeps it across
    exec), which is the benchmark's, not the task's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run(task: str, casebook: Path, out: Path, env: dict[str, str] | None = None,
        ) -> tuple[Sample, float]:
    """(the measured part's times, the child's own peak RSS in MB)."""
    proc = subprocess.Popen([sys.executable, "-m", "desktop.devtools.bench.files", task,
                             str(casebook), str(out)], stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, **(env or {})))
    line, _ = proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"bench task {task} failed (exit {proc.returncode})")
    got = json.loads(line.strip().splitlines()[-1])
    return Sample(got["wall_ms"], got["cpu_ms"], load_average()), got["peak_mb"]


if __name__ == "__main__":
    print(json.dumps(_child(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))), flush=True)
