"""The signed roster: who may open a casebook, with which role, and their slots' public keys.

The key file carries a chain of roster versions. Each version lists its entries (slot id,
kind, role, user id, X25519 and Ed25519 public keys), the hash of the version before it, and
an Ed25519 signature by a slot of the version before it:

* version 1 is signed by the founder, whose public key is bound to the casebook id
  (``casebook_id == founder_id(founder)``). The casebook id is part of the associated data of
  every slot, so it cannot be changed without every member's passphrase;
* a later version is signed by a coordinator (or the recovery slot) of the version before it,
  or by a member of the version before it changing nothing but their own keys (a passphrase
  change: the old key signs the new one);
* ``legacy_audit`` (audit entries up to it are not signature-checked) is set by version 1
  only: no later version, whoever signs it, may change it.

The database keeps the newest version number and hash (``meta``), so an older key file with
an older, still validly signed roster is detected. Nothing in the key file is trusted before
``verify_chain`` has checked every signature: slots not on the newest roster are never opened
and never re-wrapped, and roles come from here, not from the ``users`` table.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from models.errors import CasebookCorrupt
from models.permissions import ROLES

_DOMAIN = b"waystation roster\x00"


@dataclass(frozen=True)
class Entry:
    slot_id: str
    kind: str  # "user" or "recovery"
    role: str | None  # None for the recovery slot
    user_id: int | None  # the users table id; None for the recovery slot
    exchange: bytes  # X25519 public key
    signing: bytes  # Ed25519 public key

    def as_dict(self) -> dict:
        return {"slot": self.slot_id, "kind": self.kind, "role": self.role,
                "user": self.user_id, "x25519": _b64(self.exchange),
                "ed25519": _b64(self.signing)}

    @classmethod
    def from_dict(cls, d: object) -> Entry:
        if not isinstance(d, dict):
            raise ValueError("entry")
        kind, role, user = d["kind"], d["role"], d["user"]
        if kind == "user":
            if role not in ROLES or not isinstance(user, int) or isinstance(user, bool):
                raise ValueError("entry")
        elif kind != "recovery" or role is not None or user is not None:
            raise ValueError("entry")
        slot = d["slot"]
        if not isinstance(slot, str) or len(slot) > 64:
            raise ValueError("entry")
        return cls(slot, kind, role, user, _unb64(d["x25519"]), _unb64(d["ed25519"]))


@dataclass(frozen=True)
class Roster:
    version: int
    digest: str
    entries: tuple[Entry, ...]
    signer: str
    legacy_audit: int  # audit entries up to this seq predate signing (an upgraded casebook)
    erase_for_all: bool = False  # every member may run emergency erase (a coordinator's choice)
    # In an upgraded casebook: the signing keys the upgrading coordinator made for the other
    # slots of version 1 (they were generated in that coordinator's process), and that
    # coordinator's user id. Such a key governs nothing (review 2, F6); see ``_may_sign``.
    unproven: frozenset = frozenset()
    upgrader: int | None = None

    def entry(self, slot_id: str) -> Entry | None:
        return next((e for e in self.entries if e.slot_id == slot_id), None)

    def for_user(self, user_id: int) -> Entry | None:
        return next((e for e in self.entries if e.user_id == user_id), None)

    @property
    def recovery(self) -> Entry | None:
        return next((e for e in self.entries if e.kind == "recovery"), None)

    def coordinators(self) -> list[Entry]:
        return [e for e in self.entries if e.role == "coordinator"]

    def governs(self, entry: Entry) -> bool:
        """Whether ``entry`` may sign any roster version, a re-key or an audit checkpoint: a
        coordinator or the recovery slot, unless its signing key is one the upgrade made for
        it (its holder has not re-sealed the slot since)."""
        return ((entry.role == "coordinator" or entry.kind == "recovery")
                and entry.signing not in self.unproven)

    def unsealed(self, entry: Entry) -> bool:
        """Whether ``entry`` still has the signing key the upgrading coordinator made."""
        return entry.signing in self.unproven

    def may_reseal(self, entry: Entry) -> bool:
        """Whether a member whose signing key the upgrade made may still replace it with keys
        of their own (their first open): only a member's slot, never the recovery slot, and
        only while the upgrading coordinator is still a coordinator. After that coordinator
        is removed or demoted, they could otherwise sign such a change with the copy they
        kept and gain a coordinator's keys (review 2, F6)."""
        return entry.kind == "user" and any(
            e.user_id == self.upgrader and e.role == "coordinator" for e in self.entries)


def _b64(b: bytes) -> str:
    return base64.b64encode(bytes(b)).decode("ascii")


def _unb64(s: object) -> bytes:
    if not isinstance(s, str):
        raise ValueError("key")
    raw = base64.b64decode(s.encode("ascii"), validate=True)
    if len(raw) != 32:
        raise ValueError("key")
    return raw


def founder_id(founder_public: bytes) -> str:
    """The casebook id a founder's signing key binds to."""
    return hashlib.sha256(b"waystation founder\x00" + founder_public).hexdigest()[:32]


def _canonical(body: dict) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


def digest(body: dict) -> str:
    return hashlib.sha256(_canonical(body)).hexdigest()


