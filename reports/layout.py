"""Page templates, styles and the building blocks every document shares.

One look for everything Waystation prints: a letterhead on the first page, a quiet running
head on later pages, "Page X of Y" in every footer, one accent colour, generous margins. The
aim is a page a legal clinic would take seriously — nothing decorative.

Everything here builds in memory: ``build_pdf`` returns bytes and never touches the disk
(no temporary files; a plaintext PDF on disk is exactly what the casebook is protecting).
"""

from __future__ import annotations

import functools
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as _ReportlabParagraph

from reports import fonts, scripts
from reports.data import Letterhead
from reports.texts import Texts

PAGE_SIZES = {"letter": LETTER, "a4": A4}

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6470")
ACCENT = colors.HexColor("#1d3f6e")
RULE = colors.HexColor("#c5ccd6")
FILL = colors.HexColor("#f2f4f7")
#: Chart colours: the accent first, then calm, distinguishable tones that survive greyscale.
PALETTE = [
    colors.HexColor(c)
    for c in ("#1d3f6e", "#5b8cc0", "#9bb7d4", "#6b7f3a", "#c08a3e", "#8c5a7a", "#7d8691",
              "#b9c2cc")
]

MARGIN_X = 0.9 * inch
MARGIN_TOP = 0.6 * inch
MARGIN_BOTTOM = 0.8 * inch
RUNNING_HEAD = 0.45 * inch  # space taken by the later-page header


# -- styles ------------------------------------------------------------------------------
@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles, built once (a letter has a 50 ms budget)."""
    fonts.register()
    base = ParagraphStyle(
        "body", fontName=fonts.SANS, fontSize=9.8, leading=13.8, textColor=INK, spaceAfter=6
    )
    s = {"body": base}
    s["body_tight"] = ParagraphStyle("body_tight", parent=base, spaceAfter=0)
    s["small"] = ParagraphStyle(
        "small", parent=base, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4
    )
    s["body_right"] = ParagraphStyle("body_right", parent=s["body_tight"], alignment=TA_RIGHT)
    s["small_right"] = ParagraphStyle("small_right", parent=s["small"], alignment=TA_RIGHT)
    s["title"] = ParagraphStyle(
        "title", parent=base, fontName=fonts.SANS_BOLD, fontSize=17, leading=22,
        textColor=ACCENT, spaceAfter=4,
    )
    s["subtitle"] = ParagraphStyle(
        "subtitle", parent=base, fontSize=10, leading=14, textColor=MUTED, spaceAfter=14
    )
    s["h2"] = ParagraphStyle(
        "h2", parent=base, fontName=fonts.SANS_BOLD, fontSize=11.5, leading=15,
        textColor=ACCENT, spaceBefore=10, spaceAfter=4, keepWithNext=True,
    )
    s["h3"] = ParagraphStyle(
        "h3", parent=base, fontName=fonts.SANS_BOLD, fontSize=10, leading=14,
        spaceBefore=8, spaceAfter=3, keepWithNext=True,
    )
    s["subject"] = ParagraphStyle(
        "subject", parent=base, fontName=fonts.SANS_BOLD, fontSize=11, leading=15,
        spaceBefore=4, spaceAfter=9,
    )
    s["label"] = ParagraphStyle(
        "label", parent=base, fontSize=8.8, leading=13, textColor=MUTED, spaceAfter=0
    )
    s["cell"] = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=13, spaceAfter=0)
    s["cell_bold"] = ParagraphStyle("cell_bold", parent=s["cell"], fontName=fonts.SANS_BOLD)
    s["cell_right"] = ParagraphStyle("cell_right", parent=s["cell"], alignment=TA_RIGHT)
    s["cell_head"] = ParagraphStyle(
        "cell_head", parent=s["cell"], fontName=fonts.SANS_BOLD, fontSize=8.5, leading=11.5,
        textColor=MUTED,
    )
    s["cell_head_right"] = ParagraphStyle(
        "cell_head_right", parent=s["cell_head"], alignment=TA_RIGHT
    )
    s["notice"] = ParagraphStyle("notice", parent=base, fontSize=9.5, leading=13.5, spaceAfter=0)
    s["mono_key"] = ParagraphStyle(
        "mono_key", parent=base, fontName=fonts.MONO, fontSize=19, leading=30, textColor=INK,
        spaceAfter=0,
    )
    return s


def table_style(commands: list) -> TableStyle:
    """A table style that starts from our font: reportlab's default for plain-string cells
    is Helvetica, which would be referenced but never embedded."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.SANS, 9.5), *commands])


