"""City resource sheets from the partner directory: who helps with what, where, how to get in.

These are handed to clients and volunteers, so they carry no client information at all.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from reports import layout
from reports.data import ResourceEntry, ResourceSheetData
from reports.layout import esc, markup, para, spacer
from reports.texts import Texts, texts_for


def _filter_label(t: Texts, key: str) -> str:
    for section in ("resource_sheet", "fields"):
        if f"{section}.{key}" in t:
            return t.get(f"{section}.{key}")
    return key


def _entry(e: ResourceEntry, t: Texts, width: float) -> Flowable:
    parts: list[Flowable] = [markup(f"<b>{esc(e.name)}</b>", "h3")]
    if e.services:
        services = " · ".join(t.name("service_titles", s) for s in e.services)
        parts.append(para(services, "small"))
    # Contact details share a row: a sheet people can scan beats one that runs to many pages.
    where = ", ".join(x for x in (e.address, ", ".join(e.cities)) if x)
    contact = " · ".join(x for x in (e.phone, e.email, e.website) if x)
    rows = [
        (t.get("resource_sheet.address"), where),
        (t.get("resource_sheet.contact"), contact),
        (t.get("resource_sheet.languages"), ", ".join(e.languages)),
        (t.get("resource_sheet.hours"), e.hours or ""),
        (t.get("resource_sheet.intake"), e.intake_notes or ""),
    ]
    rows = [(label, value) for label, value in rows if value]
    if rows:
        parts.append(layout.kv_table(rows, width, label_frac=0.24))
    parts.append(spacer(8))
    # An organisation split across pages is easy to miss when the sheet is photocopied.
    return layout.keep(*parts)


def resource_sheet(
    data: ResourceSheetData, *, lang: str = "en", invariant: bool = False,
    page_size: str = "letter",
) -> bytes:
    """A resource sheet as PDF bytes ('en', 'fr' or 'es')."""
    t = texts_for(lang)
    page = layout.page_geometry(page_size, data.letterhead)
    width = page.frame_width
    story: list[Flowable] = [para(data.title, "title")]
    sub = []
    if data.date:
        sub.append(t.fmt("resource_sheet.current_as_of", date=t.date(data.date)))
    sub += [t.fmt("resource_sheet.filter", label=_filter_label(t, k), value=v)
            for k, v in data.filters]
    if sub:
        story.append(para(" · ".join(sub), "subtitle"))
    if data.entries:
        story += [_entry(e, t, width) for e in data.entries]
    else:
        story.append(para(t.get("resource_sheet.empty")))
    title = t.get("resource_sheet.title")
    return layout.build_pdf(
        story, texts=t, title=title, page=page, invariant=invariant,
        letterhead=data.letterhead, running_head=data.title,
        footer_note=t.get("resource_sheet.call_first"),
    )
