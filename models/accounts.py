"""User accounts: each one an entry of the signed roster, a key slot, and a row in ``users``.

The signed roster (``models.security.roster``) is the truth about who may open the casebook and with
which role; the ``users`` table keeps names for display and history and follows the roster.
Every change here makes a new roster version, signed by the member making it, and writes the
key file with a slot for each roster entry and nothing else.

Removing a user, demoting a coordinator and replacing the recovery key re-key the database
with a fresh data key, wrapped for the new roster only, so an old copy of a slot opens
nothing (S4). The re-key is crash- and error-safe in every step:

1. the key file gets the new roster, the current slots and ``pending`` slots for the new key
   (signed by the member making the change, so nobody can slip in a key of their own);
   if this write fails nothing has changed;
2. ``PRAGMA rekey``; if it fails the key file is put back, and if even that fails the next
   open finishes the re-key from the signed pending slots;
3. the key file gets the new slots; if this write fails the next open promotes them;
4. the database records the roster version, the users table and the audit entry.

A session whose change failed raises ``ChangeFailed`` ("the change failed; nothing was
lost"); its connection and key are those of the casebook on disk, so it goes on working.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
from collections.abc import Callable
from typing import TypedDict

import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from models.changes import Changes
from models.db import connection
from models.db.store import User
from models.errors import (
    CasebookCorrupt,
    ChangeFailed,
    Conflict,
    InvalidInput,
    NotFound,
    PermissionDenied,
    WaystationError,
)
from models.open_casebook import OpenCasebook
from models.permissions import Action, check_role
from models.security import keys_legacy, keyslots, roster, roster_trust
from models.security.credentials import check_passphrase, check_user_name
from models.security.keyslots import KdfParams
from models.security.roster_trust import entry_for, pending_message, trusted_chain

ERASE_SETTING = "erase_allowed_for_all"

# Inside ``Accounts`` the method ``list`` shadows the builtin in annotations, so the class's
# signatures spell the builtin ``builtins.list``.
Signer = tuple[str, Ed25519PrivateKey]  # a slot id and that slot's signing key


class _Made(TypedDict, total=False):
    """What ``Accounts.add``'s transaction made: the new row id and the key file for it."""

    uid: int
    header: keyslots.Header


def _signing_key(keys: keyslots.SlotKeys | None) -> Ed25519PrivateKey:
    """The signing key of the signed-in slot. Every slot of a format-2 key file has one (a
    kept format-1 slot carries it sealed); without one there is nothing to sign with."""
    if keys is None or keys.signing is None:
        raise PermissionDenied("Your key slot has no signing key; open the casebook again "
                               "with your passphrase before changing members or settings.")
    return keys.signing


def signed_erase_for_all(path: str | None) -> bool | None:
    """Whether every member may erase, from the signed roster of the key file beside the
    database at ``path``; None for a format-1 key file (its settings table decides) or when
    there is no path. A key file that does not check allows nobody."""
    from pathlib import Path

    if not path:
        return None
    try:
        header = keyslots.read_header(Path(path))
        if header.legacy:
            return None
        return trusted_chain(Path(path), header)[-1].erase_for_all
    except CasebookCorrupt:
        return False


