"""The referral packet prints exactly what PacketData holds, with page numbers and forms."""

from __future__ import annotations

import dataclasses
import io

import pypdf

from reports import referral_packet, samples
from reports.data import LetterClient, PacketData


def pages(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def text(data: bytes) -> str:
    return " ".join(pages(data))


def test_packet_has_every_part():
    t = text(referral_packet(samples.packet()))
    for expected in (
        "Referral: Legal advice and representation — Amira Haddad",  # the cover letter
        "Client summary", "Brother, permanent resident, in Laval",
        "Screening summary", "ca-refugee-claim", "2026.06.1", "Law current to May 31, 2026",
        "IRPR 159.5(b)", "IRPA 101(1)(b.1), 101(1.1)", "IRPR 160–163", "INELIG_B1",
        "Needs review", "Exception", "A bar to a claim may apply",
        "This is not legal advice",
        "Consent to share information", "Legal advice and representation on her refugee claim",
        "In person, explained in Arabic with an interpreter", "December 31, 2026",
        "Signature of the person consenting", "Signature of the person recording consent",
        "Documents to bring", "Your refugee claim papers",
    ):
        assert expected in t, expected


SENTINELS = {
    "pronouns": "SENTINEL-PRONOUNS-7731",
    "phone": "SENTINEL-PHONE-2210",
    "email": "SENTINEL-EMAIL-0042",
    "city": "SENTINEL-CITY-8832",
    "immigration_situation": "SENTINEL-STATUS-5120",
    "household": "SENTINEL-HOUSEHOLD-9934",
    "aliases": "SENTINEL-ALIAS-6671",
    "date_of_birth": "SENTINEL-DOB-1185",
}


def test_packet_prints_only_the_given_fields():
    shared = ("pronouns", "city", "household")
    withheld = [k for k in SENTINELS if k not in shared]
    client = LetterClient(display_name="Rosa Quispe", pronouns=SENTINELS["pronouns"],
                          city=SENTINELS["city"], household=SENTINELS["household"])
    base = samples.packet()
    data = PacketData(
        letter=dataclasses.replace(base.letter, client=client, reason="Needs a lawyer.",
                                   request="Please call."),
        client_fields=tuple((k, SENTINELS[k]) for k in shared),
        consent=dataclasses.replace(base.consent, consenting_person="Rosa Quispe",
                                    fields_shared=shared),
        screening=None,
        documents_to_bring=(),
    )
    t = text(referral_packet(data))
    for k in shared:
        assert SENTINELS[k] in t
    for k in withheld:
        assert SENTINELS[k] not in t
    assert "Amira" not in t and "Haddad" not in t  # nothing leaks from elsewhere
    # No screening given: no screening section and no screening disclaimer.
    assert "Screening summary" not in t and "ca-refugee-claim" not in t
    assert "No documents are needed" in t


def test_page_x_of_y_on_every_page():
    long = dataclasses.replace(
        samples.packet(),
        documents_to_bring=tuple(f"Document number {i}" for i in range(40)),
    )
    ps = pages(referral_packet(long))
    assert len(ps) >= 5
    for i, page in enumerate(ps, 1):
        assert f"Page {i} of {len(ps)}" in page
    assert "Referral packet · WS-2026-0142" in ps[1]  # running head on later pages


def test_spanish_and_french_packets():
    es = text(referral_packet(samples.packet("es")))
    for w in ("Resumen del caso", "Consentimiento para compartir información",
              "Esto no es asesoría legal", "Documentos que debe traer", "Impedimento",
              "Página 1 de"):
        assert w in es, w
    fr = text(referral_packet(samples.packet("fr")))
    for w in ("Résumé du dossier", "Consentement à la communication de renseignements",
              "Ceci n'est pas un avis juridique", "Droit à jour au 31 mai 2026", "Interdiction",
              "31 décembre 2026"):
        assert w in fr, w


def test_packet_metadata_and_invariance():
    a = referral_packet(samples.packet(), invariant=True)
    assert a == referral_packet(samples.packet(), invariant=True)
    meta = pypdf.PdfReader(io.BytesIO(a)).metadata
    assert meta.title == "Referral packet"
    assert "Haddad" not in f"{meta.title}{meta.author}{meta.subject}"


