"""Screening findings as a person reads them: severity in colour and in words, the message,
the citation, the answers that led to it, the referrals it suggests, and the reminder that
this is not legal advice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.screening import not_legal_advice

SEVERITY_WORDS = {"bar": "Bar", "exception": "Exception", "review": "Needs review",
                  "info": "Information"}
SUMMARY_WORDS = {"bar": "A bar is likely — get legal help urgently.",
                 "review": "Needs review by someone with legal training.",
                 "clear": "No bar found on these answers."}
CATEGORY_WORDS = {"legal": "Legal help", "legal_urgent": "Legal help (urgent)",
                  "child_welfare": "Child welfare", "lgbtq": "LGBTQ+ support",
                  "sponsorship": "Sponsorship", "immigration": "Immigration"}
# Which partner service a suggested referral category is served by.
CATEGORY_SERVICES = {"legal": "legal", "legal_urgent": "legal",
                     "child_welfare": "child_welfare", "lgbtq": "lgbtq_support",
                     "sponsorship": "sponsorship", "immigration": "legal"}


def _as_dict(finding: Any) -> dict[str, Any]:
    return finding if isinstance(finding, dict) else finding.to_dict()


class FindingsView(QScrollArea):
    refer_requested = Signal(str, str)  # category, the finding's message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsView")
        self.setAccessibleName("Screening findings")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.refer_why_not: str | None = None  # tooltip when the role cannot refer
        self.show_message("Findings appear here.")

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
                    lang: str = "en", heading: str = "") -> None:
        box = self._reset()
        if heading:
            h = QLabel(heading)
            h.setWordWrap(True)
            h.setObjectName("findingsHeading")
            box.addWidget(h)
        top = QLabel(f"<b>Summary: {summary}</b> — {SUMMARY_WORDS.get(summary, '')}")
        top.setObjectName("findingsSummary")
        top.setWordWrap(True)
        box.addWidget(top)
        for finding in findings:
            box.addWidget(self._card(_as_dict(finding), pack, lang))
        if not findings:
            box.addWidget(QLabel("No findings."))
        notice = QLabel(not_legal_advice(lang))
        notice.setObjectName("notLegalAdvice")
        notice.setWordWrap(True)
        box.addSpacing(8)
        box.addWidget(notice)
        box.addStretch(1)

    def _card(self, f: dict[str, Any], pack: Any, lang: str) -> QFrame:
        card = QFrame()
        card.setObjectName("findingCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(card)
        head = QHBoxLayout()
        badge = QLabel(SEVERITY_WORDS.get(f["severity"], f["severity"]))
        badge.setProperty("class", f"severity_{f['severity']}")
        badge.setAccessibleName(f"Severity: {SEVERITY_WORDS.get(f['severity'], '')}")
        ident = QLabel(f["id"])
        ident.setObjectName("findingId")
        head.addWidget(badge)
        head.addWidget(ident)
        head.addStretch(1)
        box.addLayout(head)
        message = QLabel(f["message"])
        message.setWordWrap(True)
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(message)
        cite = QLabel(f"Citation: {f['citation']}")
        cite.setWordWrap(True)
        cite.setObjectName("findingCitation")
        box.addWidget(cite)
        keys = f.get("triggered_by") or []
        if keys:
            labels = []
            for k in keys:
                q = pack.question(k) if pack is not None else None
                labels.append(q.label(lang) if q is not None else k)
            because = QLabel("Because of: " + "; ".join(labels))
            because.setWordWrap(True)
            because.setObjectName("findingTriggers")
            box.addWidget(because)
        referrals = f.get("referrals") or []
        if referrals:
            row = QHBoxLayout()
            row.addWidget(QLabel("Suggested referral:"))
            for category in referrals:
                b = QPushButton(f"Refer: {CATEGORY_WORDS.get(category, category)}…")
                b.setObjectName(f"refer_{category}")
                b.setEnabled(self.refer_why_not is None)
                if self.refer_why_not:
                    b.setToolTip(self.refer_why_not)
                b.clicked.connect(lambda _c=False, cat=category, msg=f["message"]:
                                  self.refer_requested.emit(cat, msg))
                row.addWidget(b)
            row.addStretch(1)
            box.addLayout(row)
        return card
