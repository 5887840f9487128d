"""Crash harness (R1, R2, R4, S4): kill a writer with SIGKILL at random moments, then check.

A forked child opens the casebook and performs random domain operations — adding and
editing clients, notes, referral transitions with consent, CSV imports, backups, adding and
removing users (a re-key), changing the coordinator's passphrase, closing and reopening —
and writes one acknowledgement line to a pipe only *after* each operation returned. The
parent kills it with SIGKILL after a random delay and then, with no writer alive:

- opens the casebook with the coordinator's passphrase (the acknowledged one, or the one
  whose change was under way) — never neither;
- ``verify()`` finds nothing (page HMACs, SQLite integrity, the audit chain);
- every acknowledged commit is present (clients, notes, edits, referral states, imports,
  passphrase changes, user removals);
- nothing half-done is visible: every import batch has all its rows or none, every referral's
  last event matches its status, a sent referral has its follow-up, every client has its
  search-index row and its audit entry;
- a removed user's slot no longer holds the casebook's key (S4), even after a crash between
  marking them removed and re-keying;
- the backup file, if one exists, still reads, restores and verifies (an interrupted backup
  keeps the previous one).

Usage: ``python -m tests.harness.crash --kills 200 [--seed S] [--dir D]``. The last line is a
summary such as ``crashtest: 200 kills, 0 integrity failures, 0 lost commits``; the exit
status is non-zero on any failure. Linux/macOS only (fork and SIGKILL).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import random
import select
import shutil
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

USER = "ana"
PASSPHRASES = ("crash harness passphrase A", "crash harness passphrase B")
VOLUNTEER_PASS = "volunteer passphrase"
IMPORT_SIZE = 12
REFERRAL_PATH = ("draft", "consent_recorded", "sent", "acknowledged", "accepted", "completed")
MODES = (("ops", 0.6), ("backup", 0.2), ("rekey", 0.2))
READY_TIMEOUT = 30.0


@dataclass
class Ledger:
    """Everything a child acknowledged, over all cycles: what must be in the casebook."""

    clients: set[str] = field(default_factory=set)
    notes: set[str] = field(default_factory=set)
    imports: set[str] = field(default_factory=set)
    edits: dict[int, int] = field(default_factory=dict)
    referrals: dict[int, str] = field(default_factory=dict)
    removed: set[str] = field(default_factory=set)
    passphrase: str = PASSPHRASES[0]
    pending_passphrase: str | None = None
    backups: int = 0
    acks: int = 0


@dataclass
class Totals:
    kills: int = 0
    integrity_failures: int = 0
    lost_commits: int = 0
    acks: int = 0
    by_mode: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


# -- the child ---------------------------------------------------------------------------
def _import_batch(book, tag: str) -> None:
    """All or nothing (R2): a CSV file through the real importer, one transaction."""
    from models.transfer import spreadsheets

    rows = "".join(f"IMP-{tag}-{i:02d},Batchtown,v0\n" for i in range(IMPORT_SIZE))
    source = book.path.with_name(f"import-{tag}.csv")
    source.write_text("display_name,city,region\n" + rows, encoding="utf-8")
    try:
        spreadsheets.import_clients(book, source)
    finally:
        source.unlink()


def _child(path: Path, backup: Path, mode: str, seed: int, passphrase: str, fd: int) -> None:
    from models.casebook import Casebook
    from models.clients import Client
    from models.referrals import Referral
    from models.security.keyslots import KdfParams
    from models.transfer.backup import write_backup

    rng = random.Random(seed)

    def say(*words: object) -> None:
        os.write(fd, (" ".join(str(w) for w in words) + "\n").encode())

    book = Casebook.open(path, USER, passphrase)
    say("READY")
    q = book.store.q
    partner = q("SELECT id FROM partners ORDER BY id LIMIT 1")[0][0]
    for k in range(100_000):
        tag = f"{seed}x{k}"
        if mode == "backup":
            if k % 2:
                write_backup(book, backup)
                say("ACK backup")
                continue
            op = "client"
        elif mode == "rekey":
            active = q("SELECT id, name FROM users WHERE active = 1 AND role = 'volunteer'")
            roll = rng.random()
            if roll < 0.3:
                new = PASSPHRASES[1] if passphrase == PASSPHRASES[0] else PASSPHRASES[0]
                say("BEGIN pass", new)
                book.users.change_passphrase(passphrase, new)
                passphrase = new
                say("ACK pass", new)
            elif active and roll < 0.75:
                uid, name = rng.choice(active)
                book.users.remove(uid)
                say("ACK remove", name)
            else:
                book.users.add(f"vol{tag}", "volunteer", VOLUNTEER_PASS, kdf=KdfParams())
                say("ACK useradd", f"vol{tag}")
            continue
        else:
            op = rng.choices(("client", "edit", "import", "referral", "note", "reopen"),
                             (30, 20, 12, 25, 10, 3))[0]
        if op == "client":
            name = f"C-{tag}"
            book.clients.add(Client(name, city="Crashville", region="v0",
                                    safe_contact=f"contact {tag}"))
            say("ACK client", name)
        elif op == "edit":
            row = q("SELECT id FROM clients WHERE display_name LIKE 'C-%'"
                    " ORDER BY random() LIMIT 1")
            if not row:
                continue
            c = book.clients.get(row[0][0], audit=False)
            n = int((c.region or "v0")[1:]) + 1
            book.clients.update(dataclasses.replace(c, region=f"v{n}"))
            say("ACK edit", c.id, n)
        elif op == "import":
            say("BEGIN import", tag)
            _import_batch(book, tag)
            say("ACK import", tag)
        elif op == "note":
            row = q("SELECT id FROM clients ORDER BY random() LIMIT 1")
            if row:
                body = f"N-{tag}"
                book.notes.add(row[0][0], body)
                say("ACK note", body)
        elif op == "referral":
            row = q("SELECT id, status, client_id FROM referrals WHERE status NOT IN"
                    " ('completed', 'declined', 'withdrawn') ORDER BY random() LIMIT 1")
            if not row or rng.random() < 0.3:
                client = q("SELECT id FROM clients ORDER BY random() LIMIT 1")
                if client:
                    rid = book.referrals.create(Referral(
                        client[0][0], partner, "legal", reason=f"R-{tag}")).id_of("referrals")
                    say("ACK referral", rid, "draft")
                continue
            rid, status, cid = row[0]
            if status == "draft":
                # Recorded and attached in one transaction: a kill leaves both or neither.
                book.referrals.record_consent(rid, fields=("display_name",), purpose="harness",
                                              consenting_person="the client", note=f"T-{tag}")
                say("ACK referral", rid, "consent_recorded")
            else:
                nxt = REFERRAL_PATH[REFERRAL_PATH.index(status) + 1]
                book.referrals.transition(rid, nxt, note=f"T-{tag}")
                say("ACK referral", rid, nxt)
        elif op == "reopen":
            book.close()
            book = Casebook.open(path, USER, passphrase)
            q = book.store.q
            say("ACK reopen")


def _run_child(*args: object) -> None:
    fd = args[-1]
    code = 0
    try:
        _child(*args)
    except BaseException:  # noqa: BLE001 - report to the parent, never unwind into its code
        with contextlib.suppress(OSError):
            os.write(fd, ("ERR " + traceback.format_exc().replace("\n", " | ") + "\n").encode())
        code = 3
    os._exit(code)


# -- the parent --------------------------------------------------------------------------
class _Pipe:
    """Lines from the child, read with timeouts; a line cut by the kill is kept apart."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buf = b""
        self.eof = False

    def read(self, timeout: float, until: str | None = None) -> list[str]:
        lines: list[str] = []
        deadline = time.monotonic() + timeout
        while not self.eof:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.fd], [], [], left)[0]:
                break
            chunk = os.read(self.fd, 65536)
            if not chunk:
                self.eof = True
                if self.buf:
                    lines.append("PARTIAL " + self.buf.decode(errors="replace"))
                break
            self.buf += chunk
            while b"\n" in self.buf:
                line, self.buf = self.buf.split(b"\n", 1)
                lines.append(line.decode(errors="replace"))
            if until is not None and until in lines:
                break
        return lines


