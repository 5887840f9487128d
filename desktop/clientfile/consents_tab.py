"""Consent records: who agreed to share what with whom, and withdrawing consent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from desktop.clientfile import form_dialog
from desktop.clientfile.consent_dialog import field_label
from desktop.clientfile.rows_model import RowsModel, label, table_view, when
from desktop.clientfile.tab import ClientTab
from models.permissions import Action


def _state(c: Any) -> str:
    if c.withdrawn_at:
        return f"Withdrawn {when(c.withdrawn_at)}"
    if c.valid_until and c.valid_until < dt.date.today().isoformat():
        return "Expired"
    return f"Valid until {c.valid_until}" if c.valid_until else "Valid"


class ConsentsTab(ClientTab):
    title = "&Consent"
    entities = ("consents",)

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        self.partners: dict[int, str] = {}
        self.model = RowsModel([("Partner", lambda c: self.partners.get(c.partner_id, "")),
                                ("Shares", lambda c: ", ".join(field_label(f)
                                                               for f in c.fields)),
                                ("Purpose", lambda c: c.purpose),
                                ("Given", lambda c: f"{label(c.given_how)} by "
                                                    f"{c.consenting_person}"),
                                ("Recorded", lambda c: when(c.recorded_at)),
                                ("State", _state)], self,
                               tone=lambda c: "muted" if _state(c)[:5] in ("Withd", "Expir")
                               else None)
        self.table = table_view(self.model, "Consent records", self)
        self.table.setObjectName("consentTable")
        for col, width in ((0, 170), (1, 240), (2, 200), (3, 180), (4, 130)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.withdraw_button = self.button("&Withdraw consent…", self.withdraw,
                                           "withdrawConsent", Action.RECORD_CONSENT)
        row = QHBoxLayout()
        row.addWidget(self.withdraw_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        self._selected()

    def load(self, book: Any) -> Any:
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
        partner = self.partners.get(c.partner_id, "this partner")
        if form_dialog.confirm(self, "Withdraw consent",
                               f"Record that the person withdrew consent to share with "
                               f"{partner}? Referrals that rely on it can no longer be sent.",
                               "Withdraw consent"):
            self.ctx.run(lambda b: b.consents.withdraw(c.id), parent=self)
