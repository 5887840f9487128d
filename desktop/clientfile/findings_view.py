"""Screening findings as a person reads them: severity in colour and in words, the message,
the citation, the answers that led to it with their values ("Date of entry: 1 Sept 2026"),
the referrals it suggests, and the reminder that this is not legal advice — all in the
language given (the rule packs carry English and French; in a Spanish interface the
screening's own English words — severity, result, "Because of" — come from the catalogue,
while the pack's texts stay English). Codes (finding ids) are in a tooltip at most."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.clientfile.pack_language import (
    country_lang,
    english_word,
    finding_message,
    pack_text,
    stands_in,
)
from desktop.counts import counted
from models.screening import not_legal_advice
from models.screening import words as w
from models.screening.countries import country_name, resolve

SEVERITY_WORDS = w.SEVERITY["en"]
SUMMARY_WORDS = w.SUMMARY["en"]
CATEGORY_WORDS = w.REFERRAL["en"]
REFER_WORDS = {"en": "{what}…", "fr": "{what}…"}  # under "Suggested referral:"


def said(kind: str, code: str, lang: str = "en") -> str:
    """A screening word ("severity", "summary", "summary_short", "referral", "ui") in
    ``lang``, English ones translated for a Spanish interface (see ``english_word``)."""
    get = {"severity": w.severity, "summary": w.summary, "summary_short": w.summary_short,
           "referral": w.referral, "ui": w.ui}[kind]
    lang = lang if lang in w.UI else "en"
    return english_word(get(code, "en")) if lang == "en" else get(code, lang)


def notice(lang: str = "en") -> str:
    lang = lang if lang in w.UI else "en"
    return english_word(not_legal_advice("en")) if lang == "en" else not_legal_advice(lang)


def _as_dict(finding: Any) -> dict[str, Any]:
    return finding if isinstance(finding, dict) else finding.to_dict()


class FindingsView(QScrollArea):
    refer_requested = Signal(str, str)  # category, the finding's message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsView")
        self.setAccessibleName(self.tr("Screening findings"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.refer_why_not: str | None = None  # tooltip when the role cannot refer
        self.show_message(self.tr("Findings appear here."))

    def _reset(self) -> QVBoxLayout:
        inner = QWidget()
        box = QVBoxLayout(inner)
        self.setWidget(inner)
        return box

    def show_message(self, text: str) -> None:
        box = self._reset()
        note = QLabel(text)
        note.setWordWrap(True)
        box.addWidget(note)
        box.addStretch(1)

    def show_result(self, summary: str, findings: list[Any], pack: Any = None,
                    lang: str = "en", heading: str = "",
                    answers: dict[str, Any] | None = None) -> None:
        """``answers``, when given, are shown under each finding with their values."""
        lang = lang if lang in w.UI else "en"
        box = self._reset()
        if heading:
            h = QLabel(heading)
            h.setWordWrap(True)
            h.setObjectName("findingsHeading")
            box.addWidget(h)
        result = w.labelled(said("ui", "result", lang), said("summary_short", summary, lang),
                            lang)
        top = QLabel(f"<b>{html.escape(result)}</b> — "
                     f"{html.escape(said('summary', summary, lang))}")
        top.setObjectName("findingsSummary")
        top.setWordWrap(True)
        box.addWidget(top)
        for finding in findings:
            box.addWidget(self._card(_as_dict(finding), pack, lang, answers))
        if not findings:
            box.addWidget(QLabel(said("ui", "none", lang)))
        reminder = QLabel(notice(lang))
        reminder.setObjectName("notLegalAdvice")
        reminder.setWordWrap(True)
        box.addSpacing(8)
        box.addWidget(reminder)
        box.addStretch(1)

    def _card(self, f: dict[str, Any], pack: Any, lang: str,
              answers: dict[str, Any] | None) -> QFrame:
        card = QFrame()
        card.setObjectName("findingCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setToolTip(f["id"])  # the code, for someone comparing with the rule pack
        card.setProperty("findingId", f["id"])
        box = QVBoxLayout(card)
        head = QHBoxLayout()
        words = said("severity", f["severity"], lang)
        badge = QLabel(words)
        badge.setProperty("class", f"severity_{f['severity']}")
        badge.setAccessibleName(w.labelled(said("ui", "result", lang), words, lang))
        head.addWidget(badge)
        head.addStretch(1)
        box.addLayout(head)
        message = QLabel(finding_message(f["message"], f["id"], pack, lang))
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(message)
        cite = QLabel(w.labelled(said("ui", "citation", lang), f["citation"], lang))
        cite.setWordWrap(True)
        cite.setObjectName("findingCitation")
        box.addWidget(cite)
        keys = f.get("triggered_by") or []
        if keys and pack is not None:
            if answers is not None and stands_in(lang):
                facts = self._because(pack, keys, answers)
            elif answers is not None:
                facts = w.because(pack, keys, answers, lang)
            else:
                facts = [pack_text(pack.question(k).short(lang), lang) for k in keys
                         if pack.question(k)]
            if facts:
                because = QLabel(w.labelled(said("ui", "because", lang), "; ".join(facts),
                                            lang))
                because.setWordWrap(True)
                because.setObjectName("findingTriggers")
                box.addWidget(because)
        referrals = f.get("referrals") or []
        if referrals:
            # One button a line under the words: a long French label must wrap the card,
            # not widen it past the pane.
            row = QVBoxLayout()
            row.setSpacing(3)
            row.addWidget(QLabel(said("ui", "refer", lang)
                                 + ("\u00a0:" if lang == "fr" else ":")))
            for category in referrals:
                b = QPushButton(REFER_WORDS.get(lang, "{what}…").format(
                    what=said("referral", category, lang)))
                b.setObjectName(f"refer_{category}")
                # May shrink (eliding) rather than widen the card past a narrow pane.
                b.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                b.setEnabled(self.refer_why_not is None)
                if self.refer_why_not:
                    b.setToolTip(self.refer_why_not)
                b.clicked.connect(lambda _c=False, cat=category, msg=f["message"]:
                                  self.refer_requested.emit(cat, msg))
                row.addWidget(b, alignment=Qt.AlignmentFlag.AlignLeft)
            box.addLayout(row)
        return card

    # -- "Because of" for a language the rule packs do not carry (Spanish) ------------------
    def _because(self, pack: Any, keys: list[str], answers: dict[str, Any]) -> list[str]:
        """What ``words.because`` says, with the pack's English words through the catalogue,
        countries, dates and amounts in the interface's language."""
        return w.because(pack, keys, answers, "en", w.FactWords(
            fact=lambda q, value: self._fact(pack, q, value), gap=self._gap))

    def _fact(self, pack: Any, q: Any, value: Any) -> str:
        return self.tr("{question}: {answer}").format(
            question=pack_text(q.short("en"), "en"), answer=self._answer(pack, q, value))

    def _gap(self, days: int) -> str:
        return (self.tr("the same day") if days == 0 else
                counted(days, self.tr("%n day(s) later", "", days)))

    def _answer(self, pack: Any, q: Any, value: Any) -> str:
        def word(v: str) -> str:
            return pack_text(pack.word(v, "en"), "en")

        def country(code: Any) -> str:
            iso, _aliased = resolve(str(code))
            return country_name(iso or str(code).upper(), country_lang("en"))

        if value is None:
            return self.tr("not answered")
        if q.type == "date":
            day = w.iso_day(value)
            return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy") \
                if day else str(value)
        if q.type == "code" and not q.values:
            return country(value)
        if q.type == "list-of-codes":
            if not value:
                return self.tr("stateless (no citizenship)") if not q.values else self.tr("none")
            return ", ".join(word(v) if q.values else country(v) for v in value)
        if q.type == "list-of-objects":
            if not value:
                return self.tr("none")
            return "; ".join(self._record(pack, q, item) for item in value
                             if isinstance(item, dict))
        if q.type == "amount" and isinstance(value, int | float):
            return QLocale().toCurrencyString(float(value), "$",
                                              0 if float(value).is_integer() else 2)
        if isinstance(value, str):
            return word(value)
        return QLocale().toString(value) if isinstance(value, int) else str(value)

    @staticmethod
    def _record(pack: Any, q: Any, item: dict[str, Any]) -> str:
        parts = []
        for f in q.fields:
            v = item.get(f.name)
            if f.type == "boolean":
                parts.append(pack_text(pack.word(f"{f.name}:{str(bool(v)).lower()}", "en"), "en"))
            elif f.type == "code":
                iso = resolve(str(v))[0] if v else None
                parts.append(country_name(iso or str(v).upper(), country_lang("en")) if v else "?")
            else:
                parts.append(pack_text(pack.word(str(v), "en"), "en") if v is not None else "?")
        head, rest = parts[0], [p for p in parts[1:] if p]
        return f"{head} ({', '.join(rest)})" if rest else head
