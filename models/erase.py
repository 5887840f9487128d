"""Emergency erase (S11): make a casebook unreadable in seconds, then say what was not reached.

The data key exists on disk only wrapped inside the key header (``name.wsdb.keys``), so
overwriting the header's bytes is what makes the casebook unreadable: after that no
passphrase and no recovery key opens the database, nor any copy of the database file made
without its header. Everything else (overwriting the first pages of the database, deleting
the database, its WAL/SHM, lock and attempts files) is tidying up, and is kept cheap so the
whole erase stays under two seconds whatever the casebook's size: the database is never
overwritten in full.

Backups are the exception that matters. Every Waystation backup carries its own copy of the
header, so it opens with the passphrases of the day it was made. Every backup in the
casebook's own folder that belongs to this casebook (by the casebook id in its summary,
whatever its name: ``group-backup.wsbak``, ``group.wsdb.wsbak``, the pre-upgrade backups, a
half-written one a killed backup left) is destroyed here like the header (its embedded header
is overwritten first); backups anywhere else are out of reach, and the report says so.

Erase finishes what it starts. Before anything is overwritten it writes ``name.wsdb.erasing``
(the casebook id and the names of the files it will destroy: no personal data). If the
process is killed part-way, running erase again finds that note and completes the job
without asking who you are (the keys may already be gone, so no passphrase could be checked;
the person who started it was checked then). The note goes last.

Who may erase: a coordinator, or any user when the casebook setting
``erase_allowed_for_all`` is on. Erase must work from the unlock screen, where nobody is
signed in, so the caller proves an identity in one of three ways:

- ``book``: the casebook is open in the main window; its signed-in user and settings decide.
- ``user`` + ``passphrase``: the slot is checked first (failures count towards the same
  growing delay as unlocking), then the database is opened with the slot's key just long
  enough to read that user's role and the setting. Nothing is written (unless a re-key
  interrupted by a crash must first be finished) and the casebook's lock is not taken, so
  erase works even while another Waystation window holds it open.
  If the database cannot be read, the role cannot be checked and erase is refused; the
  recovery key still works.
- ``recovery_key``: whoever holds it can open every record and reset every account, so it
  carries the right to erase too, without reading the database.

The permission check is a guard against an everyday mistake, not against someone with the
laptop's files: anyone who can delete files can delete the casebook. What erase adds over
deleting is that the keys are overwritten first.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from models import keyslots
from models.atomic import atomic_write_bytes, fsync_dir
from models.backup import MAGIC, MAX_META, backup_casebook_id
from models.casebook import Casebook, casebook_files, member_role, unseal_slot
from models.errors import (
    CasebookCorrupt,
    CasebookLocked,
    CasebookNotFound,
    InvalidInput,
    PermissionDenied,
    WrongPassphrase,
)
from models.permissions import Action, allowed
from models.settings import Settings
from models.store import Store, User

CONFIRMATION_WORD = "ERASE"
# Page 1 holds SQLCipher's salt; the first pages go too, since it costs one small write.
DB_HEAD_BYTES = 64 * 1024
PAGE_BYTES = 4096

WARNINGS = (
    "Backups saved in other folders, on other drives or on USB sticks were not reached: each "
    "carries its own copy of the keys and still opens with the passphrases of the day it was "
    "made. Destroy them separately.",
    "Copies sent or synced elsewhere (e-mail, cloud folders, other computers) were not "
    "reached. A copy of the casebook file alone cannot be opened without its key file, but a "
    "copy that includes the key file can.",
    "Earlier versions of the key file (left on the disk by each change of passphrase or "
    "users), and on SSDs, memory cards, USB sticks and file systems that keep snapshots the "
    "overwritten one too, may survive where no program can overwrite them; a forensic "
    "examiner who also knows a passphrase, current or past, might recover them. Full-disk "
    "encryption protects against this.",
    "Printed letters, packets and recovery sheets, and PDFs saved outside the casebook, are "
    "not affected.",
    "Fragments of what was on screen may remain in the operating system's swap or hibernation "
    "file; shut the computer down fully rather than letting it sleep.",
)


@dataclass
class EraseReport:
    """What the erase did. ``keys_destroyed`` is the guarantee that matters: when it is
    False the key file, a leftover copy of it or a backup beside it could not be overwritten,
    and the casebook may still open."""

    keys_destroyed: bool = False
    removed: list[str] = field(default_factory=list)
    backups_destroyed: list[str] = field(default_factory=list)
    could_not_remove: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=lambda: list(WARNINGS))


def may_erase(role: str, erase_allowed_for_all: bool) -> bool:
    return allowed(role, Action.ERASE) or bool(erase_allowed_for_all)


def check_confirmation(confirmation: str) -> None:
    if confirmation != CONFIRMATION_WORD:
        raise InvalidInput("confirmation", f"type {CONFIRMATION_WORD} in capitals to erase")


def erase_casebook(path: Path | str, *, confirmation: str, book: Casebook | None = None,
                   user: str | None = None, passphrase: str | None = None,
                   recovery_key: str | None = None) -> EraseReport:
    """Destroy the casebook at ``path``. Refuses, changing nothing, unless ``confirmation`` is
    exactly ``CONFIRMATION_WORD`` and the identity given may erase (see the module
    docstring)."""
    path = Path(path)
    check_confirmation(confirmation)
    started = _read_note(path)
    if started is not None:
        # An erase was killed part-way: finish it (see the module docstring).
        if book is not None and book.is_open:
            book.close()
        return _destroy(path, None, *started)
    if book is not None:
        _check_book(book, path)
        casebook_id = book.casebook_id
    else:
        casebook_id = _check_identity(path, user, passphrase, recovery_key)
    return _destroy(path, book, casebook_id, [])


# -- who may erase ---------------------------------------------------------------------------
def _check_book(book: Casebook, path: Path) -> None:
    if not book.is_open:
        raise CasebookLocked()
    if book.path.resolve() != path.resolve():
        raise InvalidInput("casebook", "the open casebook is not the one named for erase")
    if not may_erase(book.user.role, book.settings.get("erase_allowed_for_all")):
        raise _denied()


def _denied() -> PermissionDenied:
    return PermissionDenied("Only a coordinator can erase this casebook (a coordinator can "
                            "let every user do it in the settings).")


def _check_identity(path: Path, user: str | None, passphrase: str | None,
                    recovery_key: str | None) -> str:
    """The casebook id, once the identity given may erase."""
    if (recovery_key is None) == (user is None):
        raise InvalidInput("identity", "give a user name and passphrase, or the recovery key")
    if not keyslots.header_path(path).exists():
        if path.exists():
            raise CasebookCorrupt("The casebook's key file is missing; without it the casebook "
                                  "is already unreadable.", path=str(path))
        raise CasebookNotFound()
    header = keyslots.read_header(path)
    slot_id = (keyslots.RECOVERY_SLOT if recovery_key is not None
               else keyslots.slot_id_for(header, user))
    data_key, secret, _slot = unseal_slot(path, header, slot_id, passphrase, recovery_key)
    try:
        if recovery_key is None:
            _check_role(path, header, slot_id, data_key, secret)
    finally:
        keyslots.wipe(data_key)
    return header.casebook_id


def _check_role(path: Path, header: keyslots.Header, slot_id: str, data_key: bytearray,
                secret: bytes) -> None:
    """Read the user's role and the erase setting, writing nothing."""
    unreadable = CasebookCorrupt("The casebook's database cannot be read, so your role cannot "
                                 "be checked; erase it with the recovery key.", path=str(path))
    try:
        if not path.exists():
            raise CasebookCorrupt(path=str(path))
        conn, key = Casebook._connect(path, header, slot_id, data_key, secret)
    except CasebookCorrupt:
        raise unreadable from None
    try:
        try:
            row = conn.execute("SELECT id, name, role, active FROM users WHERE slot_id = ?",
                               (slot_id,)).fetchone()
        except sqlcipher3.DatabaseError:
            raise unreadable from None
        if row is None or not row[3]:
            raise WrongPassphrase("Wrong user name or passphrase.")
        role = member_role(path, header, slot_id, row[2])  # the signed roster's role
        settings = Settings(Store(conn, User(row[0], row[1], role), path=str(path)))
        if not may_erase(role, settings.get("erase_allowed_for_all")):
            raise _denied()
    finally:
        conn.close()
        if key is not data_key:
            keyslots.wipe(key)


