"""Referrals: every referral with a status filter; stale ``sent`` ones (no answer in two
weeks) highlighted and labelled; letters and packets previewed from memory."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import documents, letter_batch
from desktop.context import AppContext
from desktop.counts import counted
from desktop.referrals.table import RowTable, current_row, selected_rows, table_view
from desktop.sponsorships.fields import day_text
from desktop.widgets.rows_model import label
from models.changes import Changes
from models.permissions import Action
from models.referrals import STALE_AFTER_DAYS, STATUSES, ReferralRow

STALE = "stale"
# Languages are named in themselves (as in the language setting); the first is translated.
LETTER_LANGS = (("", QT_TRANSLATE_NOOP("referrals.page", "Referral's language")),
                ("en", "English"), ("fr", "Français"), ("es", "Español"))


def status_text(r: ReferralRow) -> str:
    if r.stale:
        return QCoreApplication.translate("referrals.page", "Sent · no answer for {days}+ "
                                          "days").format(days=STALE_AFTER_DAYS)
    return label(r.status)


# Column titles marked for translation; translated when the table is built.
COLUMNS = (
    (QT_TRANSLATE_NOOP("referrals.page", "No."), lambda r: str(r.id)),
    (QT_TRANSLATE_NOOP("referrals.page", "Client"), lambda r: r.client_name),
    (QT_TRANSLATE_NOOP("referrals.page", "Partner"), lambda r: r.partner_name),
    (QT_TRANSLATE_NOOP("referrals.page", "Service"), lambda r: label(r.service)),
    (QT_TRANSLATE_NOOP("referrals.page", "Status"), status_text),
    (QT_TRANSLATE_NOOP("referrals.page", "Sent"), lambda r: day_text(r.sent_at)),
    (QT_TRANSLATE_NOOP("referrals.page", "Last change"), lambda r: day_text(r.updated_at)),
)


class ReferralsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        title = QLabel(self.tr("Referrals"))
        title.setProperty("class", "sectionTitle")
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Show referrals with status"))
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Stale: sent, no answer for {days}+ days").format(
            days=STALE_AFTER_DAYS), STALE)
        for s in STATUSES:
            self.status.addItem(label(s), s)
        self.status.currentIndexChanged.connect(lambda _: self.reload())
        status_label = QLabel(self.tr("S&how:"))
        status_label.setBuddy(self.status)
        self.count = QLabel("")
        self.count.setObjectName("referralCount")

        self.model = RowTable([(QCoreApplication.translate("referrals.page", title), text)
                               for title, text in COLUMNS], self, flagged=lambda r: r.stale)
        self.table = table_view(self.model, self.tr("Referrals"), self, multi=True)
        self.table.doubleClicked.connect(lambda _: self.open_client())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.lang = QComboBox()
        self.lang.setAccessibleName(self.tr("Letter language"))
        for code, name in LETTER_LANGS:
            self.lang.addItem(QCoreApplication.translate("referrals.page", name), code)
        lang_label = QLabel(self.tr("Letter &language:"))
        lang_label.setBuddy(self.lang)
        self.open_button = QPushButton(self.tr("&Open client file"))
        self.open_button.clicked.connect(self.open_client)
        self.letter_button = QPushButton(self.tr("Le&tter…"))
        self.letter_button.setToolTip(self.tr("Preview the referral letter (from memory)"))
        self.letter_button.clicked.connect(self.preview_letter)
        self.packet_button = QPushButton(self.tr("&Packet…"))
        self.packet_button.setToolTip(self.tr("Preview the referral packet: letter, consented "
                                              "summary, screening, consent form, checklist"))
        self.packet_button.clicked.connect(self.preview_packet)
        self.batch_selected = QPushButton(self.tr("Letters for &selected…"))
        self.batch_selected.clicked.connect(self.letters_for_selected)
        self.batch_week = QPushButton(self.tr("Letters sent this &week…"))
        self.batch_week.setToolTip(self.tr("Letters for every referral sent since Monday"))
        self.batch_week.clicked.connect(self.letters_this_week)
        self._print_buttons = (self.letter_button, self.packet_button, self.batch_selected,
                               self.batch_week)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(status_label)
        top.addWidget(self.status)
        # Two rows, so that the section fits a 1,024-pixel screen (one row needed 1,052).
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addSpacing(12)
        actions.addWidget(lang_label)
        actions.addWidget(self.lang)
        actions.addWidget(self.letter_button)
        actions.addWidget(self.packet_button)
        actions.addStretch(1)
        batches = QHBoxLayout()
        batches.addStretch(1)
        batches.addWidget(self.batch_selected)
        batches.addWidget(self.batch_week)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.count)
        box.addLayout(actions)
        box.addLayout(batches)
        self.batch: letter_batch.BatchLetters | None = None
        # The list is read on the worker (issue 18); only the newest reload is shown.
        self._asked = self._shown = 0
        self.reload()

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        choice = self.status.currentData()
        stale = choice == STALE
        status = None if stale else choice
        self._asked += 1
        asked = self._asked
        self.ctx.run(lambda b: b.referrals.search(status=status, stale_only=stale),
                     lambda rows: self._show(asked, stale, rows), self)

    @property
    def loaded(self) -> bool:
        """The rows of the newest reload are shown."""
        return self._shown == self._asked

    def _show(self, asked: int, stale: bool, rows: list[ReferralRow]) -> None:
        if asked != self._asked:
            return  # another filter was chosen meanwhile
        self._shown = asked
        # Stale ones first: they are the ones somebody has to chase.
        rows = sorted(rows or [], key=lambda r: not r.stale)
        self.model.set_rows(rows)
        n = len(rows or [])
        stale_n = sum(1 for r in rows or [] if r.stale)
        text = counted(n, self.tr("%n referral(s)", "", n))
        if stale_n and not stale:
            text += " · " + self.tr("{n} sent with no answer for {days}+ days "
                                    "(highlighted)").format(n=stale_n, days=STALE_AFTER_DAYS)
        self.count.setText(text)
        self._update_buttons()

    def refresh(self, changes: Changes) -> None:
        if any(changes.touches(e) for e in ("referrals", "clients", "partners", "consents")):
            self.reload()

    def _update_buttons(self) -> None:
        one = current_row(self.table) is not None and len(selected_rows(self.table)) <= 1
        self.open_button.setEnabled(current_row(self.table) is not None)
        if not self.ctx.can(Action.PRINT_LETTER):
            for b in self._print_buttons:
                self.ctx.guard(b, Action.PRINT_LETTER)
            return
        self.letter_button.setEnabled(one)
        self.packet_button.setEnabled(one)
        self.batch_selected.setEnabled(bool(selected_rows(self.table)))
        self.batch_week.setEnabled(True)

    # -- actions ---------------------------------------------------------------------------
    def _current(self) -> ReferralRow | None:
        return current_row(self.table)

    def open_client(self) -> None:
        row = self._current()
        if row is not None:
            self.ctx.open_client.emit(row.client_id)

    def preview_letter(self) -> None:
        row = self._current()
        if row is not None:
            documents.preview_letter(self, self.ctx, row.id, self.lang.currentData() or None)

    def preview_packet(self) -> None:
        row = self._current()
        if row is not None:
            documents.preview_packet(self, self.ctx, row.id, self.lang.currentData() or None)

    def letters_for_selected(self) -> None:
        ids = [r.id for r in selected_rows(self.table)]
        self.batch = letter_batch.batch_letters(self, self.ctx, ids)

    def letters_this_week(self) -> None:
        self.batch = letter_batch.batch_letters_this_week(self, self.ctx)

    def print_current(self) -> None:
        if self.ctx.can(Action.PRINT_LETTER) and self._current() is not None:
            self.preview_letter()

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.open_client()
            return
        super().keyPressEvent(event)