def _apply(ledger: Ledger, lines: list[str]) -> list[str]:
    errors = []
    for line in lines:
        parts = line.split(" ")
        if parts[0] == "ERR":
            errors.append("child failed: " + line[4:][:2000])
            continue
        if parts[0] == "BEGIN" and parts[1] == "pass":
            ledger.pending_passphrase = " ".join(parts[2:])
            continue
        if parts[0] != "ACK":
            continue
        ledger.acks += 1
        kind = parts[1]
        if kind == "client":
            ledger.clients.add(parts[2])
        elif kind == "note":
            ledger.notes.add(parts[2])
        elif kind == "import":
            ledger.imports.add(parts[2])
        elif kind == "edit":
            ledger.edits[int(parts[2])] = max(ledger.edits.get(int(parts[2]), 0), int(parts[3]))
        elif kind == "referral":
            rid, status = int(parts[2]), parts[3]
            old = ledger.referrals.get(rid)
            if old is None or REFERRAL_PATH.index(status) > REFERRAL_PATH.index(old):
                ledger.referrals[rid] = status
        elif kind == "pass":
            ledger.passphrase = " ".join(parts[2:])
            ledger.pending_passphrase = None
        elif kind == "remove":
            ledger.removed.add(parts[2])
        elif kind == "backup":
            ledger.backups += 1
    return errors