# -- text helpers ------------------------------------------------------------------------
_BOLD_FONTS = {fonts.SANS_BOLD, fonts.SANS_BOLD_ITALIC}


@functools.cache
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    """The same style with HarfBuzz shaping on (Arabic joining, Ethiopic, marks)."""
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


class Paragraph(_ReportlabParagraph):
    """Every paragraph a document sets: runs of Arabic, Ethiopic or Chinese text get their
    fallback font (``reports.scripts``) and are shaped; Latin-only text is set as before
    (shaping every word would cost time for nothing)."""

    def __init__(self, text: str, style: ParagraphStyle | None = None,
                 *args: Any, **kwargs: Any) -> None:  # Any: passed on to reportlab as given
        if style is not None:
            fonts.ensure(text, style.fontName)
        if style is not None and scripts.needs_fallback(text):
            fonts.register_fallbacks(scripts.fonts_needed(text))
            text = scripts.mark_runs(text, bold=style.fontName in _BOLD_FONTS)
            style = _shaped(style)
        super().__init__(text, style, *args, **kwargs)


def draw_string(canv: Canvas, x: float, y: float, text: str, font: str, size: float,
                *, right: bool = False) -> None:
    """``canvas.drawString`` for letterheads, running heads and footers; text with another
    script is set as a one-line paragraph so it gets its fallback font too."""
    fonts.ensure("", font)
    if not scripts.needs_fallback(text):
        canv.setFont(font, size)
        (canv.drawRightString if right else canv.drawString)(x, y, text)
        return
    style = ParagraphStyle("line", fontName=font, fontSize=size, leading=size * 1.2,
                           # the canvas's current fill colour: reportlab keeps it in a
                           # private attribute that types-reportlab does not declare
                           textColor=canv._fillColorObj)  # type: ignore[attr-defined]
    # The text's width run by run (unshaped widths are close enough to right-align a line).
    width = sum(stringWidth(run, run_font or font, size)
                for run_font, run in scripts.runs(text))
    para_ = Paragraph(esc(text), style)
    para_.wrap(width + size, size * 3)
    # A one-line paragraph's baseline sits one font size below its top.
    para_.drawOn(canv, x - width if right else x, y - size * 1.2 + size)


def esc(text: object) -> str:
    """Escape user data for paragraph markup; user text is never interpreted as markup."""
    return escape(str(text))


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain (unmarked-up) text."""
    return Paragraph(esc(text), styles()[style])


def markup(html: str, style: str = "body") -> Paragraph:
    """A paragraph of already-escaped markup (callers escape every user value)."""
    return Paragraph(html, styles()[style])


def prose(text: str, style: str = "body") -> list[Paragraph]:
    """Free text typed by a caseworker: blank lines separate paragraphs, newlines break lines."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [Paragraph(esc(b).replace("\n", "<br/>"), styles()[style]) for b in blocks if b]


def fmt_markup(texts: Texts, key: str, bold: Iterable[str] = (), **values: object) -> str:
    """Fill a text's placeholders with escaped values; values named in ``bold`` are bold."""
    template = esc(texts.get(key))
    filled = {
        k: (f"<b>{esc(v)}</b>" if k in bold else esc(v)) for k, v in values.items()
    }
    return template.format_map(filled)


# -- building blocks ---------------------------------------------------------------------
def heading(text: str, level: int = 2) -> Paragraph:
    return para(text, "h2" if level == 2 else "h3")


def kv_table(rows: Sequence[tuple[str, str | Flowable]], width: float,
             label_frac: float = 0.3) -> Table:
    """Label/value pairs, labels muted on the left, values wrapping on the right (a value may
    also be a flowable, such as a ``fill_in`` line)."""
    st = styles()
    data = [
        [Paragraph(esc(label), st["label"]),
         value if isinstance(value, Flowable)
         else Paragraph(esc(value).replace("\n", "<br/>"), st["cell"])]
        for label, value in rows
    ]
    table = Table(data, colWidths=[width * label_frac, width * (1 - label_frac)])
    table.setStyle(
        table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (0, -1), 3.6),  # align the smaller labels' baselines
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
        ])
    )
    return table


