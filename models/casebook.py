"""The ``Casebook`` facade: create, unlock, lock, and the domain behind one object.

Contributors: read CONTRIBUTING.md at the top of the repository first.

Unlocking checks the passphrase against the key slot *before* the database is touched, so a
wrong passphrase never changes a byte (S3) and a page-1 failure after a good slot can only
mean damage (R3).
"""

from __future__ import annotations

import contextlib
import os
import threading
from functools import cached_property
from pathlib import Path

import sqlcipher3

from models import names
from models.accounts import Accounts
from models.attachments import Attachments
from models.audit import AuditLog
from models.clients import Clients
from models.consents import Consents
from models.db import integrity, page_macs, schema
from models.db.casebook_files import casebook_files
from models.db.connection import open_connection, translate
from models.db.store import Clock, Store, User, utc_now
from models.errors import (
    CasebookCorrupt,
    CasebookHasTwoNames,
    CasebookNotFound,
    ChangeFailed,
    InvalidInput,
    WaystationError,
    WrongPassphrase,
)
from models.followups import Followups
from models.household import Household
from models.notes import Notes
from models.open_casebook import OpenCasebook
from models.partners import Partners
from models.referrals import Referrals
from models.screening.saved import Screenings
from models.security import (
    audit_chain,
    audit_checkpoint,
    hygiene,
    key_fit,
    keys_upgrade,
    keyslots,
    roster,
    roster_trust,
)
from models.security.credentials import check_passphrase, check_user_name
from models.security.keyslots import Header, KdfParams
from models.security.lockfile import CasebookLock, read_only_reason
from models.security.roster_trust import entry_for, on_roster, trusted_chain, trusted_pending
from models.security.seen_rosters import SeenRosters
from models.security.slot_unlock import Unlocked, unlock_slot
from models.settings import Settings
from models.sponsorship.repository import Sponsorships
from models.transfer import backup

VERIFY_CACHE = -32768  # KiB of page cache while verify runs (the session's is larger)


class _PageCheck:
    """``integrity.check`` of the casebook's database on a second connection, in a thread
    (its page check, ``page_macs``'s or SQLCipher's, lets the verify's Python run meanwhile).
    ``result(conn)`` waits for it; if the second connection could not be opened it runs
    the check on ``conn`` instead, as verify did before."""

    def __init__(self, path: Path, key: bytes | bytearray, full: bool) -> None:
        self._path, self._full = path, full
        self._answer: list[str] | None = None
        self._failed = False
        self._mac: bytes | None = None
        try:
            # Opened here, while the key is certainly alive; closed by the thread. The pages'
            # MAC key too (a lock during the check wipes the data key, not this copy), only
            # for a default verify: --full runs SQLCipher's own check (integrity.check).
            self._conn: sqlcipher3.Connection | None = open_connection(path, key)
            self._conn.execute(f"PRAGMA cache_size = {VERIFY_CACHE}")
            if not full:
                self._mac = page_macs.mac_key(self._conn, key)
        except Exception:  # noqa: BLE001 - damage or no room: the check runs on the caller's
            self._conn = None
        self._thread = threading.Thread(target=self._run, name="verify-pages", daemon=True)
        if self._conn is not None:
            self._thread.start()

    def _run(self) -> None:
        conn = self._conn
        assert conn is not None
        try:
            self._answer = integrity.check(conn, self._path, full=self._full,
                                           mac_key=self._mac)
        except Exception:  # noqa: BLE001 - integrity.check names problems, never raises
            self._failed = True
        finally:
            conn.close()

    def result(self, conn: sqlcipher3.Connection) -> list[str]:
        self.join()
        if self._answer is None or self._failed:
            self._answer = integrity.check(conn, self._path, full=self._full)
        return self._answer

    def join(self) -> None:
        if self._thread.is_alive():
            self._thread.join()


def _keys_name(path: Path) -> str:
    return keyslots.header_path(path).name


