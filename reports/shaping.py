"""Shape a word whose parts are in different fonts, one font at a time.

reportlab's HarfBuzz shaping (``shapeFragWord``) shapes a whole word with the font of its
first fragment. A word like ``(أميرة`` — a Noto Sans parenthesis, then Arabic in Noto Sans
Arabic (``reports.scripts`` picks the fonts per run) — would be shaped with Noto Sans and
print as empty boxes. This wraps reportlab's function so each run of same-font fragments in a
word is shaped with its own font and the pieces are joined again. Installed once, from
``reports.fonts.register``; words in a single font go straight to reportlab.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import paragraph as _paragraph

# types-reportlab does not declare shapeFragWord (reportlab >= 4.1 has it, with HarfBuzz).
_original = _paragraph.shapeFragWord  # type: ignore[attr-defined]


def _font_of(frag: Any) -> str | None:
    return None if hasattr(frag, "cbDefn") else frag.fontName


def shape_frag_word(w: list, *args: Any, **kwargs: Any) -> list:
    fonts = {_font_of(f) for f, _ in w[1:]} - {None}
    if len(fonts) <= 1:
        return _original(w, *args, **kwargs)
    groups: list[list] = []
    current_font: str | None = None
    for frag, text in w[1:]:
        font = _font_of(frag)
        if not groups or (font is not None and font != current_font
                          and current_font is not None):
            groups.append([])
        if font is not None:
            current_font = font
        groups[-1].append((frag, text))
    shaped_parts = []
    for group in groups:
        width = sum(stringWidth(text, f.fontName, f.fontSize)
                    for f, text in group if _font_of(f) is not None)
        shaped_parts.append(_original(w.__class__([width, *group]), *args, **kwargs))
    # The result is a shaped word (reportlab tells them apart by class) if any part was shaped.
    cls = next((p.__class__ for p in shaped_parts if p.__class__ is not w.__class__),
               w.__class__)
    return cls([sum(p[0] for p in shaped_parts),
                *(item for p in shaped_parts for item in p[1:])])


def install() -> None:
    """Route reportlab's paragraph shaping through :func:`shape_frag_word` (idempotent)."""
    _paragraph.shapeFragWord = shape_frag_word  # type: ignore[attr-defined]  # as above
