"""How fast a screening answers (performance.md): one ``waystation screen`` process
(< 0.5 s median) and one in-process evaluation (< 10 ms), also after a coordinator imported a
newer pack (issue 18: that case once took 2.5 s, the pack parsed and its examples re-run on
every evaluation).

The process is the installed ``waystation`` script, timed by ``/usr/bin/time`` (wall and
user + system CPU) where it exists, run from compiled bytecode as an installed Waystation is
(pip compiles it at install time, a bundle ships it): in a source tree whose shell sets
PYTHONDONTWRITEBYTECODE, as these sessions' shells do, every process would otherwise compile
each of our ~60 modules from source first (~50 ms of CPU no user pays). The bytecode is
written once, by an untimed first run, to a folder of the benchmark's (PYTHONPYCACHEPREFIX);
the source tree is not touched. The in-process figures use a small casebook of their own in
the benchmark's folder, so a casebook given with ``--casebook`` is never written to.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import yaml

from desktop.devtools.bench.cli_start import run_once
from desktop.devtools.bench.timing import Metric, Sample, repeat, summarise

PACK = "ca-refugee-claim"
# Fictional answers, as a caseworker would type them (a land-port entry from the US).
ANSWERS = {
    "citizenships": ["SY"], "entry_route": "land_port", "entry_date": "2026-09-01",
    "claim_date": "2026-09-01", "birth_date": "1990-05-05", "relatives_in_canada": [],
    "documents": [], "visa_exempt_for_canada": "no", "visa_required_for_us": "yes",
    "refused_entry_us_no_decision": "no", "pr_returned_from_us": "no",
    "death_penalty": "no", "prior_claims": [], "criminality_concern": "no",
    "removal_order_in_canada": "no",
}


def _process_once(answers: Path) -> Sample:
    return run_once(["screen", "--pack", PACK, "--answers", str(answers), "--json"])


@contextlib.contextmanager
def _compiled_bytecode(folder: Path) -> Iterator[None]:
    """Child processes read and write their bytecode under ``folder`` (run_once passes this
    process's environment on); the environment is restored afterwards."""
    saved = {k: os.environ.get(k) for k in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(folder)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _newer_pack(folder: Path) -> Path:
    """The shipped pack under a newer version number, as a coordinator would import it."""
    from models.screening import PACKS_DIR

    data = yaml.safe_load((PACKS_DIR / f"{PACK}.yaml").read_text(encoding="utf-8"))
    data["version"] = "2099.01.1"
    path = folder / "newer-pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def screening_figures(work: Path, quick: bool) -> dict[str, Metric]:
    """``screen_process``, ``screen_evaluate`` and ``screen_evaluate_imported``."""
    from models.casebook import Casebook
    from models.screening import casebook_packs

    answers = work / "screen-answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    runs = 5 if quick else 9
    with _compiled_bytecode(work / "bytecode"):
        _process_once(answers)  # untimed: compiles the bytecode an installation ships
        out = {"screen_process": summarise("screen_process",
                                           [_process_once(answers) for _ in range(runs)])}
    book, _ = Casebook.create(work / "screening-bench.wsdb", "bench",
                              "screening bench passphrase", kdf_seconds=0.05)
    try:
        evaluate = lambda: book.screenings.evaluate(PACK, ANSWERS)  # noqa: E731
        evaluate()  # the first evaluation parses the shipped pack: a session's one-off
        out["screen_evaluate"] = summarise("screen_evaluate", repeat(evaluate, 30))
        casebook_packs.import_pack(book.store, _newer_pack(work))
        assert book.screenings.evaluate(PACK, ANSWERS).pack_version == "2099.01.1"
        out["screen_evaluate_imported"] = summarise("screen_evaluate_imported",
                                                    repeat(evaluate, 30))
    finally:
        book.close()
    return out


if __name__ == "__main__":  # python -m desktop.devtools.bench.screening: these figures alone
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="waystation-bench-"))
    try:
        for metric in screening_figures(folder, quick=False).values():
            cpu = "" if metric.cpu_median is None else f", CPU {metric.cpu_median:.1f} ms"
            p95 = "" if metric.p95 is None else f", p95 {metric.p95:.1f} ms"
            print(f"{metric.name:<26} median {metric.median:.1f} ms{p95}{cpu} "
                  f"({metric.runs} runs; target < {metric.target:g} ms)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
