"""The files that make up a casebook beside its database (``NAME.wsdb``).

Creating, erasing, restoring and backing up all need the same list, so it lives below them.
"""

from __future__ import annotations

from pathlib import Path

from models.security import keyslots
from models.security.attempts import Attempts

SUFFIX = ".wsdb"


def casebook_files(path: Path) -> list[Path]:
    """Every file that belongs to a casebook, existing or not."""
    path = Path(path)
    return [path, keyslots.header_path(path), path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"), path.with_name(path.name + ".lock"),
            Attempts.path_for(path)]
