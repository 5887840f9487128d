"""Prefilling a screening from the profile: only what is certain, and always valid answers."""

from __future__ import annotations

import datetime as dt

from models.clients import Client
from models.household import Document, Relative
from models.screening import evaluate, load_pack
from models.screening.prefill import prefill

TODAY = dt.date(2026, 6, 1)


def test_profile_relatives_and_documents_become_answers():
    pack = load_pack("ca-refugee-claim")
    client = Client("A", citizenships=("SY", "TR"), birth_date="1990-04-02")
    relatives = [Relative("brother", adult=True, status="citizen"),
                 Relative("cousin", adult=False, status="unknown")]
    documents = [Document("temporary_resident_visa", expiry="2027-01-01"),
                 Document("passport"), Document("work_permit")]
    answers = prefill(pack, client, relatives, documents, today=TODAY)
    assert answers == {
        "citizenships": ["SY", "TR"],
        "birth_date": "1990-04-02",
        "relatives_in_canada": [
            {"relationship": "brother", "adult": True, "status": "citizen"},
            {"relationship": "cousin", "adult": False, "status": "unknown"}],
        "documents": ["temporary_resident_visa", "work_permit"],
    }
    evaluate(pack, answers)  # the engine accepts every prefilled answer


def test_unknowns_stay_unanswered():
    pack = load_pack("ca-refugee-claim")
    relatives = [Relative("brother", adult=None, status="citizen")]
    documents = [Document("pr_visa", expiry="2026-05-31"), Document("pr_visa", expiry=None),
                 Document("eta"), Document("eta")]
    answers = prefill(pack, Client("B"), relatives, documents, today=TODAY)
    # No citizenships recorded means unknown, not stateless; an adult flag is required.
    assert "citizenships" not in answers and "relatives_in_canada" not in answers
    assert answers["documents"] == ["pr_visa", "eta"]


def test_a_pack_without_those_questions_gets_nothing():
    pack = load_pack("ca-private-sponsorship")
    client = Client("C", citizenships=("AF",), birth_date="2001-01-01")
    assert prefill(pack, client, [Relative("mother", adult=True, status="citizen")],
                   [Document("pr_visa")], today=TODAY) == {}


def test_citizenships_the_screening_would_refuse_are_left_unanswered():
    pack = load_pack("ca-refugee-claim")
    assert "citizenships" not in prefill(pack, Client("A", citizenships=("SY", "XX")),
                                         today=TODAY)
    assert prefill(pack, Client("A", citizenships=("uk",)), today=TODAY)["citizenships"] == \
        ["GB"]
