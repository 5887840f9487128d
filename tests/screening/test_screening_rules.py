"""The law as the packs encode it: every finding, date boundaries, transitions, unknowns."""

from __future__ import annotations

import datetime as dt

import pytest

from models.errors import InvalidInput
from models.screening import evaluate, load_pack, not_legal_advice, visible_questions
from models.screening.expressions import add_years_to

# A Syrian adult at a land port with every answer given (scenario 1 of the spec).
BASE = {
    "citizenships": ["SY"],
    "entry_route": "land_port",
    "entry_date": "2026-09-01",
    "claim_date": "2026-09-01",
    "birth_date": "1990-05-05",
    "relatives_in_canada": [],
    "documents": [],
    "visa_exempt_for_canada": "no",
    "visa_required_for_us": "yes",
    "refused_entry_us_no_decision": "no",
    "pr_returned_from_us": "no",
    "death_penalty": "no",
    "prior_claims": [],
    "criminality_concern": "no",
    "removal_order_in_canada": "no",
}
AIRPORT = {**BASE, "entry_route": "airport", "removal_transit": "no"}  # STCA does not apply
READY = {
    "sponsor_type": "group_of_five",
    "application_date": "2027-01-04",
    "refugee_outside_nationality": "yes",
    "refugee_in_canada": "no",
    "refugee_country_of_residence": "KE",
    "refugee_status_document": "yes",
    "eligible_group_members": 6,
    "family_size": 1,
    "funds_committed": 40000,
}

# docs/screening.md, finding by finding: severity. STCA_NA_* are information.
REFUGEE_FINDINGS = {
    "STCA_NA_NATIONAL": "info", "STCA_NA_STATELESS": "info", "STCA_NA_ROUTE": "info",
    "EXC_FAMILY_CITIZEN": "exception", "EXC_FAMILY_RESIDENT": "exception",
    "EXC_FAMILY_CLAIMANT": "exception", "EXC_FAMILY_PERMIT": "exception",
    "EXC_UNACCOMPANIED_MINOR": "exception", "EXC_DOCUMENT": "exception",
    "EXC_VISA_ASYMMETRY": "exception", "EXC_RETURNED_FROM_US": "exception",
    "EXC_DEATH_PENALTY": "exception", "INELIG_STCA": "bar", "INELIG_A": "bar",
    "INELIG_B": "bar", "INELIG_B1": "bar", "INELIG_B2": "bar", "INELIG_C": "bar",
    "INELIG_C1": "bar", "INELIG_D": "bar", "INELIG_REMOVAL_ORDER": "bar",
    "PRRA_AVAILABLE": "info", "PRRA_HEARING": "info", "INFO_US_CITIZEN": "info",
    "INFO_MINOR": "info", "REVIEW_DATES": "review", "REVIEW_FAMILY": "review",
    "REVIEW_DOCUMENT": "review", "REVIEW_CRIMINALITY": "review",
    "REVIEW_UNCERTAIN_LAW": "review", "REVIEW_UNSURE": "review",
}
SPONSORSHIP_FINDINGS = {
    "PSR_PAUSED": "bar", "PSR_NO_RSD": "bar", "PSR_NOT_OUTSIDE": "bar", "PSR_G5_SIZE": "bar",
    "PSR_DURABLE_SOLUTION": "review", "PSR_COST": "info", "PSR_FUNDS_SHORT": "review",
    "REVIEW_UNSURE": "review",
}
SPEC = {"ca-refugee-claim": REFUGEE_FINDINGS, "ca-private-sponsorship": SPONSORSHIP_FINDINGS}


def screen(answers: dict, pack: str = "ca-refugee-claim", lang: str = "en"):
    return evaluate(load_pack(pack), answers, lang)


def ids(answers: dict, pack: str = "ca-refugee-claim") -> set[str]:
    return set(screen(answers, pack).ids())


# --- every finding ------------------------------------------------------------------------


