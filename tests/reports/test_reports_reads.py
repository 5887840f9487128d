"""reports/ reads the casebook only through models' repositories (their permission checks
and audit), never with SQL of its own (issue 19, problem 3)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from models.errors import PermissionDenied
from reports.casebook_data import sent_between
from tests.support.documents import make_casebook

REPORTS = Path(__file__).resolve().parents[2] / "reports"
RAW_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b\s|\.(q|one|x|execute)\(")


def test_reports_run_no_sql_of_their_own():
    found = [f"{p.name}:{n}" for p in sorted(REPORTS.rglob("*.py"))
             for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
             if RAW_SQL.search(line)]
    assert found == []


def test_sent_between_is_the_referrals_repositorys_read(book):
    _, _, rid = make_casebook(book, status="sent")
    today = book.store.today()
    assert book.referrals.sent_between(today, today) == [rid]
    assert sent_between(book, today - dt.timedelta(days=6), today) == [rid]
    assert book.referrals.sent_between(today + dt.timedelta(days=1),
                                       today + dt.timedelta(days=7)) == []
    book.store.require = _refuse  # the repository checks the permission, not the caller
    with pytest.raises(PermissionDenied):
        sent_between(book, today, today)


def _refuse(action) -> None:  # noqa: ANN001
    raise PermissionDenied(f"not allowed: {action}")
