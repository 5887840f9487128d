"""Counted words ("1 minute", "5 minutes") through Qt's translation, so that a translator
can give every plural form of a language; English without a translation file gets its
two forms here instead of "1 minutes" or "1 minute(s)".

Pass text already translated with its number, ``counted(n, self.tr("%n minute(s)", "", n))``
(lupdate extracts plural forms only from ``tr`` calls); outside a class,
``QCoreApplication.translate(context, text)`` whose translation may also end words in "(s)",
which is resolved here the same way (French and Spanish add an s too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

CONTEXT = "Waystation"


def counted(n: int, text: str) -> str:
    """``counted(1, "%n minute(s)")`` -> "1 minute"; "%n" is the number, "(s)" the ending
    English adds in the plural (or that a translation replaces)."""
    out = QCoreApplication.translate(CONTEXT, text, None, n)
    locale = QLocale()  # 12,000 in English, 12 000 in French; the C locale groups nothing
    number = f"{n:,}" if locale.language() == QLocale.Language.C else locale.toString(n)
    out = out.replace(str(n), number, 1) if "%n" not in out else out.replace("%n", number)
    return out.replace("(s)", "" if n == 1 else "s")
