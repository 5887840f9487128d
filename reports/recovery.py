"""The recovery-key sheet: printed once, when a casebook or its recovery key is created."""

from __future__ import annotations

import re

from reportlab.platypus import Flowable, ListFlowable, ListItem

from reports import fonts, layout
from reports.data import RecoverySheetData
from reports.layout import esc, markup, para, spacer
from reports.texts import texts_for

GROUPS_PER_LINE = 6


def key_groups(key: str) -> list[str]:
    """The key's groups as generated (split on spaces or hyphens), else every 4 characters.

    Short groups are how people copy a long key by hand without losing their place.
    """
    key = key.strip()
    parts = [p for p in re.split(r"[\s\-]+", key) if p]
    if len(parts) > 1:
        return parts
    return [key[i:i + 4] for i in range(0, len(key), 4)]


def recovery_sheet(
    data: RecoverySheetData, *, lang: str = "en", invariant: bool = False,
    page_size: str = "letter",
) -> bytes:
    """The recovery-key sheet as PDF bytes ('en', 'fr' or 'es').

    The key appears only in the returned bytes; nothing is written, cached or logged.
    """
    t = texts_for(lang)
    page = layout.page_geometry(page_size, None)
    width = page.frame_width
    groups = key_groups(data.recovery_key)
    lines = [
        "  ".join(esc(g) for g in groups[i:i + GROUPS_PER_LINE])
        for i in range(0, len(groups), GROUPS_PER_LINE)
    ]
    key_box = layout.notice(
        [para(t.get("recovery.key_label"), "label"), spacer(4),
         markup("<br/>".join(lines), "mono_key")],
        width,
    )
    rules = ListFlowable(
        # types-reportlab leaves ListItem out of what ListFlowable takes; reportlab takes it.
        [ListItem(para(r), leftIndent=16, value=i + 1)  # type: ignore[misc]
         for i, r in enumerate(t.list("recovery.rules"))],
        bulletType="1", bulletFontName=fonts.SANS_BOLD, bulletFontSize=9.8,
        bulletColor=layout.ACCENT, leftIndent=16,
    )
    story: list[Flowable] = [
        para(t.get("recovery.heading"), "title"),
        para(t.get("recovery.intro"), "subtitle"),
        layout.kv_table([
            (t.get("recovery.casebook"), data.casebook_name),
            (t.get("recovery.created"), t.date(data.created)),
        ], width, label_frac=0.25),
        spacer(16),
        key_box,
        spacer(18),
        rules,
        spacer(8),
        layout.signature_lines(
            [(t.get("recovery.kept_where"), t.get("recovery.kept_by"))], width
        ),
    ]
    title = t.get("recovery.title")
    return layout.build_pdf(
        story, texts=t, title=title, page=page, invariant=invariant, footer_note=title,
    )