def _open(path: Path, ledger: Ledger):
    """The coordinator's casebook: the acknowledged passphrase, or the one being set."""
    from models.casebook import Casebook
    from models.errors import WrongPassphrase

    tries = [ledger.passphrase]
    if ledger.pending_passphrase and ledger.pending_passphrase not in tries:
        tries.append(ledger.pending_passphrase)
    last: Exception | None = None
    for passphrase in tries:
        try:
            book = Casebook.open(path, USER, passphrase)
        except WrongPassphrase as exc:
            last = exc
            continue
        ledger.passphrase, ledger.pending_passphrase = passphrase, None
        return book
    raise AssertionError(f"the coordinator's passphrase no longer opens the casebook ({last})")


def check(path: Path, backup: Path | None, ledger: Ledger, workdir: Path,
          kill_no: int) -> tuple[list[str], list[str]]:
    """(integrity problems, lost acknowledged commits) after a kill."""
    from models.security import keyslots

    integrity: list[str] = []
    lost: list[str] = []
    try:
        book = _open(path, ledger)
    except Exception as exc:  # noqa: BLE001 - any failure to open is an integrity failure
        return [f"open failed: {type(exc).__name__}: {exc}"], []
    try:
        integrity += [f"verify: {p}" for p in book.verify(full=True)]
        q = book.store.q
        names = {r[0] for r in q("SELECT display_name FROM clients")}
        lost += [f"client {n}" for n in sorted(ledger.clients - names)][:20]
        bodies = {r[0] for r in q("SELECT body FROM notes WHERE body LIKE 'N-%'")}
        lost += [f"note {n}" for n in sorted(ledger.notes - bodies)][:20]
        batches: dict[str, int] = {}
        for (name,) in q("SELECT display_name FROM clients WHERE display_name LIKE 'IMP-%'"):
            tag = name.split("-")[1]
            batches[tag] = batches.get(tag, 0) + 1
        integrity += [f"half import {t}: {n} of {IMPORT_SIZE} rows" for t, n in batches.items()
                      if n != IMPORT_SIZE]
        lost += [f"import {t}" for t in sorted(ledger.imports - set(batches))]
        regions = dict(q("SELECT id, region FROM clients WHERE display_name LIKE 'C-%'"))
        for cid, n in ledger.edits.items():
            have = int((regions.get(cid) or "v-1")[1:])
            if have < n:
                lost.append(f"edit of client {cid} to v{n} (found v{have})")
        refs = {r[0]: r[1:] for r in q(
            "SELECT r.id, r.status, r.sent_at,"
            " (SELECT to_status FROM referral_events e WHERE e.referral_id = r.id"
            "  ORDER BY e.id DESC LIMIT 1),"
            " (SELECT count(*) FROM followups f WHERE f.referral_id = r.id)"
            " FROM referrals r")}
        for rid, status in ledger.referrals.items():
            if rid not in refs:
                lost.append(f"referral {rid}")
            elif REFERRAL_PATH.index(refs[rid][0]) < REFERRAL_PATH.index(status):
                lost.append(f"referral {rid} at {status} (found {refs[rid][0]})")
        for rid, (status, sent_at, last_event, followups) in refs.items():
            if last_event != status:
                integrity.append(f"referral {rid} is {status} but its last event says "
                                 f"{last_event}")
            sent = REFERRAL_PATH.index(status) >= REFERRAL_PATH.index("sent")
            if sent and (sent_at is None or followups != 1):
                integrity.append(f"referral {rid} is {status} without its send stamp or "
                                 "follow-up")
        no_index = q("SELECT count(*) FROM clients WHERE id NOT IN (SELECT rowid FROM"
                     " clients_fts)")[0][0]
        no_audit = q("SELECT count(*) FROM clients c WHERE NOT EXISTS (SELECT 1 FROM audit a"
                     " WHERE a.entity = 'client' AND a.entity_id = c.id)")[0][0]
        if no_index or no_audit:
            integrity.append(f"{no_index} clients without search row, {no_audit} without "
                             "audit entry")
        users = q("SELECT name, slot_id, active FROM users")
        lost += [f"removal of {n}" for n, _, active in users if n in ledger.removed and active]
        live_slots = {s.slot_id for s in book.header.slots}
        still = [n for n, slot, active in users if not active and slot in live_slots]
        integrity += [f"removed user {n} still has a slot holding the key (S4)" for n in still]
        on_disk = keyslots.read_header(path)
        if {s.slot_id for s in on_disk.slots} != live_slots:
            integrity.append("the key file on disk differs from the one in use")
    except Exception as exc:  # noqa: BLE001
        integrity.append(f"check raised {type(exc).__name__}: {exc}")
    finally:
        book.close()
    if backup is None:  # only a backup cycle can have changed the backup file
        return integrity, lost
    if backup.exists():
        integrity += _check_backup(backup, workdir / f"restored-{kill_no}.wsdb")
    elif ledger.backups:
        lost.append("the acknowledged backup file is gone")
    return integrity, lost


