"""No casebook data in readable form on disk (S1).

A sentinel goes through every feature (every client field, household, relatives, documents,
notes, partners, consent, referral and its transition notes, follow-ups, a screening, the
letterhead, a sponsorship, a user name); then every file the session could have touched is
scanned for it — the casebook folder, the backup, the temporary folder, the home folder with
its XDG config, cache and data folders (where Qt keeps its own) — in UTF-8, UTF-16 and
case-folded forms. The only file allowed to hold it is the PDF the person printed to.
"""

from __future__ import annotations

import pytest

from models.casebook import Casebook
from tests.harness import session
from tests.support.pagecrypt import decrypt_pages


def test_the_scanner_finds_every_form_it_claims_to(tmp_path):
    for i, form in enumerate(session.scan_forms()):
        (tmp_path / f"plain{i}").write_bytes(b"xx" + form + b"yy")
    hits = session.scan([tmp_path])
    assert len(hits) >= len(session.scan_forms())


def test_a_model_session_leaves_no_sentinel_anywhere(tmp_path):
    folder = tmp_path / "books"
    backup = session.model_session(folder)
    hits = session.scan([tmp_path])  # books, usb backup, _tmp (TMPDIR) and _home (HOME, XDG)
    assert hits == []
    # Positive control: the sentinels are really inside, under the key.
    book = Casebook.open(folder / "session.wsdb", session.USER, session.PASS)
    key = bytes(book._key).hex()
    book.close()
    assert session.CORE.encode() in decrypt_pages(folder / "session.wsdb", key)
    assert backup.exists() and session.CORE.encode() not in backup.read_bytes()


@pytest.mark.timeout(120)
def test_a_desktop_session_with_preview_and_print_leaves_no_sentinel(qapp, tmp_path):
    from PySide6.QtCore import QStandardPaths

    pytest.importorskip("PySide6.QtPdf")
    printed = tmp_path / "explicitly-saved" / "printed.pdf"
    printed.parent.mkdir()
    session.desktop_session(tmp_path / "desk", printed)
    qt_places = [QStandardPaths.writableLocation(where) for where in (
        QStandardPaths.StandardLocation.CacheLocation,
        QStandardPaths.StandardLocation.GenericCacheLocation,
        QStandardPaths.StandardLocation.ConfigLocation,
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.TempLocation,
        QStandardPaths.StandardLocation.RuntimeLocation)]
    # Qt's caches and settings must fall inside what we scan, or the scan proves nothing.
    assert all(p.startswith(str(tmp_path)) for p in qt_places if p), qt_places
    assert printed.stat().st_size > 1000
    assert session.scan([tmp_path], exclude={printed}) == []
