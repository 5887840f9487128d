"""Key slots: the casebook's data key wrapped once per user, plus a recovery slot.

The header file sits beside the database (``name.wsdb.keys``) and is JSON. It holds no
personal data: slots are named by a salted hash of the user name, so a person who finds the
laptop learns how many accounts there are and nothing else. Each slot is the 32-byte data
key sealed with AES-256-GCM under an Argon2id key derived from the passphrase; the slot's
own description (casebook id, slot id, kind, KDF parameters) is the associated data, so a
swapped, edited or downgraded slot fails authentication instead of opening.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from models.atomic import atomic_write_bytes
from models.errors import CasebookCorrupt, InvalidInput, WrongPassphrase

FORMAT = "waystation-keys/1"
KEY_BYTES = 32
# Floors from security.md (S2); a slot below them is refused rather than trusted.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
# Ceilings too: the parameters are read before the slot is authenticated, so an edited key
# file could otherwise make unlocking allocate terabytes or run for days.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_PARALLELISM = 16
RECOVERY_SLOT = "recovery"


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    parallelism: int = 1

    def as_dict(self) -> dict:
        return {"alg": "argon2id", "m": self.memory_kib, "t": self.iterations,
                "p": self.parallelism}

    @classmethod
    def from_dict(cls, d: dict) -> KdfParams:
        if d.get("alg") != "argon2id":
            raise CasebookCorrupt("The key file names an unknown key derivation.")
        params = cls(int(d["m"]), int(d["t"]), int(d["p"]))
        if params.memory_kib < MIN_MEMORY_KIB or params.iterations < MIN_ITERATIONS:
            raise CasebookCorrupt("A key slot is weaker than Waystation allows; it was refused.")
        if (params.memory_kib > MAX_MEMORY_KIB or params.iterations > MAX_ITERATIONS
                or not 1 <= params.parallelism <= MAX_PARALLELISM):
            raise CasebookCorrupt("A key slot asks for more work than Waystation allows; "
                                  "it was refused.")
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
    return KdfParams(iterations=max(MIN_ITERATIONS, min(ceiling, wanted)))


def normalise(passphrase: str) -> bytes:
    # NFC so that "é" typed as one or two code points opens the same slot on every OS.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


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


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


def slot_id_for(casebook_id: str, user: str) -> str:
    """Stable, non-reversible slot name for a user (case-insensitive, NFC)."""
    name = unicodedata.normalize("NFC", user.strip()).casefold()
    return hashlib.sha256(f"{casebook_id}\x00{name}".encode()).hexdigest()[:32]


@dataclass
class Slot:
    """One account's way in.

    The passphrase (through Argon2id) seals an X25519 private key; the data key is sealed to
    the matching public key. Wrapping the data key to a public key lets a coordinator re-key
    the casebook for everyone else when removing a user, without knowing their passphrases.
    """

    slot_id: str
    kind: str  # "user" or "recovery"
    kdf: KdfParams
    salt: bytes
    public: bytes
    sealed_private: bytes  # nonce (12) + AES-GCM ciphertext of the raw private key
    envelope: bytes  # ephemeral public (32) + nonce (12) + AES-GCM ciphertext of the data key

    def _aad(self, casebook_id: str, part: str) -> bytes:
        return json.dumps([FORMAT, part, casebook_id, self.slot_id, self.kind,
                           self.kdf.as_dict(), _b64(self.salt), _b64(self.public)],
                          sort_keys=True).encode()

    def as_dict(self) -> dict:
        return {"id": self.slot_id, "kind": self.kind, "kdf": self.kdf.as_dict(),
                "salt": _b64(self.salt), "public": _b64(self.public),
                "private": _b64(self.sealed_private), "envelope": _b64(self.envelope)}

    @classmethod
    def from_dict(cls, d: dict) -> Slot:
        return cls(str(d["id"]), str(d["kind"]), KdfParams.from_dict(d["kdf"]),
                   _unb64(d["salt"]), _unb64(d["public"]), _unb64(d["private"]),
                   _unb64(d["envelope"]))


def _envelope_key(shared: bytes, eph_public: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_public + public,
                info=b"waystation data key envelope").derive(shared)


def _seal_to(slot: Slot, casebook_id: str, data_key: bytes | bytearray) -> bytes:
    eph = X25519PrivateKey.generate()
    eph_public = eph.public_key().public_bytes_raw()
    key = _envelope_key(eph.exchange(X25519PublicKey.from_public_bytes(slot.public)),
                        eph_public, slot.public)
    nonce = os.urandom(12)
    return eph_public + nonce + AESGCM(key).encrypt(nonce, bytes(data_key),
                                                    slot._aad(casebook_id, "envelope"))


def new_slot(casebook_id: str, slot_id: str, kind: str, secret: bytes,
             data_key: bytes | bytearray, params: KdfParams) -> Slot:
    private = X25519PrivateKey.generate()
    slot = Slot(slot_id, kind, params, os.urandom(16),
                private.public_key().public_bytes_raw(), b"", b"")
    _seal_private(slot, casebook_id, secret, private)
    slot.envelope = _seal_to(slot, casebook_id, data_key)
    return slot


def _seal_private(slot: Slot, casebook_id: str, secret: bytes,
                  private: X25519PrivateKey) -> None:
    kek = derive(secret, slot.salt, slot.kdf)
    try:
        nonce = os.urandom(12)
        slot.sealed_private = nonce + AESGCM(bytes(kek)).encrypt(
            nonce, private.private_bytes_raw(), slot._aad(casebook_id, "private"))
    finally:
        wipe(kek)


def open_private(casebook_id: str, slot: Slot, secret: bytes) -> X25519PrivateKey:
    """The slot's private key, or WrongPassphrase. Touches no file."""
    kek = derive(secret, slot.salt, slot.kdf)
    try:
        raw = AESGCM(bytes(kek)).decrypt(slot.sealed_private[:12], slot.sealed_private[12:],
                                         slot._aad(casebook_id, "private"))
    except InvalidTag:
        raise WrongPassphrase() from None
    finally:
        wipe(kek)
    return X25519PrivateKey.from_private_bytes(raw)


