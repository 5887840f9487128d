"""One module checks typed text, dates, choices and country codes (issue 19, point 5)."""

from __future__ import annotations

import ast
import datetime as dt

import pytest

from models.errors import InvalidInput
from models.partners import Partner
from models.validate import (
    MAX_TEXT,
    clean_text,
    is_country_code,
    iso_date,
    one_of,
    stored_date,
)
from tests.support.source_tree import ROOT


def test_text_is_stripped_and_refused_with_one_sentence():
    assert clean_text("city", "  Halifax ") == "Halifax"
    assert clean_text("city", "   ") is None
    with pytest.raises(InvalidInput, match="is required"):
        clean_text("name", " ", required=True)
    with pytest.raises(InvalidInput, match="must be text"):
        clean_text("name", 12)
    with pytest.raises(InvalidInput, match="NUL"):
        clean_text("name", "a\x00b")
    with pytest.raises(InvalidInput, match=f"longer than {MAX_TEXT}"):
        clean_text("notes", "x" * (MAX_TEXT + 1))


def test_dates_typed_are_checked_and_dates_stored_are_read():
    assert iso_date("due", "2031-01-05") == "2031-01-05"
    assert iso_date("due", "") is None
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        iso_date("due", "05/01/2031")
    assert stored_date("2031-01-05T10:00:00+00:00") == dt.date(2031, 1, 5)
    assert stored_date("not a date") is None and stored_date(None) is None


def test_choices_and_country_codes():
    assert one_of("status", "open", ("open", "done")) == "open"
    assert one_of("status", "", ("open",)) is None
    with pytest.raises(InvalidInput, match="not one of the known values"):
        one_of("status", "lost", ("open", "done"))
    assert is_country_code("SY") and not is_country_code("sy") and not is_country_code("SYR")
    assert is_country_code("sy", any_case=True) and not is_country_code(None, any_case=True)


def test_no_module_borrows_the_private_checks_of_another():
    # clients._text and _date were imported by a dozen modules, household._choice by the
    # demo: the shared checks are public names of models/validate.py now.
    borrowed = []
    for folder in ("models", "reports", "desktop"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module in (
                        "models.clients", "models.household"):
                    borrowed += [f"{path.relative_to(ROOT)}: {a.name}" for a in node.names
                                 if a.name in ("_text", "_date", "_choice")]
    assert borrowed == []


def test_a_required_text_left_out_is_refused_as_required(book):
    # mypy found it (issue 19): None passed a required check and came back as None, so a
    # partner without a name reached SQLite's NOT NULL, a raw error instead of a sentence.
    with pytest.raises(InvalidInput, match="is required"):
        clean_text("name", None, required=True)
    with pytest.raises(InvalidInput, match="is required"):
        book.partners.add(Partner(None, services=("legal",)))  # type: ignore[arg-type]
    assert book.partners.search() == []
