"""The referral letter: content, consented fields only, fonts, accents, determinism."""

from __future__ import annotations

import dataclasses
import io
import os

import pypdf
import pytest

from reports import referral_letter, samples
from reports.data import LetterClient


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def joined(data: bytes) -> str:
    # Line breaks fall wherever the layout puts them; compare on single spaces.
    return " ".join(" ".join(pdf_text(data)).split())


def test_letter_prints_the_referral():
    text = joined(referral_letter(samples.letter()))
    for expected in (
        "Riverside Refugee Support Circle", "Clinique juridique Saint-Laurent",
        "Attention: Intake team", "Referral: Legal advice and representation — Amira Haddad",
        "June 12, 2026", "WS-2026-0142", "she/her", "Arabic, French, some English",
        "+1 438 555 0199", "Text only, in French or Arabic", "Basis of Claim",
        "Refugee Protection Division", "Joëlle Tremblay-Nuñez", "Settlement coordinator",
        "Page 1 of 1",
    ):
        assert expected in text, expected


def test_letter_prints_nothing_that_was_not_given():
    sparse = dataclasses.replace(samples.letter(), client=LetterClient(display_name="Kim Lê"))
    text = joined(referral_letter(sparse))
    assert "Kim Lê" in text
    for label in ("Pronouns", "Phone", "Email", "City", "Languages", "Household",
                  "Immigration situation", "follow these instructions"):
        assert label not in text
    assert "None" not in text


def test_metadata_is_neutral():
    reader = pypdf.PdfReader(io.BytesIO(referral_letter(samples.letter())))
    meta = reader.metadata
    assert meta.title == "Referral letter"
    for value in (meta.title, meta.author, meta.subject, meta.get("/Keywords") or ""):
        assert "Haddad" not in str(value) and "Amira" not in str(value)


@pytest.mark.parametrize("lang, words", [
    ("fr", ["Orientation : Conseils juridiques et représentation", "12 juin 2026",
            "Nous vous écrivons afin d'orienter", "Page 1 de 1"]),
    ("es", ["Derivación: Asesoría legal y representación", "12 de junio de 2026",
            "Les escribimos para derivar", "Página 1 de 1"]),
])
def test_french_and_spanish_letters_keep_their_accents(lang, words):
    text = joined(referral_letter(samples.letter(lang)))
    for w in words:
        assert w in text


def test_accented_names_survive_extraction():
    names = "Łukasz Ğüneş Ñúñez-Çelik Āmina Françoise Müller"
    data = dataclasses.replace(samples.letter(), client=LetterClient(display_name=names))
    assert names in joined(referral_letter(data))


def _fonts(data: bytes) -> dict[str, dict]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def _descriptor(font) -> dict:
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    return font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()


def test_fonts_are_embedded_noto_subsets():
    found = _fonts(referral_letter(samples.letter()))
    assert found
    for name, font in found.items():
        assert "Noto" in name, name  # never a base-14 font a viewer must substitute
        assert "/FontFile2" in _descriptor(font), name
    assert any("Bold" in name for name in found)


def test_invariant_mode_is_byte_identical():
    a = referral_letter(samples.letter(), invariant=True)
    b = referral_letter(samples.letter(), invariant=True)
    assert a == b


def test_page_sizes():
    letter = pypdf.PdfReader(io.BytesIO(referral_letter(samples.letter())))
    a4 = pypdf.PdfReader(io.BytesIO(referral_letter(samples.letter(), page_size="a4")))
    assert [round(float(x)) for x in letter.pages[0].mediabox[2:]] == [612, 792]
    assert [round(float(x)) for x in a4.pages[0].mediabox[2:]] == [595, 842]
    with pytest.raises(ValueError):
        referral_letter(samples.letter(), page_size="legal")


def test_markup_in_user_text_is_printed_literally():
    data = dataclasses.replace(samples.letter(), reason="Needs <b>help</b> & a <font> tag")
    assert "Needs <b>help</b> & a <font> tag" in joined(referral_letter(data))


def test_a_long_letter_runs_on_with_page_numbers():
    reason = "\n\n".join(["A long paragraph. " * 40] * 6)
    data = dataclasses.replace(samples.letter(), reason=reason)
    pages = pdf_text(referral_letter(data))
    assert len(pages) >= 2
    for i, page in enumerate(pages, 1):
        assert f"Page {i} of {len(pages)}" in page


def test_rendering_writes_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = sorted(os.listdir(tmp_path)) + sorted(os.listdir(tmp_path / "_tmp"))
    referral_letter(samples.letter())
    after = sorted(os.listdir(tmp_path)) + sorted(os.listdir(tmp_path / "_tmp"))
    assert before == after


