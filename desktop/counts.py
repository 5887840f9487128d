"""Counted words ("1 minute", "5 minutes") through Qt's translation, so that a translator
can give every plural form of a language; English without a translation file gets its
two forms here instead of "1 minutes" or "1 minute(s)"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Waystation"


def counted(n: int, text: str) -> str:
    """``counted(1, "%n minute(s)")`` -> "1 minute"; "%n" is the number, "(s)" the ending
    English adds in the plural (or that a translation replaces)."""
    out = QCoreApplication.translate(CONTEXT, text, None, n)
    out = out.replace(str(n), f"{n:,}", 1) if "%n" not in out else out.replace("%n", f"{n:,}")
    return out.replace("(s)", "" if n == 1 else "s")
