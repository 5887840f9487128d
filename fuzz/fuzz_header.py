"""Fuzz target: key files (models.security.keyslots.Header.from_bytes)."""

import atheris

with atheris.instrument_imports():
    import _common  # noqa: F401

    from models.security import keyslots

TEMPLATE = (b'{"casebook": "c", "format": "waystation-keys/1", "pending": [], "slots": [{"id": '
            b'"s", "kind": "user", "kdf": {"alg": "argon2id", "m": 65536, "t": 3, "p": 1}, '
            b'"salt": "AAAA", "public": "AAAA", "private": "AAAA", "envelope": "AAAA"}]}')


def target(data: bytes) -> None:
    if data[:1] and data[0] & 1:  # splice into a well-formed header half of the time
        cut = data[1] % len(TEMPLATE) if len(data) > 1 else 0
        data = TEMPLATE[:cut] + data[2:] + TEMPLATE[cut + len(data[2:]):]
    header = keyslots.Header.from_bytes(data, "fuzz.wsdb.keys")
    for slot in header.slots + header.pending:
        assert slot.kdf.memory_kib <= keyslots.MAX_MEMORY_KIB
        assert slot.kdf.iterations <= keyslots.MAX_ITERATIONS


if __name__ == "__main__":
    _common.run("header", target)
