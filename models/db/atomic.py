"""Atomic file writes: a crash leaves either the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    # Windows cannot open a directory for fsync; NTFS journals the rename itself.
    if os.name != "nt":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def sweep_stale_temporaries(path: Path) -> None:
    """Remove temporaries a killed writer left for this file (they hold an older version
    of it, e.g. retired key slots). Only those of processes that are gone."""
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            pid = int(stale.name[len(path.name) + 2:-4])
            if pid == os.getpid():
                continue
            os.kill(pid, 0)
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                stale.unlink()
        except (ValueError, OSError):
            continue


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, fsync, rename.

    The temporary file only ever holds what ``path`` will hold (callers write encrypted or
    non-personal bytes), so nothing new becomes readable if the process dies half-way.
    """
    path = Path(path)
    sweep_stale_temporaries(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
