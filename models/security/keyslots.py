"""Key slots: the casebook's data key wrapped once per member, plus a recovery slot.

The key file sits beside the database (``name.wsdb.keys``) and is JSON. It holds no
personal data. Format 2 (this one) holds:

* the signed roster (``models.security.roster``): who may open the casebook, with which role, and
  the public keys of each slot; nothing in the file is trusted before its signatures check;
* one slot per roster entry. A slot seals two private keys with AES-256-GCM under an Argon2id
  key derived from the passphrase: an X25519 key (the data key is sealed to its public half,
  so a coordinator can re-key for everyone without knowing their passphrases) and an Ed25519
  key (the member signs roster changes and their audit entries with it). The slot's own
  description (format, casebook id, slot id, kind, KDF parameters, salt, both public keys) is
  the associated data, so a swapped, edited or downgraded slot fails instead of opening.

A slot id is Argon2id(user name, the casebook's id salt) at the floor cost, not a plain hash:
checking a list of names against the file costs a 64 MiB Argon2id derivation per name, and an
unknown name costs exactly what a real one costs (one id derivation, one slot derivation).

Format 1 (before the roster) is still read, so an older casebook opens as before until a
coordinator opens it and it is upgraded (``models.security.keys_upgrade``). An upgraded file is
format 2 with ``upgraded`` set: it keeps the casebook's id (backups and erase know the casebook by
it), so the founder cannot be bound to the id as in a new casebook. Instead every slot sealed after
the upgrade is bound to ``key_id``, a hash of the founder's key, in place of the casebook id:
a key file with another founder does not open those slots. The members' slots from format 1
stay as they were sealed (``sealed`` = format 1, the old slot id, the casebook id) with an
Ed25519 key the upgrading coordinator made for them sealed to their X25519 key
(``signing_sealed``), until the member's first open re-seals it as format 2
(``Accounts.reseal_kept_slot``).

An envelope's ephemeral X25519 key is derived from the data key it carries (``_ephemeral``),
so whoever holds the data key can check every envelope without a passphrase
(``check_envelope``, used by ``verify``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import secrets
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.db.atomic import atomic_write_bytes
from models.errors import CasebookCorrupt, InvalidInput, Label, WrongPassphrase

FORMAT_1 = "waystation-keys/1"
FORMAT = "waystation-keys/2"
KEY_BYTES = 32
# Floors from security.md (S2); a slot below them is refused rather than trusted.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
# Ceilings too: the parameters are read before anything is authenticated, so an edited key
# file could otherwise make unlocking allocate gigabytes or run for minutes. Creation chooses
# 64 MiB and at most 12 iterations (calibrate); 1 GiB and 16 iterations leave a margin for a
# casebook made on a faster machine and keep the worst case near half a minute.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 16
MAX_PARALLELISM = 16
RECOVERY_SLOT = "recovery"
KINDS = ("user", "recovery")
SALT_BYTES = 16
_NONCE = 12
_TAG = 16
ENVELOPE_BYTES = 32 + _NONCE + KEY_BYTES + _TAG
MAX_SLOTS = 256
_SLOT_ID = re.compile(r"^(recovery|[0-9a-f]{32})$")
_CASEBOOK_ID = re.compile(r"^[0-9a-f]{32}$")


def damage_of(exc: CasebookCorrupt) -> Label:
    """A key file's damage as a value of a longer sentence: its sentence without the final
    stop, translated (context "models") when it is a fixed one."""
    return Label(str(exc).rstrip("."))


def _bad(what: str) -> CasebookCorrupt:
    return CasebookCorrupt(f"The key file is damaged: {what}.")


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    parallelism: int = 1

    def as_dict(self) -> dict:
        return {"alg": "argon2id", "m": self.memory_kib, "t": self.iterations,
                "p": self.parallelism}

    @classmethod
    def from_dict(cls, d: object) -> KdfParams:
        if not isinstance(d, dict) or d.get("alg") != "argon2id":
            raise CasebookCorrupt("The key file names an unknown key derivation.")
        values = [d.get(k) for k in ("m", "t", "p")]
        whole = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
        if len(whole) != len(values):
            raise _bad("a key derivation parameter is not a whole number")
        params = cls(*whole)
        if params.memory_kib < MIN_MEMORY_KIB or params.iterations < MIN_ITERATIONS:
            raise CasebookCorrupt("A key slot is weaker than Waystation allows; it was refused.")
        if (params.memory_kib > MAX_MEMORY_KIB or params.iterations > MAX_ITERATIONS
                or not 1 <= params.parallelism <= MAX_PARALLELISM):
            raise CasebookCorrupt("A key slot asks for more work than Waystation allows "
                                  "(at most 1 GiB and 16 iterations); it was refused.")
        return params


def calibrate(target_seconds: float = 0.5, ceiling: int = 12) -> KdfParams:
    """Raise iterations at 64 MiB until one derivation takes about ``target_seconds``."""
    base = KdfParams()
    if target_seconds <= 0:
        return base
    start = time.perf_counter()
    derive(b"calibration", os.urandom(16), base)
    per_iteration = (time.perf_counter() - start) / base.iterations
    wanted = int(target_seconds / max(per_iteration, 1e-4))
    return KdfParams(iterations=max(MIN_ITERATIONS, min(ceiling, wanted, MAX_ITERATIONS)))


def normalise(passphrase: str) -> bytes:
    # NFC so that "é" typed as one or two code points opens the same slot on every OS.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def fold_name(user: str) -> str:
    return unicodedata.normalize("NFC", (user or "").strip()).casefold()


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytearray:
    return bytearray(hash_secret_raw(secret, salt, params.iterations, params.memory_kib,
                                     params.parallelism, KEY_BYTES, Type.ID))


def wipe(buf: bytearray | None) -> None:
    """Overwrite a key buffer. Python may hold other copies; this removes the one we own."""
    if buf is not None:
        for i in range(len(buf)):
            buf[i] = 0


def _b64(b: bytes) -> str:
    return base64.b64encode(bytes(b)).decode("ascii")


def _unb64(s: object, length: int | tuple[int, ...], what: str) -> bytes:
    if not isinstance(s, str) or len(s) > 4096:
        raise _bad(f"{what} is missing")
    try:
        raw = base64.b64decode(s.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise _bad(f"{what} is not readable") from None
    lengths = (length,) if isinstance(length, int) else length
    if len(raw) not in lengths:
        raise _bad(f"{what} has the wrong length")
    return raw


def legacy_slot_id(casebook_id: str, user: str) -> str:
    """Format 1's slot name: a salted hash of the user name (kept to open older files)."""
    return hashlib.sha256(f"{casebook_id}\x00{fold_name(user)}".encode()).hexdigest()[:32]


