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

Erase goes by the real files, not by the name it is given: a name that is a symbolic link
(or lies in a linked folder) is resolved first, the real database, its WAL/SHM and side files
and the real key file are destroyed, backups are looked for in the real folder and in the
folder of the name given, and then the links themselves are removed. The report says when a
name was a link and which real file it stood for.

Erase finishes what it starts. Before anything is overwritten it writes ``name.wsdb.erasing``
beside the real database (the casebook id only: no personal data). Every key file and every
backup it overwrites starts afterwards with ``ERASED_TAG`` and the casebook id, so a second
run can prove which leftovers are this casebook's. The note alone proves nothing (anyone who
can write the folder can write one), so it never skips the identity check while the key file
still reads, and no file is destroyed because the note names it:

- key file still readable: the identity is checked as for a first erase;
- key file carries the erase tag: a previous erase overwrote it, so the casebook opens for
  nobody any more; the run finishes without an identity, destroying the casebook's files by
  name, backups whose summary names the tag's casebook id, and tagged leftovers of that id;
- key file gone or unreadable, and a note: only the casebook's files by name and leftovers
  already tagged by an erase of the note's id (they open for nobody) are removed.

The note goes last.

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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from models.casebook import Casebook
from models.db.atomic import atomic_write_bytes, fsync_dir
from models.db.casebook_files import casebook_files
from models.db.store import Store, User
from models.errors import (
    CasebookCorrupt,
    CasebookLocked,
    CasebookNotFound,
    InvalidInput,
    PermissionDenied,
    WrongPassphrase,
)
from models.permissions import Action, allowed
from models.security import keyslots
from models.security.slot_unlock import member_role, unseal_slot
from models.settings import Settings
from models.transfer.backup import MAGIC, MAX_META, backup_casebook_id

CONFIRMATION_WORD = "ERASE"
# Page 1 holds SQLCipher's salt; the first pages go too, since it costs one small write.
DB_HEAD_BYTES = 64 * 1024
PAGE_BYTES = 4096
# The first bytes of every key file and backup an erase overwrote, followed by the casebook
# id and a newline: how a second run proves a leftover is this casebook's (see above).
ERASED_TAG = b"WAYSTATION-ERASED\n"

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
    # One sentence per name given that was a link to a file elsewhere (database or key file).
    links: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=lambda: list(WARNINGS))


def may_erase(role: str, erase_allowed_for_all: bool) -> bool:
    return allowed(role, Action.ERASE) or bool(erase_allowed_for_all)


def check_confirmation(confirmation: str) -> None:
    if confirmation != CONFIRMATION_WORD:
        raise InvalidInput.of("confirmation", "type {word} in capitals to erase",
                              word=CONFIRMATION_WORD)


def erase_casebook(path: Path | str, *, confirmation: str, book: Casebook | None = None,
                   user: str | None = None, passphrase: str | None = None,
                   recovery_key: str | None = None) -> EraseReport:
    """Destroy the casebook at ``path``. Refuses, changing nothing, unless ``confirmation`` is
    exactly ``CONFIRMATION_WORD`` and the identity given may erase (see the module
    docstring)."""
    path = Path(path)
    check_confirmation(confirmation)
    erased = _erased_id(keyslots.header_path(path))
    if erased is None and not _header_readable(path):
        note = _read_note(path)
        if note is not None:
            # Only the casebook's files by name and leftovers already tagged with the note's
            # id go: the note is not proof of anything (see the module docstring).
            if book is not None and book.is_open:
                book.close()
            return _destroy(path, None, "", note)
    if erased is not None:
        # A previous erase overwrote the key file: nothing opens, so nobody can be asked.
        if book is not None and book.is_open:
            book.close()
        return _destroy(path, None, erased, erased)
    if book is not None:
        _check_book(book, path)
        casebook_id = book.casebook_id
    else:
        casebook_id = _check_identity(path, user, passphrase, recovery_key)
    return _destroy(path, book, casebook_id, casebook_id)


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
    # Exactly one of the two was given (checked above).
    slot_id = (keyslots.slot_id_for(header, user) if user is not None
               else keyslots.RECOVERY_SLOT)
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
        conn, key = Casebook.connect_with_slot(path, header, slot_id, data_key, secret)
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


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _tag(casebook_id: str) -> bytes:
    return ERASED_TAG + casebook_id.encode("ascii", "replace") + b"\n"


