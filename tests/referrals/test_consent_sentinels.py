"""Only consented information leaves (S9), field by field.

A distinct sentinel goes into every client, household, relative, document, note, screening,
referral and consent field. Then consent is recorded for one shareable field at a time, and
the letter, every page of the packet, the resource sheet and the PDF metadata are read back
as text: the consented field's sentinel is there, and no other sentinel is.

Two things are printed whatever was ticked, because they are the terms of the consent itself
and the consent form must state them: its purpose and its end date (on the packet's consent
page only, never in the letter). The consenting person's name belongs to the name: it is
printed only when the name is consented.
"""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from models.clients import Client
from models.consents import SHAREABLE_FIELDS
from models.household import Document, HouseholdMember, Relative
from models.partners import Partner
from models.referrals import Referral
from reports import referral_letter, referral_packet, resource_sheet
from reports.casebook_data import letter_data, packet_data, resource_data

# What each shareable field prints as (a field may print several sentinels, e.g. a relative's
# name and city). Every value is unique to its field.
PRINTED: dict[str, tuple[str, ...]] = {
    "display_name": ("Sentinelname", "SntConsenterQ"),  # the consenting person goes with it
    "pronouns": ("SntPronounsQ",),
    "languages": ("SntLanguageQ",),
    "phone": ("555 0177",),
    "email": ("snt.mailq",),
    "city": ("SntCityQ",),
    "birth_date": ("1937-08-19",),
    "citizenships": (r"\bNauru\b",),  # NR, printed as its CLDR name
    "immigration_situation": ("Temporary Protected Status",),
    "safe_contact": ("SntSafeContactQ",),
    "household": ("SntMemberQ",),
    "relatives": ("SntRelativeQ", "SntRelCityQ"),
    "documents": ("Temporary resident permit",),
    "vulnerabilities": ("Disability",),
    "screening": ("Screening summary", "ca-refugee-claim"),
    "reason": ("SntReasonQ",),
    "request": ("SntRequestQ",),
}
# Sentinels in fields that are never shareable: they must never be printed.
NEVER = ("SntAliasQ", "SntGenderQ", "SntRegionQ", "SntCountryQ", "SntImmNotesQ",
         "SntMemberNotesQ", "SntDocNotesQ", "SntNoteQ", "SntConsentNoteQ", "1999-12-31")
# The consent's own terms: on the packet's consent page whatever was ticked.
TERMS = ("SntPurposeQ", "October 9, 2031")
# What the letter (on its own, or as the packet's first pages) prints of each field.
IN_LETTER = {"display_name", "pronouns", "languages", "phone", "email", "city",
             "immigration_situation", "safe_contact", "household", "reason", "request"}


def _found(needle: str, text: str) -> bool:
    return bool(re.search(needle, text)) if needle.startswith("\\b") else needle in text


def _pages(pdf: bytes) -> tuple[list[str], str]:
    reader = PdfReader(io.BytesIO(pdf))
    pages = [re.sub(r"\s+", " ", p.extract_text() or "") for p in reader.pages]
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    xmp = reader.xmp_metadata
    if xmp is not None:
        meta += " " + xmp.stream.get_data().decode("utf-8", "replace")
    return pages, meta


def _fill(book) -> tuple[int, int]:
    cid = book.clients.add(Client(
        "Nadira Sentinelname", aliases=("SntAliasQ",), pronouns="SntPronounsQ",
        gender_identity="SntGenderQ", birth_date="1937-08-19", languages=("SntLanguageQ",),
        citizenships=("NR",), city="SntCityQ", region="SntRegionQ", country="SntCountryQ",
        immigration_situation="in_us_tps", immigration_notes="SntImmNotesQ",
        safe_contact="SntSafeContactQ", phone="+1 514 555 0177",
        email="snt.mailq@example.org", flags=frozenset({"disability"}))).id_of("clients")
    book.household.add_member(cid, HouseholdMember("SntMemberQ", relationship="child",
                                                   birth_year=2014, notes="SntMemberNotesQ"))
    book.household.add_relative(cid, Relative("sister", name="SntRelativeQ", adult=True,
                                              status="citizen", city="SntRelCityQ"))
    book.household.add_document(cid, Document("temporary_resident_permit",
                                              notes="SntDocNotesQ"))
    book.notes.add(cid, "SntNoteQ prefers evenings")
    book.screenings.run(cid, "ca-refugee-claim", {"birth_date": "1999-12-31"})
    pid = book.partners.add(Partner("Harbour Legal Clinic", services=("legal",),
                                    cities=("Halifax",))).id_of("partners")
    rid = book.referrals.create(Referral(cid, pid, "legal", reason="SntReasonQ",
                                         request="SntRequestQ")).id_of("referrals")
    return cid, rid


def test_each_field_alone_prints_only_its_own_sentinel(book):
    _cid, rid = _fill(book)
    assert set(PRINTED) == set(SHAREABLE_FIELDS)  # a new shareable field needs a sentinel
    every = {n for needles in PRINTED.values() for n in needles} | set(NEVER)
    problems: list[str] = []
    sheet_pages, sheet_meta = _pages(resource_sheet(resource_data(book)))
    for page in sheet_pages + [sheet_meta]:
        problems += [f"resource sheet: {n}" for n in every | set(TERMS) if _found(n, page)]

    for field in SHAREABLE_FIELDS:
        book.referrals.record_consent(rid, fields=(field,), purpose="SntPurposeQ",
                                      consenting_person="SntConsenterQ",
                                      valid_until="2031-10-09", note="SntConsentNoteQ")
        own = set(PRINTED[field])
        letter_pages, letter_meta = _pages(referral_letter(letter_data(book, rid)))
        packet_pages, packet_meta = _pages(referral_packet(packet_data(book, rid)))
        documents = {"letter": letter_pages, "packet": packet_pages}
        for name, pages in documents.items():
            for i, page in enumerate(pages, 1):
                problems += [f"{field}: {name} page {i} prints {n}"
                             for n in every - own if _found(n, page)]
        for name, meta in (("letter", letter_meta), ("packet", packet_meta)):
            problems += [f"{field}: {name} metadata holds {n}"
                         for n in every | set(TERMS) if _found(n, meta)]
        packet = " ".join(packet_pages)
        problems += [f"{field}: packet lacks its own {n}" for n in own if not _found(n, packet)]
        problems += [f"{field}: consent page lacks {n}" for n in TERMS if n not in packet]
        letter = " ".join(letter_pages)
        problems += [f"{field}: letter prints {n}" for n in TERMS if n in letter]
        if field in IN_LETTER:
            problems += [f"{field}: letter lacks its own {n}" for n in own - {"SntConsenterQ"}
                         if not _found(n, letter)]
    assert problems == [], "\n".join(problems)
