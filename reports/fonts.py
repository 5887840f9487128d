"""The bundled type family, registered with reportlab once per process.

Noto Sans (regular, bold, italic, bold italic) covers every Latin script our clients' names
use (é ñ ç ü ğ ş Ł ā …, Vietnamese too) and Cyrillic, and Noto Mono sets the recovery key.
Noto Sans Arabic (Arabic, Persian, Urdu, Pashto), Noto Sans Ethiopic (Tigrinya, Amharic) and a
Simplified Chinese subset of Noto Sans CJK are the fallbacks ``reports.scripts`` picks per run
of text (see resources/fonts/README.md for what each covers). Both ship in
``resources/fonts`` under the SIL Open Font License (``OFL.txt``) so printing never depends on
what fonts a laptop happens to have. reportlab embeds a subset of each TTF in every PDF, so a
partner's computer needs nothing either.
"""

from __future__ import annotations

import threading
from typing import Literal

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from models.resource_files import resource_path
from reports import shaping

# reportlab's (bold, italic) flags, each 0 or 1: every style of a family.
_BOLD_ITALIC: tuple[tuple[Literal[0, 1], Literal[0, 1]], ...] = ((0, 0), (1, 0), (0, 1), (1, 1))

SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
SANS_ITALIC = "NotoSans-Italic"
SANS_BOLD_ITALIC = "NotoSans-BoldItalic"
MONO = "NotoMono"
#: Fallback fonts for scripts Noto Sans lacks (picked per run by reports.scripts).
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
ETHIOPIC = "NotoSansEthiopic"
ETHIOPIC_BOLD = "NotoSansEthiopic-Bold"
CJK = "NotoSansSC"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
}
#: Parsed the first time a paragraph asks for them (``ensure``): no letter sets italics, and
#: only the recovery sheet sets Noto Mono (~25 ms of a new process's first letter, issue 18).
_LATER_FILES = {
    SANS_ITALIC: "NotoSans-Italic.ttf",
    SANS_BOLD_ITALIC: "NotoSans-BoldItalic.ttf",
    MONO: "NotoMono-Regular.ttf",
}
_ITALIC_TAGS = ("<i>", "<i ", "<em>", "<em ")
#: Parsed only when a document first needs them (the CJK subset alone takes ~0.2 s).
_FALLBACK_FILES = {
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    ETHIOPIC_BOLD: "NotoSansEthiopic-Bold.ttf",
    # A subset of Noto Sans CJK SC (the GB 2312 hanzi), converted to TrueType outlines.
    CJK: "NotoSansSC-Regular-Subset.ttf",
}

#: Fallback families: no italics exist for these scripts, and the CJK subset has one weight.
_FALLBACK_FAMILIES = {ARABIC: ARABIC_BOLD, ETHIOPIC: ETHIOPIC_BOLD, CJK: CJK}

_lock = threading.Lock()
_registered = False
_fallbacks_registered: set[str] = set()
_later_registered: set[str] = set()


def register() -> None:
    """Register Noto Sans and Noto Sans Bold and the bold/italic family mapping (the italics
    and Noto Mono are parsed by ``ensure`` when first needed); cheap after the first call.

    Parsing the TTFs costs a few milliseconds each, so it happens once per process, not once
    per document (the letter budget is 50 ms).
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            with resource_path("fonts", filename) as path:  # reportlab wants a file path
                pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> and <i> inside paragraphs resolve through this mapping.
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
        )
        addMapping(MONO, 0, 0, MONO)
        addMapping(MONO, 1, 0, MONO)
        addMapping(MONO, 0, 1, MONO)
        addMapping(MONO, 1, 1, MONO)
        shaping.install()
        _registered = True


def ensure(text: str, font: str) -> None:
    """Register the Noto Sans italics and Noto Mono before a paragraph in ``font`` with markup
    ``text`` (or a string drawn in ``font``) needs them; cheap when it does not."""
    wanted = {font} & _LATER_FILES.keys()
    if "<" in text and any(tag in text.lower() for tag in _ITALIC_TAGS):
        wanted |= {SANS_ITALIC, SANS_BOLD_ITALIC}
    missing = wanted - _later_registered
    if not missing:
        return
    register()
    with _lock:
        for name in missing - _later_registered:
            with resource_path("fonts", _LATER_FILES[name]) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            _later_registered.add(name)


def register_fallbacks(names: set[str]) -> None:
    """Register the fallback families ``names`` (``ARABIC``, ``ETHIOPIC``, ``CJK``) the first
    time a document uses them; Latin-only documents never parse these files."""
    missing = names - _fallbacks_registered
    if not missing:
        return
    register()
    with _lock:
        for regular in missing - _fallbacks_registered:
            bold = _FALLBACK_FAMILIES[regular]
            for name in {regular, bold}:
                with resource_path("fonts", _FALLBACK_FILES[name]) as path:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(
                regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
            if bold != regular:  # a bold run inside <b> or <i> stays that bold font
                for b, i in _BOLD_ITALIC:
                    addMapping(bold, b, i, bold)
            _fallbacks_registered.add(regular)
