"""The caseload report for a board or funder: aggregates and charts, never a name.

``CaseloadReportData`` holds counts only, so this module cannot leak a person even by
mistake. Every chart is paired with a table of the same numbers: charts for the eye, tables
for the record (and for screen readers and text extraction).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable, Table

from reports import fonts, layout
from reports.data import CaseloadReportData
from reports.layout import esc, heading, markup, para, spacer
from reports.texts import Texts, texts_for


def _drawing(width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    # The renderer's starting font is Helvetica unless the drawing names one; Helvetica
    # would be referenced without being embedded.
    # (types-reportlab does not declare it; the renderer reads it with getattr.)
    d.initialFontName = fonts.SANS  # type: ignore[attr-defined]
    return d


def _bar_chart(pairs: Sequence[tuple[str, int]], width: float) -> Drawing:
    """Horizontal bars labelled with their counts, one per row of the table beside them.

    Each bar's slot is as tall as a table row, so bar and row line up across the page.
    """
    head, row = 21.0, 22.0
    height = head + row * (len(pairs) + 1)
    label_w = min(130.0, width * 0.42)
    d = _drawing(width, height)
    chart = HorizontalBarChart()
    # types-reportlab types a chart's position and size as int; reportlab takes floats.
    chart.x, chart.y = label_w, row  # type: ignore[assignment]
    chart.width, chart.height = width - label_w - 28, row * len(pairs)  # type: ignore[assignment]
    # reportlab draws the first category at the bottom; reverse so the list reads downwards.
    chart.data = [[n for _, n in reversed(pairs)]]
    chart.categoryAxis.categoryNames = [name for name, _ in reversed(pairs)]
    chart.categoryAxis.labels.fontName = fonts.SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = layout.RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visible = False
    chart.valueAxis.labels.fontName = fonts.SANS  # defaults are Helvetica, never embedded
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = layout.ACCENT
    chart.bars.strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 8
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.SANS
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = layout.INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def _pie(values: Sequence[int], size: float) -> Drawing:
    d = _drawing(size, size)
    pie = Pie()
    pie.x = pie.y = 6
    pie.width = pie.height = size - 12  # type: ignore[assignment]  # int in the stubs, as above
    pie.data = list(values)
    pie.labels = None
    pie.slices.fontName = fonts.SANS
    pie.startAngle = 90
    pie.direction = "clockwise"
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i in range(len(values)):
        pie.slices[i].fillColor = layout.PALETTE[i % len(layout.PALETTE)]
    d.add(pie)
    return d


def _swatch(i: int) -> Drawing:
    d = _drawing(9, 9)
    # Colours set after construction: types-reportlab types Rect's **kw as its TypedDict
    # itself (not Unpack[...]), so no keyword passes; reportlab sets them the same way.
    swatch = Rect(0, 0, 9, 9)
    swatch.fillColor = layout.PALETTE[i % len(layout.PALETTE)]
    swatch.strokeColor = None
    d.add(swatch)
    return d


def _share(t: Texts, n: int, total: int) -> str:
    return t.percent(100 * n / total) if total else "—"


def _count_table(t: Texts, head: str, pairs: Sequence[tuple[str, int]], width: float,
                 swatches: bool = False) -> Table:
    total = sum(n for _, n in pairs)
    rows: list[list[str | Flowable]] = []
    for i, (name, n) in enumerate(pairs):
        label: str | Flowable = name
        if swatches:
            label = Table([[_swatch(i), para(name, "cell")]], colWidths=[14, None],
                          style=layout.table_style([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (0, 0), 2.5),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        rows.append([label, t.number(n), _share(t, n, total)])
    rows.append([t.get("caseload.total"), t.number(total), ""])
    return layout.data_table(
        [head, t.get("caseload.count"), t.get("caseload.share")], rows,
        [width * 0.56, width * 0.22, width * 0.22], right=(1, 2), total_row=True,
    )


def _key_figures(data: CaseloadReportData, t: Texts, width: float) -> Table:
    clients = sum(n for _, n in data.clients_by_status)
    referrals = sum(n for _, _, n in data.referrals_by_service_outcome)
    na = t.get("caseload.not_available")
    median = (t.fmt("caseload.days", value=t.number(data.median_days_to_response, 1))
              if data.median_days_to_response is not None else na)
    on_time = (t.percent(data.followups_on_time_pct)
               if data.followups_on_time_pct is not None else na)
    cells = [
        (t.number(clients), t.get("caseload.clients")),
        (t.number(referrals), t.get("caseload.referrals")),
        (median, t.get("caseload.median_days")),
        (on_time, t.get("caseload.on_time")),
    ]
    row = [
        [markup(f'<font size="17" color="#1d3f6e"><b>{esc(v)}</b></font>', "body_tight"),
         spacer(6), para(label, "small")]
        for v, label in cells
    ]
    table = Table([row], colWidths=[width / 4] * 4)
    table.setStyle(layout.table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), layout.FILL),
        ("LINEBEFORE", (1, 0), (-1, -1), 3, colors.white),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def _side_by_side(left: Flowable, right: Flowable, width: float, split: float) -> Table:
    table = Table([[left, right]], colWidths=[width * split, width * (1 - split)])
    table.setStyle(layout.table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 14),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
    ]))
    return table


def caseload_report(
    data: CaseloadReportData, *, lang: str = "en", invariant: bool = False,
    page_size: str = "letter",
) -> bytes:
    """The caseload report as PDF bytes ('en', 'fr' or 'es')."""
    t = texts_for(lang)
    page = layout.page_geometry(page_size, data.letterhead)
    width = page.frame_width
    period = t.fmt("caseload.period", start=t.date(data.period_start),
                   end=t.date(data.period_end))
    story: list[Flowable] = [
        para(t.get("caseload.title"), "title"),
        para(period, "subtitle"),
        _key_figures(data, t, width),
        spacer(6),
        para(t.get("caseload.counts_only"), "small"),
    ]

    def distribution(title_key: str, head_key: str, pairs: Sequence[tuple[str, int]]) -> None:
        story.append(heading(t.get(title_key)))
        if not pairs:
            story.append(para(t.get("caseload.no_data")))
            return
        chart_w = width * 0.5
        story.append(_side_by_side(
            _bar_chart(pairs, chart_w - 14),
            _count_table(t, t.get(head_key), pairs, width * 0.5), width, 0.5,
        ))

    by_status = [(t.name("statuses", s), n) for s, n in data.clients_by_status]
    distribution("caseload.clients_by_status", "caseload.status", by_status)
    distribution("caseload.clients_by_city", "caseload.city", list(data.clients_by_city))

    # Referrals: outcome totals as a pie, then the full service × outcome table.
    outcomes: OrderedDict[str, int] = OrderedDict()
    services: OrderedDict[str, OrderedDict[str, int]] = OrderedDict()
    for service, outcome, n in data.referrals_by_service_outcome:
        outcomes[outcome] = outcomes.get(outcome, 0) + n
        services.setdefault(service, OrderedDict())
        services[service][outcome] = services[service].get(outcome, 0) + n
    story.append(heading(t.get("caseload.referrals_by_outcome")))
    if not outcomes:
        story.append(para(t.get("caseload.no_data")))
    else:
        pairs = [(t.name("statuses", o), n) for o, n in outcomes.items()]
        pie = _pie([n for _, n in pairs], min(150.0, width * 0.3))
        story.append(_side_by_side(pie, _count_table(t, t.get("caseload.outcome"), pairs,
                                                     width * 0.6, swatches=True), width, 0.4))
        story.append(heading(t.get("caseload.referrals_by_service")))
        cols = list(outcomes)
        first = width * 0.28
        rest = (width - first) / (len(cols) + 1)
        rows = [
            [t.name("service_titles", s), *[t.number(by.get(o, 0)) for o in cols],
             t.number(sum(by.values()))]
            for s, by in services.items()
        ]
        rows.append([t.get("caseload.total"), *[t.number(outcomes[o]) for o in cols],
                     t.number(sum(outcomes.values()))])
        story.append(layout.data_table(
            [t.get("caseload.service"), *[t.name("statuses", o) for o in cols],
             t.get("caseload.total")],
            rows, [first] + [rest] * (len(cols) + 1),
            right=range(1, len(cols) + 2), total_row=True,
        ))
    title = t.get("caseload.title")
    return layout.build_pdf(
        story, texts=t, title=title, page=page, invariant=invariant,
        letterhead=data.letterhead, running_head=f"{title} · {period}", footer_note=title,
    )