class Accounts:
    def __init__(self, book: OpenCasebook) -> None:
        self._book = book
        self._store = book.store

    # -- reading -------------------------------------------------------------------------
    def list(self) -> list[User]:
        self._store.require(Action.VIEW)
        rows = self._store.q("SELECT id, name, role, active FROM users WHERE active = 1"
                             " ORDER BY name COLLATE NOCASE")
        return [User(r[0], r[1], r[2], bool(r[3])) for r in rows]

    def get(self, user_id: int) -> User:
        row = self._store.one("SELECT id, name, role, active FROM users WHERE id = ?",
                              (user_id,))
        if row is None:
            raise NotFound("user", user_id)
        return User(row[0], row[1], row[2], bool(row[3]))

    def names(self) -> dict[int, str]:
        return dict(self._store.q("SELECT id, name FROM users"))

    # -- the roster ----------------------------------------------------------------------
    def _chain(self) -> builtins.list[roster.Roster]:
        book = self._book
        if book.header.legacy:
            raise PermissionDenied("This casebook's key file is from an older version, "
                                   "which cannot do this.")
        return trusted_chain(book.path, book.header)

    def _signer(self) -> Signer:
        book = self._book
        if book._slot_id is None:
            raise PermissionDenied("Your key slot has no signing key; open the casebook again "
                                   "with your passphrase before changing members or settings.")
        return book._slot_id, _signing_key(book._keys)

    def _next(self, chain: builtins.list[roster.Roster], entries: builtins.list[roster.Entry],
              signer: Signer | None = None, *,
              erase_for_all: bool | None = None) -> keyslots.Header:
        """The key file with a new signed roster version listing ``entries``."""
        book = self._book
        if signer is None and book._slot_id is not None:
            mine = chain[-1].entry(book._slot_id)
            if mine is not None and chain[-1].unsealed(mine):
                # The upgrade made this slot's signing key in another member's process: it
                # signs no change of the roster (review 2, F6).
                raise PermissionDenied(
                    "Your key slot still has the keys made when the casebook was upgraded; "
                    "open the casebook again with your passphrase, or ask a coordinator to "
                    "reset it, before changing members or settings.")
        slot_id, key = signer or self._signer()
        header = book.header.copy()
        header.roster = header.roster + [roster.make_version(
            book.header.key_id, chain[-1], entries, slot_id, key, erase_for_all=erase_for_all)]
        return header

    def _slots_for(self, header: keyslots.Header, entries: builtins.list[roster.Entry],
                   fresh: dict[str, keyslots.Slot]) -> builtins.list[keyslots.Slot]:
        out = []
        for e in entries:
            slot = fresh.get(e.slot_id) or self._book.header.find(e.slot_id)
            if slot is None:
                raise CasebookCorrupt("The key file has no slot for a member on the roster.")
            out.append(slot)
        return out

    def _commit(self, header: keyslots.Header, action: str, user_id: int | None,
                extra: Callable[[], None] | None = None, entity: str = "user") -> None:
        """Without a re-key: the database half and the key file in one transaction; the key
        file is written last, so if it fails the transaction rolls back."""
        book, store = self._book, self._store
        latest = trusted_chain(book.path, header)[-1]
        written = False
        try:
            with store.tx():
                if extra is not None:
                    extra()
                roster_trust.record_roster(store, latest)
                store.audit(action, entity, user_id)
                keyslots.write_header(book.path, header)
                written = True
        except (OSError, sqlcipher3.Error, WaystationError) as exc:
            if written:
                book.header = header  # the key file has it; the database catches up on open
            if isinstance(exc, (InvalidInput, Conflict, PermissionDenied, NotFound)):
                raise
            raise ChangeFailed() from None
        book.header = header

    def _rekey(self, header: keyslots.Header, entries: builtins.list[roster.Entry],
               fresh: dict[str, keyslots.Slot], action: str, user_id: int,
               extra: Callable[[], None] | None = None) -> None:
        """With a re-key (see the module docstring for the order of the steps)."""
        book, store = self._book, self._store
        header.slots = self._slots_for(header, entries, fresh)
        new_key = keyslots.new_data_key()
        header.pending = [keyslots.rewrap(book.header.key_id, s, new_key) for s in header.slots]
        chain = trusted_chain(book.path, header)
        signer_slot = chain[-1].signer
        key = (book._keys.signing
               if book._keys is not None and signer_slot == book._slot_id else None)
        if key is None:
            raise PermissionDenied("Only the member who signed the roster can re-key.")
        header.pending_sig = key.sign(pending_message(header, chain[-1]))
        try:
            keyslots.write_header(book.path, header)  # 1
        except OSError:
            keyslots.wipe(new_key)
            raise ChangeFailed() from None
        try:
            connection.rekey_database(store.conn, new_key)  # 2
        except (OSError, sqlcipher3.Error):
            keyslots.wipe(new_key)
            with contextlib.suppress(OSError):  # else the next open finishes the re-key
                keyslots.write_header(book.path, book.header)
            raise ChangeFailed() from None
        keyslots.wipe(book._key)
        book._key = new_key
        done = header.copy()
        done.slots, done.pending, done.pending_sig = header.pending, [], b""
        book.header = done
        with contextlib.suppress(OSError):  # 3; else the next open promotes the pending slots
            keyslots.write_header(book.path, done)
        try:
            with store.tx():  # 4
                if extra is not None:
                    extra()
                roster_trust.record_roster(store, chain[-1])
                store.audit(action, "user", user_id)
        except (OSError, sqlcipher3.Error, WaystationError):
            raise ChangeFailed("The change was made but could not be recorded in the "
                               "database; the next opening records it.") from None

    # -- changes -------------------------------------------------------------------------
    def add(self, name: str, role: str, passphrase: str, *,
            kdf: KdfParams | None = None) -> Changes:
        store, book = self._store, self._book
        store.require(Action.MANAGE_USERS)
        name = check_user_name(name)
        check_role(role)
        check_passphrase(passphrase, name)
        if store.one("SELECT 1 FROM users WHERE name = ? AND active = 1", (name,)):
            raise InvalidInput("user name", "that name is already taken in this casebook")
        if book.header.legacy:
            return self._legacy_add(name, role, passphrase, kdf or book.header.kdf)
        chain = self._chain()
        slot_id = book.header.slot_id_for(name)
        slot = keyslots.new_slot(book.header.key_id, slot_id, "user",
                                 keyslots.normalise(passphrase), book._key,
                                 kdf or book.header.kdf)
        box: _Made = {}

        def insert() -> None:
            # A removed user's row (same name, so same slot id) makes way for the new account;
            # the audit trail keeps its id.
            store.x("DELETE FROM users WHERE slot_id = ? AND active = 0", (slot_id,))
            uid = store.x("INSERT INTO users (name, role, slot_id, created_at)"
                          " VALUES (?,?,?,?)", (name, role, slot_id, store.now_iso()))
            box["uid"] = uid
            # Entries a crash left behind (same slot or same row id) are replaced.
            entries = [e for e in chain[-1].entries
                       if e.slot_id != slot_id and e.user_id != uid]
            entries.append(entry_for(slot, role, uid))
            header = self._next(chain, entries)
            header.slots = self._slots_for(header, entries, {slot_id: slot})
            box["header"] = header

        self._commit_with(insert, box, "add")
        return Changes.of("users", box["uid"])

    def _legacy_add(self, name: str, role: str, passphrase: str, kdf: KdfParams) -> Changes:
        store = self._store
        with store.tx():
            slot_id = self._book.header.slot_id_for(name)
            store.x("DELETE FROM users WHERE slot_id = ? AND active = 0", (slot_id,))
            uid = store.x("INSERT INTO users (name, role, slot_id, created_at) VALUES (?,?,?,?)",
                          (name, role, slot_id, store.now_iso()))
            store.audit("add", "user", uid)
            keys_legacy.add_slot(self._book, name, passphrase, kdf)
        return Changes.of("users", uid)

    def _commit_with(self, work: Callable[[], None], box: _Made, action: str) -> None:
        """``_commit`` for changes whose roster depends on a row made in the transaction."""
        book, store = self._book, self._store
        written = False
        try:
            with store.tx():
                work()
                header = box["header"]
                roster_trust.record_roster(store, trusted_chain(book.path, header)[-1])
                store.audit(action, "user", box["uid"])
                keyslots.write_header(book.path, header)  # last: if it fails, all rolls back
                written = True
        except (OSError, sqlcipher3.Error, WaystationError) as exc:
            if written:
                book.header = box["header"]  # the key file has it; the database catches up
            if isinstance(exc, (InvalidInput, Conflict, PermissionDenied, NotFound)):
                raise
            raise ChangeFailed() from None
        book.header = box["header"]

    def set_role(self, user_id: int, role: str) -> Changes:
        store = self._store
        store.require(Action.MANAGE_USERS)
        check_role(role)
        target = self.get(user_id)
        if target.role == "coordinator" and role != "coordinator":
            self._keep_a_coordinator(user_id)
        if self._book.header.legacy:
            with store.tx():
                store.x("UPDATE users SET role = ? WHERE id = ?", (role, user_id))
                store.audit("set_role", "user", user_id)
            return Changes.of("users", user_id)
        chain = self._chain()
        old = chain[-1].for_user(user_id)
        if old is None:
            raise NotFound("user", user_id)
        entries = [e if e.user_id != user_id else dataclasses.replace(e, role=role)
                   for e in chain[-1].entries]
        header = self._next(chain, entries)
        if old.role == "coordinator" and role != "coordinator":
            # A demoted coordinator keeps an old key file in which they were one: re-key so
            # that copy opens nothing.
            self._rekey(header, entries, {}, "set_role", user_id)
        else:
            self._commit(header, "set_role", user_id)
        return Changes.of("users", user_id)

    def _keep_a_coordinator(self, leaving: int) -> None:
        # count(*) always gives one row
        n = self._store.q("SELECT count(*) FROM users WHERE role = 'coordinator' AND active = 1"
                          " AND id != ?", (leaving,))[0][0]
        if n == 0:
            raise Conflict("A casebook needs at least one coordinator.")

    def remove(self, user_id: int) -> Changes:
        store = self._store
        store.require(Action.MANAGE_USERS)
        target = self.get(user_id)
        if target.id == store.user.id:
            raise Conflict("You cannot remove your own account.")
        if not target.active:
            raise NotFound("user", user_id)
        self._keep_a_coordinator(user_id)

        def finish() -> None:
            store.x("UPDATE users SET active = 0 WHERE id = ?", (user_id,))
            store.x("UPDATE followups SET owner_id = NULL WHERE owner_id = ? AND status = 'open'",
                    (user_id,))

        if self._book.header.legacy:
            row = store.one("SELECT slot_id FROM users WHERE id = ?", (user_id,))
            if row is None:  # self.get found it above, in this same connection
                raise NotFound("user", user_id)
            keys_legacy.rekey_without(self._book, row[0])
            with store.tx():
                finish()
                store.audit("remove", "user", user_id)
            return Changes.of("users", user_id) | Changes.of("followups")
        chain = self._chain()
        entries = [e for e in chain[-1].entries if e.user_id != user_id]
        self._rekey(self._next(chain, entries), entries, {}, "remove", user_id, finish)
        return Changes.of("users", user_id) | Changes.of("followups")

    def change_passphrase(self, old: str, new: str) -> Changes:
        """The signed-in user's own passphrase. The slot gets new key pairs, so an old copy
        of the key file with the old passphrase opens nothing after the next re-key; the new
        roster version is signed with the old key (a member may change only their own keys)."""
        store, book = self._store, self._book
        check_passphrase(new, store.user.name)
        if book.header.legacy:
            return self._legacy_change_passphrase(old, new)
        chain = self._chain()
        mine = chain[-1].for_user(store.user.id)
        slot = book.header.find(mine.slot_id) if mine else None
        if slot is None:
            raise NotFound("user", store.user.id)
        keys = keyslots.open_private(book.header.key_id, slot, keyslots.normalise(old))
        fresh_keys = keyslots.new_keys()
        fresh = keyslots.new_slot(book.header.key_id, slot.slot_id, "user",
                                  keyslots.normalise(new), book._key, book.header.kdf,
                                  fresh_keys)
        entries = [e if e.user_id != store.user.id else entry_for(fresh, e.role, e.user_id)
                   for e in chain[-1].entries]
        header = self._next(chain, entries, (slot.slot_id, _signing_key(keys)))
        header.slots = self._slots_for(header, entries, {slot.slot_id: fresh})
        signer = store.signer
        if book._slot_id == slot.slot_id:
            store.signer = (book.casebook_id, fresh.signing_public, fresh_keys.signing)
        try:
            self._commit(header, "change_passphrase", store.user.id)
        except ChangeFailed:
            if book.header is not header:
                store.signer = signer
            raise
        if book._slot_id == slot.slot_id:
            book._keys = fresh_keys
        return Changes.of("users", store.user.id)

    def reseal_kept_slot(self, secret: bytes) -> None:
        """After an upgrade from format 1, the signed-in member's slot is still sealed as
        format 1 sealed it, with a signing key the upgrading coordinator made. On their first
        open it becomes a format-2 slot with new key pairs under the same passphrase (a change
        of their own keys, signed with the key it replaces): bound to the founder, and with a
        signing key nobody else has known. ChangeFailed leaves the slot as it was; the next
        open tries again."""
        store, book = self._store, self._book
        chain = self._chain()
        mine = chain[-1].for_user(store.user.id)
        slot = book.header.find(mine.slot_id) if mine else None
        if (mine is None or slot is None or slot.fmt != keyslots.FORMAT_1
                or book._slot_id != slot.slot_id
                or book._keys is None or book._keys.signing is None):
            return
        if chain[-1].unsealed(mine) and not chain[-1].may_reseal(mine):
            # The upgrading coordinator has been removed or demoted: a change signed with the
            # key they made is refused (review 2, F6); a coordinator's reset gives new keys.
            return
        fresh_keys = keyslots.new_keys()
        fresh = keyslots.new_slot(book.header.key_id, slot.slot_id, "user", secret, book._key,
                                  slot.kdf, fresh_keys)
        entries = [e if e.user_id != store.user.id else entry_for(fresh, e.role, e.user_id)
                   for e in chain[-1].entries]
        header = self._next(chain, entries, (slot.slot_id, book._keys.signing))
        header.slots = self._slots_for(header, entries, {slot.slot_id: fresh})
        signer = store.signer
        store.signer = (book.casebook_id, fresh.signing_public, fresh_keys.signing)
        try:
            self._commit(header, "reseal_slot", store.user.id)
        finally:
            if book.header is header:  # the key file has the new slot
                book._keys = fresh_keys
            else:
                store.signer = signer

    def _legacy_change_passphrase(self, old: str, new: str) -> Changes:
        book, store = self._book, self._store
        slot_id = book.header.slot_id_for(store.user.name)
        slot = book.header.find(slot_id)
        if slot is None:
            raise NotFound("user", store.user.id)
        keyslots.open_private(book.header.key_id, slot, keyslots.normalise(old))
        keys_legacy.replace_slot(book, slot_id, keyslots.normalise(new))
        with store.tx():
            store.audit("change_passphrase", "user", store.user.id)
        return Changes.of("users", store.user.id)

    def reset_with_recovery(self, user_id: int, recovery_key: str, new: str) -> Changes:
        """Give a user a new passphrase, proved by the recovery key (a coordinator, or the
        user themself after opening with the recovery key). The roster change is signed with
        the recovery slot's key."""
        store, book = self._store, self._book
        if user_id != store.user.id:
            store.require(Action.MANAGE_USERS)
        target = self.get(user_id)
        check_passphrase(new, target.name)
        if book.header.legacy:
            recovery = book.header.find(keyslots.RECOVERY_SLOT)
            if recovery is None:  # a format-1 key file is read without requiring one
                raise CasebookCorrupt("The key file has no recovery slot.")
            keyslots.unseal(book.header.key_id, recovery, keyslots.recovery_secret(recovery_key))
            row = store.one("SELECT slot_id FROM users WHERE id = ? AND active = 1", (user_id,))
            if row is None:
                raise NotFound("user", user_id)
            keys_legacy.replace_slot(book, row[0], keyslots.normalise(new))
            with store.tx():
                store.audit("reset_passphrase", "user", user_id)
            return Changes.of("users", user_id)
        chain = self._chain()
        rec_entry = chain[-1].recovery
        recovery = book.header.find(rec_entry.slot_id) if rec_entry else None
        if rec_entry is None or recovery is None:
            raise CasebookCorrupt("The key file has no recovery slot.")
        rec_keys = keyslots.open_private(book.header.key_id, recovery,
                                         keyslots.recovery_secret(recovery_key))
        if chain[-1].governs(rec_entry):
            signer = (recovery.slot_id, _signing_key(rec_keys))
        else:
            # The recovery slot still has the signing key the upgrade made (review 2, F6):
            # the recovery key proves the right to reset, and a coordinator signs it.
            me = chain[-1].entry(book._slot_id) if book._slot_id is not None else None
            if me is None or not chain[-1].governs(me):
                raise PermissionDenied(
                    "The recovery key from before the upgrade can reset a passphrase only "
                    "for a coordinator; a coordinator should issue a new recovery key.")
            signer = self._signer()
        mine = chain[-1].for_user(user_id)
        if mine is None or not target.active:
            raise NotFound("user", user_id)
        fresh_keys = keyslots.new_keys()
        fresh = keyslots.new_slot(book.header.key_id, mine.slot_id, "user",
                                  keyslots.normalise(new), book._key, book.header.kdf,
                                  fresh_keys)
        entries = [e if e.user_id != user_id else entry_for(fresh, e.role, e.user_id)
                   for e in chain[-1].entries]
        header = self._next(chain, entries, signer)
        header.slots = self._slots_for(header, entries, {mine.slot_id: fresh})
        self._commit(header, "reset_passphrase", user_id)
        if book._slot_id == mine.slot_id:
            book._keys = fresh_keys
            store.signer = (book.casebook_id, fresh.signing_public, fresh_keys.signing)
        return Changes.of("users", user_id)

    def set_erase_for_all(self, on: bool) -> Changes:
        """Let every member run emergency erase, or only coordinators. The choice is part of
        the signed roster (a coordinator's version), not of the settings table that anyone
        holding the data key can edit; the table keeps a copy for display only."""
        import json

        store = self._store
        store.require(Action.SETTINGS)
        if not isinstance(on, bool):
            raise InvalidInput("erase for everyone", "must be on or off")
        chain = self._chain()
        header = self._next(chain, list(chain[-1].entries), erase_for_all=on)

        def copy() -> None:
            store.x("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                    (ERASE_SETTING, json.dumps(on)))

        self._commit(header, f"setting:{ERASE_SETTING}", None, copy, "settings")
        return Changes.of("settings")

    def new_recovery_key(self) -> str:
        """Replace the recovery slot (coordinators) and re-key, so the old recovery key opens
        nothing, not even with an old copy of the key file. Returns the new key, shown once."""
        store, book = self._store, self._book
        store.require(Action.MANAGE_USERS)
        chain = self._chain()
        recovery = keyslots.new_recovery_key()
        fresh = keyslots.new_slot(book.header.key_id, keyslots.RECOVERY_SLOT, "recovery",
                                  keyslots.recovery_secret(recovery), book._key,
                                  book.header.kdf)
        entries = [e for e in chain[-1].entries if e.kind != "recovery"]
        entries.append(entry_for(fresh, None, None))
        header = self._next(chain, entries)
        self._rekey(header, entries, {fresh.slot_id: fresh}, "new_recovery_key",
                    store.user.id)
        return recovery