def data_table(
    header: Sequence[str] | None,
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    *,
    right: Iterable[int] = (),
    total_row: bool = False,
) -> Table:
    """A ruled table with a header row repeated on every page; ``right`` columns align right.

    ``header=None`` gives a headless table (a lone figure under another table)."""
    st = styles()
    right = set(right)

    def cell(value: str | Flowable, col: int, bold: bool = False) -> Flowable:
        if isinstance(value, Flowable):
            return value
        name = "cell_right" if col in right else ("cell_bold" if bold else "cell")
        text = esc(value).replace("\n", "<br/>")
        return Paragraph(f"<b>{text}</b>" if bold else text, st[name])

    head = [
        Paragraph(esc(h), st["cell_head_right" if i in right else "cell_head"])
        for i, h in enumerate(header or ())
    ]
    body = [
        [cell(v, i, bold=total_row and r == len(rows) - 1) for i, v in enumerate(row)]
        for r, row in enumerate(rows)
    ]
    table = Table([head, *body] if header else body, colWidths=list(widths),
                  repeatRows=1 if header else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), FILL),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if total_row and rows:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    table.setStyle(table_style(style))
    return table


def notice(flowables: Sequence[Flowable] | str, width: float) -> Table:
    """A shaded box with an accent bar — for the not-legal-advice line and warnings."""
    content = [para(flowables, "notice")] if isinstance(flowables, str) else list(flowables)
    box = Table([[content]], colWidths=[width])
    box.setStyle(
        table_style([
            ("BACKGROUND", (0, 0), (-1, -1), FILL),
            ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ])
    )
    return box


class CheckBox(Flowable):
    """An empty square to tick by hand (ballot-box glyphs are missing from most fonts)."""

    def __init__(self, size: float = 9) -> None:
        super().__init__()
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.size, self.size + 2

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def checklist(items: Sequence[str], width: float) -> Table:
    st = styles()
    rows = [[CheckBox(), Paragraph(esc(item), st["cell"])] for item in items]
    table = Table(rows, colWidths=[20, width - 20])
    table.setStyle(
        table_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (0, -1), 4.5),
            ("TOPPADDING", (1, 0), (1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ])
    )
    return table


def signature_lines(labels: Sequence[tuple[str, str]], width: float) -> Table:
    """Pairs of (signature label, date label), each under a ruled blank to write on."""
    st = styles()
    gap = 24
    rows: list[list[object]] = []
    for sign, when in labels:
        rows.append(["", "", ""])
        rows.append([Paragraph(esc(sign), st["label"]), "", Paragraph(esc(when), st["label"])])
    table = Table(rows, colWidths=[width * 0.62, gap, width * 0.38 - gap])
    style: list[tuple[object, ...]] = [  # table style commands: their lengths differ
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]
    for r in range(0, len(rows), 2):
        style += [
            ("TOPPADDING", (0, r), (-1, r), 30),
            ("LINEBELOW", (0, r), (0, r), 0.7, INK),
            ("LINEBELOW", (2, r), (2, r), 0.7, INK),
        ]
    table.setStyle(table_style(style))
    return table


def fill_in(caption: str) -> Table:
    """A ruled blank to fill in by hand, with a small caption under it saying so."""
    table = Table([[""], [Paragraph(esc(caption), styles()["small"])]])
    table.setStyle(table_style([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (0, 0), 16),
        ("BOTTOMPADDING", (0, 0), (0, 0), 1),
        ("TOPPADDING", (0, 1), (0, 1), 2),
        ("BOTTOMPADDING", (0, 1), (0, 1), 0),
        ("LINEBELOW", (0, 0), (0, 0), 0.7, INK),
    ]))
    return table


def keep(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))


def spacer(height: float) -> Spacer:
    return Spacer(1, height)


# -- the page templates and the build ----------------------------------------------------
@dataclass(frozen=True, slots=True)
class Page:
    """Geometry of one document, from its paper size and letterhead."""

    width: float
    height: float
    letterhead_height: float

    @property
    def frame_width(self) -> float:
        return self.width - 2 * MARGIN_X


def page_geometry(page_size: str, letterhead: Letterhead | None) -> Page:
    try:
        w, h = PAGE_SIZES[page_size.lower()]
    except KeyError:
        raise ValueError(f"page_size must be one of {sorted(PAGE_SIZES)}") from None
    lh = 0.0
    if letterhead is not None:
        lines = max(len(letterhead.address_lines) + 1, len(letterhead.contact), 2)
        lh = 12 + 11 * lines + 18
    return Page(w, h, lh)