@pytest.mark.parametrize("pack_id", sorted(SPEC))
def test_pack_has_exactly_the_spec_findings(pack_id):
    pack = load_pack(pack_id)
    assert {f.id: f.severity for f in pack.findings} == SPEC[pack_id]
    for f in pack.findings:
        if f.severity == "bar":
            assert "legal_urgent" in f.referrals, f.id
        assert f.citation.strip() and f.messages["en"] != f.messages["fr"]


@pytest.mark.parametrize("pack_id,fid", [(p, f) for p in sorted(SPEC) for f in SPEC[p]])
def test_every_finding_is_raised_by_a_worked_example(pack_id, fid):
    pack = load_pack(pack_id)
    example = next(e for e in pack.examples if fid in e.must)
    for lang in ("en", "fr"):
        result = evaluate(pack, example.answers, lang)
        finding = next(f for f in result.findings if f.id == fid)
        assert finding.severity == SPEC[pack_id][fid]
        assert finding.message and "{" not in finding.message  # placeholders all filled
        assert finding.citation


@pytest.mark.parametrize("fid,answers", [
    ("STCA_NA_NATIONAL", {**BASE, "citizenships": ["US", "SY"]}),
    ("STCA_NA_STATELESS", {**BASE, "citizenships": [], "us_former_habitual_residence": "yes"}),
    ("STCA_NA_ROUTE", {**BASE, "entry_route": "marine_port"}),
    ("STCA_NA_ROUTE", {**BASE, "claim_date": "2026-09-02"}),  # inland, after a land port
    ("EXC_FAMILY_CITIZEN", {**BASE, "relatives_in_canada": [
        {"relationship": "grandchild", "adult": False, "status": "citizen"}]}),
    ("EXC_FAMILY_RESIDENT", {**BASE, "relatives_in_canada": [
        {"relationship": "niece", "adult": True, "status": "removal_stayed"}]}),
    ("EXC_FAMILY_RESIDENT", {**BASE, "relatives_in_canada": [
        {"relationship": "spouse", "adult": True, "status": "protected_person"}]}),
    ("EXC_FAMILY_CLAIMANT", {**BASE, "relatives_in_canada": [
        {"relationship": "uncle", "adult": True, "status": "claimant_referred"}]}),
    ("EXC_FAMILY_PERMIT", {**BASE, "relatives_in_canada": [
        {"relationship": "father", "adult": True, "status": "study_permit"}]}),
    ("EXC_DOCUMENT", {**BASE, "documents": ["refugee_travel_document"]}),
    ("EXC_DOCUMENT", {**BASE, "documents": ["travel_document_a31"]}),
    ("EXC_RETURNED_FROM_US", {**BASE, "pr_returned_from_us": "yes"}),
    ("EXC_DEATH_PENALTY", {**BASE, "death_penalty": "convicted"}),
    ("INELIG_A", {**AIRPORT, "prior_claims": [{"country": "CA", "outcome": "accepted"}]}),
    ("INELIG_C", {**AIRPORT, "prior_claims": [{"country": "CA", "outcome": "ineligible"}]}),
    ("INELIG_C", {**AIRPORT, "prior_claims": [{"country": "CA", "outcome": "abandoned"}]}),
    ("INELIG_C1", {**AIRPORT, "prior_claims": [{"country": "nz", "outcome": "rejected"}]}),
    ("INELIG_C1", {**AIRPORT, "prior_claims": [{"country": "GB", "outcome": "unknown"}]}),
    ("INELIG_D", {**AIRPORT, "prior_claims": [{"country": "DE", "outcome": "accepted"}]}),
    ("INELIG_REMOVAL_ORDER", {**AIRPORT, "removal_order_in_canada": "yes"}),
    ("REVIEW_FAMILY", {**BASE, "relatives_in_canada": [
        {"relationship": "step_parent", "adult": True, "status": "permanent_resident"}]}),
    ("REVIEW_FAMILY", {**BASE, "relatives_in_canada": [
        {"relationship": "brother", "adult": True, "status": "unknown"}]}),
    ("REVIEW_DOCUMENT", {**BASE, "documents": ["work_permit", "eta"]}),
    ("REVIEW_CRIMINALITY", {**AIRPORT, "criminality_concern": "yes"}),
])
def test_finding_fires(fid, answers):
    assert fid in ids(answers)


