"""Letters and packets made from a casebook print only what the person consented to share
(S9, printing half); French and Spanish keep their accents; fonts are embedded."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from reports import caseload_report, recovery_sheet, referral_letter, referral_packet
from reports import resource_sheet as resource_sheet_pdf
from reports.casebook_data import (
    caseload_data,
    checklist,
    letter_data,
    packet_data,
    recovery_data,
    resource_data,
)
from reports.texts import texts_for
from tests.support.documents import PRINTED, flat, fonts_embedded, make_casebook, pdf_text


def test_letter_carries_the_referral_and_the_letterhead(book):
    _, _, rid = make_casebook(book)
    data = letter_data(book, rid)
    text = flat(pdf_text(referral_letter(data)))
    for expected in ("Riverside Refugee Support Circle", "Clinique juridique Saint-Laurent",
                     "Zorana Sentinelname", "Needs counsel before the hearing",
                     "Please assess whether you can represent", "SENTSAFE",
                     "Joëlle Tremblay-Nuñez", f"WS-{book.store.today().year}-{rid:04d}"):
        assert expected in text, expected
    today = book.store.today()
    assert str(today.year) in text and texts_for("en").date(today) in text


@pytest.mark.parametrize("shared", [
    ("display_name", "phone"),
    ("display_name", "city", "languages", "screening"),
    ("pronouns", "household", "documents", "safe_contact"),
    ("display_name", "relatives", "vulnerabilities", "immigration_situation", "birth_date"),
])
def test_packet_prints_only_consented_fields(book, shared):
    _, _, rid = make_casebook(book, fields=shared)
    text = flat(pdf_text(referral_packet(packet_data(book, rid))))
    for key, needles in PRINTED.items():
        for needle in needles:
            if key in shared:
                assert needle in text, (key, needle)
            else:
                assert needle not in text, (key, needle)


def test_packet_without_the_name_calls_the_person_neutrally(book):
    _, _, rid = make_casebook(book, fields=("phone",))
    text = flat(pdf_text(referral_packet(packet_data(book, rid))))
    assert "Sentinelname" not in text
    assert f"Person WS-{book.store.today().year}-{rid:04d}" in text


def test_packet_screening_only_when_consented(book):
    cid, pid, rid = make_casebook(book, fields=("display_name", "screening"))
    book.screenings.run(cid, "ca-refugee-claim", {})
    text = flat(pdf_text(referral_packet(packet_data(book, rid))))
    assert "Screening summary" in text and "not legal advice" in text
    assert "Pack version" in text and "Law current to" in text
    _, _, rid2 = make_casebook(book, fields=("display_name",))
    text2 = flat(pdf_text(referral_packet(packet_data(book, rid2))))
    assert "Screening summary" not in text2


def test_packet_has_consent_form_and_checklist(book):
    _, _, rid = make_casebook(book, fields=("display_name",))
    data = packet_data(book, rid)
    text = flat(pdf_text(referral_packet(data)))
    assert "Consent to share information" in text
    assert "Signature of the person consenting" in text
    assert "Verbally, with an interpreter" in text
    assert "Documents to bring" in text
    assert "refugee claim papers" in text  # from the legal service
    assert data.documents_to_bring[0].startswith("Any identity document")


def test_checklist_follows_findings():
    t = texts_for("en")
    items = checklist("health", ("EXC_FAMILY_RESIDENT", "PRRA_AVAILABLE"), t)
    assert t.get("checklist.family_status") in items
    assert t.get("checklist.removal_papers") in items
    assert t.get("checklist.health_card") in items
    assert len(items) == len(set(items))


@pytest.mark.parametrize(("lang", "words"), [
    ("fr", ("Confidentiel — transmis", "Joëlle Tremblay-Nuñez", "Montréal", "orientation")),
    ("es", ("Joëlle Tremblay-Nuñez", "derivación", "Montréal")),
])
def test_french_and_spanish_letters_keep_accents(book, lang, words):
    _, _, rid = make_casebook(book, lang=lang)
    data = letter_data(book, rid)
    assert data.lang == lang
    pdf = referral_letter(data)
    text = flat(pdf_text(pdf))
    for w in words:
        assert w in text, w
    assert fonts_embedded(pdf)


def test_letter_language_can_be_overridden(book):
    _, _, rid = make_casebook(book, lang="en")
    assert letter_data(book, rid, "es").lang == "es"
    text = flat(pdf_text(referral_packet(packet_data(book, rid, "fr"))))
    assert "Documents à apporter" in text or "apporter" in text
    assert "Consentement" in text or "consentement" in text


def test_caseload_and_resource_sheet_and_recovery(book):
    make_casebook(book, status="sent")
    report = caseload_report(caseload_data(book))
    text = flat(pdf_text(report))
    assert "Caseload report" in text and "Sentinelname" not in text
    assert fonts_embedded(report)
    sheet = resource_data(book, city="Montréal", service="legal", language="Spanish",
                          lang="fr")
    assert [e.name for e in sheet.entries] == ["Clinique juridique Saint-Laurent"]
    text = flat(pdf_text(resource_sheet_pdf(sheet, lang="fr")))
    assert "Montréal — fiche de ressources" in text and "Walk-in Tuesdays" in text
    assert not resource_data(book, city="Toronto").entries
    rec = recovery_sheet(recovery_data("/somewhere/private/book.wsdb", "ABCD-EFGH-IJKL"))
    text = flat(pdf_text(rec))
    assert "book.wsdb" in text and "private" not in text and "ABCD" in text


def test_every_document_in_french(book):
    _, _, rid = make_casebook(book)
    for pdf in (referral_packet(packet_data(book, rid, "fr")),
                caseload_report(caseload_data(book, lang="fr"), lang="fr"),
                resource_sheet_pdf(resource_data(book, lang="fr"), lang="fr")):
        assert fonts_embedded(pdf)
        assert any(ch in pdf_text(pdf) for ch in "éèàç")


def _consent_page(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    pages = [flat(p.extract_text() or "") for p in reader.pages]
    return next(p for p in pages if "Consent to share information" in p)


def test_consent_page_names_the_person_consenting_only_when_the_name_is_consented(book):
    _, _, rid = make_casebook(book, fields=("phone",))
    data = packet_data(book, rid)
    assert data.consent.consenting_person is None
    page = _consent_page(referral_packet(data))
    assert "Zorana" not in page and "Person consenting" in page
    assert "To be written by hand" in page  # under the blank line for the name
    assert "what the person consenting agreed to share" in page
    _, _, named = make_casebook(book, fields=("display_name", "phone"))
    page = _consent_page(referral_packet(packet_data(book, named)))
    assert "Zorana S." in page and "To be written by hand" not in page


@pytest.mark.parametrize(("lang", "neutral"), [
    ("en", "The reason for this referral is not included in this letter"),
    ("fr", "Le motif de l'orientation ne figure pas dans cette lettre"),
    ("es", "El motivo de esta derivación no figura en esta carta"),
])
def test_reason_and_request_are_printed_only_with_their_own_tick(book, lang, neutral):
    _, _, rid = make_casebook(book, fields=("display_name",), lang=lang,
                              reason="SntReasonText", request="SntRequestText")
    t = texts_for(lang)
    for pdf in (referral_letter(letter_data(book, rid)),
                referral_packet(packet_data(book, rid))):
        text = flat(pdf_text(pdf))
        assert "SntReasonText" not in text and "SntRequestText" not in text
        assert neutral in text and t.get("casebook.request_not_shared") in text
    book.referrals.record_consent(rid, fields=("display_name", "reason", "request"),
                                  purpose="Legal advice", consenting_person="Zorana S.")
    text = flat(pdf_text(referral_letter(letter_data(book, rid))))
    assert "SntReasonText" in text and "SntRequestText" in text and neutral not in text