def slot_id_for(where: Header | str, user: str) -> str:
    """The slot id of ``user``: Argon2id of the name in format 2, a hash in format 1."""
    if isinstance(where, Header):
        return where.slot_id_for(user)
    return legacy_slot_id(where, user)


@dataclass
class SlotKeys:
    """The private keys a passphrase opens. ``signing`` is None in a format-1 slot."""

    exchange: X25519PrivateKey
    signing: Ed25519PrivateKey | None


@dataclass
class FreshKeys(SlotKeys):
    """Key pairs made now (``new_keys``): a new slot always has a signing key, even one
    sealed as format 1, so the type says so and callers need no None check."""

    signing: Ed25519PrivateKey


@dataclass
class Slot:
    """One account's way in (see the module docstring)."""

    slot_id: str
    kind: str  # "user" or "recovery"
    kdf: KdfParams
    salt: bytes
    public: bytes
    sealed_private: bytes  # nonce (12) + AES-GCM ciphertext of the raw private key(s)
    envelope: bytes  # ephemeral public (32) + nonce (12) + AES-GCM ciphertext of the data key
    signing_public: bytes = b""  # Ed25519 public key; empty in format 1
    fmt: str = FORMAT
    # A format-1 slot kept in an upgraded format-2 file: its Ed25519 private key sealed to its
    # X25519 key (made at the upgrade), and the id its private key was sealed under.
    signing_sealed: bytes = b""
    sealed_id: str = ""

    def _aad(self, casebook_id: str, part: str) -> bytes:
        casebook_id = self.sealed_id or casebook_id
        fields = [self.fmt, part, casebook_id, self.slot_id, self.kind, self.kdf.as_dict(),
                  _b64(self.salt), _b64(self.public)]
        if self.fmt != FORMAT_1:
            fields.append(_b64(self.signing_public))
        return json.dumps(fields, sort_keys=True).encode()

    def as_dict(self) -> dict:
        d = {"id": self.slot_id, "kind": self.kind, "kdf": self.kdf.as_dict(),
             "salt": _b64(self.salt), "public": _b64(self.public),
             "private": _b64(self.sealed_private), "envelope": _b64(self.envelope)}
        if self.fmt != FORMAT_1:
            d["signing"] = _b64(self.signing_public)
        elif self.signing_sealed:  # a format-1 slot inside an upgraded file
            d.update({"sealed": FORMAT_1, "signing": _b64(self.signing_public),
                      "signing_sealed": _b64(self.signing_sealed)})
        return d

    @classmethod
    def from_dict(cls, d: object, fmt: str = FORMAT) -> Slot:
        if not isinstance(d, dict):
            raise _bad("a slot is not a record")
        slot_id, kind = d.get("id"), d.get("kind")
        if not isinstance(slot_id, str) or not _SLOT_ID.match(slot_id):
            raise _bad("a slot id is malformed")
        if kind not in KINDS or (kind == "recovery") != (slot_id == RECOVERY_SLOT):
            raise _bad("a slot has an unknown kind")
        kept = fmt == FORMAT and d.get("sealed") == FORMAT_1  # kept from format 1
        if "sealed" in d and not kept:
            raise _bad("a slot names an unknown format")
        sealed_fmt = FORMAT_1 if kept else fmt
        private_len = _NONCE + (32 if sealed_fmt == FORMAT_1 else 64) + _TAG
        return cls(slot_id, kind, KdfParams.from_dict(d.get("kdf")),
                   _unb64(d.get("salt"), SALT_BYTES, "a slot's salt"),
                   _unb64(d.get("public"), 32, "a slot's public key"),
                   _unb64(d.get("private"), private_len, "a slot's sealed key"),
                   _unb64(d.get("envelope"), ENVELOPE_BYTES, "a slot's envelope"),
                   b"" if fmt == FORMAT_1 else _unb64(d.get("signing"), 32,
                                                       "a slot's signing key"),
                   sealed_fmt,
                   _unb64(d.get("signing_sealed"), ENVELOPE_BYTES,
                          "a slot's sealed signing key") if kept else b"")


