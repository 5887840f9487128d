"""Fuzz target: backup files (models.transfer.backup: the reader behind read_info and restore)."""

import atheris

with atheris.instrument_imports():
    import _common  # noqa: F401 - puts the repository on sys.path

    from models.transfer import backup


def target(data: bytes) -> None:
    # Most random inputs fail the magic; give half of them the right start.
    if data[:1] and data[0] & 1:
        data = backup.MAGIC + data[1:]
    backup._unpack(data, "fuzz.wsbak")


if __name__ == "__main__":
    _common.run("backup", target)
