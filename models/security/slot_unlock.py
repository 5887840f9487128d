"""Opening a member's slot (or the recovery slot) of the key file, before the database is
touched: a wrong passphrase never changes a byte (S3), failures count towards the growing
delay, and only a slot the signed roster lists is ever opened.

Used by the facade's ``Casebook.open`` and by erase, which checks a member before it
deletes anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from models.errors import CasebookCorrupt, WrongPassphrase
from models.security import hygiene, keyslots, roster
from models.security.attempts import Attempts
from models.security.keyslots import Header
from models.security.roster_trust import on_roster, trusted_chain


@dataclass
class Unlocked:
    """What a passphrase (or the recovery key) opened, before the database is touched."""

    data_key: bytearray
    secret: bytes
    slot: keyslots.Slot
    keys: keyslots.SlotKeys


def unlock_slot(path: Path, header: Header, chain: list[roster.Roster], slot_id: str,
                passphrase: str | None, recovery_key: str | None = None,
                attempt_key: str | None = None) -> Unlocked:
    """The data key from the user's slot (or the recovery slot), checked before anything
    reads the database. Only a slot the signed roster lists is ever opened. Failures count
    towards the growing delay under ``attempt_key`` (the user's slot by default) and say
    only "wrong"; an unknown name costs the same Argon2id work as a real one."""
    attempt_key = attempt_key or slot_id
    hygiene.disable_core_dumps()  # before the passphrase unwraps any key
    attempts = Attempts(path)
    attempts.check(attempt_key)
    if recovery_key is not None:
        secret = keyslots.recovery_secret(recovery_key)
        wanted = chain[-1].recovery.slot_id if chain and chain[-1].recovery else (
            keyslots.RECOVERY_SLOT)
    else:
        secret = keyslots.normalise(passphrase or "")
        wanted = slot_id
    slot = header.find(wanted)
    if chain and not on_roster(chain[-1].entry(wanted), slot):
        slot = None  # a slot the signed roster does not list is never opened
    try:
        if slot is None:
            # Spend the same effort as a real slot so timing does not reveal user names.
            keyslots.derive(secret, b"\0" * keyslots.SALT_BYTES, header.kdf)
            raise WrongPassphrase()
        keys = keyslots.open_private(header.key_id, slot, secret)
        data_key = keyslots.open_envelope(header.key_id, slot, keys)
    except WrongPassphrase:
        attempts.failed(attempt_key)
        raise WrongPassphrase("Wrong user name or passphrase.") from None
    except CasebookCorrupt as exc:  # a tampered slot: name the file, as for other damage
        keys_file = keyslots.header_path(path)
        raise CasebookCorrupt.of("{damage} ({name}); restore the key file from a backup.",
                                 path=str(keys_file), damage=keyslots.damage_of(exc),
                                 name=keys_file.name) from None
    attempts.succeeded(attempt_key)
    return Unlocked(data_key, secret, slot, keys)


def unseal_slot(path: Path, header: Header, slot_id: str, passphrase: str | None,
                recovery_key: str | None = None,
                attempt_key: str | None = None) -> tuple[bytearray, bytes, keyslots.Slot]:
    """``unlock_slot`` for callers that only need (data key, secret, slot); checks the
    roster's signatures first."""
    u = unlock_slot(path, header, trusted_chain(path, header), slot_id, passphrase,
                    recovery_key, attempt_key)
    return u.data_key, u.secret, u.slot


def member_role(path: Path, header: Header, slot_id: str, table_role: str) -> str:
    """The role to trust for ``slot_id``: the signed roster's (the users table's only for a
    format-1 key file, which has no roster)."""
    chain = trusted_chain(path, header)
    if not chain:
        return table_role
    entry = chain[-1].entry(slot_id)
    if entry is None or entry.role is None:
        raise WrongPassphrase("Wrong user name or passphrase.")
    return entry.role
