"""Screenings: the saved screenings of this client, their findings, a new screening, and a
comparison of an older screening with what the current rules say about the same answers."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.clientfile.findings_view import FindingsView
from desktop.clientfile.questionnaire import QuestionnaireDialog
from desktop.clientfile.rows_model import RowsModel, table_view, when
from desktop.clientfile.tab import ClientTab
from models.permissions import Action, why_not
from models.screening import words as w
from models.screenings import Comparison, SavedScreening


class ScreeningsTab(ClientTab):
    title = "&Screenings"
    entities = ("screenings",)

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        self.packs: dict[str, Any] = {}
        names = file.owner_names
        self.model = RowsModel([("Date", lambda s: when(s.created_at, seconds=True)),
                                ("Rules", lambda s: f"{self.pack_title(s.pack_id)} "
                                                    f"({s.pack_version})"),
                                ("Result", lambda s: w.summary_short(s.summary)),
                                ("By", lambda s: names.get(s.user_id, ""))], self)
        self.table = table_view(self.model, "Saved screenings", self)
        self.table.setObjectName("screeningTable")
        for col, width in ((0, 125), (1, 200), (2, 95)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_selected())
        self.findings = FindingsView()
        self.findings.refer_why_not = why_not(ctx.role, Action.REFER)
        self.findings.refer_requested.connect(self.refer)
        self.findings.show_message("No screening yet. Run one with New screening; it opens "
                                   "prefilled from the profile, relatives and documents.")
        self.new_button = self.button("&New screening…", self.new_screening, "newScreening",
                                      Action.SCREEN)
        self.compare_button = self.button("&Compare with current rules", self.compare,
                                          "compareScreening")
        self.compare_button.setToolTip("Run the same answers through the current version of "
                                       "the rules; the saved screening does not change.")
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

    def load(self, book: Any) -> Any:
        saved = book.screenings.for_client(self.client_id)
        packs = {s.pack_id: book.screenings.current_pack(s.pack_id) for s in saved}
        return saved, packs

    def show_data(self, data: Any) -> None:
        saved, self.packs = data
        self.model.set_rows(saved)
        if saved:
            self.table.selectRow(0)
        self.show_selected()

    def selected(self) -> SavedScreening | None:
        return self.current(self.table)

    def pack_title(self, pack_id: str) -> str:
        """The rules in words ("Can a refugee claim be made in Canada?"), not the pack id."""
        pack = self.packs.get(pack_id)
        return pack.title("en") if pack is not None else pack_id

    def show_selected(self) -> None:
        s = self.selected()
        self.compare_note.hide()
        self.compare_button.setEnabled(s is not None)
        if s is None:
            return
        self.findings.show_result(
            s.summary, s.findings, self.packs.get(s.pack_id), s.lang,
            heading=f"Saved {when(s.created_at)} under “{self.pack_title(s.pack_id)}”, "
                    f"version {s.pack_version} (law current to {w.date_words(s.law_date)}).",
            answers=s.answers)

    def new_screening(self) -> None:
        saved_id = QuestionnaireDialog.ask(self, self.ctx, self.client_id)
        if saved_id is not None:
            self.ctx.status_message.emit("Screening saved.")

    def compare(self) -> None:
        s = self.selected()
        if s is None:
            return
        self.ctx.run(lambda b: b.screenings.compare(s.id), self._compared, self)

    def _compared(self, c: Comparison) -> None:
        """What changed under the current rules, in words: each finding added or removed
        with its severity and message (the saved screening itself does not change)."""
        now = c.now
        if not c.changed and c.same_version:
            text = "The current rules are the version this screening ran under."
        elif not c.changed:
            text = (f"Under the current rules (version {now.pack_version}) the findings are "
                    "the same.")
        else:
            result = w.summary_short(now.summary)
            if now.summary != c.saved.summary:
                result += f" (was {w.summary_short(c.saved.summary)})"
            lines = [f"Under the current rules (version {now.pack_version}, instead of "
                     f"{c.saved.pack_version}) — result: {html.escape(result)}."]
            if c.added:
                lines.append("<b>Now also:</b><ul style='margin: 0'>" + "".join(
                    f"<li>{w.severity(f.severity)} — {html.escape(f.message)}</li>"
                    for f in c.added) + "</ul>")
            if c.removed:
                lines.append("<b>No longer:</b><ul style='margin: 0'>" + "".join(
                    f"<li>{w.severity(f['severity'])} — {html.escape(f['message'])}</li>"
                    for f in c.removed) + "</ul>")
            lines.append("Consider running a new screening.")
            text = "<br>".join(lines)
        self.compare_note.setText(text)
        self.compare_note.show()

    def refer(self, category: str, message: str) -> None:
        s = self.selected()
        self.file.show_tab(self.file.referrals)
        self.file.referrals.new_referral(category=category,
                                         screening_id=s.id if s else None, reason=message)