def open_envelope(casebook_id: str, slot: Slot, private: X25519PrivateKey) -> bytearray:
    eph_public, nonce, sealed = slot.envelope[:32], slot.envelope[32:44], slot.envelope[44:]
    key = _envelope_key(private.exchange(X25519PublicKey.from_public_bytes(eph_public)),
                        eph_public, slot.public)
    try:
        return bytearray(AESGCM(key).decrypt(nonce, sealed, slot._aad(casebook_id, "envelope")))
    except InvalidTag:
        raise CasebookCorrupt("A key slot has been tampered with; it was refused.") from None


def unseal(casebook_id: str, slot: Slot, secret: bytes) -> bytearray:
    """The data key held by ``slot`` for the person who knows ``secret``."""
    return open_envelope(casebook_id, slot, open_private(casebook_id, slot, secret))


def rewrap(casebook_id: str, slot: Slot, data_key: bytes | bytearray) -> Slot:
    """The same slot holding a new data key (used when the casebook is re-keyed)."""
    fresh = Slot(slot.slot_id, slot.kind, slot.kdf, slot.salt, slot.public,
                 slot.sealed_private, b"")
    fresh.envelope = _seal_to(fresh, casebook_id, data_key)
    return fresh


def reseal(casebook_id: str, slot: Slot, private: X25519PrivateKey, new_secret: bytes,
           params: KdfParams, data_key: bytes | bytearray) -> Slot:
    """The same account under a new passphrase (fresh salt, possibly stronger KDF)."""
    fresh = Slot(slot.slot_id, slot.kind, params, os.urandom(16), slot.public, b"", b"")
    _seal_private(fresh, casebook_id, new_secret, private)
    fresh.envelope = _seal_to(fresh, casebook_id, data_key)
    return fresh


@dataclass
class Header:
    """The key file. ``pending`` holds slots for a new data key while a re-key is under way,
    so a crash between re-keying the database and rewriting this file still opens."""

    casebook_id: str
    slots: list[Slot] = field(default_factory=list)
    pending: list[Slot] = field(default_factory=list)

    def find(self, slot_id: str, *, pending: bool = False) -> Slot | None:
        for slot in self.pending if pending else self.slots:
            if slot.slot_id == slot_id:
                return slot
        return None

    def replace(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot.slot_id] + [slot]

    def remove(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.slot_id != slot_id]

    def to_bytes(self) -> bytes:
        return json.dumps({"format": FORMAT, "casebook": self.casebook_id,
                           "slots": [s.as_dict() for s in self.slots],
                           "pending": [s.as_dict() for s in self.pending]},
                          indent=1, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, raw: bytes, path: str = "") -> Header:
        try:
            d = json.loads(raw.decode("utf-8"))
            if d.get("format") != FORMAT:
                raise ValueError("format")
            return cls(str(d["casebook"]), [Slot.from_dict(s) for s in d["slots"]],
                       [Slot.from_dict(s) for s in d.get("pending", [])])
        except CasebookCorrupt as exc:  # a refused slot: say which file holds it
            raise CasebookCorrupt(f"{str(exc).rstrip('.')} ({Path(path).name}); restore the "
                                  "key file from a backup.", path=path) from None
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError,
                OverflowError, RecursionError):
            raise CasebookCorrupt(f"The casebook's key file is damaged ({Path(path).name}); "
                                  "restore it from a backup.", path=path) from None


def header_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def read_header(db_path: Path) -> Header:
    path = header_path(db_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CasebookCorrupt(f"The casebook's key file ({path.name}) is missing; "
                              "restore it from a backup.", path=str(path)) from None
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
