"""Build (or reuse) the reference casebook, measure every target, print a table, write JSON."""

from __future__ import annotations

import json
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

from desktop.devtools.bench.timing import (
    LARGE_SCALE,
    LARGE_SCALE_TARGETS,
    RATIO_TARGETS,
    TARGETS,
    Metric,
    load_average,
    measure,
    repeat,
    summarise,
)

PASSPHRASE = "benchmark passphrase"
REFERENCE_CLIENTS = 50_000
QUICK_CLIENTS = 5_000


def machine() -> dict:
    """The machine, and how busy it was when the run started (a shared machine's figures
    are only comparable with its load)."""
    info = {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "load_at_start": load_average(),
            "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        mem = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
        info["memory_gb"] = round(int(mem) / 1024 / 1024, 1)
    except (OSError, IndexError, ValueError):
        pass
    return info


def _log(text: str) -> None:
    print(f"· {text}", flush=True)


def run(casebook: Path | None, quick: bool, json_out: Path | None,
        clients: int | None = None) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from models.demo import build as demo

    info = machine()  # before anything runs: the load the run starts under

    clients = clients or (QUICK_CLIENTS if quick else REFERENCE_CLIENTS)
    work = Path(tempfile.mkdtemp(prefix="waystation-bench-"))
    metrics: dict[str, Metric] = {}
    try:
        path = casebook or work / "reference.wsdb"
        passphrase = os.environ.get("WAYSTATION_PASSPHRASE", PASSPHRASE)
        if not path.exists():
            _log(f"building the reference casebook ({clients:,} clients)…")
            sample, _ = measure(lambda: demo.build(path, passphrase, clients=clients, seed=1))
            metrics["build_reference"] = summarise("build_reference", [sample])
        else:
            # The figures are labelled, and the 200,000-client targets chosen, by the
            # casebook measured, not by the size a new one would have been built at.
            clients = count_clients(path, passphrase)
            _log(f"reusing {path.name} ({clients:,} clients)")
        metrics.update(_gui(path, passphrase, quick))
        metrics.update(_files_and_documents(path, passphrase, work, quick))
        from desktop.devtools.bench.screening import screening_figures

        metrics.update(screening_figures(work, quick))
        ratios = _ratio(path, passphrase, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    info["load_at_end"] = load_average()
    if clients >= LARGE_SCALE:
        for name, target in LARGE_SCALE_TARGETS.items():
            if name in metrics:
                metrics[name].target = target
    result = {
        "machine": info, "clients": clients, "quick": quick,
        "metrics": {name: metrics[name].as_dict() for name in TARGETS if name in metrics},
        "ratios": ratios,
    }
    print_table(result)
    if json_out is not None:
        from models.db.atomic import atomic_write_bytes

        atomic_write_bytes(json_out, json.dumps(result, indent=1).encode(), mode=0o644)
    return result


def count_clients(path: Path, passphrase: str, user: str = "demo") -> int:
    """How many clients the casebook at ``path`` holds (one unlock, then closed)."""
    from models.casebook import Casebook

    book = Casebook.open(path, user, passphrase)
    try:
        return book.clients.count()
    finally:
        book.close()


def _gui(path: Path, passphrase: str, quick: bool) -> dict[str, Metric]:
    from desktop.devtools.bench import gui

    out: dict[str, Metric] = {}
    _log("starting the app…")
    out["start_to_unlock_window"] = gui.start_to_unlock_window(3 if quick else 5)
    from desktop.devtools.bench.cli_start import cli_answers

    out.update(cli_answers(5 if quick else 9))
    bench = gui.GuiBench(path, "demo", passphrase)
    try:
        _log("unlocking…")
        kdf, first = bench.unlock()
        out["unlock_kdf"] = summarise("unlock_kdf", kdf)
        out["unlock_first_page"] = summarise("unlock_first_page", first)
        first_id = _printable_referrals(bench.ctx.book, 1)[0]
        out["letter_first_in_app"] = summarise(
            "letter_first_in_app", [bench.first_letter(first_id)],
            note="the session's first letter in the running app, once the preload started "
                 "with the unlock window has finished")
        _log("typing in the client search…")
        out["search_keystroke"] = summarise("search_keystroke", bench.search_keystrokes())
        _log("typing a new client's name…")
        out["duplicate_warning"] = summarise("duplicate_warning", bench.duplicate_warnings())
        from desktop.clients.new_client_dialog import DUPLICATE_DELAY_MS

        out["duplicate_warning"].note = (f"after the dialog's {DUPLICATE_DELAY_MS} ms typing "
                                         "pause, which is not counted")
        out["today_view"] = summarise("today_view", bench.today_view(20))
        _log("scrolling the client list to the end…")
        longest, rows, rss = bench.scroll_to_end()
        out["scroll_longest_block"] = summarise("scroll_longest_block", [longest],
                                                note=f"{rows:,} rows")
        out["rss_scrolled"] = summarise("rss_scrolled", [rss])
        _log("scrolling while searches run…")
        out["scroll_during_search"] = summarise("scroll_during_search",
                                                [bench.scroll_during_search()])
        ids = _printable_referrals(bench.ctx.book)
        _log(f"500 letters in a batch, with the preview ({len(ids)} referrals with consent)…")
        batch = (ids * (500 // max(1, len(ids)) + 1))[:500]
        out["letters_batch_500"] = summarise("letters_batch_500", [bench.letters_batch(batch)],
                                             note="made on the worker, preview included")
    finally:
        bench.close()
    return out


def _printable_referrals(book, wanted: int = 500) -> list[int]:  # noqa: ANN001
    """Referrals a letter can be made for (a valid consent), as the app's letter_data
    decides: the first ``wanted`` of the referrals list that it accepts."""
    from models.errors import Conflict
    from reports.casebook_data import letter_data

    ids = []
    for row in book.referrals.search(limit=2000):
        try:
            letter_data(book, row.id)
        except Conflict:
            continue
        ids.append(row.id)
        if len(ids) >= wanted:
            break
    return ids


def _files_and_documents(path: Path, passphrase: str, work: Path,
                         quick: bool) -> dict[str, Metric]:
    from desktop.devtools.bench import files, first_letter
    from models.casebook import Casebook
    from reports import referral_letter, referral_packet
    from reports.casebook_data import letter_data, packet_data

    out: dict[str, Metric] = {}
    env = {"WAYSTATION_PASSPHRASE": passphrase}
    book = Casebook.open(path, "demo", passphrase)
    try:
        ids = _printable_referrals(book)[:2]
    finally:
        book.close()  # the child processes open it themselves
    _log("the first letter of a session, each in a new app process…")
    sessions = [first_letter.run(path, ids[0], env) for _ in range(3 if quick else 5)]
    previews = sorted(s["preview"].wall_ms for s in sessions)
    unlocks = sorted(s["unlock"].wall_ms for s in sessions)
    out["letter_cold"] = summarise(
        "letter_cold", [s["letter"] for s in sessions],
        note="a new app process: unlock window, passphrase entered at once (no typing "
             "pause), the client list's first page and the work it queued, then the letter "
             "preview's worker job, from the request to the PDF bytes (preview shown: "
             f"{previews[len(previews) // 2]:.0f} ms; that unlock, key derivation included: "
             f"{unlocks[len(unlocks) // 2]:.0f} ms; medians)")
    book = Casebook.open(path, "demo", passphrase)
    try:
        _log("rendering letters and packets…")
        referral_letter(letter_data(book, ids[0]))  # warm: fonts and texts already loaded
        out["letter"] = summarise("letter", repeat(
            lambda: referral_letter(letter_data(book, ids[0])), 20))
        out["packet"] = summarise("packet", repeat(
            lambda: referral_packet(packet_data(book, ids[1])), 20 if not quick else 10))
        _log("verify --full, then verify (from the checkpoint the full one leaves)…")
        full = repeat(lambda: book.verify(full=True), 1)[0]
        out["verify"] = summarise(
            "verify", repeat(book.verify, 1 if quick else 3),
            note=f"from a signed checkpoint; verify --full took {(full.cpu_ms or 0) / 1000:.1f} s "
                 f"CPU, {full.wall_ms / 1000:.1f} s wall")
    finally:
        book.close()
    _log("backup, restore (+ open + verify), backup verification, each in its own process…")
    backup_file = work / "bench.wsbak"
    samples: dict[str, list] = {"backup": [], "restore": [], "verify_backup": []}
    peaks: dict[str, list[float]] = {"backup": [], "restore": [], "verify_backup": []}
    for i in range(1 if quick else 3):
        backup_file.unlink(missing_ok=True)
        for task, source, target in (("backup", path, backup_file),
                                     ("restore", backup_file, work / f"restored-{i}.wsdb"),
                                     ("verify_backup", backup_file, work / "unused")):
            sample, peak = files.run(task, source, target, env)
            samples[task].append(sample)
            peaks[task].append(peak)
    out["backup"] = summarise("backup", samples["backup"])
    out["restore"] = summarise("restore", samples["restore"],
                               note="restore, then open and verify the restored casebook")
    out["backup_rss"] = summarise("backup_rss", peaks["backup"], note="peak of the process")
    out["restore_rss"] = summarise("restore_rss", peaks["restore"],
                                   note="peak of the process, open + verify included")
    times = sorted(s.wall_ms for s in samples["verify_backup"])
    out["verify_backup_rss"] = summarise(
        "verify_backup_rss", peaks["verify_backup"],
        note=f"peak of the process; the check took {times[len(times) // 2]:.0f} ms")
    return out


def _ratio(path: Path, passphrase: str, work: Path) -> dict:
    from desktop.devtools.bench.ratio import sqlcipher_vs_sqlite
    from models.casebook import Casebook

    _log("SQLCipher against plain SQLite on the app's own queries, warm and cold…")
    book = Casebook.open(path, "demo", passphrase)
    try:
        got = sqlcipher_vs_sqlite(book, work)
    finally:
        book.close()
    out = {}
    for name, key in (("sqlcipher_vs_sqlite", "warm"), ("sqlcipher_vs_sqlite_cold", "cold")):
        value, detail = got[key]
        out[name] = {"value": value, **detail, "target": RATIO_TARGETS[name],
                     "met": value <= RATIO_TARGETS[name]}
    return out


def print_table(result: dict) -> None:
    print()
    print(f"{'metric':<24}{'median':>10}{'p95':>9}{'cpu':>9}{'load':>6}{'n':>4}  "
          f"{'target':<24}")
    for name, m in result["metrics"].items():
        target = m["target"]
        shown = (f"{target[0]:g}–{target[1]:g} {m['unit']}" if isinstance(target, list | tuple)
                 else f"< {target:g} {m['unit']} ({m['statistic']})")
        p95 = "—" if m["p95"] is None else f"{m['p95']:.1f}"  # fewer than 20 samples
        cpu = "—" if m["cpu_median"] is None else f"{m['cpu_median']:.1f}"
        load = "—" if m["load_median"] is None else f"{m['load_median']:.1f}"
        verdict = {True: "ok", False: "MISSED", None: "n/a"}[m["met"]]
        print(f"{name:<24}{m['median']:>10.1f}{p95:>9}{cpu:>9}{load:>6}{m['runs']:>4}  "
              f"{shown:<24}{verdict}")
    for name, r in result["ratios"].items():
        print(f"{name:<26}{r['value']:>9.2f}{'':>11}  "
              f"{'≤ ' + str(r['target']) + '×':<22}{'ok' if r['met'] else 'MISSED'}")
    info = result["machine"]
    print(f"\n{result['clients']:,} clients · {info.get('cpu', '?')} · {info.get('cpus')} cores"
          f" · {info.get('started')} · load average {info.get('load_at_start')} at the start,"
          f" {info.get('load_at_end')} at the end · times are wall clock, cpu is the process's"
          " CPU time (all threads), ms")
