"""The referral letter: one or two pages a person can carry to a partner organisation.

It prints exactly the consented fields handed in ``LetterClient`` — the casebook filters
upstream, and this module adds nothing of its own about the person.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table

from reports import layout
from reports.data import ReferralLetterData
from reports.layout import esc, fmt_markup, heading, markup, para, prose, spacer
from reports.texts import Texts, texts_for


def _client_rows(data: ReferralLetterData, t: Texts) -> list[tuple[str, str]]:
    # The name is already in the subject line and the first sentence; safe-contact
    # instructions get their own box so nobody misses them.
    c = data.client
    values: list[tuple[str, str | None]] = [
        ("pronouns", c.pronouns),
        ("languages", ", ".join(t.language(v) for v in c.languages) if c.languages else None),
        ("city", c.city),
        ("phone", c.phone),
        ("email", c.email),
        ("immigration_situation", c.immigration_situation),
        ("household", c.household),
        ("interpreter", c.interpreter),
        ("accessibility", c.accessibility),
    ]
    return [(t.name("fields", key), value) for key, value in values if value]


def _signatory(data: ReferralLetterData) -> str:
    lh = data.letterhead
    if lh.signatory_name:
        return f"{lh.signatory_name}, {lh.signatory_title}" if lh.signatory_title \
            else lh.signatory_name
    return lh.org_name


def running_head(data: ReferralLetterData, title: str) -> str:
    return f"{title} · {data.reference}" if data.reference else title


def letter_story(data: ReferralLetterData, t: Texts, width: float) -> list[Flowable]:
    """The letter's flowables, shared with the packet (whose first part is this letter)."""
    p, c = data.partner, data.client
    # Recipient on the left, date and reference on the right: the usual business-letter
    # layout, and it keeps an ordinary referral on one page.
    address = [markup(f"<b>{esc(p.name)}</b>", "body_tight")]
    if p.contact_person:
        address.append(para(t.fmt("letter.attention", contact=p.contact_person), "body_tight"))
    address += [para(line, "body_tight") for line in p.address_lines]
    if p.city and not any(p.city in line for line in p.address_lines):
        address.append(para(p.city, "body_tight"))
    dated = [para(t.date(data.date), "body_right")]
    if data.reference:
        dated.append(para(t.fmt("letter.reference", reference=data.reference), "small_right"))
    top = Table([[address, dated]], colWidths=[width * 0.6, width * 0.4])
    top.setStyle(layout.table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
    ]))
    story: list[Flowable] = [top, spacer(12)]

    subject = esc(t.fmt("letter.subject", service=t.name("service_titles", data.service),
                        name=c.display_name))
    if data.urgent:
        subject = (f'<font color="#9b2c2c">{esc(t.get("letter.urgent").upper())}</font>'
                   f" · {subject}")
    story.append(markup(subject, "subject"))

    story.append(para(t.fmt("letter.salutation_named", contact=p.contact_person)
                      if p.contact_person else t.get("letter.salutation")))
    story.append(markup(fmt_markup(t, "letter.intro", name=c.display_name, partner=p.name,
                                   service=t.name("services", data.service))))

    story.append(heading(t.get("letter.about_heading")))
    rows = _client_rows(data, t)
    if rows:
        story.append(layout.kv_table(rows, width))
    if c.safe_contact:
        story.append(spacer(8))
        story.append(layout.notice(
            [markup(fmt_markup(t, "letter.contact_safely", bold=("instructions",),
                               name=c.display_name, instructions=c.safe_contact), "notice")],
            width,
        ))

    story.append(heading(t.get("letter.reason_heading")))
    story += prose(data.reason)
    story.append(heading(t.get("letter.request_heading")))
    story += prose(data.request)

    story.append(spacer(4))
    story.append(para(t.fmt("letter.questions", signatory=_signatory(data),
                            name=c.display_name) + " " + t.get("letter.thanks")))

    lh = data.letterhead
    sign = [para(t.get("letter.closing"), "body_tight"), spacer(22)]
    if lh.signatory_name:
        sign.append(markup(f"<b>{esc(lh.signatory_name)}</b>", "body_tight"))
    if lh.signatory_title:
        sign.append(para(lh.signatory_title, "body_tight"))
    sign.append(para(lh.org_name, "body_tight"))
    story.append(layout.keep(*sign))
    return story


def referral_letter(
    data: ReferralLetterData, *, invariant: bool = False, page_size: str = "letter"
) -> bytes:
    """The referral letter as PDF bytes, in ``data.lang`` ('en', 'fr' or 'es').

    ``invariant=True`` gives byte-identical output for identical input (fixed dates and
    document id), for tests and reproducible previews.
    """
    t = texts_for(data.lang)
    page = layout.page_geometry(page_size, data.letterhead)
    title = t.get("letter.title")
    return layout.build_pdf(
        letter_story(data, t, page.frame_width),
        texts=t, title=title, page=page, invariant=invariant, letterhead=data.letterhead,
        running_head=running_head(data, title), footer_note=t.get("letter.confidential"),
    )
