"""What the signed roster vouches for in a key file: its versions once every signature
has checked, the slots and pending slots it lists, and the database's record of it.

The facade (``models.casebook``), member changes (``models.accounts``) and the format-1
upgrade (``models.security.keys_upgrade``) all decide trust here, so none of them imports another
for it. ``record_roster`` is called through this module (``roster_trust.record_roster``):
the fault tests wrap it as a write seam.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from models.db.store import Store
from models.security import keyslots, roster
from models.security.keyslots import Header


def trusted_chain(path: Path, header: Header) -> list[roster.Roster]:
    """The roster versions of a format-2 key file once every signature has checked (empty
    for format 1, which has no roster)."""
    if header.legacy:
        return []
    return roster.verify_chain(header.key_id, header.founder, header.roster,
                               str(keyslots.header_path(path)), header.upgraded)


def on_roster(entry: roster.Entry | None, slot: keyslots.Slot | None) -> bool:
    """Whether ``slot`` is the one the signed roster lists for ``entry``."""
    return (entry is not None and slot is not None and slot.slot_id == entry.slot_id
            and slot.kind == entry.kind and slot.public == entry.exchange
            and slot.signing_public == entry.signing)


def trusted_pending(header: Header, chain: list[roster.Roster]) -> list[keyslots.Slot]:
    """The pending slots of an unfinished re-key, if the member who signed the newest roster
    version also signed them for it; anything else in ``pending`` is ignored."""
    if not header.pending:
        return []
    if header.legacy:
        return header.pending
    latest = chain[-1]
    # The member who signed the newest version signed the pending slots with the key the
    # version before it lists for them (version 1: the founder's own entry). Only a
    # coordinator or the recovery slot of that version re-keys: any member can sign a
    # version changing their own keys, and so become "the newest version's signer" (review
    # #9b), but such a version never re-keys.
    previous = chain[-2] if len(chain) > 1 else latest
    signer = previous.entry(latest.signer)
    if signer is None or not header.pending_sig:
        return []
    if not previous.governs(signer):
        # Also not a key the upgrade made for a slot whose holder has not re-sealed it: the
        # upgrading coordinator kept a copy (review 2, F6).
        return []
    try:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

        Ed25519PublicKey.from_public_bytes(signer.signing).verify(
            header.pending_sig, pending_message(header, latest))
    except Exception:  # noqa: BLE001 - any failure means: not trusted
        return []
    return [s for s in header.pending if on_roster(latest.entry(s.slot_id), s)]


def pending_message(header: Header, latest: roster.Roster) -> bytes:
    slots = hashlib.sha256(b"".join(s.slot_id.encode() + s.envelope + s.public
                                    for s in header.pending)).hexdigest()
    return f"waystation pending\x00{header.casebook_id}\x00{latest.digest}\x00{slots}".encode()


def record_roster(store: Store, latest: roster.Roster) -> None:
    """Inside the caller's transaction: the database remembers the newest roster version, and
    the users table (a display cache) follows the roster's roles and members."""
    store.x("INSERT OR REPLACE INTO meta (key, value) VALUES ('roster_version', ?)",
            (str(latest.version),))
    store.x("INSERT OR REPLACE INTO meta (key, value) VALUES ('roster_hash', ?)",
            (latest.digest,))
    members = {e.user_id: e.role for e in latest.entries if e.user_id is not None}
    for uid, role, active in store.q("SELECT id, role, active FROM users"):
        if uid in members and (role != members[uid] or not active):
            store.x("UPDATE users SET role = ?, active = 1 WHERE id = ?", (members[uid], uid))
        elif uid not in members and active:
            store.x("UPDATE users SET active = 0 WHERE id = ?", (uid,))
    slots = dict(store.q("SELECT id, slot_id FROM users"))
    for e in latest.entries:
        # Slot ids follow the roster too (an upgrade killed before its database half), unless
        # another row holds the value.
        if e.user_id in slots and slots[e.user_id] != e.slot_id and not store.one(
                "SELECT 1 FROM users WHERE slot_id = ? AND id != ?", (e.slot_id, e.user_id)):
            store.x("UPDATE users SET slot_id = ? WHERE id = ?", (e.slot_id, e.user_id))


def entry_for(slot: keyslots.Slot, role: str | None, user_id: int | None) -> roster.Entry:
    return roster.Entry(slot.slot_id, slot.kind, role, user_id, slot.public, slot.signing_public)