def envelope_problems(path: Path, header: Header, chain: list[roster.Roster],
                      data_key: bytes | bytearray) -> list[str]:
    """A sentence for each slot on the roster whose envelope does not carry ``data_key`` (the
    key the database opened with): checked without any passphrase (``check_envelope``). A
    pending list does not stop the check (review 2, F3): a slot is sound if it, or the signed
    pending slot of an unfinished re-key, carries the key."""
    if header.legacy or not chain:
        return []
    latest = chain[-1]
    pending = {s.slot_id: s for s in trusted_pending(header, chain)}
    problems = []
    for entry in latest.entries:
        slot = header.find(entry.slot_id)
        if (slot is None or not on_roster(entry, slot)
                or keyslots.check_envelope(header.key_id, slot, data_key)):
            continue
        later = pending.get(entry.slot_id)
        if later is None or not keyslots.check_envelope(header.key_id, later, data_key):
            who = ("the recovery key" if entry.kind == "recovery"
                   else f"user {entry.user_id}")
            problems.append(f"the key file's slot for {who} does not carry the casebook's "
                            f"current key ({_keys_name(path)}); a coordinator's new recovery "
                            "key re-seals every slot")
    return problems


def reseal_unchecked(path: Path, header: Header, chain: list[roster.Roster],
                     data_key: bytes | bytearray) -> Header:
    """A key file none of whose envelopes can be checked was sealed before envelopes were
    checkable: re-seal them (same data key, so either file opens for everyone; a failed
    write changes nothing). A file where only some fail is left for ``verify`` to report."""
    if header.legacy or header.pending or not chain:
        return header
    latest = chain[-1]
    mine = [s for s in header.slots if on_roster(latest.entry(s.slot_id), s)]
    if not mine or any(keyslots.check_envelope(header.key_id, s, data_key) for s in mine):
        return header
    fresh = header.copy()
    fresh.slots = [keyslots.rewrap(header.key_id, s, data_key) for s in mine]
    try:
        keyslots.write_header(path, fresh)
    except OSError:
        return header
    return fresh


def roster_record(conn: sqlcipher3.Connection) -> tuple[int, str]:
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN "
                             "('roster_version', 'roster_hash')").fetchall())
    return int(rows.get("roster_version", 0)), rows.get("roster_hash", "")


def check_roster_record(path: Path, conn: sqlcipher3.Connection,
                        chain: list[roster.Roster]) -> bool:
    """Compare the key file's roster with the version the database last recorded. Returns
    True when the key file is ahead (a change whose database half did not commit)."""
    version, digest = roster_record(conn)
    name = _keys_name(path)
    if version > chain[-1].version:
        raise key_file_older(path)
    if version and chain[version - 1].digest != digest:
        raise CasebookCorrupt.of("The key file's list of members does not match the casebook "
                                 "({name}); restore the key file from a backup.",
                                 path=str(keyslots.header_path(path)), name=name)
    return version < chain[-1].version


def key_file_older(path: Path) -> CasebookCorrupt:
    """One sentence for a key file put back from an older copy (the database has recorded a
    newer list of members than the key file holds)."""
    keys_file = keyslots.header_path(path)
    return CasebookCorrupt.of("The key file {name} is older than the casebook; restore the "
                              "newest key file from the latest backup, or copy it back from "
                              "where it was.", path=str(keys_file), name=keys_file.name)


def key_file_of_another_casebook(path: Path) -> CasebookCorrupt:
    """One sentence for a key file of another casebook than the one last opened at this place
    (a member holding the data key can found a new casebook with themselves as coordinator
    and put it in the old one's place)."""
    keys_file = keyslots.header_path(path)
    return CasebookCorrupt.of("The key file {name} belongs to a different casebook than the "
                              "one last opened at this place on this computer; restore the "
                              "casebook from the latest backup, or copy its files back from "
                              "where they were.", path=str(keys_file), name=keys_file.name)


