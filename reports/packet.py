"""The referral packet: cover letter, client summary, screening, consent form, checklist.

The packet prints what ``PacketData`` holds and nothing else: the client summary is exactly
``client_fields`` (already limited to what the person agreed to share), and the screening
appears only if the casebook passes one in.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from reports import layout
from reports.data import ConsentRecord, PacketData, ScreeningSummary
from reports.layout import esc, fmt_markup, heading, markup, para, spacer
from reports.letter import letter_story, running_head
from reports.texts import Texts, texts_for


def _summary(data: PacketData, t: Texts, width: float) -> list[Flowable]:
    letter = data.letter
    story: list[Flowable] = [
        para(t.get("packet.summary_heading"), "title"),
        para(t.fmt("packet.summary_intro", name=letter.client.display_name,
                   partner=letter.partner.name), "subtitle"),
    ]
    rows = [(t.name("fields", key), value) for key, value in data.client_fields if value]
    story.append(layout.kv_table(rows, width) if rows else para(t.get("packet.summary_empty")))
    return story


def _screening(s: ScreeningSummary, name: str, t: Texts, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        heading(t.get("packet.screening_heading")),
        para(t.fmt("packet.screening_intro", name=name)),
    ]
    facts = [
        (t.get("packet.pack"), s.pack_id),
        (t.get("packet.pack_version"), s.pack_version),
        (t.get("packet.law_current_to"), t.date(s.law_current_to)),
    ]
    if s.screened_on:
        facts.append((t.get("packet.screened_on"), t.date(s.screened_on)))
    facts.append((t.get("packet.overall"), t.name("summaries", s.summary)))
    story.append(layout.kv_table(facts, width))
    story.append(spacer(10))
    if s.findings:
        rows: list[list[str | Flowable]] = []
        for f in s.findings:
            sev = t.name("severities", f.severity)
            # Bars are what a lawyer must see first; bold them, nothing louder.
            sev_cell = markup(f"<b>{esc(sev)}</b>" if f.severity == "bar" else esc(sev), "cell")
            msg = markup(f'{esc(f.message)}<br/><font size="7.5" color="#5b6470">{esc(f.id)}'
                         "</font>", "cell")
            rows.append([sev_cell, msg, f.citation or ""])
        story.append(layout.data_table(
            [t.get("packet.severity"), t.get("packet.finding"), t.get("packet.citation")],
            rows, [width * 0.17, width * 0.58, width * 0.25],
        ))
    else:
        story.append(para(t.get("packet.no_findings")))
    story.append(spacer(10))
    story.append(layout.notice(t.get("not_legal_advice"), width))
    return story


def _consent(c: ConsentRecord, org: str, t: Texts, width: float) -> list[Flowable]:
    shared = ", ".join(t.name("fields", f) for f in c.fields_shared)
    valid = t.date(c.valid_until) if c.valid_until else t.get("packet.valid_until_closed")
    # Without consent to share the name, the form carries a line for it instead: the person
    # writes it there when they sign, and the casebook never prints it.
    person: str | Flowable = (c.consenting_person if c.consenting_person
                              else layout.fill_in(t.get("packet.fill_in_name")))
    intro = (t.fmt("packet.consent_intro", person=c.consenting_person) if c.consenting_person
             else t.get("packet.consent_intro_unnamed"))
    rows = [
        (t.get("packet.consenting_person"), person),
        (t.get("packet.fields_shared"), shared),
        (t.get("packet.shared_with"), c.partner),
        (t.get("packet.purpose"), c.purpose),
        (t.get("packet.given_how"), c.given_how),
        (t.get("packet.recorded_by"), c.recorded_by),
        (t.get("packet.consent_date"), t.date(c.date)),
        (t.get("packet.valid_until"), valid),
    ]
    return [
        para(t.get("packet.consent_heading"), "title"),
        para(intro, "subtitle"),
        layout.kv_table(rows, width),
        spacer(14),
        markup(fmt_markup(t, "packet.consent_statement", partner=c.partner, org=org)),
        layout.keep(layout.signature_lines(
            [(t.get("packet.signature_person"), t.get("packet.date")),
             (t.get("packet.signature_recorder"), t.get("packet.date"))],
            width,
        )),
    ]


def _checklist(items: tuple[str, ...], t: Texts, width: float) -> list[Flowable]:
    story: list[Flowable] = [spacer(10), heading(t.get("packet.checklist_heading"))]
    if not items:
        story.append(para(t.get("packet.checklist_empty")))
        return story
    story.append(para(t.get("packet.checklist_intro")))
    story.append(layout.checklist(items, width))
    return story


def referral_packet(
    data: PacketData, *, invariant: bool = False, page_size: str = "letter"
) -> bytes:
    """The referral packet as PDF bytes, in ``data.letter.lang`` ('en', 'fr' or 'es')."""
    letter = data.letter
    t = texts_for(letter.lang)
    page = layout.page_geometry(page_size, letter.letterhead)
    width = page.frame_width
    story = letter_story(letter, t, width)
    story += [PageBreak(), *_summary(data, t, width)]
    if data.screening is not None:
        story += _screening(data.screening, letter.client.display_name, t, width)
    story += [PageBreak(), *_consent(data.consent, letter.letterhead.org_name, t, width)]
    story += _checklist(data.documents_to_bring, t, width)
    title = t.get("packet.title")
    return layout.build_pdf(
        story, texts=t, title=title, page=page, invariant=invariant,
        letterhead=letter.letterhead, running_head=running_head(letter, title),
        footer_note=t.get("letter.confidential"),
    )
