"""The first letter of a session: what it imports, and the preload that pays for it ahead
(issue 18, letter_cold)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=120)
    return set(out.stdout.split())


def test_a_letter_does_not_import_the_other_documents_or_charts() -> None:
    loaded = _modules_after("from reports import referral_letter")
    assert "reports.letter" in loaded
    # The caseload report's charts (reportlab.graphics) and the other documents wait until
    # one of them is asked for.
    assert not {m for m in loaded if m.startswith("reportlab.graphics")}
    assert not {"reports.caseload", "reports.sponsorship", "reports.recovery"} & loaded


def test_every_document_is_still_a_name_of_the_package() -> None:
    import reports

    for name in reports.__all__:
        assert callable(getattr(reports, name)), name
    assert set(reports.__all__) <= set(dir(reports))


def test_preload_imports_the_letter_and_registers_the_fonts_once() -> None:
    loaded = _modules_after(
        "from reports import preload\n"
        "preload.preload()\n"
        "assert preload.wait(0)\n"
        "assert preload.start_in_background() is None  # already done in this process\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "assert 'NotoSans' in pdfmetrics.getRegisteredFontNames()\n"
        "assert 'NotoSansSC' not in pdfmetrics.getRegisteredFontNames()\n"
        "from reports.data import LANGUAGES\n"
        "from reports.texts import texts_for\n"
        "assert texts_for.cache_info().currsize == len(LANGUAGES)  # every letter language\n")
    assert {"reports.letter", "reports.casebook_data", "reportlab.platypus"} <= loaded


def test_preload_in_the_background_finishes() -> None:
    loaded = _modules_after(
        "from reports import preload\n"
        "thread = preload.start_in_background()\n"
        "assert thread is not None and preload.wait(60)\n")
    assert "reports.letter" in loaded


def test_a_latin_letter_parses_only_noto_sans_and_its_bold() -> None:
    _modules_after(
        "from reports import referral_letter, samples\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "referral_letter(samples.letter())\n"
        "names = set(pdfmetrics.getRegisteredFontNames())\n"
        "assert names == {'NotoSans', 'NotoSans-Bold'}, names\n")


def test_italics_and_mono_are_registered_when_a_document_needs_them() -> None:
    import io
    import re

    from reportlab.platypus import SimpleDocTemplate

    from reports import layout, recovery_sheet, samples

    def base_fonts(pdf: bytes) -> set[str]:
        return {m.decode().split("+")[-1] for m in re.findall(rb"/BaseFont /([\w+\-]+)", pdf)}

    assert "NotoMono" in base_fonts(recovery_sheet(samples.recovery()))
    buf = io.BytesIO()
    SimpleDocTemplate(buf).build([layout.markup("plain <i>slanted</i> <b><i>both</i></b>")])
    assert {"NotoSans-Italic", "NotoSans-BoldItalic"} <= base_fonts(buf.getvalue())


def test_preload_opens_no_database_and_the_letter_after_it_is_the_same() -> None:
    """It runs before unlocking (desktop/app.py): modules and fonts only, never a casebook;
    and a letter made after it is byte for byte the one a process without it makes."""
    letter = ("import hashlib\n"
              "from reports import referral_letter, samples\n"
              "print('pdf', hashlib.sha256(referral_letter(samples.letter(), invariant=True))"
              ".hexdigest())\n")
    warmed = _printed(
        "import sqlite3, sqlcipher3\n"
        "def refuse(*args, **kwargs):\n"
        "    raise SystemExit('the preload opened a database')\n"
        "sqlcipher3.connect = sqlite3.connect = refuse\n"
        "from reports import preload\n"
        "preload.preload()\n"
        "assert 'reports.letter' in __import__('sys').modules\n"
        "sqlcipher3.connect = sqlite3.connect = None\n" + letter)
    assert warmed == _printed(letter)


def _printed(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=120)
    return [line for line in out.stdout.splitlines() if line.startswith("pdf ")][0]
