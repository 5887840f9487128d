"""The fields of a client, shared by the new-client form and the Profile tab."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.widgets.rows_model import label
from models.clients import FLAGS, IMMIGRATION_SITUATIONS, STATUSES, Client

FLAG_LABELS = {"lgbtq": "LGBTQ+", "unaccompanied_minor": QT_TRANSLATE_NOOP(
        "clients.client_form", "Unaccompanied minor"),
               "medical": QT_TRANSLATE_NOOP("clients.client_form", "Medical"),
               "disability": QT_TRANSLATE_NOOP("clients.client_form", "Disability"),
               "other": QT_TRANSLATE_NOOP("clients.client_form", "Other")}

SITUATION_LABELS = {
    "unknown": QT_TRANSLATE_NOOP("clients.client_form", "Not known yet"),
    "in_us_no_status": QT_TRANSLATE_NOOP("clients.client_form", "In the US, no status"),
    "in_us_asylum_pending": QT_TRANSLATE_NOOP(
            "clients.client_form", "In the US, asylum claim pending"),
    "in_us_tps": QT_TRANSLATE_NOOP("clients.client_form", "In the US, TPS"),
    "in_us_visa": QT_TRANSLATE_NOOP("clients.client_form", "In the US on a visa"),
    "in_us_other": QT_TRANSLATE_NOOP("clients.client_form", "In the US, other status"),
    "at_border": QT_TRANSLATE_NOOP("clients.client_form", "At the border"),
    "in_canada_claimant": QT_TRANSLATE_NOOP("clients.client_form", "In Canada, refugee claimant"),
    "in_canada_protected": QT_TRANSLATE_NOOP("clients.client_form", "In Canada, protected person"),
    "in_canada_pr": QT_TRANSLATE_NOOP("clients.client_form", "In Canada, permanent resident"),
    "in_canada_other_status": QT_TRANSLATE_NOOP("clients.client_form", "In Canada, other status"),
    "outside_canada_us": QT_TRANSLATE_NOOP("clients.client_form", "Outside Canada and the US")}


def flag_label(flag: str) -> str:
    """A vulnerability flag in the interface language."""
    return QCoreApplication.translate("clients.client_form", FLAG_LABELS.get(flag, flag))


def situation_label(value: str) -> str:
    """An immigration situation in the interface language."""
    return QCoreApplication.translate("clients.client_form", SITUATION_LABELS.get(value, value))


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",") if p.strip())


def _line(name: str, placeholder: str = "") -> QLineEdit:
    w = QLineEdit()
    w.setAccessibleName(name)
    w.setPlaceholderText(placeholder)
    return w


class ClientForm(QWidget):
    """``compact`` shows what an intake needs; the full form adds situation and status."""

    def __init__(self, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = compact
        self.name = _line(self.tr("Name"), self.tr("the name the person uses"))
        self.aliases = _line(self.tr("Other names"),
                             self.tr("other spellings, separated by commas"))
        self.pronouns = _line(self.tr("Pronouns"), self.tr("for example: she/her"))
        self.birth = _line(self.tr("Birth date or year"),
                           self.tr("YYYY-MM-DD, or only the year"))
        self.languages = _line(self.tr("Languages"), self.tr("for example: Arabic, English"))
        self.citizenships = _line(self.tr("Citizenships"), self.tr("two-letter codes: SY, TR"))
        self.city = _line(self.tr("City"))
        self.phone = _line(self.tr("Phone"))
        self.email = _line(self.tr("E-mail"))
        self.safe_contact = _line(self.tr("Safe way to contact"),
                                  self.tr("when and how it is safe to call"))
        self.flags = {f: QCheckBox(flag_label(f)) for f in FLAGS}
        flag_row = QGridLayout()
        flag_row.setContentsMargins(0, 0, 0, 0)
        for i, box in enumerate(self.flags.values()):
            box.setAccessibleName(self.tr("Flag: {flag}").format(flag=box.text()))
            flag_row.addWidget(box, i // 3, i % 3)
        self.gender = _line(self.tr("Gender identity"))
        self.region = _line(self.tr("Province or state"))
        self.country = _line(self.tr("Country"))
        self.situation = QComboBox()
        self.situation.setAccessibleName(self.tr("Immigration situation"))
        for value in IMMIGRATION_SITUATIONS:
            self.situation.addItem(situation_label(value), value)
        self.situation_notes = QPlainTextEdit()
        self.situation_notes.setAccessibleName(self.tr("Notes on the immigration situation"))
        self.situation_notes.setTabChangesFocus(True)
        self.situation_notes.setMaximumHeight(90)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("File status"))
        for value in STATUSES:
            self.status.addItem(label(value), value)

        if compact:
            form = QFormLayout(self)
            rows = [(self.tr("&Name"), self.name), (self.tr("Other names"), self.aliases),
                    (self.tr("Pronouns"), self.pronouns),
                    (self.tr("Birth date or year"), self.birth),
                    (self.tr("Languages"), self.languages),
                    (self.tr("Citizenships"), self.citizenships),
                    (self.tr("City"), self.city), (self.tr("Phone"), self.phone),
                    (self.tr("Safe contact"), self.safe_contact)]
            for text, w in rows:
                form.addRow(text, w)
            form.addRow(self.tr("Flags"), flag_row)
            return
        left, right = QFormLayout(), QFormLayout()
        for text, w in ((self.tr("&Name"), self.name), (self.tr("Other names"), self.aliases),
                        (self.tr("Pronouns"), self.pronouns),
                        (self.tr("Gender identity"), self.gender),
                        (self.tr("Birth date or year"), self.birth),
                        (self.tr("Languages"), self.languages),
                        (self.tr("Citizenships"), self.citizenships),
                        (self.tr("Phone"), self.phone), (self.tr("E-mail"), self.email),
                        (self.tr("Safe contact"), self.safe_contact)):
            left.addRow(text, w)
        for text, w in ((self.tr("City"), self.city), (self.tr("Province or state"), self.region),
                        (self.tr("Country"), self.country),
                        (self.tr("Situation"), self.situation)):
            right.addRow(text, w)
        right.addRow(self.tr("Situation notes"), self.situation_notes)
        right.addRow(self.tr("Flags"), flag_row)
        right.addRow(self.tr("File status"), self.status)
        box = QHBoxLayout(self)
        for i, form in enumerate((left, right)):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            box.addLayout(column, 1)
            if i == 0:
                box.addSpacing(24)

    def fill(self, c: Client) -> None:
        self.name.setText(c.display_name)
        self.aliases.setText(", ".join(c.aliases))
        self.pronouns.setText(c.pronouns or "")
        self.gender.setText(c.gender_identity or "")
        self.birth.setText(c.birth_date or (str(c.birth_year) if c.birth_year else ""))
        self.languages.setText(", ".join(c.languages))
        self.citizenships.setText(", ".join(c.citizenships))
        self.city.setText(c.city or "")
        self.region.setText(c.region or "")
        self.country.setText(c.country or "")
        self.phone.setText(c.phone or "")
        self.email.setText(c.email or "")
        self.safe_contact.setText(c.safe_contact or "")
        self.situation.setCurrentIndex(max(0, self.situation.findData(
            c.immigration_situation or "unknown")))
        self.situation_notes.setPlainText(c.immigration_notes or "")
        self.status.setCurrentIndex(max(0, self.status.findData(c.status)))
        for flag, box in self.flags.items():
            box.setChecked(flag in c.flags)

    def client(self, base: Client | None = None) -> Client:
        """The client as typed; the model validates it and names any bad field."""
        birth = self.birth.text().strip()
        year = int(birth) if birth.isdigit() and len(birth) == 4 else None
        values = dict(
            display_name=self.name.text(), aliases=_split(self.aliases.text()),
            pronouns=self.pronouns.text(), birth_date=None if year else (birth or None),
            birth_year=year, languages=_split(self.languages.text()),
            citizenships=_split(self.citizenships.text()), city=self.city.text(),
            phone=self.phone.text(), safe_contact=self.safe_contact.text(),
            flags=frozenset(f for f, box in self.flags.items() if box.isChecked()))
        if not self.compact:
            situation = self.situation.currentData()
            values.update(gender_identity=self.gender.text(), region=self.region.text(),
                          country=self.country.text(), email=self.email.text(),
                          immigration_situation=None if situation == "unknown" else situation,
                          immigration_notes=self.situation_notes.toPlainText(),
                          status=self.status.currentData())
        if base is None:
            return Client(**values)
        return dataclasses.replace(base, **values)

    def set_read_only(self, read_only: bool) -> None:
        for w in self.findChildren(QLineEdit):
            w.setReadOnly(read_only)
        self.situation_notes.setReadOnly(read_only)
        for w in (self.situation, self.status, *self.flags.values()):
            w.setEnabled(not read_only)
