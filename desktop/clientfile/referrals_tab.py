"""Referrals: this client's referrals, each with its consent, status workflow and history.

A referral starts as a draft (from a finding's suggested category or from the directory),
gets a consent record for that partner and those fields, its letter or packet is previewed
(printed or saved from the preview), and it is marked as sent — which adds the follow-up —
all from here: New referral → Record consent → Preview letter/packet → Mark as sent. What
each step did is said in this tab. Later answers (accepted, declined…) are moves; sending is
refused by the domain without valid consent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import documents
from desktop.clientfile.consent_dialog import ConsentDialog, field_label
from desktop.clientfile.referral_dialog import ReferralDialog
from desktop.clientfile.tab import ClientTab
from desktop.errors import show_error
from desktop.unsaved import RESTORED, UnsavedInput
from desktop.widgets.rows_model import RowsModel, label, table_view, when
from models.changes import Changes
from models.consents import Consent
from models.permissions import Action
from models.referrals import TRANSITIONS, Referral, ReferralEvent
from models.screening import CATEGORY_SERVICES

if TYPE_CHECKING:  # types only: the tab is handed the open casebook
    from models.casebook import Casebook

FINISHED = ("declined", "completed", "withdrawn")


@dataclass(frozen=True)
class ReferralView:
    referral: Referral
    partner_name: str
    consent: Consent | None
    history: list[ReferralEvent]


class ReferralsTab(UnsavedInput, ClientTab):
    title = QT_TRANSLATE_NOOP("clientfile.tabs", "&Referrals")
    entities = ("referrals", "consents", "partners")

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        self._reading_partners = False  # New referral clicked, its partner list not yet here
        names = file.owner_names
        self.model = RowsModel([(self.tr("Partner"), lambda v: v.partner_name),
                                (self.tr("Service"), lambda v: label(v.referral.service)),
                                (self.tr("Status"), lambda v: label(v.referral.status)),
                                (self.tr("Updated"), lambda v: when(v.referral.updated_at))],
                               self,
                               tone=lambda v: "muted" if v.referral.status in FINISHED
                               else None)
        self.table = table_view(self.model, self.tr("Referrals"), self)
        self.table.setObjectName("referralTable")
        for col, width in ((0, 380), (1, 160), (2, 150)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.show_selected())
        self.history = RowsModel([(self.tr("When"), lambda e: when(e.at)),
                                  (self.tr("Change"), lambda e: (f"{label(e.from_status)} → "
                                                                 if e.from_status else "")
                                   + label(e.to_status)),
                                  (self.tr("By"), lambda e: names.get(e.user_id, "")),
                                  (self.tr("Note"), lambda e: e.note or "")], self)
        self.history_view = table_view(self.history, self.tr("Referral history"), self)
        self.history_view.setObjectName("referralHistory")
        self.history_view.setColumnWidth(0, 130)
        self.history_view.setColumnWidth(1, 230)

        self.status = QLabel()
        self.status.setObjectName("referralStatus")
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.consent = QLabel()
        self.consent.setObjectName("referralConsent")
        self.consent.setWordWrap(True)
        self.next_step = QLabel()
        self.next_step.setObjectName("referralNextStep")
        self.next_step.setWordWrap(True)
        details = QFormLayout()
        details.addRow(self.tr("Status"), self.status)
        details.addRow(self.tr("Next step"), self.next_step)
        details.addRow(self.tr("Reason"), self.reason)
        details.addRow(self.tr("Consent"), self.consent)

        self.new_button = self.button(self.tr("&New referral…"), self.new_referral, "newReferral",
                                      Action.REFER)
        self.consent_button = self.button(self.tr("Record &consent…"), self.record_consent,
                                          "recordConsent", Action.RECORD_CONSENT)
        self.letter_button = self.button(self.tr("Preview &letter…"), self.preview_letter,
                                         "previewLetter")
        self.packet_button = self.button(self.tr("Preview pac&ket…"), self.preview_packet,
                                         "previewPacket")
        self.send_button = self.button(self.tr("Mark as &sent"), self.send, "sendReferral",
                                       Action.REFER)
        self.send_button.setToolTip(self.tr("After the letter or packet has gone to the "
                                            "partner: marks the referral sent and adds a "
                                            "follow-up to check the outcome (shown in Today)."))
        # What the last step did, said here where the referral is made (not in the main
        # window's status bar, which may be behind this window).
        self.said = QLabel()
        self.said.setObjectName("referralSaid")
        self.said.setWordWrap(True)
        self.said.hide()
        self.next_status = QComboBox()
        self.next_status.setObjectName("nextStatus")
        self.next_status.setAccessibleName(self.tr("Move the referral to"))
        # Never narrower than the longest status ("Consent recorded", "Acknowledged"), so
        # neither the box nor its list cuts a status short.
        self.next_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.next_status.setMinimumContentsLength(len(label("consent_recorded")))
        self.note = QLineEdit()
        self.note.setObjectName("transitionNote")
        self.note.setAccessibleName(self.tr("Note on the change"))
        self.note.setPlaceholderText(self.tr("note (optional)"))
        self.move_button = self.button(self.tr("&Move"), self.move, "moveReferral", Action.REFER)
        self.note.returnPressed.connect(self.move)
        ctx.guard(self.next_status, Action.REFER)
        ctx.guard(self.note, Action.REFER)

        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        tv.addLayout(row)
        bottom = QWidget()
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addLayout(details)
        steps = QHBoxLayout()
        steps.addWidget(self.consent_button)
        steps.addWidget(self.letter_button)
        steps.addWidget(self.packet_button)
        steps.addWidget(self.send_button)
        steps.addStretch(1)
        bv.addLayout(steps)
        bv.addWidget(self.said)
        moves = QHBoxLayout()
        self.moves_label = QLabel(self.tr("Change to"))
        moves.addWidget(self.moves_label)
        moves.addWidget(self.next_status)
        moves.addWidget(self.note, 1)
        moves.addWidget(self.move_button)
        bv.addLayout(moves)
        heading = QLabel(self.tr("History"))
        heading.setStyleSheet("font-weight: 600;")
        bv.addWidget(heading)
        bv.addWidget(self.history_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setChildrenCollapsible(False)
        split.setSizes([230, 400])
        QVBoxLayout(self).addWidget(split)
        self._select_id: int | None = None
        # The note typed for a change (Move, Mark as sent) is the tab's unsaved input: the
        # file asks before closing over it, and a lock keeps it with its referral.
        self.unsaved_what = self.tr("the note on the referral")
        self.draft_key = f"client:{self.client_id}:referral-note"
        self._draft_checked = False
        self.show_selected()

    def is_dirty(self) -> bool:
        return bool(self.note.text().strip())

    def keep_draft(self) -> None:
        v = self.selected()
        if self.is_dirty() and v is not None:
            self.ctx.keep_draft(self.draft_key, (v.referral.id, self.note.text()))
        self._draft_kept = True

    # -- data ----------------------------------------------------------------------------
    def load(self, book: Casebook) -> Any:
        referrals = book.referrals.for_client(self.client_id)
        partners = {pid: book.partners.get(pid).name
                    for pid in {r.partner_id for r in referrals}}
        consents = {c.id: c for c in book.consents.for_client(self.client_id)}
        return [ReferralView(r, partners[r.partner_id], consents.get(r.consent_id),
                             book.referrals.history(r.id)) for r in referrals]

    def show_data(self, data: Any) -> None:
        kept = None
        if not self._draft_checked:  # a note typed before a lock, offered back once
            self._draft_checked = True
            kept = self.ctx.take_draft(self.draft_key)
        keep = self._select_id or (self.selected().referral.id if self.selected() else None)
        if isinstance(kept, tuple):
            keep = kept[0]
        self._select_id = None
        self.model.set_rows(data)
        for i, v in enumerate(data):
            if v.referral.id == keep:
                self.table.selectRow(i)
                break
        else:
            if data:
                self.table.selectRow(0)
        self.show_selected()
        v = self.selected()
        if isinstance(kept, tuple) and v is not None and v.referral.id == kept[0]:
            self.note.setText(kept[1])
            self._say(QCoreApplication.translate("unsaved", RESTORED))
            self.file.show_tab(self)

    def selected(self) -> ReferralView | None:
        return self.current(self.table)

    def show_selected(self) -> None:
        v = self.selected()
        self.next_status.clear()
        if v is None:
            self.status.setText(self.tr("No referral selected.") if self.model.rowCount()
                                else self.tr("No referrals yet."))
            self.next_step.setText("" if self.model.rowCount() else
                                   self.tr("Start with New referral (or Refer from a "
                                           "screening's finding)."))
            self.reason.clear()
            self.consent.clear()
            self.history.set_rows([])
        else:
            r = v.referral
            self.status.setText(f"<b>{label(r.status)}</b> · {label(r.service)} · "
                                f"{v.partner_name}")
            self.reason.setText(r.reason or "—")
            c = v.consent
            if c is None:
                self.consent.setText(self.tr("None recorded yet. The referral cannot be sent "
                                             "until the person's consent is recorded."))
            else:
                shared = ", ".join(field_label(f) for f in c.fields)
                state = (self.tr(" — withdrawn") if c.withdrawn_at else
                         self.tr(" — valid until {date}").format(date=c.valid_until)
                         if c.valid_until else "")
                self.consent.setText(f"{c.consenting_person}, {label(c.given_how).lower()}, "
                                     f"{when(c.recorded_at)}: {shared}{state}")
            self.history.set_rows(v.history)
            self.next_step.setText(_next_step(r.status, c is not None and not c.withdrawn_at))
            # Once sent, what comes next is the partner's answer; before, the drop-down only
            # takes the referral back to a draft or withdraws it, which is no answer of theirs.
            self.moves_label.setText(self.tr("Partner's answer") if r.status in
                                     ("sent", "acknowledged", "accepted") else
                                     self.tr("Change to"))
            for status in TRANSITIONS[r.status]:
                # "Sent" is reached by Mark as sent (which says what it did). "Consent
                # recorded" needs a consent attached: without one it is reached by recording
                # consent, never by a move (the model refuses it too).
                if status == "sent":
                    continue
                if status != "consent_recorded" or (c is not None and not c.withdrawn_at):
                    self.next_status.addItem(label(status), status)
        has_moves = self.next_status.count() > 0
        self.enable(self.move_button, has_moves, Action.REFER)
        self.enable(self.next_status, has_moves, Action.REFER)
        self.enable(self.consent_button, v is not None and v.referral.status in
                    ("draft", "consent_recorded"), Action.RECORD_CONSENT)
        consented = v is not None and v.consent is not None and not v.consent.withdrawn_at
        for b in (self.letter_button, self.packet_button):
            # The letter and packet hold only what the consent allows: none without one.
            b.setEnabled(consented)
            b.setToolTip("" if consented or v is None else self.tr(
                "Record consent first: the letter shares only what the person agreed to."))
        self.enable(self.send_button, v is not None and v.referral.status == "consent_recorded"
                    and consented, Action.REFER)

    # -- actions -------------------------------------------------------------------------
    def new_referral(self, category: str | None = None, screening_id: int | None = None,
                     reason: str | None = None) -> None:
        if not self.ctx.can(Action.REFER):
            self.ctx.status_message.emit(self.new_button.toolTip())
            return
        if self._reading_partners:
            return  # a second click before the list arrived would open a second dialog
        self._reading_partners = True

        def failed(exc: BaseException) -> None:
            self._reading_partners = False
            show_error(self, exc)

        # The partner list comes from the worker; the dialog opens when it arrives (issue 18:
        # no wait on the database with the window blocked).
        self.ctx.run(lambda b: b.partners.search(),
                     lambda partners: self._ask_referral(partners or [], category,
                                                         screening_id, reason), self, failed)

    def _ask_referral(self, partners: list, category: str | None, screening_id: int | None,
                      reason: str | None) -> None:
        self._reading_partners = False
        service = CATEGORY_SERVICES.get(category or "", None)
        client = self.file.client
        referral = ReferralDialog.ask(self, self.client_id, partners, service, reason,
                                      screening_id, city=client.city if client else None,
                                      languages=tuple(client.languages) if client else ())
        if referral is None:
            return

        def created(changes: Changes) -> None:
            self._select_id = changes.id_of("referrals")
            self._say(self.tr("Draft referral created. Record the person's consent next."))

        self.ctx.run(lambda b: b.referrals.create(referral), created, self)

    def record_consent(self) -> None:
        v = self.selected()
        if v is None or not self.consent_button.isEnabled():
            return
        referral = v.referral
        values = ConsentDialog.ask(self, v.partner_name,
                                   self.tr("Referral to {partner} for {service}").format(
                                       partner=v.partner_name,
                                       service=label(referral.service).lower()),
                                   reason=referral.reason, request=referral.request)
        if values is None:
            return
        self._select_id = referral.id
        # One model operation: the consent is recorded and attached together, or not at all.
        self.ctx.run(lambda b: b.referrals.record_consent(referral.id, **values),
                     lambda _c: self._say(self.tr("Consent recorded. Preview the letter or "
                                                  "packet, send it, then mark the referral as "
                                                  "sent.")), self)

    def move(self) -> None:
        v = self.selected()
        to = self.next_status.currentData()
        if v is None or to is None or not self.move_button.isEnabled():
            return
        note = self.note.text().strip() or None
        rid = v.referral.id
        self._select_id = rid

        def moved(_changes: Changes) -> None:
            self.note.clear()
            self._say(self.tr("Referral is now {status}.").format(status=label(to).lower()))

        self.ctx.run(lambda b: b.referrals.transition(rid, to, note), moved, self)

    def _say(self, text: str) -> None:
        self.said.setText(text)
        self.said.show()
        self.ctx.status_message.emit(text)

    def preview_letter(self) -> None:
        v = self.selected()
        if v is not None and self.letter_button.isEnabled():
            documents.preview_letter(self, self.ctx, v.referral.id)

    def preview_packet(self) -> None:
        v = self.selected()
        if v is not None and self.packet_button.isEnabled():
            documents.preview_packet(self, self.ctx, v.referral.id)

    def send(self) -> None:
        """Mark as sent: the referral becomes sent and its follow-up is added, in one model
        operation; the tab says when the follow-up is due."""
        v = self.selected()
        if v is None or not self.send_button.isEnabled():
            return
        rid, partner = v.referral.id, v.partner_name
        note = self.note.text().strip() or None
        self._select_id = rid

        def mark(b: Any) -> tuple[Changes, str | None]:
            changes = b.referrals.transition(rid, "sent", note)
            fid = changes.id_of("followups")
            return changes, b.followups.get(fid).due_date if fid else None

        def sent(result: tuple[Changes, str | None]) -> None:
            self.note.clear()
            due = result[1]
            if due:
                self._say(self.tr("Marked as sent to {partner}. A follow-up to check the "
                                  "outcome is due on {date} (in Today and under Follow-ups).")
                          .format(partner=partner, date=due))
            else:
                self._say(self.tr("Marked as sent to {partner}.").format(partner=partner))

        self.ctx.run(mark, sent, self)


def _next_step(status: str, consented: bool) -> str:
    if status == "draft" and not consented:
        return QCoreApplication.translate("clientfile.referrals_tab",
                                          "Record the person's consent.")
    if status == "draft":
        return QCoreApplication.translate(
            "clientfile.referrals_tab",
            "Move it to Consent recorded (the consent is still attached).")
    if status == "consent_recorded":
        return QCoreApplication.translate(
            "clientfile.referrals_tab",
            "Preview the letter or packet, print or save it for the partner, then Mark as sent.")
    if status == "sent":
        return QCoreApplication.translate(
            "clientfile.referrals_tab", "Wait for the partner's answer; the follow-up is in Today.")
    if status in FINISHED:
        return QCoreApplication.translate("clientfile.referrals_tab", "Nothing left to do.")
    return QCoreApplication.translate("clientfile.referrals_tab",
                                      "Record the partner's answer when it comes.")
