"""Input widgets the sponsorship dialogs share: dates, money, people, and the one line that
says what is wrong with the input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from desktop import errors
from desktop.model_labels import model_words
from desktop.widgets.rows_model import english_label
from models.money import AmountError, parse_amount

# English words marked for translation; shown through the functions below.
SPONSOR_TYPE_WORDS = {
    "group_of_five": QT_TRANSLATE_NOOP("sponsorships.fields", "Group of Five"),
    "community_sponsor": QT_TRANSLATE_NOOP("sponsorships.fields", "Community Sponsor"),
    "sah": QT_TRANSLATE_NOOP("sponsorships.fields",
                             "Sponsorship Agreement Holder (constituent group)")}
STATUS_WORDS = {"preparing": QT_TRANSLATE_NOOP("sponsorships.fields", "Preparing"),
                "submitted": QT_TRANSLATE_NOOP("sponsorships.fields", "Submitted"),
                "approved": QT_TRANSLATE_NOOP("sponsorships.fields", "Approved"),
                "arrived": QT_TRANSLATE_NOOP("sponsorships.fields", "Arrived"),
                "in_support": QT_TRANSLATE_NOOP("sponsorships.fields", "In support period"),
                "completed": QT_TRANSLATE_NOOP("sponsorships.fields", "Completed"),
                "withdrawn": QT_TRANSLATE_NOOP("sponsorships.fields", "Withdrawn")}
CATEGORY_WORDS = {"income_support": QT_TRANSLATE_NOOP("sponsorships.fields", "Income support"),
                  "start_up": QT_TRANSLATE_NOOP("sponsorships.fields", "Start-up costs"),
                  "other": QT_TRANSLATE_NOOP("sponsorships.fields", "Other")}


def _words(table: dict[str, str], key: str) -> str:
    if key in table:
        return QCoreApplication.translate("sponsorships.fields", table[key])
    return model_words(english_label(key))


def status_words(status: str) -> str:
    return _words(STATUS_WORDS, status)


def sponsor_type_words(kind: str) -> str:
    return _words(SPONSOR_TYPE_WORDS, kind)


def category_words(category: str) -> str:
    return _words(CATEGORY_WORDS, category)


def money(value: Decimal | None) -> str:
    """An amount in dollars as the interface's locale writes it ("1 250,00 $" in French,
    "$1,250.00" in English; the bare "C" locale reads as English (Canada))."""
    if value is None:
        return "—"
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        loc = QLocale("en_CA")
    return loc.toCurrencyString(float(value), "$", 2)


def day_text(day: str | dt.date | None) -> str:
    """A date as the interface's locale writes it (QLocale's short format: "2026-03-01" in
    English (Canada), "01/03/2026" in es_US…); the bare "C" locale keeps ISO dates."""
    if not day:
        return ""
    if isinstance(day, str):
        try:
            day = dt.date.fromisoformat(day[:10])
        except ValueError:
            return day
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return day.isoformat()
    return loc.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def date_edit(day: str | dt.date | None = None, name: str = "") -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    day = day or dt.date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    edit.setAccessibleName(name)
    return edit


def day_of(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def optional_day(text: str) -> str | None:
    """An ISO date typed in a line edit, or None when empty; ValueError names the problem."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(QCoreApplication.translate(
            "sponsorships.fields",
            "Write the date as year-month-day, for example 2026-03-01.")) from None


def amount_of(text: str) -> Decimal:
    """A dollar amount typed in the interface's locale ("12,50 $" in French, "1,200.50" in
    English) through the one money parser; ValueError names the problem."""
    try:
        value = parse_amount(text, QLocale().name())
    except AmountError as exc:  # its sentence in the interface language, the example kept
        raise ValueError(errors.filled(exc.template, exc.values, str(exc))) from None
    if value <= 0:
        raise ValueError(QCoreApplication.translate("sponsorships.fields",
                                                    "The amount must be more than zero."))
    return value


def money_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(QLocale().toString(0.0, "f", 2))  # "0,00" in French
    return edit


def user_combo(users: list[Any], current: int | None, none_text: str | None = None,
               name: str = "") -> QComboBox:
    """A choice of casebook accounts (``models.accounts.User``), optionally with none."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if none_text is not None:
        combo.addItem(none_text, None)
    for u in users:
        combo.addItem(f"{u.name} ({model_words(english_label(u.role)).lower()})", u.id)
    i = combo.findData(current)
    combo.setCurrentIndex(max(i, 0))
    return combo


def problem_label(parent: QWidget | None = None) -> QLabel:
    message = QLabel("", parent)
    message.setObjectName("formError")
    message.setWordWrap(True)
    message.hide()
    return message


def say(message: QLabel, text: str) -> None:
    message.setText(text)
    message.setVisible(bool(text))