def make_version(casebook_id: str, previous: Roster | None, entries: list[Entry],
                 signer_slot: str, signer_key: Ed25519PrivateKey, *,
                 legacy_audit: int | None = None, erase_for_all: bool | None = None) -> dict:
    """A new signed roster record following ``previous`` (None for version 1)."""
    body = {"casebook": casebook_id, "version": 1 if previous is None else previous.version + 1,
            "prev": "" if previous is None else previous.digest,
            "legacy_audit": (previous.legacy_audit if previous else 0)
            if legacy_audit is None else legacy_audit,
            "entries": [e.as_dict() for e in entries]}
    if erase_for_all is None:
        erase_for_all = previous.erase_for_all if previous else False
    if erase_for_all:  # absent when off, so older versions' digests still hold
        body["erase_for_all"] = True
    return {"body": body, "signer": signer_slot,
            "sig": _b64s(signer_key.sign(_DOMAIN + _canonical(body)))}


def _b64s(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _may_sign(previous: Roster, signer: Entry, entries: tuple[Entry, ...]) -> bool:
    if previous.governs(signer):
        return True
    if previous.unsealed(signer) and not previous.may_reseal(signer):
        return False  # a key the upgrader made: nothing, not even a change of its own keys
    # A member changing only their own keys (a passphrase change): every other entry as it
    # was, and their own entry with the same slot, kind, role and user; only the two public
    # keys may differ. (``legacy_audit`` is checked for every signer in ``verify_chain``.)
    others_before = {e for e in previous.entries if e.user_id != signer.user_id}
    others_after = {e for e in entries if e.user_id != signer.user_id}
    mine = [e for e in entries if e.user_id == signer.user_id]
    return (others_before == others_after and len(mine) == 1
            and (mine[0].slot_id, mine[0].kind, mine[0].role, mine[0].user_id)
            == (signer.slot_id, "user", signer.role, signer.user_id))


def verify_chain(casebook_id: str, founder: bytes, records: list, where: str,
                 upgraded: bool = False) -> list[Roster]:
    """Every roster version, oldest first, once each signature and link has checked;
    CasebookCorrupt naming ``where`` (the key file) otherwise. In an ``upgraded`` key file
    (format 2 made from format 1) the signing keys of version 1's entries other than its
    signer's were made by the upgrading coordinator: they stay ``unproven`` while an entry
    holds them (an upgraded key file's founder is bound to its slots, not to the casebook
    id, so the flag cannot be cleared without every slot failing)."""
    def refuse(why: str) -> CasebookCorrupt:
        return CasebookCorrupt(f"The key file's list of members {why} ({where}); restore the "
                               "key file from a backup.", path=where)

    if founder_id(founder) != casebook_id:
        raise refuse("does not belong to this casebook")
    chain: list[Roster] = []
    for record in records:
        try:
            body, signer_slot = record["body"], record["signer"]
            sig = base64.b64decode(record["sig"].encode("ascii"), validate=True)
            if body["casebook"] != casebook_id or not isinstance(signer_slot, str):
                raise ValueError("casebook")
            version, prev = body["version"], body["prev"]
            legacy = body["legacy_audit"]
            if not isinstance(legacy, int) or isinstance(legacy, bool) or legacy < 0:
                raise ValueError("legacy")
            erase_for_all = body.get("erase_for_all", False)
            if not isinstance(erase_for_all, bool):
                raise ValueError("erase_for_all")
            entries = tuple(Entry.from_dict(e) for e in body["entries"])
        except (KeyError, TypeError, ValueError, AttributeError, UnicodeEncodeError):
            raise refuse("is damaged") from None
        expected = chain[-1].version + 1 if chain else 1
        if version != expected or prev != (chain[-1].digest if chain else ""):
            raise refuse("is out of order")
        slots = [e.slot_id for e in entries]
        if len(set(slots)) != len(slots) or sum(e.kind == "recovery" for e in entries) > 1:
            raise refuse("names a slot twice")
        users = [e.user_id for e in entries if e.user_id is not None]
        if len(set(users)) != len(users):
            raise refuse("names a member twice")
        if chain and legacy != chain[-1].legacy_audit:
            # Audit entries up to ``legacy_audit`` are not signature-checked, so raising it
            # would switch the audit's signatures off: only version 1 sets it (review #1).
            raise refuse(f"was changed by someone not allowed to (version {version})")
        if chain:
            signer = chain[-1].entry(signer_slot)
            if signer is None or not _may_sign(chain[-1], signer, entries):
                raise refuse(f"was changed by someone not allowed to (version {version})")
            if erase_for_all != chain[-1].erase_for_all and not chain[-1].governs(signer):
                # Who may erase is a coordinator's choice (it was in the unsigned settings).
                raise refuse(f"was changed by someone not allowed to (version {version})")
            public = signer.signing
        else:
            signer = next((e for e in entries if e.slot_id == signer_slot), None)
            if signer is None or signer.signing != founder or signer.role != "coordinator":
                raise refuse("was not started by the casebook's founder")
            public = founder
        try:
            Ed25519PublicKey.from_public_bytes(public).verify(sig, _DOMAIN + _canonical(body))
        except (InvalidSignature, ValueError):
            raise refuse(f"has a signature that does not check (version {version})") from None
        if chain:
            unproven, upgrader = chain[-1].unproven, chain[-1].upgrader
        elif upgraded:
            unproven = frozenset(e.signing for e in entries if e.slot_id != signer_slot)
            upgrader = signer.user_id
        else:
            unproven, upgrader = frozenset(), None
        chain.append(Roster(version, digest(body), entries, signer_slot, legacy, erase_for_all,
                            unproven, upgrader))
    if not chain:
        raise refuse("is missing")
    return chain


def signing_keys(chain: list[Roster]) -> dict[bytes, Entry]:
    """Every Ed25519 key any roster version ever listed, with the entry that held it: audit
    entries written before a passphrase change or a removal still verify."""
    keys: dict[bytes, Entry] = {}
    for roster in chain:
        for e in roster.entries:
            keys[e.signing] = e
    return keys