def _envelope_key(shared: bytes, eph_public: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_public + public,
                info=b"waystation data key envelope").derive(shared)


def _ephemeral(data_key: bytes | bytearray, nonce: bytes, public: bytes) -> X25519PrivateKey:
    """An envelope's ephemeral key, derived from the data key it carries (and a fresh nonce):
    whoever holds the data key can re-derive it and so check, without any passphrase, that
    the envelope carries that key to that slot (``check_envelope``). Nobody else learns
    anything from it: it is as secret as the data key itself."""
    raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce,
               info=b"waystation envelope ephemeral\x00" + public).derive(bytes(data_key))
    return X25519PrivateKey.from_private_bytes(raw)


def _seal_to(slot: Slot, casebook_id: str, data_key: bytes | bytearray,
             part: str = "envelope") -> bytes:
    nonce = os.urandom(_NONCE)
    eph = (_ephemeral(data_key, nonce, slot.public) if part == "envelope"
           else X25519PrivateKey.generate())
    eph_public = eph.public_key().public_bytes_raw()
    key = _envelope_key(eph.exchange(X25519PublicKey.from_public_bytes(slot.public)),
                        eph_public, slot.public)
    return eph_public + nonce + AESGCM(key).encrypt(nonce, bytes(data_key),
                                                    slot._aad(casebook_id, part))


