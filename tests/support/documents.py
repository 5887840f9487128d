"""A casebook with a client to print, and reading a PDF's text and fonts."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from models.clients import Client
from models.household import Document, HouseholdMember, Relative
from models.partners import Partner
from models.referrals import Referral
from models.settings import Letterhead

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