def test_exceptions_only_where_the_stca_applies():
    sister = [{"relationship": "sister", "adult": True, "status": "citizen"}]
    assert "EXC_FAMILY_CITIZEN" not in ids({**AIRPORT, "relatives_in_canada": sister})
    assert "EXC_DOCUMENT" not in ids({**AIRPORT, "documents": ["pr_visa"]})
    us = {**BASE, "citizenships": ["US"], "documents": ["pr_visa"]}
    assert ids(us) == {"STCA_NA_NATIONAL", "INFO_US_CITIZEN"}


def test_family_exception_lifts_the_family_review_not_the_document_one():
    # REVIEW_DOCUMENT follows the spec's wording (own permit, no exception document),
    # whatever else holds; REVIEW_FAMILY only matters while no exception holds.
    answers = {**BASE, "documents": ["study_permit"], "relatives_in_canada": [
        {"relationship": "sister", "adult": True, "status": "citizen"},
        {"relationship": "half_sibling", "adult": True, "status": "unknown"}]}
    assert ids(answers) == {"EXC_FAMILY_CITIZEN", "REVIEW_DOCUMENT"}


def test_prra_hearing_only_when_c1_is_the_only_bar():
    both = {**AIRPORT, "prior_claims": [{"country": "US", "outcome": "rejected"},
                                         {"country": "CA", "outcome": "rejected"}]}
    found = ids(both)
    assert {"INELIG_C1", "INELIG_B", "PRRA_AVAILABLE"} <= found
    assert "PRRA_HEARING" not in found


def test_stca_bar_alone_gives_no_prra():
    found = ids(BASE)
    assert "INELIG_STCA" in found and "PRRA_AVAILABLE" not in found


def test_every_bar_suggests_legal_urgent_in_results():
    answers = {**AIRPORT, "removal_order_in_canada": "yes",
               "prior_claims": [{"country": "CA", "outcome": "rejected"}]}
    result = screen(answers)
    assert result.summary == "bar"
    for f in result.findings:
        if f.severity == "bar":
            assert "legal_urgent" in f.referrals


def test_summary_order_bar_review_clear():
    assert screen(BASE).summary == "bar"
    assert screen({**AIRPORT, "criminality_concern": "yes"}).summary == "review"
    assert screen(AIRPORT).summary == "clear"


def test_triggered_by_names_answer_keys():
    result = screen({**BASE, "relatives_in_canada": [
        {"relationship": "sister", "adult": True, "status": "citizen"}]})
    assert result.findings[0].triggered_by == ("relatives_in_canada",)
    assert "triggered_by" in result.to_dict()["findings"][0]


# --- dates --------------------------------------------------------------------------------


def day(text: str, plus: int = 0) -> str:
    return (dt.date.fromisoformat(text) + dt.timedelta(days=plus)).isoformat()


@pytest.mark.parametrize("d,stca,b2", [(0, True, False), (13, True, False), (14, False, True),
                                        (30, False, True)])
def test_between_ports_13_vs_14_days(d, stca, b2):
    found = ids({**BASE, "entry_route": "between_ports", "claim_date": day("2026-09-01", d)})
    assert ("INELIG_STCA" in found) is stca
    assert ("INELIG_B2" in found) is b2
    assert ("STCA_NA_ROUTE" in found) is not stca


@pytest.mark.parametrize("d,review", [(11, False), (12, True), (14, True), (16, True),
                                      (17, False)])
def test_review_dates_window_between_ports(d, review):
    found = ids({**BASE, "entry_route": "between_ports", "claim_date": day("2026-09-01", d)})
    assert ("REVIEW_DATES" in found) is review


