"""Consent records: who agreed to share what with whom, and withdrawing consent."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from desktop.clientfile import form_dialog
from desktop.clientfile.consent_dialog import field_label
from desktop.clientfile.tab import ClientTab
from desktop.widgets.rows_model import RowsModel, label, table_view, when
from models.permissions import Action

if TYPE_CHECKING:  # types only: the tab is handed the open casebook
    from models.casebook import Casebook


def _ended(c: Any) -> bool:
    """Withdrawn or expired: the row is shown muted."""
    return bool(c.withdrawn_at) or bool(c.valid_until
                                        and c.valid_until < dt.date.today().isoformat())


def _state(c: Any) -> str:
    if c.withdrawn_at:
        return QCoreApplication.translate("clientfile.consents_tab", "Withdrawn {date}").format(
                date=when(c.withdrawn_at))
    if c.valid_until and c.valid_until < dt.date.today().isoformat():
        return QCoreApplication.translate("clientfile.consents_tab", "Expired")
    if c.valid_until:
        return QCoreApplication.translate("clientfile.consents_tab", "Valid until {date}").format(
                date=c.valid_until)
    return QCoreApplication.translate("clientfile.consents_tab", "Valid")


class ConsentsTab(ClientTab):
    title = QT_TRANSLATE_NOOP("clientfile.tabs", "&Consent")
    entities = ("consents",)

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        self.partners: dict[int, str] = {}
        self.model = RowsModel([(self.tr("Partner"),
                                 lambda c: self.partners.get(c.partner_id, "")),
                                (self.tr("Shares"), lambda c: ", ".join(field_label(f)
                                                                        for f in c.fields)),
                                (self.tr("Purpose"), lambda c: c.purpose),
                                (self.tr("Given"), lambda c: self.tr("{how} by {person}")
                                 .format(how=label(c.given_how), person=c.consenting_person)),
                                (self.tr("Recorded"), lambda c: when(c.recorded_at)),
                                (self.tr("State"), _state)], self,
                               tone=lambda c: "muted" if _ended(c) else None)
        self.table = table_view(self.model, self.tr("Consent records"), self)
        self.table.setObjectName("consentTable")
        # The State column ("Valid until …") stays on screen at 1,024 pixels (issue 16).
        for col, width in ((0, 170), (1, 200), (2, 170), (3, 170), (4, 130)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.withdraw_button = self.button(self.tr("&Withdraw consent…"), self.withdraw,
                                           "withdrawConsent", Action.RECORD_CONSENT)
        row = QHBoxLayout()
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        self._selected()

    def load(self, book: Casebook) -> Any:
        consents = book.consents.for_client(self.client_id)
        partners = {pid: book.partners.get(pid).name for pid in {c.partner_id for c in consents}}
        return consents, partners

    def show_data(self, data: Any) -> None:
        consents, self.partners = data
        self.model.set_rows(consents)
        self._selected()

    def selected(self) -> Any:
        return self.current(self.table)

    def _selected(self) -> None:
        c = self.selected()
        self.enable(self.withdraw_button, c is not None and not c.withdrawn_at,
                    Action.RECORD_CONSENT)

    def withdraw(self) -> None:
        c = self.selected()
        if c is None or not self.withdraw_button.isEnabled():
            return
        partner = self.partners.get(c.partner_id, self.tr("this partner"))
        if form_dialog.confirm(self, self.tr("Withdraw consent"),
                               self.tr("Record that the person withdrew consent to share with "
                                       "{partner}? Referrals that rely on it can no longer be "
                                       "sent.").format(partner=partner),
                               self.tr("Withdraw consent")):
            self.ctx.run(lambda b: b.consents.withdraw(c.id), parent=self)