def check_envelope(casebook_id: str, slot: Slot, data_key: bytes | bytearray) -> bool:
    """Whether ``slot``'s envelope carries ``data_key`` to the slot's X25519 key: checked
    from the data key alone (see ``_ephemeral``). Envelopes sealed before this check existed
    (a random ephemeral key) do not pass; ``reseal_envelopes`` replaces them."""
    eph_public, nonce = slot.envelope[:32], slot.envelope[32:32 + _NONCE]
    eph = _ephemeral(data_key, nonce, slot.public)
    if eph.public_key().public_bytes_raw() != eph_public:
        return False
    try:
        key = _envelope_key(eph.exchange(X25519PublicKey.from_public_bytes(slot.public)),
                            eph_public, slot.public)
        opened = AESGCM(key).decrypt(nonce, slot.envelope[32 + _NONCE:],
                                     slot._aad(casebook_id, "envelope"))
    except (InvalidTag, ValueError):
        return False
    return secrets.compare_digest(opened, bytes(data_key))


def keep_format_1_slot(casebook_id: str, slot: Slot, data_key: bytes | bytearray) -> Slot:
    """A format-1 slot for an upgraded file: sealed as it was (only its passphrase could
    re-seal it), with a new Ed25519 key sealed to its X25519 key, so the member can sign
    from their first open after the upgrade, and a checkable envelope."""
    signing = Ed25519PrivateKey.generate()
    kept = Slot(slot.slot_id, slot.kind, slot.kdf, slot.salt, slot.public,
                slot.sealed_private, b"",
                signing.public_key().public_bytes_raw(), FORMAT_1, b"", casebook_id)
    kept.signing_sealed = _seal_to(kept, casebook_id, signing.private_bytes_raw(), "signing")
    kept.envelope = _seal_to(kept, casebook_id, data_key)
    return kept


def new_keys() -> FreshKeys:
    return FreshKeys(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())


def new_slot(casebook_id: str, slot_id: str, kind: str, secret: bytes,
             data_key: bytes | bytearray, params: KdfParams,
             keys: FreshKeys | None = None, fmt: str = FORMAT) -> Slot:
    """A fresh slot with new key pairs (or ``keys``) sealed under ``secret``."""
    keys = keys or new_keys()
    slot = Slot(slot_id, kind, params, os.urandom(SALT_BYTES),
                keys.exchange.public_key().public_bytes_raw(), b"", b"",
                b"" if fmt == FORMAT_1 else keys.signing.public_key().public_bytes_raw(), fmt)
    _seal_private(slot, casebook_id, secret, keys)
    slot.envelope = _seal_to(slot, casebook_id, data_key)
    return slot


def _seal_private(slot: Slot, casebook_id: str, secret: bytes, keys: FreshKeys) -> None:
    kek = derive(secret, slot.salt, slot.kdf)
    try:
        nonce = os.urandom(_NONCE)
        raw = keys.exchange.private_bytes_raw()
        if slot.fmt != FORMAT_1:
            raw += keys.signing.private_bytes_raw()
        slot.sealed_private = nonce + AESGCM(bytes(kek)).encrypt(
            nonce, raw, slot._aad(casebook_id, "private"))
    finally:
        wipe(kek)


def open_private(casebook_id: str, slot: Slot, secret: bytes) -> SlotKeys:
    """The slot's private keys, or WrongPassphrase. Touches no file."""
    kek = derive(secret, slot.salt, slot.kdf)
    try:
        raw = AESGCM(bytes(kek)).decrypt(slot.sealed_private[:_NONCE],
                                         slot.sealed_private[_NONCE:],
                                         slot._aad(casebook_id, "private"))
    except InvalidTag:
        raise WrongPassphrase() from None
    finally:
        wipe(kek)
    exchange = X25519PrivateKey.from_private_bytes(raw[:32])
    signing = Ed25519PrivateKey.from_private_bytes(raw[32:64]) if len(raw) == 64 else None
    if signing is None and slot.signing_sealed:
        signing = Ed25519PrivateKey.from_private_bytes(bytes(
            _open_sealed(casebook_id, slot, exchange, slot.signing_sealed, "signing")))
    if exchange.public_key().public_bytes_raw() != slot.public or (
            signing is not None
            and signing.public_key().public_bytes_raw() != slot.signing_public):
        raise CasebookCorrupt("A key slot has been tampered with; it was refused.")
    return SlotKeys(exchange, signing)


def open_envelope(casebook_id: str, slot: Slot, keys: SlotKeys | X25519PrivateKey) -> bytearray:
    private = keys.exchange if isinstance(keys, SlotKeys) else keys
    return _open_sealed(casebook_id, slot, private, slot.envelope, "envelope")


