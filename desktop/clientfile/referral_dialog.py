"""A new referral: a partner from the directory, the service, why, what is asked, and the
letter's language. The partner it starts with serves the client's city and the service
(models.partners.default_for_referral); when none does, the person chooses one before the
draft can be created."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.unsaved import UnsavedInput
from desktop.widgets.rows_model import label
from models.partners import SERVICES, Partner, default_for_referral, rank_for_referral
from models.referrals import Referral

LANGUAGES = (("English", "en"), ("Français", "fr"), ("Español", "es"))


class ReferralDialog(UnsavedInput, QDialog):
    def __init__(self, client_id: int, partners: list[Partner], service: str | None = None,
                 reason: str | None = None, screening_id: int | None = None,
                 parent: QWidget | None = None, *, city: str | None = None,
                 languages: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.city = city
        self.languages = languages
        self.setWindowTitle(self.tr("New referral"))
        self.client_id = client_id
        self.screening_id = screening_id
        self.all_partners = partners
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Service"))
        for s in SERVICES:
            self.service.addItem(label(s), s)
        self.service.setCurrentIndex(max(0, self.service.findData(service or "legal")))
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Partner"))
        self.partner.setPlaceholderText(self.tr("— choose a partner —"))
        self.any_partner = QCheckBox(self.tr("Show partners offering other services too"))
        self.reason = QPlainTextEdit(reason or "")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.request = QPlainTextEdit()
        self.request.setAccessibleName(self.tr("What is asked of the partner"))
        self.request.setPlaceholderText(self.tr("for example: an appointment this week"))
        self.request.setTabChangesFocus(True)
        self.request.setMaximumHeight(70)
        self.lang = QComboBox()
        self.lang.setAccessibleName(self.tr("Letter language"))
        for text, code in LANGUAGES:
            self.lang.addItem(text, code)
        # The reason and request are the referral's own words about the person: they leave
        # only with the person's consent, asked for each when consent is recorded.
        self.words_note = QLabel(self.tr("The reason and the request are printed in the letter "
                                         "only if the person agrees to share them when consent "
                                         "is recorded."))
        self.words_note.setWordWrap(True)
        self.words_note.setObjectName("wordsNote")
        self.empty = QLabel(self.tr("No active partner offers this service. Tick the box to "
                                    "see all partners, or add one under Partners."))
        self.empty.setWordWrap(True)
        self.empty.setObjectName("noPartner")
        form = QFormLayout()
        form.addRow(self.tr("&Service"), self.service)
        form.addRow(self.tr("&Partner"), self.partner)
        form.addRow("", self.any_partner)
        form.addRow("", self.empty)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("Re&quest"), self.request)
        form.addRow("", self.words_note)
        form.addRow(self.tr("Letter &language"), self.lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Create draft"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)
        self.service.currentIndexChanged.connect(lambda _i: self._fill_partners())
        self.any_partner.toggled.connect(lambda _on: self._fill_partners())
        self.partner.currentIndexChanged.connect(lambda _i: self._partner_chosen())
        self._fill_partners()
        self.resize(560, 0)
        self.start_guarding(self.tr("the new referral"), "referral")

    def _fill_partners(self) -> None:
        service = self.service.currentData()
        chosen = self.partner.currentData()
        self.partner.blockSignals(True)
        self.partner.clear()
        for p in rank_for_referral(self.all_partners, service, self.city, self.languages):
            if self.any_partner.isChecked() or service in p.services:
                where = f" — {', '.join(p.cities)}" if p.cities else ""
                self.partner.addItem(p.name + where, p.id)
        best = default_for_referral(self.all_partners, service, self.city)
        # The one chosen stays chosen; otherwise the one serving the city and service;
        # otherwise none (the placeholder), never whichever row happens to come first.
        keep = self.partner.findData(chosen) if chosen is not None else -1
        self.partner.setCurrentIndex(keep if keep >= 0 else
                                     self.partner.findData(best.id) if best else -1)
        self.partner.blockSignals(False)
        self.empty.setVisible(self.partner.count() == 0)
        self._partner_chosen()

    def _partner_chosen(self) -> None:
        # Enter presses the default button; with no partner it is off, so Enter does nothing.
        self.ok.setEnabled(self.partner.currentData() is not None)

    def accept(self) -> None:
        if self.partner.currentData() is None:
            self.partner.setFocus()
            return
        super().accept()

    def referral(self) -> Referral:
        return Referral(client_id=self.client_id, partner_id=self.partner.currentData(),
                        service=self.service.currentData(),
                        reason=self.reason.toPlainText(), request=self.request.toPlainText(),
                        lang=self.lang.currentData(), screening_id=self.screening_id)

    @classmethod
    def ask(cls, parent: QWidget | None, client_id: int, partners: list[Partner],
            service: str | None = None, reason: str | None = None,
            screening_id: int | None = None, *, city: str | None = None,
            languages: tuple[str, ...] = ()) -> Referral | None:
        dialog = cls(client_id, partners, service, reason, screening_id, parent, city=city,
                     languages=languages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.referral()