def _check_backup(backup: Path, target: Path) -> list[str]:
    from models.casebook import Casebook, casebook_files
    from models.errors import WrongPassphrase
    from models.transfer.backup import read_info, restore_backup

    problems: list[str] = []
    try:
        read_info(backup)
        restore_backup(backup, target)
        for passphrase in PASSPHRASES:
            try:
                restored = Casebook.open(target, USER, passphrase)
            except WrongPassphrase:
                continue
            problems += [f"restored backup: {p}" for p in restored.verify(full=True)]
            restored.close()
            break
        else:
            problems.append("the backup opens with no coordinator passphrase")
    except Exception as exc:  # noqa: BLE001
        problems.append(f"backup unusable: {type(exc).__name__}: {exc}")
    finally:
        for p in casebook_files(target):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
    return problems


def setup(workdir: Path) -> Path:
    from models.casebook import Casebook
    from models.partners import Partner
    from models.security.keyslots import KdfParams

    path = workdir / "crash.wsdb"
    book, _ = Casebook.create(path, USER, PASSPHRASES[0], kdf=KdfParams())
    book.partners.add(Partner("Harness Clinic", services=("legal",)))
    book.close()
    return path


def run(kills: int, seed: int, workdir: Path, *, max_delay: float = 0.45,
        log=print) -> Totals:
    # Import everything before forking so each child starts at once.
    import models.casebook  # noqa: F401
    import models.consents  # noqa: F401
    import models.referrals  # noqa: F401
    import models.transfer.backup  # noqa: F401
    import models.transfer.spreadsheets  # noqa: F401

    rng = random.Random(seed)
    path = setup(workdir)
    backup = workdir / "crash.wsbak"
    ledger = Ledger()
    totals = Totals()
    started = time.monotonic()
    while totals.kills < kills:
        mode = rng.choices([m for m, _ in MODES], [w for _, w in MODES])[0]
        child_seed = rng.randrange(1 << 30)
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            os.close(r)
            _run_child(path, backup, mode, child_seed, ledger.passphrase, w)
        os.close(w)
        pipe = _Pipe(r)
        lines = pipe.read(READY_TIMEOUT, until="READY")
        slow = 2.0 if mode != "ops" else 1.0
        lines += pipe.read(rng.uniform(0, max_delay * slow))
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        lines += pipe.read(5.0)
        os.close(r)
        before = ledger.acks
        errors = _apply(ledger, lines)
        if "READY" not in lines:
            errors.append("the child never opened the casebook")
        totals.kills += 1
        totals.by_mode[mode] = totals.by_mode.get(mode, 0) + 1
        integrity, lost = check(path, backup if mode == "backup" else None, ledger,
                                workdir, totals.kills)
        integrity += errors
        totals.acks = ledger.acks
        if integrity or lost:
            totals.integrity_failures += bool(integrity)
            totals.lost_commits += len(lost)
            for p in integrity + [f"lost: {x}" for x in lost]:
                totals.problems.append(f"kill {totals.kills} ({mode}, seed {child_seed}): {p}")
                log(totals.problems[-1])
        if totals.kills % 25 == 0:
            log(f"  {totals.kills} kills, {ledger.acks} acknowledged commits, "
                f"{time.monotonic() - started:.0f} s (this cycle: {mode}, "
                f"{ledger.acks - before} acks)")
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.harness.crash",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--dir", type=Path, default=None,
                        help="work folder (default: a new temporary folder, removed on success)")
    parser.add_argument("--max-delay", type=float, default=0.45,
                        help="longest wait in seconds before a kill, after the casebook opened")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 31)
    own = args.dir is None
    workdir = Path(tempfile.mkdtemp(prefix="waystation-crash-")) if own else args.dir
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"crashtest: seed {seed}, {args.kills} kills, work folder {workdir}", flush=True)
    started = time.monotonic()
    totals = run(args.kills, seed, workdir, max_delay=args.max_delay,
                 log=lambda s: print(s, flush=True))
    elapsed = time.monotonic() - started
    modes = ", ".join(f"{m} {n}" for m, n in sorted(totals.by_mode.items()))
    print(f"crashtest: {totals.acks} acknowledged commits checked; kills by mode: {modes}; "
          f"{elapsed:.0f} s")
    leftovers = [p for p in workdir.iterdir() if p.name.startswith(".") and ".tmp" in p.name]
    if leftovers:
        size = sum(p.stat().st_size for p in leftovers)
        print(f"crashtest: note: {len(leftovers)} temporary files left by killed writers "
              f"({size // 1024} KiB, ciphertext only); see SECURITY.md")
    print(f"crashtest: {totals.kills} kills, {totals.integrity_failures} integrity failures, "
          f"{totals.lost_commits} lost commits")
    failed = bool(totals.integrity_failures or totals.lost_commits)
    if own and not failed:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
