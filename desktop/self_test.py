"""``waystation --self-test-libraries FOLDER``: hidden; checks, inside a built bundle, the
libraries that ``packaging/slim_linux.py`` replaces or leaves to the system, so that a smaller
bundle cannot silently lose something the app uses (run by ``packaging/smoke.py``).

FOLDER holds ``photo.heic`` and ``letter.pdf`` (made by the smoke test); this writes
``letter-ar.pdf`` (a letter for a client with an Arabic name), ``letter-ar.png``,
``printed.pdf`` (both letters through QPrinter) and ``text.png`` there. Prints one line per
check and ``all libraries work`` at the end; exit 1 on the first failure. Needs a Qt
platform (offscreen will do).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

SAMPLE_TEXT = "Déverrouiller · Ñandú · مرحبا بكم · İstanbul"
ARABIC_NAME = "أميرة حداد"


def _heic(folder: Path) -> str:
    from models.image_metadata import heif_to_jpeg

    jpeg, _ = heif_to_jpeg((folder / "photo.heic").read_bytes())
    assert jpeg.startswith(b"\xff\xd8"), "the HEIC photo did not become a JPEG"
    return f"HEIC photo decoded ({len(jpeg)} bytes of JPEG)"


def _icu() -> str:
    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    if not sys.platform.startswith("linux"):  # Qt there uses the system's services, not ICU
        return "ICU: not bundled on this platform (its trimmed data is checked on Linux)"
    spanish = sorted(["ñandú", "nube", "oveja"], key=QCollator(QLocale("es_ES")).sortKey)
    assert spanish == ["nube", "ñandú", "oveja"], f"Spanish collation: {spanish}"
    upper = QLocale("tr_TR").toUpper("istanbul")
    assert upper == "İSTANBUL", f"Turkish upper case: {upper}"
    zone = QTimeZone(b"Europe/Paris").displayName(
        QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("fr_FR"))
    assert "Europe centrale" in zone, f"French time-zone name: {zone}"
    return "ICU: Spanish collation, Turkish upper case, French time-zone name"


def _names() -> str:
    """The duplicate warning's name matching runs on rapidfuzz's compiled distances: the
    bundle keeps their plain build only (no AVX2 build, no fuzz/process builds), and a
    missing build would fall back to the pure-Python one silently."""
    from rapidfuzz.distance import Indel

    from models.names import similarity

    module = Indel.normalized_similarity.__module__
    assert module.startswith("rapidfuzz.distance.metrics_cpp"), f"rapidfuzz uses {module}"
    score = similarity("Mohammed Al-Hassan", "Muhammad Hasan")
    assert score > similarity("Mohammed Al-Hassan", "Ana Lopez"), "names compare wrongly"
    return f"names compared with rapidfuzz's compiled distances ({module.rsplit('.', 1)[1]})"


def _arabic_letter(folder: Path) -> str:
    """The sample referral letter for a client with an Arabic name: the bundled fonts and
    HarfBuzz shaping are found, and the name is in the PDF's text."""
    import dataclasses
    import io
    import unicodedata

    import pypdf

    from reports import referral_letter, samples
    from reports.data import LetterClient

    client = LetterClient(display_name=f"Amira Haddad ({ARABIC_NAME})")
    pdf = referral_letter(dataclasses.replace(samples.letter(), client=client))
    (folder / "letter-ar.pdf").write_bytes(pdf)
    text = unicodedata.normalize("NFKC", " ".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages))
    assert all(word in text for word in ARABIC_NAME.split()), "the Arabic name is missing"
    return "letter with an Arabic name written (fonts and shaping found)"


def _print(folder: Path) -> str:
    from PySide6.QtCore import QSize
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from desktop.documents import load_pdf, render_to_printer

    holder = QWidget()
    loaded = [load_pdf(holder, (folder / name).read_bytes())
              for name in ("letter.pdf", "letter-ar.pdf")]
    loaded[1][0].render(0, QSize(595, 842)).save(str(folder / "letter-ar.png"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "printed.pdf"))
    pages = render_to_printer([document for document, _buffer in loaded], printer)
    assert pages >= 2 and (folder / "printed.pdf").read_bytes().startswith(b"%PDF"), \
        "printing the letters made no PDF"
    return f"both letters printed through QPrinter ({pages} pages)"


def _text(folder: Path) -> str:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel

    label = QLabel(SAMPLE_TEXT)
    label.setStyleSheet("background: white; color: black; font-size: 20px; padding: 8px")
    label.adjustSize()
    image = label.grab().toImage()
    image.save(str(folder / "text.png"))
    dark = sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).lightness() < 100)
    assert dark > 200, f"the sample text drew {dark} dark pixels"
    return f"text drawn ({dark} dark pixels in text.png)"


def run(folder: Path) -> int:
    from desktop.app import make_application

    make_application()
    checks: list[Callable[[], str]] = [lambda: _heic(folder), _icu, _names,
                                       lambda: _arabic_letter(folder),
                                       lambda: _print(folder), lambda: _text(folder)]
    for check in checks:
        try:
            print(check(), flush=True)
        except Exception as exc:  # noqa: BLE001 - name the failure and stop
            print(f"FAILED: {type(exc).__name__}: {exc}", flush=True)
            return 1
    print("all libraries work", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1])))
