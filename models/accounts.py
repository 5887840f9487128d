"""User accounts: each one a row in ``users`` and a key slot in the header.

Removing a user re-keys the database with a fresh data key and re-wraps every remaining slot,
so a copy of the removed user's old slot opens nothing (S4). The re-key is crash-safe: the
new slots are written as ``pending`` before ``PRAGMA rekey``, and opening finishes the job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from models import keyslots
from models.changes import Changes
from models.errors import Conflict, InvalidInput, NotFound
from models.keyslots import KdfParams
from models.permissions import Action, check_role
from models.store import User

if TYPE_CHECKING:
    from models.casebook import Casebook


class Accounts:
    def __init__(self, book: Casebook) -> None:
        self._book = book
        self._store = book.store

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

    def add(self, name: str, role: str, passphrase: str, *,
            kdf: KdfParams | None = None) -> Changes:
        from models.casebook import check_passphrase, check_user_name

        store, book = self._store, self._book
        store.require(Action.MANAGE_USERS)
        name = check_user_name(name)
        check_role(role)
        check_passphrase(passphrase)
        if store.one("SELECT 1 FROM users WHERE name = ?", (name,)):
            raise InvalidInput("user name", "that name is already taken in this casebook")
        slot_id = keyslots.slot_id_for(book.casebook_id, name)
        slot = keyslots.new_slot(book.casebook_id, slot_id, "user", keyslots.normalise(passphrase),
                                 book._key, kdf or book.header.slots[0].kdf)
        with store.tx():
            # A removed user's row keeps its name for history; a new account gets a new slot.
            store.x("DELETE FROM users WHERE slot_id = ? AND active = 0", (slot_id,))
            uid = store.x("INSERT INTO users (name, role, slot_id, created_at) VALUES (?,?,?,?)",
                          (name, role, slot_id, store.now_iso()))
            store.audit("add", "user", uid)
            book.header.replace(slot)
            keyslots.write_header(book.path, book.header)
        return Changes.of("users", uid)

    def set_role(self, user_id: int, role: str) -> Changes:
        store = self._store
        store.require(Action.MANAGE_USERS)
        check_role(role)
        target = self.get(user_id)
        if target.role == "coordinator" and role != "coordinator":
            self._keep_a_coordinator(user_id)
        with store.tx():
            store.x("UPDATE users SET role = ? WHERE id = ?", (role, user_id))
            store.audit("set_role", "user", user_id)
        return Changes.of("users", user_id)

    def _keep_a_coordinator(self, leaving: int) -> None:
        n = self._store.one("SELECT count(*) FROM users WHERE role = 'coordinator' AND active = 1"
                            " AND id != ?", (leaving,))[0]
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
        slot_id = store.one("SELECT slot_id FROM users WHERE id = ?", (user_id,))[0]
        # Re-key first: a crash between the two steps must not leave an account shown as
        # removed whose old slot still holds the key (S4); this order leaves at worst an
        # account still listed whose slot is already gone, and removing it again finishes.
        self._rekey(drop=slot_id)
        with store.tx():
            store.x("UPDATE users SET active = 0 WHERE id = ?", (user_id,))
            store.x("UPDATE followups SET owner_id = NULL WHERE owner_id = ? AND status = 'open'",
                    (user_id,))
            store.audit("remove", "user", user_id)
        return Changes.of("users", user_id) | Changes.of("followups")

    def _rekey(self, drop: str) -> None:
        book = self._book
        header = book.header
        new_key = keyslots.new_data_key()
        header.pending = [keyslots.rewrap(book.casebook_id, s, new_key)
                          for s in header.slots if s.slot_id != drop]
        keyslots.write_header(book.path, header)  # durable before the database changes key
        conn = book.store.conn
        conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        header.slots, header.pending = header.pending, []
        keyslots.write_header(book.path, header)
        keyslots.wipe(book._key)
        book._key = new_key

    def change_passphrase(self, old: str, new: str) -> Changes:
        """The signed-in user's own passphrase; only their slot changes, not the data key."""
        from models.casebook import check_passphrase

        store, book = self._store, self._book
        check_passphrase(new)
        slot_id = store.one("SELECT slot_id FROM users WHERE id = ?", (store.user.id,))[0]
        slot = book.header.find(slot_id)
        private = keyslots.open_private(book.casebook_id, slot, keyslots.normalise(old))
        self._reseal(slot, private, new)
        with store.tx():
            store.audit("change_passphrase", "user", store.user.id)
        return Changes.of("users", store.user.id)

    def reset_with_recovery(self, user_id: int, recovery_key: str, new: str) -> Changes:
        """Give a user a new passphrase, proved by the recovery key (a coordinator, or the
        user themself after opening with the recovery key)."""
        from models.casebook import check_passphrase

        store, book = self._store, self._book
        if user_id != store.user.id:
            store.require(Action.MANAGE_USERS)
        check_passphrase(new)
        recovery = book.header.find(keyslots.RECOVERY_SLOT)
        keyslots.unseal(book.casebook_id, recovery, keyslots.recovery_secret(recovery_key))
        row = store.one("SELECT slot_id FROM users WHERE id = ? AND active = 1", (user_id,))
        if row is None:
            raise NotFound("user", user_id)
        old = book.header.find(row[0])
        # The old private key is unknown (forgotten passphrase): the account gets a new one.
        fresh = keyslots.new_slot(book.casebook_id, row[0], "user", keyslots.normalise(new),
                                  book._key, old.kdf if old else KdfParams())
        book.header.replace(fresh)
        keyslots.write_header(book.path, book.header)
        with store.tx():
            store.audit("reset_passphrase", "user", user_id)
        return Changes.of("users", user_id)

    def _reseal(self, slot: keyslots.Slot, private, new: str) -> None:
        book = self._book
        fresh = keyslots.reseal(book.casebook_id, slot, private, keyslots.normalise(new),
                                slot.kdf, book._key)
        book.header.replace(fresh)
        keyslots.write_header(book.path, book.header)
