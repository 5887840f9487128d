"""Why the casebook locked, in the words the unlock screen shows (S5).

A person who comes back to a locked casebook should know whether they were idle, locked it
themselves, or whether the computer's screen lock or sleep did it (and so that the session
watching works on this computer).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication


class LockReason(StrEnum):
    IDLE = "idle"
    SHORTCUT = "shortcut"  # Ctrl+L or the Lock button: the same action
    SCREEN = "screen"  # the operating system's screen lock or a switch of user
    SLEEP = "sleep"  # the computer is about to suspend


def lock_message(reason: LockReason | str | None, idle_minutes: int | float | None = None) -> str:
    """The sentence the unlock screen shows after a lock; empty before the first unlock."""
    if reason is None or reason == "":
        return ""
    reason = LockReason(reason)
    if reason is LockReason.IDLE:
        if idle_minutes:
            from desktop.counts import counted

            n = int(idle_minutes)
            return counted(n, QCoreApplication.translate(
                "lock_reason", "Locked after %n minute(s) without use.", None, n))
        return QCoreApplication.translate("lock_reason", "Locked after a time without use.")
    if reason is LockReason.SHORTCUT:
        return QCoreApplication.translate("lock_reason",
                                          "Locked with the Lock button (Ctrl+L).")
    if reason is LockReason.SCREEN:
        return QCoreApplication.translate("lock_reason",
                                          "Locked because the computer's screen locked.")
    return QCoreApplication.translate("lock_reason",
                                      "Locked because the computer was going to sleep.")
