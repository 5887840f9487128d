"""Documents a person may need to bring to a referral: by the partner service, and by what a
screening found. Screening knowledge (which finding calls for which papers), kept here next to
the engine so the finding ids are checked against the shipped rule packs
(tests/screening/test_screening_checklist.py), not hard-coded in a document module.

The keys are document kinds; ``reports`` prints them through the language files
(``checklist.<key>``)."""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

# By the service the person is referred for.
SERVICE_DOCUMENTS = MappingProxyType({
    "legal": ("claim_papers", "immigration_papers", "evidence"),
    "legal_aid": ("claim_papers", "immigration_papers", "income_proof"),
    "shelter_housing": ("income_proof", "lease"),
    "health": ("health_card", "medications"),
    "mental_health": ("health_card", "medications"),
    "cash_assistance": ("income_proof", "lease", "claim_papers"),
    "food": (),
    "employment": ("resume", "school_records", "immigration_papers"),
    "education": ("school_records", "children_ids"),
    "lgbtq_support": (),
    "child_welfare": ("children_ids", "guardian"),
    "interpretation": (),
    "transport": (),
    "sponsorship": ("sponsorship_papers", "immigration_papers"),
    "other": (),
})
# By what a screening found: finding ids by prefix, the first match wins (so a longer prefix
# comes before a shorter one it starts with: INELIG_STCA before INELIG_).
FINDING_DOCUMENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("EXC_FAMILY", ("family_status", "family_relationship")),
    ("EXC_UNACCOMPANIED_MINOR", ("guardian",)),
    ("EXC_DOCUMENT", ("immigration_papers",)),
    ("EXC_RETURNED_FROM_US", ("us_papers",)),
    ("EXC_VISA", ("immigration_papers",)),
    ("INELIG_REMOVAL_ORDER", ("removal_papers",)),
    ("INELIG_STCA", ("entry_dates", "us_papers")),
    ("INELIG_", ("entry_dates", "immigration_papers")),
    ("PRRA_", ("removal_papers",)),
    ("REVIEW_DATES", ("entry_dates",)),
    ("REVIEW_FAMILY", ("family_status", "family_relationship")),
    ("REVIEW_DOCUMENT", ("immigration_papers",)),
    ("REVIEW_CRIMINALITY", ("criminal_papers",)),
    ("STCA_NA_ROUTE", ("entry_dates",)),
    ("INFO_MINOR", ("guardian",)),
    ("PSR_", ("sponsorship_papers",)),
)


def for_finding(finding_id: str) -> tuple[str, ...]:
    """The documents a finding calls for (none for a finding not listed)."""
    for prefix, items in FINDING_DOCUMENTS:
        if finding_id.startswith(prefix):
            return items
    return ()


def documents_to_bring(service: str, finding_ids: Iterable[str]) -> tuple[str, ...]:
    """Document keys for a referral, each once: identity first, the service's, the findings',
    and the referral letter last."""
    keys = ["identity", *SERVICE_DOCUMENTS.get(service, ())]
    for fid in finding_ids:
        keys += for_finding(fid)
    keys.append("this_letter")
    return tuple(dict.fromkeys(keys))