def _erased_id(path: Path) -> str | None:
    """The casebook id an erase wrote over ``path`` (a key file or backup), else None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(ERASED_TAG) + 200)
    except OSError:
        return None
    if not head.startswith(ERASED_TAG) or b"\n" not in head[len(ERASED_TAG):]:
        return None
    return head[len(ERASED_TAG):].split(b"\n", 1)[0].decode("ascii", "replace")


def _header_readable(path: Path) -> bool:
    try:
        keyslots.read_header(path)
        return True
    except (OSError, CasebookCorrupt):
        return False


def _read_note(path: Path) -> str | None:
    """The casebook id in the note of an erase that was started and not finished (looked for
    beside the name given and beside the real database); "" for a damaged note."""
    for note in dict.fromkeys([note_path(path), note_path(_real(path))]):
        try:
            return str(json.loads(note.read_text("utf-8"))["casebook"])
        except FileNotFoundError:
            continue
        except (OSError, ValueError, KeyError, TypeError):
            return ""
    return None


def _unique(paths: list[Path]) -> list[Path]:
    """``paths`` without repeats of one name (a link and its target are two names)."""
    return list({os.path.abspath(p): p for p in paths}.values())


def _destroy(path: Path, book: Casebook | None, casebook_id: str,
             erased_id: str) -> EraseReport:
    """Destroy the casebook named ``path``: live backups are matched by ``casebook_id``
    (proven by the key file or by an identity; "" for none) and leftovers of an earlier run by
    ``erased_id``."""
    report = EraseReport()
    real = _real(path)
    given_keys = keyslots.header_path(path)
    real_keys = _real(given_keys)
    keys = _unique([real_keys, keyslots.header_path(real)])
    folders = _unique([real.parent, _real(path.parent), *(k.parent for k in keys)])
    if real != _real(path.parent) / path.name or path.is_symlink():
        report.links.append(f"{path} is a link to {real}: that file, its side files and the "
                            f"backups of it in {real.parent} were destroyed, then the link.")
    if real_keys != keyslots.header_path(real):
        report.links.append(f"The key file {given_keys} is a link to {real_keys}: that file "
                            "was destroyed, then the link.")
    backups, temporaries, leftovers = [], [], []
    for folder in folders:
        b, t, left = _beside(folder, [path.name, real.name], casebook_id, erased_id)
        backups += b
        temporaries += t
        leftovers += left
    backups, temporaries = _unique(backups), _unique(temporaries)
    own = {os.path.abspath(p) for p in [*keys, *casebook_files(real), *casebook_files(path)]}
    backups = [p for p in backups if os.path.abspath(p) not in own]
    leftovers = [p for p in _unique(leftovers) if os.path.abspath(p) not in own]
    label = _labeller(path)
    # 0. The note that lets a second run finish the job if this one is killed.
    note = note_path(real)
    try:
        atomic_write_bytes(note, json.dumps({"casebook": erased_id}).encode())
    except OSError as exc:
        report.could_not_remove.append((label(note), _reason("could not write", exc)))
    # 1. The keys, first and before anything slow: from here on nothing opens.
    tag = _tag(erased_id)
    done = [_overwrite(k, None, report, tag) for k in keys]
    done += [_overwrite(p, None, report) for p in temporaries]
    done += [_overwrite(p, _backup_head(p), report, tag) for p in backups]
    report.keys_destroyed = all(done)
    # 2. Drop the key held in memory and release the lock (Windows cannot delete open files).
    if book is not None:
        with contextlib.suppress(Exception):
            book.close()
        keyslots.wipe(book._key)
    # 3. The database's first pages, then every remaining file (real files before the links
    # that name them); the note last.
    _overwrite(real, DB_HEAD_BYTES, report)
    for p in _unique([*keys, *temporaries, *backups, *leftovers, *casebook_files(real),
                      *casebook_files(path)]):
        _unlink(p, report, label(p))
    report.backups_destroyed = [label(p) for p in [*backups, *leftovers]
                                if label(p) in report.removed]
    if report.keys_destroyed and not report.could_not_remove:
        for n in dict.fromkeys([note, note_path(path)]):
            with contextlib.suppress(FileNotFoundError):
                n.unlink()
    for folder in folders:
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    return report


def _labeller(path: Path) -> Callable[[Path], str]:
    """Files in the folder of the name given are named by name, others by full path."""
    home = _real(path.parent)

    def label(p: Path) -> str:
        return p.name if _real(p.parent) == home else str(p)
    return label


def _beside(folder: Path, names: list[str], casebook_id: str,
            erased_id: str) -> tuple[list[Path], list[Path], list[Path]]:
    """In ``folder``: every live backup of this casebook (any file whose backup summary names
    ``casebook_id``, whole or half-written), leftovers of atomic writes of its key file and
    attempts file (``.name.wsdb.keys.<pid>.tmp`` and the like), and files an earlier erase of
    ``erased_id`` overwrote (they carry its tag)."""
    alternatives = "|".join(re.escape(n) for n in dict.fromkeys(names))
    temporary = re.compile(rf"^\.({alternatives})(\.keys|\.attempts)?\.\d+\.tmp$")
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return [], [], []
    backups, temporaries, leftovers = [], [], []
    for p in entries:
        if temporary.match(p.name):
            temporaries.append(p)
        elif not p.is_file():
            continue
        elif casebook_id and _is_backup_of(p, casebook_id):
            backups.append(p)
        elif erased_id and _erased_id(p) == erased_id:
            leftovers.append(p)
    return backups, temporaries, leftovers


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


def _overwrite(path: Path, limit: int | None, report: EraseReport, tag: bytes = b"") -> bool:
    """Overwrite the first ``limit`` bytes (all if None) with random bytes, the first of them
    ``tag`` when the file is long enough, and fsync. True if done or if there was no such
    file; a failure is recorded in the report."""
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
        first = True
        while todo > 0:
            chunk = os.urandom(min(todo, 1 << 20))
            if first and len(chunk) > len(tag):
                chunk = tag + chunk[len(tag):]  # one write: random and tag land together
            first = False
            os.write(fd, chunk)
            todo -= len(chunk)
        os.fsync(fd)
        return True
    except OSError as exc:
        report.could_not_remove.append((path.name, _reason("could not overwrite", exc)))
        return False
    finally:
        os.close(fd)


def _unlink(path: Path, report: EraseReport, label: str | None = None) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        report.could_not_remove.append((label or path.name, _reason("could not delete", exc)))
        return
    report.removed.append(label or path.name)


def _reason(what: str, exc: OSError) -> str:
    return f"{what}: {(exc.strerror or 'the system refused').lower()}"
