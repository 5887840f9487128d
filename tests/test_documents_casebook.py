"""Letters and packets made from a casebook print only what the person consented to share
(S9, printing half); French and Spanish keep their accents; fonts are embedded."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from models.clients import Client
from models.household import Document, HouseholdMember, Relative
from models.partners import Partner
from models.referrals import Referral
from models.settings import Letterhead
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

# A distinct, searchable value in every shareable field.
SENTINEL = {
    "display_name": "Zorana Sentinelname",
    "pronouns": "SENTPRONOUNS",
    "languages": ("Sentlanguish",),
    "phone": "+1 514 555 0177",
    "email": "sentinel.mail@example.org",
    "city": "Sentcityville",
    "birth_date": "1988-03-17",
    "citizenships": ("SY",),
    "immigration_situation": "in_us_tps",
    "safe_contact": "SENTSAFE text only after noon",
    "flags": frozenset({"unaccompanied_minor"}),
}
HOUSEHOLD_NAME = "Sentkidmember"
RELATIVE_NAME = "Sentrelativeperson"
DOCUMENT_NOTE_TYPE = "us_asylum_receipt"
# How each field's sentinel shows up in text, for fields whose printed form differs.
PRINTED = {
    "display_name": ["Sentinelname"],
    "pronouns": ["SENTPRONOUNS"],
    "languages": ["Sentlanguish"],
    "phone": ["555 0177"],
    "email": ["sentinel.mail"],
    "city": ["Sentcityville"],
    "birth_date": ["1988"],
    "citizenships": ["SY"],
    "immigration_situation": ["Temporary Protected"],
    "safe_contact": ["SENTSAFE"],
    "vulnerabilities": ["Unaccompanied"],
    "household": [HOUSEHOLD_NAME],
    "relatives": [RELATIVE_NAME],
    "documents": ["US asylum receipt"],
}


def make_casebook(book, *, fields=tuple(PRINTED) + ("screening", "reason", "request"), lang="en",
                  status="consent_recorded", reason="Needs counsel before the hearing.",
                  request="Please assess whether you can represent this person."):
    """A client with a sentinel in every field, a partner, a consent for ``fields``, a
    screening and a referral. Returns (client_id, partner_id, referral_id)."""
    book.settings.set_letterhead(Letterhead(
        org_name="Riverside Refugee Support Circle",
        address="214 Rue Saint-Denis\nMontréal, QC  H2X 3K9",
        contact="+1 514 555 0142\nintake@riverside.example",
        signatory_name="Joëlle Tremblay-Nuñez", signatory_title="Coordinator"))
    cid = book.clients.add(Client(**SENTINEL)).id_of("clients")
    book.household.add_member(cid, HouseholdMember(HOUSEHOLD_NAME, relationship="child",
                                                   birth_year=2017))
    book.household.add_relative(cid, Relative("brother", name=RELATIVE_NAME,
                                              status="permanent_resident", adult=True))
    book.household.add_document(cid, Document(DOCUMENT_NOTE_TYPE))
    pid = book.partners.add(Partner("Clinique juridique Saint-Laurent", services=("legal",),
                                    cities=("Montréal",), languages=("French", "Spanish"),
                                    contact="88 Boulevard Saint-Laurent\n+1 514 555 0100",
                                    intake_notes="Walk-in Tuesdays.")).id_of("partners")
    rid = book.referrals.create(Referral(cid, pid, "legal", reason=reason, request=request,
                                         lang=lang)).id_of("referrals")
    book.referrals.record_consent(rid, fields=tuple(fields), purpose="Legal advice",
                                  consenting_person="Zorana S.",
                                  given_how="verbal_with_interpreter")
    if status == "sent":
        book.referrals.transition(rid, "sent")
    return cid, pid, rid


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def fonts_embedded(data: bytes) -> bool:
    reader = PdfReader(io.BytesIO(data))
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            desc = target.get("/FontDescriptor")
            if desc is None:
                return False
            desc = desc.get_object()
            if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                return False
            seen += 1
    return seen > 0


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