def test_one_year_exactly_is_not_late():
    first = {**AIRPORT, "entry_date": "2025-07-01", "first_entry_date": "2025-07-01"}
    assert "INELIG_B1" not in ids({**first, "claim_date": "2026-07-01"})
    assert "INELIG_B1" in ids({**first, "claim_date": "2026-07-02"})


def test_first_entry_date_defaults_to_entry_date():
    assert "INELIG_B1" in ids({**AIRPORT, "entry_date": "2025-07-01",
                               "claim_date": "2026-07-02"})


def test_reentry_does_not_reset_the_clock():
    answers = {**AIRPORT, "first_entry_date": "2025-01-10", "entry_date": "2026-08-30",
               "claim_date": "2026-09-01"}
    assert "INELIG_B1" in ids(answers)


def test_first_entry_on_or_before_24_june_2020_is_invalid_input():
    # The question is the first entry *after* 24 June 2020; an earlier date used to switch
    # the one-year bar off (docs/screening.md, Changes 2026-11-30).
    answers = {**AIRPORT, "first_entry_date": "2020-06-24", "entry_date": "2026-08-30",
               "claim_date": "2026-09-01"}
    for early in ("2020-06-24", "2019-01-01"):
        with pytest.raises(InvalidInput) as exc:
            screen({**answers, "first_entry_date": early})
        assert exc.value.field == "first_entry_date" and "2020-06-24" in exc.value.reason
    assert "INELIG_B1" in ids({**answers, "first_entry_date": "2020-06-25"})


def test_29_february_entry_runs_to_1_march():
    leap = {**AIRPORT, "entry_date": "2028-02-29"}
    assert "INELIG_B1" not in ids({**leap, "claim_date": "2029-02-28"})
    assert "INELIG_B1" not in ids({**leap, "claim_date": "2029-03-01"})
    assert "INELIG_B1" in ids({**leap, "claim_date": "2029-03-02"})


def test_add_years_and_age_on_agree_on_29_february():
    assert add_years_to(dt.date(2028, 2, 29), 1) == dt.date(2029, 3, 1)
    assert add_years_to(dt.date(2028, 2, 29), 4) == dt.date(2032, 2, 29)
    assert add_years_to(dt.date(2026, 9, 1), 1) == dt.date(2027, 9, 1)
    born = {**BASE, "birth_date": "2008-02-29", "minor_accompanied": "no",
            "minor_has_spouse": "no", "minor_parent_in_ca_or_us": "no",
            "entry_date": "2026-02-28"}
    assert "INFO_MINOR" in ids({**born, "claim_date": "2026-02-28"})  # 18 on 1 March
    assert "INFO_MINOR" not in ids({**born, "claim_date": "2026-03-01"})


@pytest.mark.parametrize("offset,review", [(-15, False), (-14, True), (0, True), (14, True),
                                           (15, False)])
def test_review_dates_within_14_days_of_the_one_year_limit(offset, review):
    answers = {**AIRPORT, "entry_date": "2025-07-01", "claim_date": day("2026-07-01", offset)}
    found = ids(answers)
    assert ("REVIEW_DATES" in found) is review
    assert ("INELIG_B1" in found) is (offset > 0)


# --- transitions --------------------------------------------------------------------------


def test_between_ports_rule_starts_25_march_2023():
    before = {**BASE, "entry_route": "between_ports", "entry_date": "2023-03-24",
              "claim_date": "2023-03-24"}
    on = {**before, "entry_date": "2023-03-25", "claim_date": "2023-03-25"}
    assert "STCA_NA_ROUTE" in ids(before) and "INELIG_STCA" not in ids(before)
    assert "INELIG_STCA" in ids(on) and "STCA_NA_ROUTE" not in ids(on)


