"""Screenings: the saved screenings of this client, their findings, a new screening, and a
comparison of an older screening with what the current rules say about the same answers.

Findings are shown in the interface's language (French in French, English in English and
Spanish: the rule packs carry those two). A screening keeps the language it was saved in —
its stored findings, and its letters and packets, stay in that language; when the shown
language differs and the rules are still the version it ran under, the same answers are
evaluated again in the shown language (the same findings, read in other words). An older
version's findings are shown as saved, with a line saying in which language."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.clientfile.findings_view import FindingsView, said
from desktop.clientfile.pack_language import (
    date_words,
    finding_message,
    pack_text,
    screening_lang,
)
from desktop.clientfile.questionnaire import QuestionnaireDialog
from desktop.clientfile.tab import ClientTab
from desktop.widgets.rows_model import RowsModel, table_view, when
from models.permissions import Action, why_not
from models.screening.saved import Comparison, SavedScreening

if TYPE_CHECKING:  # types only: the tab is handed the open casebook
    from models.casebook import Casebook


class ScreeningsTab(ClientTab):
    title = QT_TRANSLATE_NOOP("clientfile.tabs", "&Screenings")
    entities = ("screenings",)

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        self.packs: dict[str, Any] = {}
        self.shown_results: dict[int, Any] = {}  # screening id -> findings in the shown language
        names = file.owner_names
        self.model = RowsModel([(self.tr("Date"), lambda s: when(s.created_at, seconds=True)),
                                (self.tr("Rules"), lambda s: f"{self.pack_title(s.pack_id)} "
                                                             f"({s.pack_version})"),
                                (self.tr("Result"),
                                 lambda s: said("summary_short", s.summary, screening_lang())),
                                (self.tr("By"), lambda s: names.get(s.user_id, ""))], self)
        self.table = table_view(self.model, self.tr("Saved screenings"), self)
        self.table.setObjectName("screeningTable")
        # Date, rules, result and author all on screen in the list's half of the tab.
        for col, width in ((0, 130), (1, 100), (2, 70)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_selected())
        self.findings = FindingsView()
        self.findings.refer_why_not = why_not(ctx.role, Action.REFER)
        self.findings.refer_requested.connect(self.refer)
        self.findings.show_message(self.tr("No screening yet. Run one with New screening; it "
                                           "opens prefilled from the profile, relatives and "
                                           "documents."))
        self.new_button = self.button(self.tr("&New screening…"), self.new_screening,
                                      "newScreening", Action.SCREEN)
        self.compare_button = self.button(self.tr("&Compare with current rules"), self.compare,
                                          "compareScreening")
        self.compare_button.setToolTip(self.tr("Run the same answers through the current "
                                               "version of the rules; the saved screening does "
                                               "not change."))
        self.compare_note = QLabel()
        self.compare_note.setObjectName("compareNote")
        self.compare_note.setWordWrap(True)
        self.compare_note.hide()

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        lv.addLayout(buttons)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.compare_note)
        rv.addWidget(self.findings, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        split.setSizes([420, 640])
        box = QVBoxLayout(self)
        box.addWidget(split)
        self.compare_button.setEnabled(False)

    def load(self, book: Casebook) -> Any:
        saved = book.screenings.for_client(self.client_id)
        packs = {s.pack_id: book.screenings.current_pack(s.pack_id) for s in saved}
        return saved, packs, self._in_shown_language(book, saved, packs, screening_lang())

    @staticmethod
    def _in_shown_language(book: Casebook, saved: list[SavedScreening], packs: dict[str, Any],
                           lang: str) -> dict[int, Any]:
        """The findings of each screening saved in another language than ``lang``, in
        ``lang``: its answers evaluated again by the version it ran under (the current one
        only — older versions are not kept). Used only when the result is the same findings
        as saved; anything else keeps the saved words."""
        out = {}
        for s in saved:
            pack = packs.get(s.pack_id)
            if s.lang == lang or pack is None or pack.version != s.pack_version:
                continue
            try:
                result = book.screenings.evaluate(s.pack_id, s.answers, lang)
            except Exception:  # noqa: BLE001 - the saved words are shown instead
                continue
            if (result.summary == s.summary
                    and [f.id for f in result.findings] == [f["id"] for f in s.findings]):
                out[s.id] = result
        return out

    def show_data(self, data: Any) -> None:
        saved, self.packs, self.shown_results = data
        self.model.set_rows(saved)
        if saved:
            self.table.selectRow(0)
        self.show_selected()

    def selected(self) -> SavedScreening | None:
        return self.current(self.table)

    def pack_title(self, pack_id: str) -> str:
        """The rules in words ("Can a refugee claim be made in Canada?"), not the pack id."""
        pack = self.packs.get(pack_id)
        return (pack_text(pack.title(screening_lang()), screening_lang()) if pack is not None
                else pack_id)

    def show_selected(self) -> None:
        s = self.selected()
        self.compare_note.hide()
        self.compare_button.setEnabled(s is not None)
        if s is None:
            return
        lang = screening_lang()
        again = self.shown_results.get(s.id)
        heading = self.tr("Saved {date} under “{rules}”, version {version} (law current to "
                          "{law}).").format(date=when(s.created_at),
                                            rules=self.pack_title(s.pack_id),
                                            version=s.pack_version,
                                            law=date_words(s.law_date, lang))
        if again is not None or s.lang == lang:
            findings = list(again.findings) if again is not None else s.findings
            shown_in = lang
        else:  # an older version in another language: its saved words, said to be so
            findings, shown_in = s.findings, s.lang
            heading += " " + self.tr("Shown in {language}, the language it was saved in.") \
                .format(language=self._language_name(s.lang))
        if s.lang != lang:
            heading += " " + self.tr("Its letters and packets are printed in {language}.") \
                .format(language=self._language_name(s.lang))
        self.findings.show_result(s.summary, findings, self.packs.get(s.pack_id), shown_in,
                                  heading=heading, answers=s.answers)

    def _language_name(self, code: str) -> str:
        return {"en": self.tr("English"), "fr": self.tr("French")}.get(code, code)

    def new_screening(self) -> None:
        saved_id = QuestionnaireDialog.ask(self, self.ctx, self.client_id)
        if saved_id is not None:
            self.ctx.status_message.emit(self.tr("Screening saved."))

    def compare(self) -> None:
        s = self.selected()
        if s is None:
            return
        self.ctx.run(lambda b: b.screenings.compare(s.id), self._compared, self)

    def _compared(self, c: Comparison) -> None:
        """What changed under the current rules, in words: each finding added or removed
        with its severity and message (the saved screening itself does not change)."""
        now = c.now
        # The comparison's findings are in the saved screening's language (the models
        # evaluate the saved answers in it); their severities follow that language too.
        lang = c.saved.lang
        pack = self.packs.get(c.saved.pack_id)
        if not c.changed and c.same_version:
            text = self.tr("The current rules are the version this screening ran under.")
        elif not c.changed:
            text = self.tr("Under the current rules (version {version}) the findings are the "
                           "same.").format(version=now.pack_version)
        else:
            if now.summary != c.saved.summary:
                result = self.tr("{result} (was {before})").format(
                    result=said("summary_short", now.summary, lang),
                    before=said("summary_short", c.saved.summary, lang))
            else:
                result = said("summary_short", now.summary, lang)
            lines = [html.escape(self.tr("Under the current rules (version {version}, instead "
                                         "of {before}) — result: {result}.").format(
                version=now.pack_version, before=c.saved.pack_version, result=result))]
            if c.added:
                lines.append("<b>" + html.escape(self.tr("Now also:"))
                             + "</b><ul style='margin: 0'>" + "".join(
                    f"<li>{html.escape(said('severity', f.severity, lang))} — "
                    f"{html.escape(finding_message(f.message, f.id, pack, lang))}</li>"
                    for f in c.added) + "</ul>")
            if c.removed:
                lines.append("<b>" + html.escape(self.tr("No longer:"))
                             + "</b><ul style='margin: 0'>" + "".join(
                    f"<li>{html.escape(said('severity', f['severity'], lang))} — "
                    f"{html.escape(finding_message(f['message'], f['id'], pack, lang))}</li>"
                    for f in c.removed) + "</ul>")
            lines.append(html.escape(self.tr("Consider running a new screening.")))
            text = "<br>".join(lines)
        self.compare_note.setText(text)
        self.compare_note.show()

    def refer(self, category: str, message: str) -> None:
        s = self.selected()
        self.file.show_tab(self.file.referrals)
        self.file.referrals.new_referral(category=category,
                                         screening_id=s.id if s else None, reason=message)