def _draw_letterhead(canv: Canvas, page: Page, lh: Letterhead) -> None:
    top = page.height - MARGIN_TOP
    x = MARGIN_X
    if lh.logo_png:
        try:
            img = ImageReader(io.BytesIO(lh.logo_png))
            iw, ih = img.getSize()
            height = 40.0
            width = min(iw * height / ih, 120.0)
            canv.drawImage(img, x, top - height + 6, width, height, mask="auto",
                           preserveAspectRatio=True, anchor="nw")
            x += width + 12
        except Exception:  # noqa: BLE001 - a broken logo must never stop a letter
            pass
    canv.setFillColor(ACCENT)
    draw_string(canv, x, top - 8, lh.org_name, fonts.SANS_BOLD, 14)
    canv.setFillColor(MUTED)
    y = top - 24
    for line in lh.address_lines:
        draw_string(canv, x, y, line, fonts.SANS, 8.5)
        y -= 11
    y = top - 8
    for line in lh.contact:
        draw_string(canv, page.width - MARGIN_X, y, line, fonts.SANS, 8.5, right=True)
        y -= 11
    rule_y = page.height - MARGIN_TOP - page.letterhead_height + 12
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(1.2)
    canv.line(MARGIN_X, rule_y, page.width - MARGIN_X, rule_y)


def _draw_running_head(canv: Canvas, page: Page, left: str, right: str) -> None:
    y = page.height - MARGIN_TOP + 4
    canv.setFillColor(MUTED)
    draw_string(canv, MARGIN_X, y, left, fonts.SANS, 8)
    draw_string(canv, page.width - MARGIN_X, y, right, fonts.SANS, 8, right=True)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.5)
    canv.line(MARGIN_X, y - 6, page.width - MARGIN_X, y - 6)


class _NumberedCanvas(Canvas):
    """Holds every page until the end so each footer can say "Page X of Y" in one pass.

    Two-pass builds (``multiBuild``) would double the time; the page count is only known
    after layout, so the pages' drawing state is kept and the footers drawn at save time.
    """

    def __init__(self, *args: Any, footer_left: str = "", page_label: str = "",
                 page_width: float = 0.0, **kwargs: Any) -> None:  # Any: as for Paragraph
        super().__init__(*args, **kwargs)
        self._held: list[dict] = []
        self._footer_left = footer_left
        self._page_label = page_label
        self._page_width = page_width

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        # reportlab's own page reset, private and so not in types-reportlab
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        y = MARGIN_BOTTOM - 26
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 12, self._page_width - MARGIN_X, y + 12)
        self.setFont(fonts.SANS, 7.5)
        self.setFillColor(MUTED)
        if self._footer_left:
            draw_string(self, MARGIN_X, y, self._footer_left, fonts.SANS, 7.5)
        # _pageNumber: reportlab's page counter, private and so not in types-reportlab
        label = self._page_label.format(
            page=self._pageNumber, pages=total)  # type: ignore[attr-defined]
        self.drawRightString(self._page_width - MARGIN_X, y, label)


def build_pdf(
    story: list[Flowable],
    *,
    texts: Texts,
    title: str,
    page: Page,
    invariant: bool = False,
    letterhead: Letterhead | None = None,
    running_head: str = "",
    footer_note: str = "",
) -> bytes:
    """Lay out ``story`` on the Waystation templates and return the PDF bytes.

    ``title`` goes into the PDF metadata and must stay neutral ("Referral letter"): viewers
    show it in window titles and recent-file lists, so it never carries a client's name.
    """
    fonts.register()
    frame_h_later = page.height - MARGIN_TOP - RUNNING_HEAD - MARGIN_BOTTOM
    first_top = MARGIN_TOP + (page.letterhead_height if letterhead else 0)
    first = Frame(MARGIN_X, MARGIN_BOTTOM, page.frame_width,
                  page.height - first_top - MARGIN_BOTTOM, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN_X, MARGIN_BOTTOM, page.frame_width, frame_h_later, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    head_right = letterhead.org_name if letterhead else ""

    def on_first(canv: Canvas, _doc: BaseDocTemplate) -> None:
        if letterhead is not None:
            _draw_letterhead(canv, page, letterhead)

    def on_later(canv: Canvas, _doc: BaseDocTemplate) -> None:
        _draw_running_head(canv, page, running_head or title, head_right)

    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=(page.width, page.height),
        leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title, author="Waystation", subject=title, creator="Waystation",
        # keywords: reportlab takes a string or a list; types-reportlab says list only
        keywords="", invariant=1 if invariant else 0, lang=texts.lang,  # type: ignore[arg-type]
        initialFontName=fonts.SANS, displayDocTitle=True,
    )
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=on_first),
        PageTemplate(id="later", frames=[later], onPage=on_later),
    ])
    page_label = texts.get("page.x_of_y")
    doc.build(
        [NextPageTemplate("later"), *story],
        canvasmaker=functools.partial(
            _NumberedCanvas, footer_left=footer_note, page_label=page_label,
            page_width=page.width,
        ),
    )
    return buf.getvalue()