def test_new_bars_apply_to_claims_from_3_june_2025():
    b2 = {**BASE, "entry_route": "between_ports", "entry_date": "2025-05-10"}
    assert "INELIG_B2" not in ids({**b2, "claim_date": "2025-06-02"})
    assert "INELIG_B2" in ids({**b2, "claim_date": "2025-06-03"})
    b1 = {**AIRPORT, "entry_date": "2024-05-01"}
    assert "INELIG_B1" not in ids({**b1, "claim_date": "2025-06-02"})
    assert "INELIG_B1" in ids({**b1, "claim_date": "2025-06-03"})


@pytest.mark.parametrize("date,paused", [("2024-11-28", False), ("2024-11-29", True),
                                         ("2026-12-31", True), ("2027-01-01", False)])
@pytest.mark.parametrize("sponsor", ["group_of_five", "community_sponsor", "sah"])
def test_psr_pause_window_inclusive(date, paused, sponsor):
    found = ids({**READY, "sponsor_type": sponsor, "application_date": date},
                "ca-private-sponsorship")
    assert ("PSR_PAUSED" in found) is (paused and sponsor != "sah")


# --- interpretation notes ------------------------------------------------------------------


def test_us_citizen_between_ports_late_adds_uncertain_law():
    found = ids({**BASE, "citizenships": ["US"], "entry_route": "between_ports",
                 "claim_date": "2026-09-20"})
    assert {"INELIG_B2", "REVIEW_UNCERTAIN_LAW", "STCA_NA_NATIONAL"} <= found


def test_death_penalty_between_ports_adds_uncertain_law():
    found = ids({**BASE, "entry_route": "between_ports", "claim_date": "2026-09-03",
                 "death_penalty": "charged"})
    assert {"EXC_DEATH_PENALTY", "REVIEW_UNCERTAIN_LAW"} <= found
    assert "REVIEW_UNCERTAIN_LAW" not in ids({**BASE, "death_penalty": "charged"})


def test_airport_removal_transit_is_covered_by_the_stca():
    assert "INELIG_STCA" in ids({**BASE, "entry_route": "airport", "removal_transit": "yes"})


# --- missing and unsure answers -----------------------------------------------------------


@pytest.mark.parametrize("value", [None, "unsure", "missing"])
def test_stateless_with_unknown_former_residence_is_review_unsure(value):
    answers = {**BASE, "citizenships": []}
    if value != "missing":
        answers["us_former_habitual_residence"] = value
    result = screen(answers)
    unsure = next(f for f in result.findings if f.id == "REVIEW_UNSURE")
    assert "us_former_habitual_residence" in unsure.triggered_by
    assert "STCA_NA_STATELESS" not in result.ids()


def test_stateless_not_from_the_us_is_covered():
    found = ids({**BASE, "citizenships": [], "us_former_habitual_residence": "no"})
    assert "INELIG_STCA" in found and "REVIEW_UNSURE" not in found


@pytest.mark.parametrize("key", ["minor_accompanied", "minor_has_spouse",
                                 "minor_parent_in_ca_or_us"])
@pytest.mark.parametrize("value", [None, "unsure"])
def test_unaccompanied_minor_needs_all_three_no(key, value):
    answers = {**BASE, "birth_date": "2010-06-01", "minor_accompanied": "no",
               "minor_has_spouse": "no", "minor_parent_in_ca_or_us": "no", key: value}
    result = screen(answers)
    assert "EXC_UNACCOMPANIED_MINOR" not in result.ids()
    unsure = next(f for f in result.findings if f.id == "REVIEW_UNSURE")
    assert key in unsure.triggered_by


def test_accompanied_minor_other_answers_are_not_decisive():
    answers = {**BASE, "birth_date": "2010-06-01", "minor_accompanied": "yes",
               "minor_has_spouse": "unsure"}
    found = ids(answers)
    assert "INELIG_STCA" in found and "INFO_MINOR" in found
    assert "REVIEW_UNSURE" not in found


def test_nothing_answered_is_review_unsure_not_a_crash():
    result = screen({})
    assert result.summary == "review"
    unsure = next(f for f in result.findings if f.id == "REVIEW_UNSURE")
    assert {"citizenships", "entry_route", "entry_date", "claim_date"} <= set(
        unsure.triggered_by)
    assert "Citizenship" in unsure.message and "citizenships" not in unsure.message


