"""Reports: the caseload report (counts only) and resource sheets from the partner directory,
previewed from memory, then printed or saved explicitly."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import documents
from desktop.clientfile.pack_language import interface_lang
from desktop.context import AppContext
from desktop.widgets.rows_model import label
from desktop.widgets.wheel_guard import guard_wheel
from models.changes import Changes
from models.partners import SERVICES

# Each language named in itself (as in the language setting).
LANGS = (("en", "English"), ("fr", "Français"), ("es", "Español"))


def _lang_combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for code, name_shown in LANGS:
        combo.addItem(name_shown, code)
    # Reports start in the interface's language.
    combo.setCurrentIndex(max(0, combo.findData(interface_lang())))
    return combo


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        title = QLabel(self.tr("Reports"))
        title.setProperty("class", "sectionTitle")
        # The computer's date first; the casebook's own today comes from the worker
        # (issue 18) and replaces it in _show_today unless the dates were changed meanwhile.
        today = dt.date.today()

        caseload = QGroupBox(self.tr("Caseload report"))
        intro = QLabel(self.tr("Counts only — clients by status and city, referrals by service "
                               "and outcome, response times, follow-ups on time. No names or "
                               "personal details."))
        intro.setWordWrap(True)
        self.start = QDateEdit(_qdate(today.replace(month=1, day=1)))
        self.start.setAccessibleName(self.tr("Period start"))
        self.start.setCalendarPopup(True)
        self.end = QDateEdit(_qdate(today))
        self.end.setAccessibleName(self.tr("Period end"))
        self.end.setCalendarPopup(True)
        for d in (self.start, self.end):
            d.setDisplayFormat("yyyy-MM-dd")
            d.setMinimumWidth(160)
        self.caseload_lang = _lang_combo(self.tr("Caseload report language"))
        self.caseload_button = QPushButton(self.tr("Preview caseload &report…"))
        self.caseload_button.clicked.connect(self.preview_caseload)
        form = QFormLayout(caseload)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(intro)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow(self.tr("Lan&guage:"), self.caseload_lang)
        form.addRow("", self.caseload_button)

        sheet = QGroupBox(self.tr("Resource sheet"))
        intro2 = QLabel(self.tr("Partner organisations that match, to hand to clients and "
                                "volunteers. Secure referral channels are left out."))
        intro2.setWordWrap(True)
        self.city = QComboBox()
        self.city.setEditable(True)
        self.city.setAccessibleName(self.tr("City"))
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Service"))
        self.service.addItem(self.tr("Any service"), None)
        for s in SERVICES:
            self.service.addItem(label(s), s)
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setAccessibleName(self.tr("Partner language"))
        self.sheet_lang = _lang_combo(self.tr("Resource sheet language"))
        self.sheet_button = QPushButton(self.tr("Preview resource &sheet…"))
        self.sheet_button.clicked.connect(self.preview_resources)
        form2 = QFormLayout(sheet)
        form2.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for combo in (self.city, self.service, self.language, self.sheet_lang):
            combo.setMinimumWidth(260)
        form2.addRow(intro2)
        form2.addRow(self.tr("&City:"), self.city)
        form2.addRow(self.tr("Ser&vice:"), self.service)
        form2.addRow(self.tr("Partner lang&uage:"), self.language)
        form2.addRow(self.tr("Sheet &language:"), self.sheet_lang)
        form2.addRow("", self.sheet_button)

        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(caseload)
        box.addWidget(sheet)
        box.addStretch(1)
        self._shown_period = (self.start.date(), self.end.date())
        self.ctx.run(lambda b: b.store.today(), self._show_today, self)
        self._fill_choices()
        guard_wheel(self)  # the period and choices change only when focused (issue 16)

    def _show_today(self, today: dt.date | None) -> None:
        if today is None or (self.start.date(), self.end.date()) != self._shown_period:
            return  # a period chosen by hand stays
        self.start.setDate(_qdate(today.replace(month=1, day=1)))
        self.end.setDate(_qdate(today))

    def _fill_choices(self) -> None:
        """The partners' cities and languages, read on the worker (issue 18)."""
        self.ctx.run(lambda b: b.partners.search(), self._show_choices, self)

    def _show_choices(self, partners: list | None) -> None:
        partners = partners or []
        for combo, values in ((self.city, {c for p in partners for c in p.cities}),
                              (self.language, {x for p in partners for x in p.languages})):
            current = combo.currentText()
            combo.clear()
            combo.addItem("")
            combo.addItems(sorted(values, key=str.casefold))
            combo.setCurrentText(current)

    def refresh(self, changes: Changes) -> None:
        if changes.touches("partners"):
            self._fill_choices()

    def preview_caseload(self) -> None:
        from reports import caseload_report
        from reports.casebook_data import caseload_data

        start, end = _date(self.start.date()), _date(self.end.date())
        if start > end:
            start, end = end, start
        lang = self.caseload_lang.currentData()
        documents.preview_bytes(
            self, self.ctx,
            lambda b: caseload_report(caseload_data(b, start, end, lang), lang=lang),
            self.tr("Caseload report"), f"caseload-{start}-{end}.pdf")

    def preview_resources(self) -> None:
        from reports import resource_sheet
        from reports.casebook_data import resource_data

        city = self.city.currentText().strip() or None
        service = self.service.currentData()
        language = self.language.currentText().strip() or None
        lang = self.sheet_lang.currentData()
        documents.preview_bytes(
            self, self.ctx,
            lambda b: resource_sheet(resource_data(b, city, service, language, lang),
                                     lang=lang),
            self.tr("Resource sheet"), f"resources{'-' + city if city else ''}.pdf")

    def print_current(self) -> None:
        self.preview_caseload()
