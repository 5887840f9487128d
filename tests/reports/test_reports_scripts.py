"""Names in Arabic, Ge'ez, Cyrillic, Vietnamese and Chinese print (issue 17): the PDF text has
each name and the rendered page has ink where each name is."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
import unicodedata

import pypdf
import pytest

from reports import referral_letter, referral_packet, samples, scripts
from reports.data import LetterClient

NAMES = {
    "arabic": "أميرة حداد",
    "persian": "فاطمه رضایی",
    "urdu": "عائشہ خان",
    "pashto": "ګل‌پاڼه وردګ",
    "amharic": "ሰላም ተስፋዬ",
    "ukrainian": "Олена Шевченко",
    "vietnamese": "Nguyễn Thị Hương",
    "chinese": "王秀英",
}


def _words(data: bytes) -> set[str]:
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    # Shaped Arabic extracts as presentation forms; NFKC folds them back to letters.
    text = unicodedata.normalize("NFKC", text)
    return set(text.replace("(", " ").replace(")", " ").split())


def _letter(name: str) -> bytes:
    client = LetterClient(display_name=name)
    return referral_letter(dataclasses.replace(samples.letter(), client=client))


def _packet(name: str) -> bytes:
    base = samples.packet()
    client = LetterClient(display_name=name)
    return referral_packet(dataclasses.replace(
        base, letter=dataclasses.replace(base.letter, client=client)))


#: Pashto's contextual forms of ګ and ڼ have no Unicode code point, so reportlab maps them to
#: private-use characters and text extraction cannot give the letters back; the name still
#: prints (test_each_name_draws_glyphs).
EXTRACTABLE = [s for s in NAMES if s != "pashto"]


@pytest.mark.parametrize("build", [_letter, _packet], ids=["letter", "packet"])
@pytest.mark.parametrize("script", EXTRACTABLE)
def test_each_name_is_in_the_pdf_text(build, script):
    name = NAMES[script]
    words = _words(build(f"Amira Haddad ({name})"))
    for word in name.split():
        # A zero-width non-joiner (Persian, Pashto) shapes the word and leaves no glyph.
        assert word.replace("\u200c", "") in words, (script, word)


def test_fallback_fonts_are_embedded():
    pdf = _letter(" ".join(NAMES.values()))
    fonts = set()
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    for wanted in ("NotoSansArabic", "NotoSansEthiopic", "NotoSansCJKsc"):
        assert any(wanted in f for f in fonts), (wanted, fonts)


def test_runs_get_their_fonts_and_arabic_words_their_visual_order():
    marked = scripts.mark_runs("Amira Haddad (أميرة حداد) <b>ሰላም</b> Олена 王")
    assert '(<font name="NotoSansArabic">حداد أميرة</font>)' in marked
    assert '<b><font name="NotoSansEthiopic">ሰላም</font></b>' in marked
    assert "Олена" in marked and '<font name="NotoSansSC">王</font>' in marked
    assert scripts.mark_runs("Łukasz Nguyễn &amp; Олена") == "Łukasz Nguyễn &amp; Олена"


def _ink(png: bytes) -> int:
    from PIL import Image  # Pillow comes with reportlab

    img = Image.open(io.BytesIO(png)).convert("L")
    return sum(img.histogram()[:128])


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("script", list(NAMES))
def test_each_name_draws_glyphs(script, tmp_path):
    """A page with only the name is compared with the same page with the name left out: the
    name has to add ink (missing glyphs used to print as nothing)."""
    from reportlab.lib.pagesizes import A6
    from reportlab.platypus import SimpleDocTemplate

    from reports.layout import para

    def page(text: str, stem: str) -> bytes:
        pdf = tmp_path / f"{stem}.pdf"
        SimpleDocTemplate(str(pdf), pagesize=A6).build([para(text, "title")])
        subprocess.run(["pdftoppm", "-r", "50", "-png", "-singlefile", str(pdf),
                        str(tmp_path / stem)], check=True)
        return (tmp_path / f"{stem}.png").read_bytes()

    with_name = _ink(page(f"( {NAMES[script]} )", "with"))
    without = _ink(page("(  )", "without"))
    assert with_name > without + 20, (script, with_name, without)