@pytest.mark.parametrize("key", sorted(BASE))
def test_any_single_answer_missing_is_handled(key):
    answers = {k: v for k, v in BASE.items() if k != key}
    result = screen(answers)
    assert result.summary in ("bar", "review", "clear")
    nulled = screen({**BASE, key: None})
    assert nulled.ids() == result.ids()  # JSON null means not answered


def test_unknown_outcome_of_an_earlier_claim_is_unsure():
    found = ids({**AIRPORT, "prior_claims": [{"country": "CA", "outcome": "unknown"}]})
    assert "REVIEW_UNSURE" in found


def test_unsure_visa_answer_decides_only_when_it_could_matter():
    assert "REVIEW_UNSURE" in ids({**BASE, "visa_exempt_for_canada": "unsure"})
    assert "REVIEW_UNSURE" not in ids({**BASE, "visa_exempt_for_canada": "unsure",
                                       "visa_required_for_us": "no"})
    assert "REVIEW_UNSURE" not in ids({**AIRPORT, "visa_exempt_for_canada": "unsure"})


def test_sponsorship_unsure_and_missing():
    assert "REVIEW_UNSURE" in ids({**READY, "refugee_outside_nationality": "unsure"},
                                  "ca-private-sponsorship")
    sah = {k: v for k, v in READY.items() if k not in ("refugee_status_document",
                                                        "eligible_group_members",
                                                        "application_date")}
    assert "REVIEW_UNSURE" not in ids({**sah, "sponsor_type": "sah"}, "ca-private-sponsorship")


# --- questions and notice -----------------------------------------------------------------


def _keys(answers: dict, pack: str = "ca-refugee-claim") -> set[str]:
    return {q.key for q in visible_questions(load_pack(pack), answers)}


def test_visible_questions_follow_the_answers():
    start = _keys({})
    assert {"citizenships", "entry_route", "entry_date", "claim_date", "documents"} <= start
    assert not {"us_former_habitual_residence", "removal_transit",
                "minor_accompanied"} & start
    assert "us_former_habitual_residence" in _keys({"citizenships": []})
    assert "documents" not in _keys({"citizenships": ["US"]})
    assert "removal_transit" in _keys({"entry_route": "airport"})
    minor = _keys({"birth_date": "2010-06-01", "entry_date": "2026-09-01",
                   "claim_date": "2026-09-01"})
    assert {"minor_accompanied", "minor_has_spouse", "minor_parent_in_ca_or_us"} <= minor
    assert "eligible_group_members" in _keys({"sponsor_type": "group_of_five"},
                                             "ca-private-sponsorship")
    assert "eligible_group_members" not in _keys({"sponsor_type": "sah"},
                                                 "ca-private-sponsorship")


def test_question_wording_in_both_languages():
    for pack_id in SPEC:
        for q in load_pack(pack_id).questions:
            assert q.label("en") and q.label("fr") and q.label("en") != q.label("fr")
            assert q.help("en") and q.help("fr")
    route = load_pack("ca-refugee-claim").question("entry_route")
    assert route.values == ("land_port", "between_ports", "airport", "marine_port")
    with pytest.raises(InvalidInput):
        route.label("de")


def test_not_legal_advice_suggests_a_lawyer():
    assert "not legal advice" in not_legal_advice("en") and "lawyer" in not_legal_advice("en")
    assert "avis juridique" in not_legal_advice("fr") and "avocat" in not_legal_advice("fr")
    with pytest.raises(InvalidInput):
        not_legal_advice("es")


def test_french_result():
    result = screen(BASE, lang="fr")
    assert "Entente sur les tiers pays sûrs" in result.findings[0].message
    with pytest.raises(InvalidInput) as exc:
        screen(BASE, lang="xx")
    assert exc.value.field == "lang"
