"""Language files: same keys everywhere, English fallback, locale formatting; no Qt."""

from __future__ import annotations

import re
import string
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from reports.texts import LETTERS_DIR, load_texts, read_language, texts_for

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ("legal legal_aid shelter_housing health mental_health cash_assistance food "
            "employment education lgbtq_support child_welfare interpretation transport "
            "sponsorship other").split()


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_every_language_has_the_english_keys(lang):
    en = read_language(LETTERS_DIR, "en")
    other = read_language(LETTERS_DIR, lang)
    assert set(other) == set(en)


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_placeholders_match_english(lang):
    en = read_language(LETTERS_DIR, "en")
    other = read_language(LETTERS_DIR, lang)

    def names(s: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(s) if f}

    for key, text in en.items():
        assert names(other[key]) == names(text), key


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_all_service_names_exist(lang):
    t = texts_for(lang)
    for s in SERVICES:
        assert f"services.{s}" in t and f"service_titles.{s}" in t


def test_missing_key_falls_back_to_english(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "fr").mkdir()
    (tmp_path / "en" / "a.yaml").write_text(
        "letter:\n  title: Referral letter\n  thanks: Thank you.\n", encoding="utf-8")
    (tmp_path / "fr" / "a.yaml").write_text(
        "letter:\n  title: Lettre d'orientation\n", encoding="utf-8")
    fr = load_texts(tmp_path, "fr")
    assert fr.get("letter.title") == "Lettre d'orientation"
    assert fr.get("letter.thanks") == "Thank you."
    with pytest.raises(KeyError):
        fr.get("letter.nowhere")


def test_unknown_language_is_refused():
    with pytest.raises(ValueError):
        load_texts(LETTERS_DIR, "de")


def test_unknown_names_print_as_themselves():
    assert texts_for("en").name("services", "dance_lessons") == "dance_lessons"


def test_locale_formatting():
    en, fr, es = texts_for("en"), texts_for("fr"), texts_for("es")
    assert en.date(date(2026, 3, 1)) == "March 1, 2026"
    assert fr.date(date(2026, 3, 1)) == "1er mars 2026"
    assert es.date(date(2026, 3, 1)) == "1 de marzo de 2026"
    assert en.money(Decimal("28700")) == "$28,700.00"
    assert fr.money(Decimal("28700")) == "28\u00a0700,00\u00a0$"
    assert en.money(Decimal("-12.5")) == "-$12.50"
    assert en.number(1234567) == "1,234,567"


def test_reports_never_import_qt_or_write_files():
    code = (
        "import sys, pkgutil, importlib, reports\n"
        "for m in pkgutil.walk_packages(reports.__path__, 'reports.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == ""
    for path in (ROOT / "reports").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "PySide6" not in source, path
        assert "logging" not in source, path  # documents never log
        # ...and never write a file: resources are read with read_text, PDFs go to BytesIO
        # (a PDF writer's .write(BytesIO) is how pypdf hands its bytes back, not a file).
        assert not re.search(r"\bopen\(|\.write_(text|bytes)\(|\bos\.write|tofile", source), path