def _open_sealed(casebook_id: str, slot: Slot, private: X25519PrivateKey, blob: bytes,
                 part: str) -> bytearray:
    eph_public, nonce, sealed = blob[:32], blob[32:32 + _NONCE], blob[32 + _NONCE:]
    try:
        key = _envelope_key(private.exchange(X25519PublicKey.from_public_bytes(eph_public)),
                            eph_public, slot.public)
        return bytearray(AESGCM(key).decrypt(nonce, sealed, slot._aad(casebook_id, part)))
    except (InvalidTag, ValueError):
        raise CasebookCorrupt("A key slot has been tampered with; it was refused.") from None


def unseal(casebook_id: str, slot: Slot, secret: bytes) -> bytearray:
    """The data key held by ``slot`` for the person who knows ``secret``."""
    return open_envelope(casebook_id, slot, open_private(casebook_id, slot, secret))


def rewrap(casebook_id: str, slot: Slot, data_key: bytes | bytearray) -> Slot:
    """The same slot holding a new data key (used when the casebook is re-keyed)."""
    fresh = Slot(slot.slot_id, slot.kind, slot.kdf, slot.salt, slot.public,
                 slot.sealed_private, b"", slot.signing_public, slot.fmt,
                 slot.signing_sealed, slot.sealed_id)
    fresh.envelope = _seal_to(fresh, casebook_id, data_key)
    return fresh