# -- destroying ------------------------------------------------------------------------------
def note_path(path: Path) -> Path:
    return path.with_name(path.name + ".erasing")


def _read_note(path: Path) -> tuple[str, list[str]] | None:
    """(casebook id, backup names) of an erase that was started and not finished."""
    try:
        d = json.loads(note_path(path).read_text("utf-8"))
        return str(d["casebook"]), [str(n) for n in d["backups"] if "/" not in str(n)]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return "", []  # a damaged note: still finish, with the backups found by id alone


def _destroy(path: Path, book: Casebook | None, casebook_id: str,
             noted: list[str]) -> EraseReport:
    report = EraseReport()
    folder = path.parent
    header = keyslots.header_path(path)
    backups, temporaries = _beside(path, casebook_id)
    backups += [path.with_name(n) for n in noted
                if path.with_name(n).exists() and path.with_name(n) not in backups]
    # 0. The note that lets a second run finish the job if this one is killed.
    try:
        atomic_write_bytes(note_path(path), json.dumps(
            {"casebook": casebook_id, "backups": [p.name for p in backups]}).encode())
    except OSError as exc:
        report.could_not_remove.append((note_path(path).name, _reason("could not write", exc)))
    # 1. The keys, first and before anything slow: from here on nothing opens.
    done = [_overwrite(header, None, report)]
    done += [_overwrite(p, None, report) for p in temporaries]
    done += [_overwrite(p, _backup_head(p), report) for p in backups]
    report.keys_destroyed = all(done)
    # 2. Drop the key held in memory and release the lock (Windows cannot delete open files).
    if book is not None:
        with contextlib.suppress(Exception):
            book.close()
        keyslots.wipe(book._key)
    # 3. The database's first pages, then every remaining file; the note last.
    _overwrite(path, DB_HEAD_BYTES, report)
    for p in [header, *temporaries, *backups, *casebook_files(path)]:
        _unlink(p, report)
    report.backups_destroyed = [p.name for p in backups if p.name in report.removed]
    if report.keys_destroyed and not report.could_not_remove:
        with contextlib.suppress(FileNotFoundError):
            note_path(path).unlink()
    with contextlib.suppress(OSError):
        fsync_dir(folder)
    return report


