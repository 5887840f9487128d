"""Process hygiene (S12): no core dump may carry an open casebook's key or text to disk.

``disable_core_dumps()`` runs at the end of every successful ``Casebook.create`` and
``Casebook.open``. It is idempotent and cheap, and it stays in force until the process
exits: turning dumps back on after a lock would be unsafe, because Python cannot promise that
every copy of a key or of casebook text has left freed memory (``keyslots.wipe`` overwrites
the key buffers we own; immutable copies such as the hex string handed to SQLCipher are
beyond reach).

- Linux: ``prctl(PR_SET_DUMPABLE, 0)`` — no core file, and as a side effect other non-root
  processes of the same user can no longer ptrace this one or read its ``/proc/PID/mem``;
  both are wanted. The soft ``RLIMIT_CORE`` is also set to 0, for children and for kernels
  where a core pipe ignores the dumpable flag.
- macOS and the BSDs: the soft ``RLIMIT_CORE`` is set to 0.
- Windows: a no-op. Crash dumps there are written by Windows Error Reporting under a
  machine-wide policy (``LocalDumps``) that a process cannot opt out of for itself without
  changing that setting for every program; BitLocker protects what it might write.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys

# POSIX only; tested with sys.platform (not a None stand-in) so mypy checks both platforms.
if sys.platform != "win32":
    import resource

PR_GET_DUMPABLE = 3
PR_SET_DUMPABLE = 4

_saved_core_limit: tuple[int, int] | None = None


@functools.cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def _prctl(option: int, arg: int = 0) -> int:
    result = _libc().prctl(option, ctypes.c_ulong(arg), ctypes.c_ulong(0), ctypes.c_ulong(0),
                        ctypes.c_ulong(0))
    if result < 0:
        raise OSError(ctypes.get_errno(), "prctl failed")
    return result


def disable_core_dumps() -> None:
    """Make sure a crash from now on writes no core file. Never raises: a casebook must still
    open on a system that refuses (the refusal is visible through ``is_dumpable``)."""
    global _saved_core_limit
    if sys.platform != "win32":
        try:
            soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
            if _saved_core_limit is None:
                _saved_core_limit = (soft, hard)
            if soft != 0:
                resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
        except (OSError, ValueError):
            pass
    if sys.platform.startswith("linux"):
        try:
            _prctl(PR_SET_DUMPABLE, 0)
        except OSError:
            pass


def restore_core_dumps() -> None:
    """Undo ``disable_core_dumps``. The app never calls this (see the module docstring); it is
    for a process that has never held a key, such as a test or a diagnostic tool."""
    global _saved_core_limit
    if sys.platform != "win32" and _saved_core_limit is not None:
        try:
            resource.setrlimit(resource.RLIMIT_CORE, _saved_core_limit)
        except (OSError, ValueError):
            pass
        _saved_core_limit = None
    if sys.platform.startswith("linux"):
        try:
            _prctl(PR_SET_DUMPABLE, 1)
        except OSError:
            pass


def is_dumpable() -> bool | None:
    """Whether this process may dump core (Linux's dumpable flag); None where there is no
    such flag (macOS, BSD, Windows) or it cannot be read."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return _prctl(PR_GET_DUMPABLE) != 0
    except OSError:
        return None
