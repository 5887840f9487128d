"""Fuzz target: client CSV import (models.transfer.spreadsheets.parse_clients, the reader behind
import)."""

import atheris

with atheris.instrument_imports():
    import _common  # noqa: F401

    from models.transfer import spreadsheets

HEADER = b"display_name,aliases,birth_year,citizenships,flags,email,status,city\n"


def target(data: bytes) -> None:
    if data[:1] and data[0] & 1:
        data = HEADER + data[1:]
    clients = spreadsheets.parse_clients(data)
    assert clients and all(c.display_name for c in clients)


if __name__ == "__main__":
    _common.run("csv", target)