def _beside(path: Path, casebook_id: str) -> tuple[list[Path], list[Path]]:
    """Every backup of this casebook in its folder (any file whose backup summary names the
    casebook's id, whole or half-written), and leftovers of atomic writes of its key file and
    attempts file (``.name.wsdb.keys.<pid>.tmp`` and the like)."""
    name = re.escape(path.name)
    temporary = re.compile(rf"^\.{name}(\.keys|\.attempts)?\.\d+\.tmp$")
    try:
        entries = sorted(path.parent.iterdir())
    except OSError:
        return [], []
    backups, temporaries = [], []
    for p in entries:
        if temporary.match(p.name):
            temporaries.append(p)
        elif casebook_id and p.is_file() and _is_backup_of(p, casebook_id):
            backups.append(p)
    return backups, temporaries


def _is_backup_of(path: Path, casebook_id: str) -> bool:
    try:
        with open(path, "rb") as fh:
            if fh.read(len(MAGIC)) != MAGIC:
                return False
    except OSError:
        return False
    return backup_casebook_id(path, whole=False) == casebook_id


def _backup_head(path: Path) -> int:
    """How many leading bytes of a backup hold its key header (and the first database page)."""
    try:
        with open(path, "rb") as fh:
            start = fh.read(len(MAGIC) + 4)
        if start[:len(MAGIC)] == MAGIC and len(start) == len(MAGIC) + 4:
            (n,) = struct.unpack(">I", start[len(MAGIC):])
            return len(MAGIC) + 4 + min(n, MAX_META) + PAGE_BYTES
    except OSError:
        pass
    return len(MAGIC) + 4 + MAX_META + PAGE_BYTES


def _overwrite(path: Path, limit: int | None, report: EraseReport) -> bool:
    """Overwrite the first ``limit`` bytes (all if None) with random bytes and fsync.
    True if done or if there was no such file; a failure is recorded in the report."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        return True
    except OSError as exc:
        report.could_not_remove.append((path.name, _reason("could not overwrite", exc)))
        return False
    try:
        size = os.fstat(fd).st_size
        todo = size if limit is None else min(size, limit)
        while todo > 0:
            chunk = min(todo, 1 << 20)
            os.write(fd, os.urandom(chunk))
            todo -= chunk
        os.fsync(fd)
        return True
    except OSError as exc:
        report.could_not_remove.append((path.name, _reason("could not overwrite", exc)))
        return False
    finally:
        os.close(fd)


def _unlink(path: Path, report: EraseReport) -> None:
    if path.name in report.removed:
        return
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        report.could_not_remove.append((path.name, _reason("could not delete", exc)))
        return
    report.removed.append(path.name)


def _reason(what: str, exc: OSError) -> str:
    return f"{what}: {(exc.strerror or 'the system refused').lower()}"