def check_seen(path: Path, header: Header, chain: list[roster.Roster],
               seen: SeenRosters) -> None:
    """Refuse a key file that goes back behind the roster this computer has opened for the
    casebook: a format-1 file where a roster was, another casebook's key file where a roster
    was, an older roster version, or another roster at a version seen here (a member holding
    the data key can rewrite both casebook files, not this computer's memory; see
    ``models.security.seen_rosters``)."""
    if header.legacy or not chain:
        if seen.had_roster(header.casebook_id, path):
            raise key_file_older(path)
        return
    other = seen.id_at(path)
    if other is not None and other != header.casebook_id:
        raise key_file_of_another_casebook(path)
    known = seen.seen(header.casebook_id)
    if known is None:
        return
    version, digest = known
    if chain[-1].version < version or chain[version - 1].digest != digest:
        raise key_file_older(path)


def key_file_does_not_fit(path: Path) -> CasebookCorrupt:
    """One sentence for a key file whose data key no longer opens the database (one of the
    two was put back from an older copy); see ``models.security.key_fit``."""
    keys_file = keyslots.header_path(path)
    return CasebookCorrupt.of("The key file {name} is older than the casebook file "
                              "{casebook} (or the casebook file was put back from an older "
                              "copy); restore the newest key file from the latest backup, or "
                              "copy it back from where it was.", path=str(keys_file),
                              name=keys_file.name, casebook=path.name)


def recovery_slot_does_not_fit(path: Path) -> CasebookCorrupt:
    """The recovery key opened its slot, whose envelope does not carry the database's key."""
    keys_file = keyslots.header_path(path)
    return CasebookCorrupt.of("The recovery key opened its slot in {name}, but that slot "
                              "does not carry the casebook's current key: it was altered, or "
                              "the key file is older than the casebook. A member's passphrase "
                              "may still open it; a coordinator's verify names the slot and a "
                              "new recovery key replaces it.", path=str(keys_file),
                              name=keys_file.name)


def drop_untrusted_pending(path: Path, header: Header) -> tuple[Header, bool]:
    """The key file without a pending list nobody who may re-key signed (a failed write
    leaves it; it is never used either way)."""
    fresh = header.copy()
    fresh.pending, fresh.pending_sig = [], b""
    try:
        keyslots.write_header(path, fresh)
    except OSError:
        return header, False
    return fresh, True


def format_1_notice(tried: bool) -> str:
    """One sentence while a casebook's key file is still format 1 (review 2, F7)."""
    why = (" This coordinator's open could not upgrade it: the pre-upgrade backup or the new "
           "key file could not be written beside the casebook." if tried else
           " A coordinator's next open upgrades it.")
    return ("This casebook's key file is still format 1 (from an older version): roles come "
            "from the users table and the signed list of members does not protect it." + why)


def upgrade_notice(path: Path, header: Header, store: Store) -> str:
    """What the upgrade just signed, for the coordinator to check: the roles came from the
    users table as it was, which any member could have edited (review 2, F2)."""
    names = dict(store.q("SELECT id, name FROM users"))
    entries = [e for e in trusted_chain(path, header)[-1].entries if e.kind == "user"]
    members = ", ".join(f"{names.get(e.user_id, e.user_id)} ({e.role})" for e in entries)
    # A row written straight into the table has no audit entry of its adding (the format-1
    # audit is not signed, so its presence proves little; its absence is worth a look).
    recorded = {uid for (uid,) in store.q(
        "SELECT entity_id FROM audit WHERE action = 'add' AND entity = 'user'"
        " UNION SELECT user_id FROM audit WHERE action = 'create' AND entity = 'casebook'")}
    unrecorded = [str(names.get(e.user_id, e.user_id)) for e in entries
                  if e.user_id not in recorded]
    extra = (f" The audit has no record of adding {', '.join(unrecorded)}." if unrecorded
             else "")
    return ("This casebook was upgraded to a signed list of members, taken from its users "
            f"table as it was: {members}.{extra} Check these names and roles in Settings › "
            "Users now; anyone who could write the casebook's files before could have "
            "changed them. Then issue a new recovery key there: the one from before the "
            "upgrade still opens the casebook but can no longer sign changes.")


def _promote(path: Path, header: Header, pending: list[keyslots.Slot]) -> None:
    """After the database took the new key: the pending slots become the slots."""
    header.slots, header.pending, header.pending_sig = list(pending), [], b""
    with contextlib.suppress(OSError):  # a read-only folder: the next writable open does it
        keyslots.write_header(path, header)



