"""Input widgets the sponsorship dialogs share: dates, money, people, and the one line that
says what is wrong with the input."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from desktop.clientfile.rows_model import label

SPONSOR_TYPE_WORDS = {"group_of_five": "Group of Five", "community_sponsor": "Community Sponsor",
                      "sah": "Sponsorship Agreement Holder (constituent group)"}
STATUS_WORDS = {"preparing": "Preparing", "submitted": "Submitted", "approved": "Approved",
                "arrived": "Arrived", "in_support": "In support period",
                "completed": "Completed", "withdrawn": "Withdrawn"}
CATEGORY_WORDS = {"income_support": "Income support", "start_up": "Start-up costs",
                  "other": "Other"}


def status_words(status: str) -> str:
    return STATUS_WORDS.get(status, label(status))


def money(value: Decimal | None) -> str:
    return "—" if value is None else f"${value:,.2f}"


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
        raise ValueError("Write the date as year-month-day, for example 2026-03-01.") from None


def amount_of(text: str) -> Decimal:
    """A dollar amount typed by a person ("1,200.50", "$300"); ValueError names the problem."""
    cleaned = text.replace(",", "").replace("$", "").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError("Write the amount in dollars, for example 1200 or 1200.50.") from None
    if not value.is_finite() or value <= 0:
        raise ValueError("The amount must be more than zero.")
    return value


def money_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText("0.00")
    return edit


def user_combo(users: list[Any], current: int | None, none_text: str | None = None,
               name: str = "") -> QComboBox:
    """A choice of casebook accounts (``models.accounts.User``), optionally with none."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if none_text is not None:
        combo.addItem(none_text, None)
    for u in users:
        combo.addItem(f"{u.name} ({u.role})", u.id)
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
