"""Readiness: the ``ca-private-sponsorship`` rule pack run from the sponsorship, prefilled
from the record (sponsor type, application date, eligible members, family size, funds), with
the findings shown as in a client's screenings and the reminder that this is not legal
advice."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.clientfile.findings_view import FindingsView
from desktop.clientfile.pack_language import interface_lang, screening_lang
from desktop.clientfile.questionnaire import QuestionnaireDialog
from desktop.context import AppContext
from desktop.counts import counted
from desktop.model_labels import model_words
from desktop.sponsorships.detail import Detail, DetailPart
from desktop.sponsorships.fields import day_text
from desktop.widgets.rows_model import when
from models.permissions import Action
from models.screening import not_legal_advice
from models.screening.words import answer_words
from models.sponsorship.records import READINESS_PACK


def _pack_text(pack: Any, english: Callable[[str], str]) -> str:
    """A rule pack's text in the interface language when the packs have it, else its English
    text translated like any label from models/ (Spanish: the packs are English and French)."""
    lang = screening_lang()
    return english(lang) if lang == interface_lang() else model_words(english("en"))


class ReadinessDialog(QuestionnaireDialog):
    """The screening questionnaire, fixed to the readiness pack, prefilled from the
    sponsorship, and saved as the sponsorship's readiness screening."""

    def __init__(self, ctx: AppContext, sponsorship_id: int,
                 parent: QWidget | None = None, lang: str | None = None) -> None:
        self.sponsorship_id = sponsorship_id  # before the base, whose __init__ calls load()
        super().__init__(ctx, None, parent, READINESS_PACK, lang)
        self.setObjectName("readinessDialog")
        self.setWindowTitle(self.tr("Sponsorship readiness"))
        self.pack_choice.setEnabled(False)
        # Only the readiness rules are offered (the choice shows their title, not ids).
        self.pack_choice.blockSignals(True)
        for i in reversed(range(self.pack_choice.count())):
            if self.pack_choice.itemData(i) != READINESS_PACK:
                self.pack_choice.removeItem(i)
        self.pack_choice.blockSignals(False)
        self.pack_choice.setToolTip(self.tr("Readiness always uses the private sponsorship "
                                            "rules"))
        self.save_button.setText(self.tr("&Save readiness check"))
        # Fewer questions than a claim screening: give the findings the room.
        split = self.findChild(QSplitter)
        if split is not None:
            split.setSizes([500, 620])

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext,  # type: ignore[override]
            sponsorship_id: int) -> int | None:
        """The id of the saved screening, or None if cancelled."""
        dialog = cls(ctx, sponsorship_id, parent)
        dialog.exec()
        return dialog.saved_id

    def load(self, pack_id: str, keep: dict[str, Any] | None = None) -> None:
        self.ready = False
        self.save_button.setEnabled(False)
        sid = self.sponsorship_id

        def fetch(book):  # noqa: ANN001, ANN202
            return (book.screenings.current_pack(READINESS_PACK),
                    book.sponsorships.readiness_answers(sid))

        self.ctx.run(fetch, lambda r: self._fetched(r[0], {**r[1], **(keep or {})}), self,
                     on_error=self._failed)

    def _fetched(self, pack: Any, answers: dict[str, Any]) -> None:
        self._build(pack, answers)
        title = (pack.title(self.lang) if self.lang == interface_lang()
                 else model_words(pack.title("en")))
        for i in range(self.pack_choice.count()):
            self.pack_choice.setItemText(i, title)

    def storer(self, answers: dict, lang: str) -> Callable[[Any], Any]:
        sponsorship_id = self.sponsorship_id
        return lambda book: book.sponsorships.run_readiness(sponsorship_id, answers, lang)


class ReadinessPart(DetailPart):
    title = QT_TRANSLATE_NOOP("sponsorships.tabs", "&Readiness")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setObjectName("readinessPart")
        self.intro = QLabel(self.tr("Checks the application against the private sponsorship "
                                    "rules, using what this record already knows; you add "
                                    "what it does not (the refugee's situation)."))
        self.intro.setWordWrap(True)
        self.intro.setProperty("class", "helpText")
        self.used = QLabel()
        self.used.setObjectName("readinessAnswers")
        self.used.setWordWrap(True)
        self.used.hide()
        self.show_used = QToolButton()
        self.show_used.setObjectName("showReadinessAnswers")
        self.show_used.setText(self.tr("Show the answers used"))
        self.show_used.setCheckable(True)
        self.show_used.toggled.connect(self.used.setVisible)
        self.show_used.hide()
        self.findings = FindingsView()
        self.findings.refer_why_not = self.tr("Make referrals from a family member's client "
                                              "file.")
        self.run_button = self.button(self.tr("&Run readiness check…"), self.run_check,
                                      "runReadiness", Action.MANAGE_SPONSORSHIP)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(self.run_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.show_used)
        box.addWidget(self.used)
        box.addWidget(self.findings, 1)

    def show_detail(self, detail: Detail) -> None:
        self.detail = detail
        s, pack = detail.screening, detail.pack
        if s is None:
            self.show_used.hide()
            self.used.hide()
            self.findings.show_message(
                self.tr("No readiness check yet. Run one to see what the rules say about this "
                        "application.") + "\n\n" + _pack_text(pack, not_legal_advice))
            return
        # In the interface's language when the same answers give the same findings in it
        # (load_detail evaluated them again); else in the language it was saved in.
        lang = screening_lang()
        if detail.shown_result is not None or s.lang == lang:
            findings = (list(detail.shown_result.findings) if detail.shown_result is not None
                        else s.findings)
        else:
            findings, lang = s.findings, s.lang
        # English standing in for a language the packs lack (Spanish): the pack's words are
        # translated through context "rulepacks" (listed with the client file's screenings).
        stand_in = lang == "en" and interface_lang() != "en"
        pack_words = ((lambda t: QCoreApplication.translate("rulepacks", t) if t else t)
                      if stand_in else (lambda t: t))
        labels = []
        for key, value in s.answers.items():
            q = pack.question(key) if pack is not None else None
            shown = answer_words(pack, q, value, lang) if q is not None else str(value)
            asked = q.label(lang) if q is not None else key
            labels.append(f"<li>{html.escape(pack_words(asked))} "
                          f"<b>{html.escape(pack_words(shown))}</b></li>")
        self.used.setText("<ul style='margin: 0'>" + "".join(labels) + "</ul>")
        n = len(labels)
        self.show_used.setText(counted(n, self.tr("Show the %n answer(s) used", "", n)))
        self.show_used.show()
        self.used.setVisible(self.show_used.isChecked())
        by = detail.user_names.get(s.user_id, "") if s.user_id else ""
        title = _pack_text(pack, pack.title) if pack is not None else s.pack_id
        heading = (self.tr("Checked {when} by {user} under “{title}”, version {version} (law "
                           "current to {law}).") if by else
                   self.tr("Checked {when} under “{title}”, version {version} (law current to "
                           "{law}).")).format(when=when(s.created_at), user=by, title=title,
                                              version=s.pack_version,
                                              law=day_text(s.law_date))
        self.findings.show_result(s.summary, findings, pack, lang, heading=heading,
                                  answers=s.answers)

    def run_check(self) -> None:
        sid = self.sponsorship_id
        if sid is None or not self.ctx.can(Action.MANAGE_SPONSORSHIP):
            return
        if ReadinessDialog.ask(self, self.ctx, sid) is not None:
            self.ctx.status_message.emit(self.tr("Readiness check saved."))
