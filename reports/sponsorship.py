"""Sponsorship documents: a one-page summary of the undertaking, and the budget sheet.

The requirement comes from IRCC's cost table, which changes; the table's date is printed
next to every requirement so a reader knows which version the numbers are from.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reportlab.platypus import Flowable

from reports import layout
from reports.data import BudgetSheetData, Money, SponsorshipSummaryData
from reports.layout import heading, para, spacer
from reports.texts import Texts, texts_for


def _d(value: Money) -> Decimal:
    return Decimal(str(value))


def _subtitle(t: Texts, group: str, family_label: str | None, when: date | None) -> str:
    parts = [group]
    if family_label:
        parts.append(family_label)
    if when is not None:
        parts.append(t.date(when))
    return " · ".join(parts)


def _required_note(t: Texts, table_date: date, size: int) -> str:
    return t.fmt("sponsorship.required_note", date=t.date(table_date), size=size)


def sponsorship_summary(
    data: SponsorshipSummaryData, *, lang: str = "en", invariant: bool = False,
    page_size: str = "letter",
) -> bytes:
    """A one-page sponsorship summary as PDF bytes ('en', 'fr' or 'es')."""
    t = texts_for(lang)
    page = layout.page_geometry(page_size, data.letterhead)
    width = page.frame_width
    unknown = t.get("sponsorship.not_known")
    facts = [
        (t.get("sponsorship.group"), data.group_name),
        (t.get("sponsorship.sponsor_type"), t.name("sponsor_types", data.sponsor_type)),
    ]
    if data.family_label:
        facts.append((t.get("sponsorship.family"), data.family_label))
    facts += [
        (t.get("sponsorship.family_size"), str(data.family_size)),
        (t.get("sponsorship.status"), t.name("statuses", data.status)),
        (t.get("sponsorship.arrival"), t.date(data.arrival_date) if data.arrival_date
         else unknown),
        (t.get("sponsorship.support_end"), t.date(data.support_end) if data.support_end
         else unknown),
    ]
    required, committed, disbursed = (_d(data.required_amount), _d(data.committed),
                                      _d(data.disbursed))
    money_rows = [
        [t.get("sponsorship.required") + "\n" + _required_note(t, data.cost_table_date,
                                                               data.family_size),
         t.money(required)],
        [t.get("sponsorship.committed"), t.money(committed)],
        [t.get("sponsorship.disbursed"), t.money(disbursed)],
        [t.get("sponsorship.remaining"), t.money(max(committed - disbursed, Decimal(0)))],
    ]
    story: list[Flowable] = [
        para(t.get("sponsorship.title"), "title"),
        para(_subtitle(t, data.group_name, data.family_label, data.date), "subtitle"),
        layout.kv_table(facts, width),
        heading(t.get("sponsorship.money_heading")),
        layout.data_table(["", t.get("sponsorship.amount")], money_rows,
                          [width * 0.7, width * 0.3], right=(1,)),
        spacer(6),
    ]
    if committed < required:
        story.append(layout.notice(
            t.fmt("sponsorship.shortfall_line", amount=t.money(required - committed)), width))
    else:
        story.append(para(t.get("sponsorship.covered"), "small"))
    story.append(heading(t.get("sponsorship.members_heading")))
    if data.members:
        rows = [[m.name, t.name("roles", m.role) if m.role else "", "\n".join(m.duties)]
                for m in data.members]
        story.append(layout.data_table(
            [t.get("sponsorship.member"), t.get("sponsorship.role"),
             t.get("sponsorship.duties")], rows, [width * 0.3, width * 0.25, width * 0.45]))
    else:
        story.append(para(t.get("sponsorship.no_members")))
    story += [spacer(10), para(t.get("sponsorship.joint_note"), "small")]
    title = t.get("sponsorship.title")
    return layout.build_pdf(
        story, texts=t, title=title, page=page, invariant=invariant,
        letterhead=data.letterhead, running_head=title, footer_note=title,
    )


def budget_sheet(
    data: BudgetSheetData, *, lang: str = "en", invariant: bool = False,
    page_size: str = "letter",
) -> bytes:
    """The sponsorship budget (requirement, monthly schedule, disbursements) as PDF bytes."""
    t = texts_for(lang)
    page = layout.page_geometry(page_size, data.letterhead)
    width = page.frame_width
    required, committed = _d(data.required_amount), _d(data.committed)
    cost_rows = []
    if data.income_support is not None:
        cost_rows.append([t.get("sponsorship.income_support"), t.money(data.income_support)])
    if data.start_up is not None:
        cost_rows.append([t.get("sponsorship.start_up"), t.money(data.start_up)])
    cost_rows.append([t.get("sponsorship.total"), t.money(required)])
    story: list[Flowable] = [
        para(t.get("sponsorship.budget_title"), "title"),
        para(_subtitle(t, data.group_name, data.family_label, data.date), "subtitle"),
        heading(t.get("sponsorship.cost_heading")),
        para(_required_note(t, data.cost_table_date, data.family_size), "small"),
        layout.data_table(["", t.get("sponsorship.amount")], cost_rows,
                          [width * 0.7, width * 0.3], right=(1,), total_row=True),
        spacer(6),
        layout.data_table(None, [[t.get("sponsorship.committed"), t.money(committed)]],
                          [width * 0.7, width * 0.3], right=(1,)),
    ]
    if committed < required:
        story += [spacer(6), layout.notice(
            t.fmt("sponsorship.shortfall_line", amount=t.money(required - committed)), width)]

    story.append(heading(t.get("sponsorship.schedule_heading")))
    if data.schedule:
        rows = []
        planned_total = disbursed_total = Decimal(0)
        for m in data.schedule:
            planned, paid = _d(m.planned), _d(m.disbursed)
            planned_total += planned
            disbursed_total += paid
            rows.append([t.month(m.month), t.money(planned), t.money(paid),
                         t.money(paid - planned), m.note or ""])
        rows.append([t.get("sponsorship.total"), t.money(planned_total),
                     t.money(disbursed_total), t.money(disbursed_total - planned_total), ""])
        story.append(layout.data_table(
            [t.get("sponsorship.month"), t.get("sponsorship.planned"),
             t.get("sponsorship.disbursed_col"), t.get("sponsorship.difference"),
             t.get("sponsorship.note")],
            rows, [width * 0.2, width * 0.16, width * 0.16, width * 0.16, width * 0.32],
            right=(1, 2, 3), total_row=True,
        ))
    else:
        story.append(para(t.get("sponsorship.no_schedule")))

    story.append(heading(t.get("sponsorship.disbursements_heading")))
    if data.disbursements:
        total = sum((_d(x.amount) for x in data.disbursements), Decimal(0))
        rows = [[t.date(x.date), x.purpose, x.paid_by or "", t.money(x.amount)]
                for x in data.disbursements]
        rows.append([t.get("sponsorship.total"), "", "", t.money(total)])
        story.append(layout.data_table(
            [t.get("sponsorship.date"), t.get("sponsorship.purpose"),
             t.get("sponsorship.paid_by"), t.get("sponsorship.amount")],
            rows, [width * 0.2, width * 0.4, width * 0.22, width * 0.18], right=(3,),
            total_row=True,
        ))
    else:
        story.append(para(t.get("sponsorship.no_disbursements")))
    title = t.get("sponsorship.budget_title")
    return layout.build_pdf(
        story, texts=t, title=title, page=page, invariant=invariant,
        letterhead=data.letterhead, running_head=f"{title} · {data.group_name}",
        footer_note=title,
    )
