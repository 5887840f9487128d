"""Upgrading a casebook's key file from format 1 to format 2 (the signed roster).

A format-1 casebook opens as before until a coordinator opens it with their passphrase. Then,
before anything is written:

1. the automatic pre-upgrade backup (``models.transfer.backup.snapshot_before_upgrade``): the
   database and the format-1 key file as they are, beside the casebook;
2. one transaction: the coordinator's ``users`` row points at their new slot id, the database
   records the new roster (``record_roster``) and the audit records the upgrade, signed with
   the coordinator's new key; the format-2 key file is written last inside it, so if that
   write fails the transaction rolls back and the casebook is still format 1.

The new key file keeps the casebook id, holds a new format-2 slot for the coordinator (new
key pairs sealed under their passphrase; their signing key founds the roster), and keeps
every other member's slot and the recovery slot exactly as format 1 sealed them, so every
passphrase and the recovery key still open the casebook (see ``models.security.keyslots``); each of
those members' first open then re-seals their slot as format 2 with new keys
(``Accounts.reseal_kept_slot``). The
roster is built from the ``users`` table's active members that have a slot in the file; a
slot that belongs to no member is dropped. Audit entries written before the upgrade are not
signed (``legacy_audit``).

Any I/O error leaves format 1 (nothing written, or only the backup) and the open goes on as
before; the next coordinator open tries again. A kill after the key file was written but
before the transaction committed leaves a format-2 key file ahead of the database, which
the next open of anyone records (``check_roster_record``).
"""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from models import audit
from models.db.store import Store, User
from models.errors import WaystationError
from models.permissions import ROLES
from models.security import keyslots, roster, roster_trust
from models.security.keyslots import FORMAT, Header, KdfParams
from models.security.roster_trust import entry_for
from models.transfer import backup


def upgrade(path: Path, header: Header, store: Store, data_key: bytearray,
            secret: bytes) -> tuple[Header, keyslots.FreshKeys, str] | None:
    """Upgrade the format-1 ``header`` for the coordinator signed in on ``store`` (who opened
    with ``secret``). Returns the new key file, the coordinator's new keys and slot id, or
    None when the upgrade could not be made now (the casebook is still format 1)."""
    try:
        backup.snapshot_before_upgrade(store.conn, data_key, path)
    except (OSError, sqlcipher3.Error, WaystationError):
        return None  # no backup, no upgrade: the next coordinator open tries again
    try:
        new, founder, slot_id = _format_2(path, header, store, data_key, secret)
    except (sqlcipher3.Error, WaystationError, ValueError):
        return None  # a users table the roster cannot be built from: open as before
    if not _commit(path, store, new, founder, slot_id):
        return None
    return new, founder, slot_id


def _format_2(path: Path, old: Header, store: Store, data_key: bytearray,
              secret: bytes) -> tuple[Header, keyslots.FreshKeys, str]:
    """The format-2 key file: a new slot for the coordinator, every other member's and the
    recovery slot kept, and roster version 1 signed by the coordinator's new key."""
    founder = keyslots.new_keys()
    header = Header(old.casebook_id, fmt=FORMAT, id_salt=os.urandom(keyslots.SALT_BYTES),
                    id_kdf=KdfParams(keyslots.MIN_MEMORY_KIB, keyslots.MIN_ITERATIONS),
                    kdf=old.kdf, founder=founder.signing.public_key().public_bytes_raw(),
                    upgraded=True)
    me = store.user
    slot_id = header.slot_id_for(me.name)
    own = old.find(keyslots.legacy_slot_id(old.casebook_id, me.name))
    mine = keyslots.new_slot(header.key_id, slot_id, "user", secret, data_key,
                             own.kdf if own else old.kdf, founder)
    entries, slots = [entry_for(mine, "coordinator", me.id)], [mine]
    for uid, name, role in store.q("SELECT id, name, role FROM users WHERE active = 1"
                                   " ORDER BY id"):
        # The slot comes from the row's name, as format 1 made it, never from the row's
        # slot_id column: a member who swapped that column with another row's before the
        # upgrade would otherwise be signed in under that member's user id and role from then
        # on (review 2, F2b). The name is what the member types to open.
        sid = keyslots.legacy_slot_id(old.casebook_id, name)
        slot = old.find(sid)
        if uid == me.id or slot is None or slot.kind != "user" or role not in ROLES:
            continue
        if any(s.slot_id == sid for s in slots):
            continue  # two rows naming one slot: the first keeps it
        kept = keyslots.keep_format_1_slot(old.casebook_id, slot, data_key)
        entries.append(entry_for(kept, role, uid))
        slots.append(kept)
    recovery = old.find(keyslots.RECOVERY_SLOT)
    if recovery is not None:
        kept = keyslots.keep_format_1_slot(old.casebook_id, recovery, data_key)
        entries.append(entry_for(kept, None, None))
        slots.append(kept)
    header.slots = slots
    # Who may erase moves from the unsigned settings table into the signed roster.
    erase_for_all = store.setting("erase_allowed_for_all", False) is True
    header.roster = [roster.make_version(
        header.key_id, None, entries, slot_id, founder.signing,
        legacy_audit=audit.head_seq(store.conn), erase_for_all=erase_for_all)]
    return header, founder, slot_id


def _commit(path: Path, store: Store, header: Header, founder: keyslots.FreshKeys,
            slot_id: str) -> bool:
    """The database half and the key file in one transaction, the key file written last.
    True once the key file is format 2 (even if the commit then failed: the next open
    records the roster)."""
    latest = roster_trust.trusted_chain(path, header)[-1]
    before = store.signer
    store.signer = (header.casebook_id, founder.signing.public_key().public_bytes_raw(),
                    founder.signing)
    store.user = User(store.user.id, store.user.name, "coordinator")
    written = False
    try:
        with store.tx():
            store.x("UPDATE users SET slot_id = ? WHERE id = ?", (slot_id, store.user.id))
            roster_trust.record_roster(store, latest)
            store.audit("upgrade_keys", "casebook")
            keyslots.write_header(path, header)
            written = True
    except (OSError, sqlcipher3.Error, WaystationError):
        if not written:
            store.signer = before  # still format 1: nothing is signed
            return False
    return True
