"""Screening answers the casebook already knows: a questionnaire opens prefilled from the
client's profile, relatives in Canada and documents held, so nobody types them twice.

Only what is certain is filled in. An empty citizenship list means "unknown" in a profile
but "stateless" in a screening, so it is left unanswered; a relative whose age group is not
recorded cannot be given the required ``adult`` value, so it is left out; expired documents
are not held.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from models.clients import Client
from models.household import Document, Relative
from models.screening.countries import resolve
from models.screening.pack import RulePack


def prefill(pack: RulePack, client: Client, relatives: Iterable[Relative] = (),
            documents: Iterable[Document] = (), *, today: dt.date | None = None
            ) -> dict[str, Any]:
    """Answers for the questions of ``pack`` that the profile answers; others are absent."""
    today = today or dt.date.today()
    answers: dict[str, Any] = {}
    # A profile may hold a code the screening refuses (not ISO 3166-1): leave the question
    # to the person rather than open the questionnaire with an error.
    codes = [resolve(c)[0] for c in client.citizenships or ()]
    if pack.question("citizenships") and codes and all(codes):
        answers["citizenships"] = codes
    if pack.question("birth_date") and client.birth_date:
        answers["birth_date"] = client.birth_date
    question = pack.question("relatives_in_canada")
    if question is not None:
        allowed = {f.name: set(f.values) for f in question.fields}
        found = [{"relationship": r.relationship, "adult": r.adult, "status": r.status}
                 for r in relatives
                 if r.adult is not None
                 and r.relationship in allowed.get("relationship", ())
                 and r.status in allowed.get("status", ())]
        if found:
            answers["relatives_in_canada"] = found[:question.max_items]
    question = pack.question("documents")
    if question is not None:
        held = [d.doc_type for d in documents
                if d.doc_type in question.values
                and (d.expiry is None or d.expiry >= today.isoformat())]
        if held:
            answers["documents"] = list(dict.fromkeys(held))
    return answers
