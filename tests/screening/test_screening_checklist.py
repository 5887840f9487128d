"""The documents-to-bring rule (by service and by finding) is screening knowledge in
models/screening, its finding ids checked against the shipped rule packs; reports only prints
it (issue 19, problem 3)."""

from __future__ import annotations

import pytest

import reports.casebook_data as casebook_data
from models.partners import SERVICES
from models.screening import available_packs, load_pack
from models.screening.checklist import (
    FINDING_DOCUMENTS,
    SERVICE_DOCUMENTS,
    documents_to_bring,
    for_finding,
)
from reports.data import LANGUAGES
from reports.texts import texts_for


def _shipped_finding_ids() -> set[str]:
    return {rule.id for pack_id in available_packs() for rule in load_pack(pack_id).findings}


def test_every_finding_prefix_names_a_finding_of_a_shipped_pack():
    ids = _shipped_finding_ids()
    for prefix, _ in FINDING_DOCUMENTS:
        assert any(i.startswith(prefix) for i in ids), prefix
    # First match wins, so no prefix may hide a longer one listed after it.
    prefixes = [p for p, _ in FINDING_DOCUMENTS]
    for i, p in enumerate(prefixes):
        assert not any(q.startswith(p) and q != p for q in prefixes[i + 1:]), p


def test_every_service_has_its_documents_and_every_document_its_words():
    assert set(SERVICE_DOCUMENTS) == set(SERVICES)
    keys = {"identity", "this_letter", *(k for v in SERVICE_DOCUMENTS.values() for k in v),
            *(k for _, v in FINDING_DOCUMENTS for k in v)}
    for lang in LANGUAGES:
        t = texts_for(lang)
        for k in keys:
            assert t.get(f"checklist.{k}"), (lang, k)


@pytest.mark.parametrize("fid, expected", [("INELIG_STCA", ("entry_dates", "us_papers")),
                                           ("INELIG_B1", ("entry_dates", "immigration_papers")),
                                           ("PSR_G5_SIZE", ("sponsorship_papers",)),
                                           ("INFO_US_CITIZEN", ())])
def test_a_finding_calls_for_its_documents(fid, expected):
    assert for_finding(fid) == expected


def test_documents_to_bring_and_reports_keeps_no_copy():
    assert documents_to_bring("health", ("EXC_FAMILY_RESIDENT", "PRRA_AVAILABLE")) == (
        "identity", "health_card", "medications", "family_status", "family_relationship",
        "removal_papers", "this_letter")
    assert not hasattr(casebook_data, "FINDING_CHECKLIST")
    assert not hasattr(casebook_data, "SERVICE_CHECKLIST")