class Casebook(OpenCasebook):
    """An unlocked casebook. Use ``Casebook.create`` or ``Casebook.open``; ``close()`` locks.

    What it holds and how it locks come from ``OpenCasebook``; this class adds creating,
    opening, verify and the repositories."""

    # -- creating and opening ------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, user: str, passphrase: str, *,
               kdf: KdfParams | None = None, kdf_seconds: float = 0.5,
               clock: Clock = utc_now) -> tuple[Casebook, str]:
        """A new casebook with one coordinator. Returns it and the recovery key (shown once)."""
        path = Path(path)
        user = check_user_name(user)
        check_passphrase(passphrase, user)
        if any(p.exists() for p in casebook_files(path)[:2]):
            raise InvalidInput("path", "a casebook already exists there")
        if not path.parent.is_dir():
            raise InvalidInput("path", "the folder does not exist")
        hygiene.disable_core_dumps()  # before any key exists in this process
        params = kdf or keyslots.calibrate(kdf_seconds)
        founder = keyslots.new_keys()
        founder_public = founder.signing.public_key().public_bytes_raw()
        # The founder's signing key names the casebook: version 1 of the roster must be
        # signed by the key whose hash is the id every slot is bound to.
        casebook_id = roster.founder_id(founder_public)
        data_key = keyslots.new_data_key()
        recovery = keyslots.new_recovery_key()
        header = Header(casebook_id, id_salt=os.urandom(keyslots.SALT_BYTES),
                        id_kdf=KdfParams(keyslots.MIN_MEMORY_KIB, keyslots.MIN_ITERATIONS),
                        kdf=params, founder=founder_public)
        slot_id = header.slot_id_for(user)
        mine = keyslots.new_slot(casebook_id, slot_id, "user", keyslots.normalise(passphrase),
                                 data_key, params, founder)
        rec = keyslots.new_slot(casebook_id, keyslots.RECOVERY_SLOT, "recovery",
                                keyslots.recovery_secret(recovery), data_key, params)
        header.slots += [mine, rec]
        lock = CasebookLock(path)
        lock.acquire()
        try:
            conn = open_connection(path, data_key)
            os.chmod(path, 0o600)
            schema.upgrade(conn)
            audit_chain.ensure_table(conn)
            store = Store(conn, User(0, user, "coordinator"), clock, str(path))
            with store.tx():
                store.x("INSERT INTO meta (key, value) VALUES ('casebook_id', ?)", (casebook_id,))
                store.x("INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                        (store.now_iso(),))
                # A new casebook's duplicate-warning keys are current from the start, so the
                # first client added never writes this stamp in a transaction of its own.
                store.x("INSERT INTO meta (key, value) VALUES ('name_keys', ?)",
                        (names.KEY_VERSION,))
                uid = store.x("INSERT INTO users (name, role, slot_id, created_at)"
                              " VALUES (?, 'coordinator', ?, ?)", (user, slot_id, store.now_iso()))
                header.roster = [roster.make_version(
                    casebook_id, None, [entry_for(mine, "coordinator", uid),
                                        entry_for(rec, None, None)], slot_id, founder.signing)]
                chain = trusted_chain(path, header)
                roster_trust.record_roster(store, chain[-1])
                store.user = User(uid, user, "coordinator")
                store.signer = (casebook_id, founder_public, founder.signing)
                store.audit("create", "casebook")
            # The header goes last: until it exists, the half-made casebook opens for no one.
            keyslots.write_header(path, header)
        except BaseException:
            lock.release()
            for p in casebook_files(path):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            raise
        return cls(path, store, header, data_key, lock, founder, slot_id), recovery

    @classmethod
    def open(cls, path: Path | str, user: str, passphrase: str | None = None, *,
             recovery_key: str | None = None, clock: Clock = utc_now,
             seen: SeenRosters | None = None) -> Casebook:
        """Open as ``user``. ``seen`` is this computer's memory of the rosters it has
        opened (``models.security.seen_rosters``): with it, a format-1 key file or an older roster
        where a newer one was opened here is refused, and this open is remembered."""
        path = Path(path)
        if not path.exists() and not keyslots.header_path(path).exists():
            raise CasebookNotFound()
        header = keyslots.read_header(path)
        if not path.exists():
            raise CasebookCorrupt.of("The casebook database ({name}) is missing; restore it "
                                     "from a backup.", path=str(path), name=path.name)
        if path.stat().st_nlink > 1:
            # Refused rather than opened read-only: a read through the second name would
            # still miss the commits in the first name's WAL (see CasebookHasTwoNames).
            raise CasebookHasTwoNames()
        chain = trusted_chain(path, header)  # every signature, before any slot is used
        if seen is not None:
            check_seen(path, header, chain, seen)
        slot_id = header.slot_id_for(user or "")
        u = unlock_slot(path, header, chain, slot_id, passphrase, recovery_key)
        if path.stat().st_size == 0:
            # SQLite would take an empty file for a new database and build one in it.
            raise CasebookCorrupt.of("The casebook database ({name}) is empty; restore it "
                                     "from a backup.", path=str(path), name=path.name)
        lock = CasebookLock(path)
        lock.acquire()
        try:
            conn, data_key, finished = cls._connect_unlocked(path, header, chain, u)
            version = schema.current_version(conn)
            if version == 0:
                conn.close()
                raise CasebookCorrupt.of("The casebook database ({name}) holds no casebook; "
                                         "restore it from a backup.", path=str(path),
                                         name=path.name)
            # A casebook that cannot be written is read as it is when this code can read
            # it: neither the pre-upgrade backup nor a migration could be written, and it
            # must still open read-only (SECURITY.md R4).
            if not (read_only_reason(path) and schema.readable_without_upgrade(version)):
                if 0 < version < schema.latest_version():
                    backup.snapshot_before_upgrade(conn, data_key, path)
                schema.upgrade(conn)
            audit_chain.ensure_table(conn)
            if chain and not read_only_reason(path):
                header = reseal_unchecked(path, header, chain, data_key)
            no_user = ("There is no such user in this casebook." if recovery_key is not None
                       else "Wrong user name or passphrase.")
            ahead = False
            if chain:
                entry = chain[-1].entry(slot_id)
                ahead = check_roster_record(path, conn, chain)
                row = None if entry is None or entry.kind != "user" else conn.execute(
                    "SELECT id, name FROM users WHERE id = ?", (entry.user_id,)).fetchone()
                # A user entry always has a role (roster.Entry.from_dict checks it).
                if entry is None or entry.role is None or row is None:
                    conn.close()
                    raise WrongPassphrase(no_user)
                # The name typed is the one bound to the roster entry (its slot id is derived
                # from it); the users table's may have been edited to another member's.
                user_row = User(row[0], row[1] if keyslots.fold_name(row[1])
                                == keyslots.fold_name(user) else user.strip(), entry.role)
            else:
                if roster_record(conn)[0]:
                    # The database has had a signed roster: this format-1 key file was put
                    # back from before the upgrade (it would open with the users table's roles).
                    conn.close()
                    raise key_file_older(path)
                row = conn.execute("SELECT id, name, role, active FROM users WHERE slot_id = ?"
                                   " AND active = 1", (slot_id,)).fetchone()
                if row is None:
                    conn.close()
                    raise WrongPassphrase(no_user)
                user_row = User(row[0], row[1], row[2])
            store = Store(conn, user_row, clock, str(path))
            keys, my_slot = u.keys, u.slot.slot_id
            upgraded_now = tried_upgrade = False
            if chain:
                store.signer = (header.casebook_id, u.slot.signing_public, u.keys.signing)
            elif (recovery_key is None and user_row.role == "coordinator"
                  and not store.read_only):
                # A format-1 key file upgrades on a coordinator's first open, after the
                # pre-upgrade backup; if it cannot now, it opens as before (issue 12).
                tried_upgrade = True
                done = keys_upgrade.upgrade(path, header, store, data_key, u.secret)
                if done is not None:
                    header, keys, my_slot = done
                    upgraded_now = True
            dropped = False
            if (chain and header.pending and not store.read_only
                    and not trusted_pending(header, chain)
                    and (me := chain[-1].entry(u.slot.slot_id)) is not None
                    and chain[-1].governs(me)):
                # A pending list nobody who may re-key signed is never used; a coordinator's
                # open removes it, so it hides no envelope check (review 2, F3).
                header, dropped = drop_untrusted_pending(path, header)
            with store.tx():
                if ahead:
                    roster_trust.record_roster(store, chain[-1])
                if dropped:
                    store.audit("drop_pending", "casebook")
                if finished:
                    # A re-key left unfinished (a crash, an error) was finished by this open
                    # from pending slots: it is recorded (review 2, F6).
                    store.audit("finish_rekey", "casebook")
                store.audit("unlock" if recovery_key is None else "unlock_recovery", "casebook")
        except sqlcipher3.DatabaseError as exc:
            # A damaged page read after the first one (users, schema version) is damage too.
            lock.release()
            raise translate(exc, path) from None
        except BaseException:
            lock.release()
            raise
        book = cls(path, store, header, data_key, lock, keys, my_slot)
        if header.legacy:
            book.notices.append(format_1_notice(tried_upgrade))
        elif upgraded_now:
            book.notices.append(upgrade_notice(path, header, store))
        if (header.upgraded and recovery_key is None and u.slot.fmt == keyslots.FORMAT_1
                and not store.read_only):
            # A member's first open after the upgrade gives them a format-2 slot (issue 12).
            with contextlib.suppress(ChangeFailed):
                book.users.reseal_kept_slot(u.secret)
        if seen is not None and not book.header.legacy:
            book._seen = seen
            latest = (chain if chain and not upgraded_now
                      else trusted_chain(path, book.header))[-1]
            # The memory is a safeguard, not the casebook: an unwritable settings folder
            # leaves this open as it is.
            with contextlib.suppress(OSError):
                seen.remember(book.casebook_id, path, latest.version, latest.digest)
        return book

    _seen: SeenRosters | None = None

    def close(self) -> None:
        """Lock; with a memory of rosters, first remember the roster this session ends with
        (a member removed or demoted during it must not come back with the version the
        session started with)."""
        if self._seen is not None and self.is_open and not self.header.legacy:
            with contextlib.suppress(OSError, WaystationError):
                latest = trusted_chain(self.path, self.header)[-1]
                self._seen.remember(self.casebook_id, self.path, latest.version,
                                    latest.digest)
        super().close()

    lock = close

    @staticmethod
    def connect_with_slot(path: Path, header: Header, slot_id: str | None,
                          data_key: bytearray,
                          secret: bytes) -> tuple[sqlcipher3.Connection, bytearray]:
        """A read-only look (erase's role check): the slot's key, or the pending one after an
        interrupted re-key; never writes."""
        try:
            return open_connection(path, data_key), data_key
        except CasebookCorrupt:
            pending = trusted_pending(header, trusted_chain(path, header))
            slot = next((s for s in pending if s.slot_id == slot_id), None)
            if slot is None:
                raise
        new_key = keyslots.unseal(header.key_id, slot, secret)
        return open_connection(path, new_key), new_key

    @staticmethod
    def _connect_unlocked(path: Path, header: Header, chain: list[roster.Roster],
                          u: Unlocked) -> tuple[sqlcipher3.Connection, bytearray, bool]:
        """Open with the slot's key. A re-key that a crash or an error interrupted is finished
        here: if the database already has the new key, the pending slots become the slots;
        if it still has the old key, the re-key is done now (only with pending slots signed by
        whoever signed the newest roster, so nobody can slip a key of their own in). The flag
        says whether a pending re-key was finished here."""
        pending = trusted_pending(header, chain)
        mine = next((s for s in pending if s.slot_id == u.slot.slot_id
                     and s.public == u.slot.public), None)
        try:
            conn = open_connection(path, u.data_key)
        except CasebookCorrupt:
            if mine is None:
                if key_fit.key_fits(path, u.data_key) is False:
                    if u.slot.kind == "recovery":
                        # Members' slots may be sound: only this envelope was altered, or
                        # the key file is older (review 2, F3).
                        raise recovery_slot_does_not_fit(path) from None
                    # Not damage: the key file and the database are from different times.
                    raise key_file_does_not_fit(path) from None
                raise
            new_key = keyslots.open_envelope(header.key_id, mine, u.keys)
            conn = open_connection(path, new_key)
            keyslots.wipe(u.data_key)
            _promote(path, header, pending)
            return conn, new_key, True
        if mine is None or header.legacy:
            return conn, u.data_key, False
        new_key = keyslots.open_envelope(header.key_id, mine, u.keys)
        try:
            conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlcipher3.Error:
            # Could not finish now (a full disk?): open with the old key; try again next time.
            keyslots.wipe(new_key)
            return conn, u.data_key, False
        keyslots.wipe(u.data_key)
        _promote(path, header, pending)
        return conn, new_key, True

    @cached_property
    def clients(self) -> Clients:
        return Clients(self.store)

    @cached_property
    def partners(self) -> Partners:
        return Partners(self.store)

    @cached_property
    def consents(self) -> Consents:
        return Consents(self.store)

    @cached_property
    def referrals(self) -> Referrals:
        return Referrals(self.store)

    @cached_property
    def followups(self) -> Followups:
        return Followups(self.store)

    @cached_property
    def notes(self) -> Notes:
        return Notes(self.store)

    @cached_property
    def household(self) -> Household:
        return Household(self.store)

    @cached_property
    def screenings(self) -> Screenings:
        return Screenings(self.store)

    @cached_property
    def settings(self) -> Settings:
        return Settings(self.store, self)

    @cached_property
    def users(self) -> Accounts:
        return Accounts(self)

    @cached_property
    def sponsorships(self) -> Sponsorships:
        return Sponsorships(self.store)

    @cached_property
    def attachments(self) -> Attachments:
        return Attachments(self.store)

    @cached_property
    def audit(self) -> AuditLog:
        return AuditLog(self.store.conn, self.store)

    # -- integrity -----------------------------------------------------------------------
    def verify(self, full: bool = False) -> list[str]:
        """Every problem found: the database's pages and structure, the key file against its
        signed roster, the audit chain and its signatures.

        By default the audit is read from the newest signed checkpoint a coordinator left
        (``models.security.audit_checkpoint``) and the database gets SQLCipher's check of every
        page; ``full`` reads the audit from its first entry and adds SQLite's integrity
        check (``waystation verify --full``; see ``models.db.integrity``). A verify that finds
        nothing, run by a coordinator (or with the recovery key), leaves a new checkpoint at
        the head, so the next one reads only what was written since."""
        conn = self.store.conn
        # Every page is read about once: a small page cache keeps the process's memory
        # bounded (a restore is opened and verified in under 150 MB; the full check's
        # integrity_check took no more CPU with 32 MB than with the session's 128 MB).
        (cache,) = conn.execute("PRAGMA cache_size").fetchone()
        conn.execute(f"PRAGMA cache_size = {VERIFY_CACHE}")
        # The check of the database's pages (models.db.page_macs, on a second connection
        # and threads of its own) runs while the key file and the audit are read here: on two
        # cores the default verify takes the longer of the two, not their sum (issue 18).
        # Its answer comes first: when it finds damage, that is what verify reports, and
        # whatever the audit read found or raised meanwhile is set aside (its pages may be
        # the damage), as when the audit was read only after the check.
        pages = _PageCheck(self.path, self._key, full)
        try:
            try:
                problems, chain, head = self._verify_history(conn, full)
            except Exception:
                damage = pages.result(conn)
                if damage:
                    return damage
                raise
            damage = pages.result(conn)
            if damage:
                return damage
            if chain and head is not None and not problems \
                    and audit_checkpoint.signer_may_checkpoint(self.store, chain):
                audit_checkpoint.write(self.store, chain, head)
        finally:
            pages.join()
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
        return problems

    def _verify_history(self, conn: sqlcipher3.Connection, full: bool
                        ) -> tuple[list[str], list[roster.Roster], int | None]:
        """The key file against its signed roster, then the audit chain (from the newest
        checkpoint unless ``full``): (problems, the trusted roster chain, the audit head
        read)."""
        head = None
        chain, problems = self._verify_key_file()
        if full:  # one Argon2id derivation per member: not in the default verify
            problems += self.member_name_problems()
        names = dict(self.store.q("SELECT id, name FROM users"))
        if chain:
            start, cp_problems = audit_checkpoint.choose(conn, self.casebook_id, chain)
            problems += cp_problems
            head = audit_chain.head_seq(conn)
            problems += AuditLog(conn).verify(
                self.casebook_id, roster.signing_keys(chain), names,
                chain[-1].legacy_audit, chain[-1].version, [r.digest for r in chain],
                start=None if full or start is None else start,
                checkpoints=audit_checkpoint.load(conn))
            if start is not None and not full:
                problems += audit_checkpoint.check_start(conn, start)
        else:
            problems += AuditLog(conn).verify()
        return problems, chain, head

    def member_name_problems(self) -> list[str]:
        """Members whose name in the users table is not the name their roster entry was made
        for. The key file holds no names (S4), but a slot id is Argon2id of the member's
        name, so the signed roster binds each name without holding it; checking costs one
        Argon2id derivation at the floor cost per member, which is why only ``verify --full``
        runs it (``tests/keys/test_keys_members.py``)."""
        header = keyslots.read_header(self.path)
        chain = trusted_chain(self.path, header)
        if not chain:
            return []
        problems = []
        for uid, uname in self.store.q("SELECT id, name FROM users WHERE active = 1"):
            entry = chain[-1].for_user(uid)
            if entry is not None and header.slot_id_for(uname) != entry.slot_id:
                problems.append(f"the users table names user {uid} {uname}, but the signed "
                                "roster's entry for that user was made for another name")
        return problems

    def _verify_key_file(self) -> tuple[list[roster.Roster], list[str]]:
        """The key file on disk against its signed roster, and the roster against the
        database: planted or stray slots, an older key file, roles edited in the users table."""
        name = _keys_name(self.path)
        try:
            header = keyslots.read_header(self.path)
            chain = trusted_chain(self.path, header)
        except CasebookCorrupt as exc:
            return [], [str(exc)]
        if not chain:
            return [], []
        problems: list[str] = []
        latest = chain[-1]
        for slot in header.slots:
            if not on_roster(latest.entry(slot.slot_id), slot):
                problems.append(f"the key file holds a slot that is not on the signed roster "
                                f"of members ({name})")
        for entry in latest.entries:
            if not on_roster(entry, header.find(entry.slot_id)):
                who = "the recovery key" if entry.kind == "recovery" else "a member"
                problems.append(f"the key file has no slot for {who} on the roster ({name})")
        if header.pending and trusted_pending(header, chain):
            problems.append(f"the key file holds an unfinished re-key ({name}); opening the "
                            "casebook again finishes it")
        elif header.pending:
            # Not signed by whoever may re-key: never used, and a coordinator's open removes
            # it; it must not read as a re-key that will finish (review 2, F3).
            problems.append(f"the key file holds a re-key list that no coordinator signed "
                            f"({name}); it is ignored, and a coordinator's next open removes it")
        problems += envelope_problems(self.path, header, chain, self._key)
        try:
            if check_roster_record(self.path, self.store.conn, chain):
                problems.append(f"the database has not recorded the newest list of members "
                                f"({name}); opening the casebook again records it")
        except CasebookCorrupt as exc:
            problems.append(str(exc))
        members = {e.user_id: e.role for e in latest.entries if e.user_id is not None}
        for uid, uname, role, active in self.store.q(
                "SELECT id, name, role, active FROM users"):
            if uid in members and role != members[uid]:
                problems.append(f"the users table gives {uname} the role {role}, but the "
                                f"signed roster says {members[uid]}")
            elif uid in members and not active:
                problems.append(f"the users table shows {uname} as removed, but the signed "
                                "roster lists them")
            elif uid not in members and active:
                problems.append(f"the users table lists {uname}, who is not on the signed "
                                "roster")
        return chain, problems

