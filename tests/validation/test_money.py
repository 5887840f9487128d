"""One money parser for the whole program, in the person's locale (issue 17)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.money import AmountError, parse_amount

NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.mark.parametrize("locale,text,expected", [
    ("fr_CA", "12,50", "12.50"),
    ("fr_CA", "12,50 $", "12.50"),
    ("fr_CA", "1250,00", "1250.00"),
    ("fr_CA", "1 250,00 $", "1250.00"),
    ("fr_CA", f"1{NBSP}250,00{NBSP}$", "1250.00"),
    ("fr_CA", f"1{NNBSP}250,00 $", "1250.00"),
    ("en_CA", "1,250.00", "1250.00"),
    ("en_CA", "$1,250.00", "1250.00"),
    ("en_CA", "12.50", "12.50"),
    ("es_US", "1,250.00", "1250.00"),
    ("es_US", "US$12.50", "12.50"),
    ("es_US", "300", "300"),
])
def test_amounts_in_each_locale(locale, text, expected):
    assert parse_amount(text, locale) == Decimal(expected)


@pytest.mark.parametrize("locale,text", [
    ("en_CA", "12,50"),      # used to become 1250.00
    ("en_CA", "1250,00"),    # used to become 125000.00
    ("es_US", "12,50"),
    ("fr_CA", "1,250"),      # 1.25 or 1250? refused, not guessed
    ("fr_CA", "1,250.00"),
    ("en_CA", "1.250"),
    ("en_CA", "twelve"),
    ("en_CA", ""),
])
def test_wrong_or_ambiguous_input_is_refused_in_one_sentence(locale, text):
    with pytest.raises(AmountError) as err:
        parse_amount(text, locale)
    message = str(err.value)
    assert message.endswith(".") and "\n" not in message


def test_sponsorship_money_fields_read_french_amounts():
    from models.sponsorship.budget import to_cents

    assert to_cents("amount", "12,50 $", locale="fr_CA") == 1250
    assert to_cents("amount", "1 250,00 $", locale="fr_CA") == 125000
    assert to_cents("amount", "1,250.00") == 125000


@pytest.fixture
def french_locale():
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("fr_CA"))
    yield
    QLocale.setDefault(before)


def test_pledge_dialog_reads_twelve_fifty_in_french(qtbot, french_locale):
    """'12,50' typed in French used to be saved as $1,250.00."""
    from desktop.sponsorships.money_dialogs import DisbursementDialog, PledgeDialog

    p = PledgeDialog(None, 7)
    qtbot.addWidget(p)
    p.pledger.setText("Membres")
    p.amount.setText("12,50")
    p.try_accept()
    assert p.result_pledge.amount == Decimal("12.50")
    d = DisbursementDialog(None, 7)
    qtbot.addWidget(d)
    d.amount.setText("1 250,00 $")
    d.try_accept()
    assert d.result_disbursement.amount == Decimal("1250.00")


def test_budget_amounts_show_in_the_interface_locale(french_locale):
    from desktop.sponsorships.fields import money

    assert money(Decimal("1250.5")).replace("\u202f", "\u00a0") == "1\u00a0250,50\u00a0$"


def test_budget_dates_show_in_the_interface_locale(french_locale):
    from desktop.sponsorships.fields import day_text

    assert day_text("2026-03-01") == "2026-03-01"  # fr_CA's short format is ISO
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("es_US"))
    assert day_text("2026-03-01") != "2026-03-01" and "26" in day_text("2026-03-01")