@dataclass
class Header:
    """The key file. ``pending`` holds slots for a new data key while a re-key is under way,
    so a crash between re-keying the database and rewriting this file still opens.
    ``roster`` is the chain of signed roster versions (raw records; ``models.security.roster``
    checks them). Format 1 files have no roster, no id salt and legacy slot ids."""

    casebook_id: str
    slots: list[Slot] = field(default_factory=list)
    pending: list[Slot] = field(default_factory=list)
    fmt: str = FORMAT
    id_salt: bytes = b""
    id_kdf: KdfParams = field(default_factory=KdfParams)
    kdf: KdfParams = field(default_factory=KdfParams)
    founder: bytes = b""
    roster: list[dict] = field(default_factory=list)
    pending_sig: bytes = b""  # the roster signer's signature over the pending slots
    _ids: dict = field(default_factory=dict, repr=False, compare=False)
    upgraded: bool = False  # format 2 made from a format-1 file (see the module docstring)

    @property
    def legacy(self) -> bool:
        return self.fmt == FORMAT_1

    @property
    def key_id(self) -> str:
        """The id every slot sealed in this format is bound to, and the roster names: the
        casebook id, or in an upgraded file the founder's id (which the casebook id is not)."""
        if self.upgraded:
            from models.security.roster import founder_id

            return founder_id(self.founder)
        return self.casebook_id

    def slot_id_for(self, user: str) -> str:
        if self.legacy:
            return legacy_slot_id(self.casebook_id, user)
        name = fold_name(user)
        if name not in self._ids:
            raw = derive(b"waystation slot id\x00" + name.encode("utf-8"), self.id_salt,
                         self.id_kdf)
            self._ids[name] = bytes(raw[:16]).hex()
        if self.upgraded and self.find(self._ids[name]) is None:
            # A member from before the upgrade keeps the slot id format 1 gave them (it is
            # sealed into their slot); the same Argon2 work was spent above either way.
            old = legacy_slot_id(self.casebook_id, user)
            if self.find(old) is not None:
                return old
        return self._ids[name]

    def find(self, slot_id: str, *, pending: bool = False) -> Slot | None:
        for slot in self.pending if pending else self.slots:
            if slot.slot_id == slot_id:
                return slot
        return None

    def replace(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot.slot_id] + [slot]

    def remove(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot_id]

    def copy(self) -> Header:
        return Header(self.casebook_id, list(self.slots), list(self.pending), self.fmt,
                      self.id_salt, self.id_kdf, self.kdf, self.founder, list(self.roster),
                      self.pending_sig, self._ids, self.upgraded)

    def to_bytes(self) -> bytes:
        d: dict = {"format": self.fmt, "casebook": self.casebook_id,
                   "slots": [s.as_dict() for s in self.slots],
                   "pending": [s.as_dict() for s in self.pending]}
        if not self.legacy:
            d.update({"id_salt": _b64(self.id_salt), "id_kdf": self.id_kdf.as_dict(),
                      "kdf": self.kdf.as_dict(), "founder": _b64(self.founder),
                      "roster": self.roster, "pending_sig": _b64(self.pending_sig)})
            if self.upgraded:
                d["upgraded"] = True
        return json.dumps(d, indent=1, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, raw: bytes, path: str = "") -> Header:
        name = Path(path).name
        try:
            if len(raw) > 8 * 1024 * 1024:
                raise _bad("it is far larger than any key file")
            d = json.loads(raw.decode("utf-8"))
            if not isinstance(d, dict):
                raise _bad("it is not a record")
            fmt = d.get("format")
            if fmt not in (FORMAT, FORMAT_1):
                raise _bad("its format is unknown")
            casebook_id = d.get("casebook")
            if not isinstance(casebook_id, str) or not _CASEBOOK_ID.match(casebook_id):
                raise _bad("the casebook id is malformed")
            lists = [d.get("slots"), d.get("pending", [])]
            if not all(isinstance(x, list) and len(x) <= MAX_SLOTS for x in lists):
                raise _bad("the list of slots is malformed")
            slots = [Slot.from_dict(s, fmt) for s in lists[0]]
            pending = [Slot.from_dict(s, fmt) for s in lists[1]]
            for group in (slots, pending):
                ids = [s.slot_id for s in group]
                if len(set(ids)) != len(ids):
                    raise CasebookCorrupt("The key file holds two slots with the same id.")
            header = cls(casebook_id, slots, pending, fmt)
            if fmt == FORMAT:
                header.id_salt = _unb64(d.get("id_salt"), SALT_BYTES, "the id salt")
                header.id_kdf = KdfParams.from_dict(d.get("id_kdf"))
                header.kdf = KdfParams.from_dict(d.get("kdf"))
                header.founder = _unb64(d.get("founder"), 32, "the founder's key")
                roster = d.get("roster")
                if not isinstance(roster, list) or not 1 <= len(roster) <= 100_000:
                    raise _bad("the roster is missing")
                header.roster = roster
                header.pending_sig = _unb64(d.get("pending_sig", ""), (0, 64),
                                            "the re-key signature")
                upgraded = d.get("upgraded", False)
                if not isinstance(upgraded, bool):
                    raise _bad("the upgrade mark is malformed")
                header.upgraded = upgraded
                for s in slots + pending:
                    if s.fmt == FORMAT_1:  # kept from format 1: only in an upgraded file
                        if not upgraded:
                            raise _bad("a slot is of an older format")
                        s.sealed_id = casebook_id
            elif slots:
                header.kdf = slots[0].kdf
            return header
        except CasebookCorrupt as exc:  # say which file holds it
            raise CasebookCorrupt.of("{damage} ({name}); restore the key file from a backup.",
                                     path=path, damage=damage_of(exc), name=name) from None
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError,
                OverflowError, RecursionError):
            raise CasebookCorrupt.of("The casebook's key file is damaged ({name}); restore it "
                                     "from a backup.", path=path, name=name) from None


def header_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def read_header(db_path: Path) -> Header:
    path = header_path(db_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CasebookCorrupt.of("The casebook's key file ({name}) is missing; restore it from "
                                 "a backup.", path=str(path), name=path.name) from None
    return Header.from_bytes(raw, str(path))


def write_header(db_path: Path, header: Header) -> None:
    atomic_write_bytes(header_path(db_path), header.to_bytes())


def new_data_key() -> bytearray:
    return bytearray(secrets.token_bytes(KEY_BYTES))


def new_recovery_key() -> str:
    """A recovery key a person can copy from paper: 32 base32 characters in groups of four."""
    raw = base64.b32encode(secrets.token_bytes(20)).decode("ascii")
    return "-".join(raw[i:i + 4] for i in range(0, 32, 4))


def recovery_secret(recovery_key: str) -> bytes:
    cleaned = "".join(ch for ch in recovery_key.upper() if ch.isalnum())
    if len(cleaned) != 32:
        raise InvalidInput("recovery key", "it should be 32 letters and digits")
    return cleaned.encode("ascii")
