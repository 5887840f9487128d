"""The first letter of a session, as a person gets it (issue 18, ``letter_cold``).

A new app process (``python -m desktop.devtools.bench.first_letter CASEBOOK REFERRAL``):
the unlock window is shown, the passphrase is entered at once (no typing pause: a person's
typing would only give the letter preload more time), Unlock pressed, the client list's
first page waited for and the work it queued on the database worker finished (nobody reaches
a referral faster), then the letter asked for exactly as the app's letter preview asks
for it (``desktop.documents.preview_letter``: one job on the database worker) and timed from
that request until its PDF bytes are ready, then until the preview is shown. Prints one JSON
line: the letter's wall and CPU milliseconds (the whole process, all threads, so a preload
still running in the background is counted), the preview's, and the unlock's.
The passphrase comes from WAYSTATION_PASSPHRASE (the benchmark's own, for demo data).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from desktop.devtools.bench.timing import Sample, load_average, since


def _child(casebook: Path, referral_id: int) -> dict[str, float]:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from desktop.app import AppController, make_application
    from desktop.devtools.bench.gui import pump_until, quiet_offscreen

    app = make_application()
    qInstallMessageHandler(quiet_offscreen)
    controller = AppController(casebook, os.environ.get("WAYSTATION_BENCH_USER", "demo"))
    controller.show()
    QApplication.processEvents()
    window = controller.unlock_window
    window.passphrase.setText(os.environ["WAYSTATION_PASSPHRASE"])
    cpu, start = time.process_time(), time.perf_counter()
    window.unlock_button.click()
    pump_until(lambda: controller.main is not None, timeout=120)
    page = controller.main.show_section("clients")
    pump_until(lambda: page.model.rowCount() > 0, timeout=120)
    unlocked = {"unlock_wall_ms": (time.perf_counter() - start) * 1000,
                "unlock_cpu_ms": (time.process_time() - cpu) * 1000}
    # What the first page queued behind itself on the worker (the city list, the counts)
    # is done before anyone could reach a referral and ask for its letter.
    pump_until(lambda: controller.ctx.worker.pending == 0, timeout=120)
    from reports import preload

    unlocked["preload_done_at_request"] = float(preload.wait(0))
    made, shown = preview_letter_timed(controller, referral_id)
    preview = {"preview_wall_ms": shown.wall_ms, "preview_cpu_ms": shown.cpu_ms or 0.0}
    controller.shutdown()
    app.processEvents()
    return {"wall_ms": made.wall_ms, "cpu_ms": made.cpu_ms or 0.0, **preview, **unlocked}


def preview_letter_timed(controller: Any, referral_id: int) -> tuple[Sample, Sample]:
    """The letter asked for as the app's letter preview asks for it (one job on the
    database worker): (request until its PDF bytes are handed back, request until the
    preview is shown). CPU time is the process's, all threads."""
    from desktop import documents
    from desktop.devtools.bench.gui import pump_until

    ctx = controller.ctx
    made: list[Sample] = []
    shown: list[Any] = []
    real_run = ctx.run

    def run(job, done, *args, **kwargs):  # noqa: ANN001, ANN202 — ctx.run's own signature
        def bytes_ready(result):  # noqa: ANN001, ANN202
            made.append(since(start, cpu))  # ``start`` and ``cpu`` as set below
            return done(result)
        return real_run(job, bytes_ready, *args, **kwargs)

    ctx.run = run  # only to see when the preview's job hands its bytes back
    try:
        cpu, start = time.process_time(), time.perf_counter()
        documents.preview_letter(controller.main, ctx, referral_id, on_shown=shown.append)
        pump_until(lambda: bool(shown), timeout=120)
        preview = since(start, cpu)
    finally:
        ctx.run = real_run
    for dialog in shown:
        dialog.close()
        dialog.deleteLater()
    return made[0], preview


def run(casebook: Path, referral_id: int, env: dict[str, str] | None = None,
        ) -> dict[str, Sample]:
    """One such session in a new process: its ``letter``, ``preview`` and ``unlock``
    samples (wall and CPU time of that process, the load when it ended)."""
    proc = subprocess.run([sys.executable, "-m", "desktop.devtools.bench.first_letter",
                           str(casebook), str(referral_id)], stdout=subprocess.PIPE, text=True,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {})),
                          timeout=600, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"the first-letter session failed (exit {proc.returncode})")
    got = json.loads(proc.stdout.strip().splitlines()[-1])
    load = load_average()
    return {what: Sample(got[f"{prefix}wall_ms"], got[f"{prefix}cpu_ms"], load)
            for what, prefix in (("letter", ""), ("preview", "preview_"),
                                 ("unlock", "unlock_"))}


if __name__ == "__main__":
    print(json.dumps(_child(Path(sys.argv[1]), int(sys.argv[2]))), flush=True)
