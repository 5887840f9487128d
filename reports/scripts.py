"""Per-script font fallback and right-to-left word order for printed text.

Noto Sans covers Latin (Vietnamese included), Greek and Cyrillic, but not Arabic-script
(Arabic, Persian, Urdu, Pashto), Ethiopic (Tigrinya, Amharic) or Chinese. Every paragraph
reportlab sets goes through :func:`mark_runs` (``reports.layout.Paragraph`` calls it), which
wraps each run of such characters in ``<font name=...>`` so the run is drawn with a font that
has the glyphs. Joining and contextual forms come from reportlab's HarfBuzz shaping
(``uharfbuzz``), switched on in the paragraph styles.

Word order: our documents are left-to-right (English, French, Spanish), so an Arabic-script
run is an embedded right-to-left run. Shaping orders the letters inside each word; this
module reverses the order of the words inside the run, which is what the Unicode
bidirectional algorithm gives for a right-to-left run inside a left-to-right paragraph (digits
inside the run stay a left-to-right word). Limit: a right-to-left run long enough to wrap over
two lines keeps its words in visual order per run, not per line.
"""

from __future__ import annotations

import re

ARABIC = "NotoSansArabic"
ETHIOPIC = "NotoSansEthiopic"
CJK = "NotoSansSC"

#: (first, last, font) code point ranges that Noto Sans lacks.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0600, 0x06FF, ARABIC),   # Arabic (Persian, Urdu and Pashto letters included)
    (0x0750, 0x077F, ARABIC),   # Arabic Supplement
    (0x08A0, 0x08FF, ARABIC),   # Arabic Extended-A
    (0xFB50, 0xFDFF, ARABIC),   # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF, ARABIC),   # Arabic Presentation Forms-B
    (0x1200, 0x139F, ETHIOPIC),  # Ethiopic + Supplement
    (0x2D80, 0x2DDF, ETHIOPIC),  # Ethiopic Extended
    (0xAB00, 0xAB2F, ETHIOPIC),  # Ethiopic Extended-A
    (0x3000, 0x303F, CJK),      # CJK punctuation
    (0x3400, 0x4DBF, CJK),      # CJK Extension A (glyphs only where the subset has them)
    (0x4E00, 0x9FFF, CJK),      # CJK Unified Ideographs
    (0xFF00, 0xFFEF, CJK),      # full-width forms
)

_RTL_FONTS = {ARABIC}
_TAG = re.compile(r"(<[^>]*>)")


def font_for(char: str) -> str | None:
    """The fallback font a character needs, or None when the document's font has it."""
    cp = ord(char)
    if cp < 0x0600:
        return None
    for first, last, font in _RANGES:
        if first <= cp <= last:
            return font
    return None


def needs_fallback(text: str) -> bool:
    return any(font_for(c) for c in text)


def fonts_needed(text: str) -> set[str]:
    """The fallback fonts (regular weights) ``text`` uses."""
    return {f for f in map(font_for, text) if f}


def runs(text: str) -> list[tuple[str | None, str]]:
    """Split plain text into (font or None, run); spaces between two same-font runs join
    them, so a two-word Arabic name is one run (its word order is then fixed as a whole)."""
    runs: list[tuple[str | None, str]] = []
    for char in text:
        font = font_for(char)
        if font is None and runs and runs[-1][0] is not None and (
                char in " \u200c\u200d"  # spaces, and Persian's zero-width (non-)joiners
                or (runs[-1][0] in _RTL_FONTS and char.isdigit())):
            font = runs[-1][0]  # provisional: may be given back below
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    # Give trailing spaces/digits of a fallback run that no same-font text follows back to
    # the surrounding text, so "(أميرة حداد) 2024" keeps the space and year in Noto Sans.
    fixed: list[tuple[str | None, str]] = []
    for font, run in runs:
        if font is not None:
            core = run.rstrip(" 0123456789")
            # digits in the middle of an Arabic run belong to it; trailing ones do not
            tail = run[len(core):]
            if tail:
                fixed.append((font, core))
                fixed.append((None, tail))
                continue
        fixed.append((font, run))
    merged: list[tuple[str | None, str]] = []
    for font, run in fixed:
        if merged and merged[-1][0] == font:
            merged[-1] = (font, merged[-1][1] + run)
        elif run:
            merged.append((font, run))
    return merged


def _visual(run: str) -> str:
    """A right-to-left run's words in visual (left-to-right) order; letters stay logical
    because HarfBuzz orders them when it shapes each word."""
    return " ".join(reversed(run.split(" ")))


_BOLD = {ARABIC: ARABIC + "-Bold", ETHIOPIC: ETHIOPIC + "-Bold", CJK: CJK}


def mark_runs(markup: str, bold: bool = False) -> str:
    """Wrap every run of characters Noto Sans lacks in a ``<font name=...>`` tag.

    ``markup`` is reportlab paragraph markup whose user values are already escaped, so only
    the text between tags is looked at; entities (``&amp;``) are ASCII and never split.
    Latin-only text is returned unchanged (cheap: one scan). ``bold`` is for styles whose
    own font is bold (titles, headings): their runs get the fallback's bold weight.
    """
    if not needs_fallback(markup):
        return markup
    out: list[str] = []
    for part in _TAG.split(markup):
        if not part or part.startswith("<"):
            out.append(part)
            continue
        for font, run in runs(part):
            if font is None:
                out.append(run)
            else:
                text = _visual(run) if font in _RTL_FONTS else run
                out.append(f'<font name="{_BOLD[font] if bold else font}">{text}</font>')
    return "".join(out)
