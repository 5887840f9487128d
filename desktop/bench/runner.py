"""Build (or reuse) the reference casebook, measure every target, print a table, write JSON."""

from __future__ import annotations

import json
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

from desktop.bench.timing import RATIO_TARGETS, TARGETS, Metric, repeat, summarise, timed

PASSPHRASE = "benchmark passphrase"
REFERENCE_CLIENTS = 50_000
QUICK_CLIENTS = 5_000


def machine() -> dict:
    info = {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count()}
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


def run(casebook: Path | None, quick: bool, json_out: Path | None) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from models import demo

    clients = QUICK_CLIENTS if quick else REFERENCE_CLIENTS
    work = Path(tempfile.mkdtemp(prefix="waystation-bench-"))
    metrics: dict[str, Metric] = {}
    try:
        path = casebook or work / "reference.wsdb"
        passphrase = os.environ.get("WAYSTATION_PASSPHRASE", PASSPHRASE)
        if not path.exists():
            _log(f"building the reference casebook ({clients:,} clients)…")
            ms, _ = timed(lambda: demo.build(path, passphrase, clients=clients, seed=1))
            metrics["build_reference"] = summarise("build_reference", [ms])
        else:
            _log(f"reusing {path.name}")
        metrics.update(_gui(path, passphrase, quick))
        metrics.update(_files_and_documents(path, passphrase, work, quick))
        ratio, detail = _ratio(path, passphrase, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    result = {
        "machine": machine(), "clients": clients, "quick": quick,
        "metrics": {name: metrics[name].as_dict() for name in TARGETS if name in metrics},
        "ratios": {"sqlcipher_vs_sqlite": {"value": ratio, **detail,
                                           "target": RATIO_TARGETS["sqlcipher_vs_sqlite"],
                                           "met": ratio <= RATIO_TARGETS["sqlcipher_vs_sqlite"]}},
    }
    print_table(result)
    if json_out is not None:
        from models.atomic import atomic_write_bytes

        atomic_write_bytes(json_out, json.dumps(result, indent=1).encode(), mode=0o644)
    return result


def _gui(path: Path, passphrase: str, quick: bool) -> dict[str, Metric]:
    from desktop.bench import gui

    out: dict[str, Metric] = {}
    _log("starting the app…")
    out["start_to_unlock_window"] = gui.start_to_unlock_window(3 if quick else 5)
    from desktop.bench.cli_start import cli_answers

    out.update(cli_answers(5 if quick else 9))
    bench = gui.GuiBench(path, "demo", passphrase)
    try:
        _log("unlocking…")
        kdf, first = bench.unlock()
        out["unlock_kdf"] = summarise("unlock_kdf", kdf)
        out["unlock_first_page"] = summarise("unlock_first_page", first)
        _log("typing in the client search…")
        out["search_keystroke"] = summarise("search_keystroke", bench.search_keystrokes())
        _log("typing a new client's name…")
        out["duplicate_warning"] = summarise("duplicate_warning", bench.duplicate_warnings())
        out["today_view"] = summarise("today_view", bench.today_view(10))
        _log("scrolling the client list to the end…")
        longest, rows, rss = bench.scroll_to_end()
        out["scroll_longest_block"] = summarise("scroll_longest_block", [longest],
                                                note=f"{rows:,} rows")
        out["rss_scrolled"] = summarise("rss_scrolled", [rss])
    finally:
        bench.close()
    return out


def _files_and_documents(path: Path, passphrase: str, work: Path,
                         quick: bool) -> dict[str, Metric]:
    from models.backup import restore_backup, write_backup
    from models.casebook import Casebook
    from reports import referral_letter, referral_packet
    from reports.casebook_data import letter_data, packet_data

    out: dict[str, Metric] = {}
    book = Casebook.open(path, "demo", passphrase)
    try:
        rows = book.store.q(
            "SELECT r.id FROM referrals r JOIN consents c ON c.id = r.consent_id"
            " WHERE r.status NOT IN ('draft', 'withdrawn') AND c.withdrawn_at IS NULL"
            " AND (c.valid_until IS NULL OR c.valid_until >= date('now')) ORDER BY r.id"
            " LIMIT 500")
        ids = [r[0] for r in rows]
        _log(f"rendering letters and packets ({len(ids)} referrals with consent)…")
        referral_letter(letter_data(book, ids[0]))  # fonts and texts load once per process
        out["letter"] = summarise("letter", repeat(
            lambda: referral_letter(letter_data(book, ids[0])), 20))
        out["packet"] = summarise("packet", repeat(
            lambda: referral_packet(packet_data(book, ids[1])), 10))
        batch = (ids * (500 // max(1, len(ids)) + 1))[:500]
        ms, _ = timed(lambda: [referral_letter(letter_data(book, rid)) for rid in batch])
        out["letters_batch_500"] = summarise("letters_batch_500", [ms])
        _log("backup, restore, verify…")
        backup_file = work / "bench.wsbak"
        backups = []
        for _ in range(1 if quick else 3):
            backup_file.unlink(missing_ok=True)
            backups.append(timed(lambda: write_backup(book, backup_file))[0])
        out["backup"] = summarise("backup", backups)
        verify = [timed(book.verify)[0] for _ in range(1 if quick else 2)]
        out["verify"] = summarise("verify", verify)
    finally:
        book.close()
    restores = []
    for i in range(1 if quick else 3):
        target = work / f"restored-{i}.wsdb"
        restores.append(timed(lambda t=target: restore_backup(backup_file, t))[0])
    out["restore"] = summarise("restore", restores)
    return out


def _ratio(path: Path, passphrase: str, work: Path) -> tuple[float, dict]:
    from desktop.bench.ratio import sqlcipher_vs_sqlite
    from models.casebook import Casebook

    _log("SQLCipher against plain SQLite on the same workload…")
    book = Casebook.open(path, "demo", passphrase)
    try:
        return sqlcipher_vs_sqlite(book.store.conn, work)
    finally:
        book.close()


def print_table(result: dict) -> None:
    print()
    print(f"{'metric':<24}{'median':>11}{'p95':>11}  {'target':<16}{'':>4}")
    for name, m in result["metrics"].items():
        target = m["target"]
        shown = (f"{target[0]:g}–{target[1]:g} {m['unit']}" if isinstance(target, list | tuple)
                 else f"< {target:g} {m['unit']} ({m['statistic']})")
        print(f"{name:<24}{m['median']:>11.1f}{m['p95']:>11.1f}  {shown:<22}"
              f"{'ok' if m['met'] else 'MISSED'}")
    r = result["ratios"]["sqlcipher_vs_sqlite"]
    print(f"{'sqlcipher_vs_sqlite':<24}{r['value']:>11.2f}{'':>11}  "
          f"{'≤ ' + str(r['target']) + '×':<22}{'ok' if r['met'] else 'MISSED'}")
    print(f"\n{result['clients']:,} clients · {result['machine'].get('cpu', '?')} · "
          f"{result['machine'].get('cpus')} cores · {time.strftime('%Y-%m-%d')}")
