"""Printed dates, numbers, money, plurals, countries and languages come from CLDR (Babel) in
the document's language (issue 17)."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from decimal import Decimal

import pypdf
import pytest

from reports import referral_letter, referral_packet, samples
from reports.casebook_data import _value
from reports.data import LetterClient
from reports.texts import Texts, texts_for

NBSP = "\u00a0"


def _plain(text: str) -> str:
    return text.replace("\u202f", NBSP)


@pytest.mark.parametrize("lang,money,number,month,percent", [
    ("en", "$1,250.50", "1,234,567", "June 2026", "42%"),
    ("fr", f"1{NBSP}250,50{NBSP}$", f"1{NBSP}234{NBSP}567", "juin 2026", f"42{NBSP}%"),
    ("es", "$1,250.50", "1,234,567", "junio de 2026", "42%"),
])
def test_numbers_money_and_months_follow_cldr(lang, money, number, month, percent):
    t = texts_for(lang)
    assert _plain(t.money(Decimal("1250.50"))) == money
    assert _plain(t.number(1234567)) == number
    assert t.month(date(2026, 6, 3)) == month  # "de" in Spanish was missing by hand
    assert _plain(t.percent(42)) == percent


def test_countries_print_as_names_in_the_documents_language():
    assert _value("citizenships", ("SY",), texts_for("fr")) == "Syrie"
    assert _value("citizenships", ("SY", "AF"), texts_for("es")) == "Siria, Afganistán"
    assert _value("citizenships", ("SY",), texts_for("en")) == "Syria"


def test_languages_print_in_the_documents_language():
    assert _value("languages", ("Arabic", "Haitian Creole"), texts_for("fr")) == \
        "arabe, créole haïtien"
    assert _value("languages", ("Spanish", "Tigrinya"), texts_for("es")) == "español, tigriña"
    assert _value("languages", ("Klingon-ish",), texts_for("fr")) == "Klingon-ish"


def test_a_french_letter_names_the_language_in_french():
    data = dataclasses.replace(samples.letter("fr"),
                               client=LetterClient(display_name="Amira Haddad",
                                                   languages=("Arabic", "Kurdish")))
    pdf = referral_letter(data)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "arabe, kurde" in text


def test_french_packet_prints_country_names():
    base = samples.packet("fr")
    fields = (("citizenships", _value("citizenships", ("SY",), texts_for("fr"))),)
    pdf = referral_packet(dataclasses.replace(base, client_fields=fields))
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert "Syrie" in text and " SY" not in text


def test_plural_forms_follow_the_language():
    table = {"n.one": "{count} client importé", "n.other": "{count} clients importés"}
    fr = Texts("fr", table)
    assert fr.plural("n", 1) == "1 client importé"
    assert fr.plural("n", 0) == "0 client importé"  # French: 0 and 1 are singular
    assert fr.plural("n", 2) == "2 clients importés"
    en = Texts("en", {"n.one": "{count} client", "n.other": "{count} clients"})
    assert en.plural("n", 0) == "0 clients" and en.plural("n", 1) == "1 client"
