"""The corrections of issue 15 (docs/screening.md, "Changes (2026-11-30)"), one test each:
PRRA advice, the first-entry date, country codes, citations, review findings only where an
answer decides something, REVIEW_UNSURE in words, and the notice in ``--json``."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from models.errors import InvalidInput
from models.screening import evaluate, load_pack
from models.screening.countries import cldr_iso_codes, iso_codes

REFUGEE = load_pack("ca-refugee-claim")
SPONSOR = load_pack("ca-private-sponsorship")
BASE = dict(REFUGEE.examples[0].answers)  # Syrian adult, land port, claim the same day
AIRPORT = {**BASE, "entry_route": "airport", "removal_transit": "no"}
READY = dict(next(e for e in SPONSOR.examples
                  if e.name == "group of five after the pause, all in order").answers)


def ids(answers: dict, pack=REFUGEE) -> set[str]:
    return set(evaluate(pack, answers).ids())


def finding(answers: dict, fid: str, lang: str = "en", pack=REFUGEE):
    return next(f for f in evaluate(pack, answers, lang).findings if f.id == fid)


def test_pack_versions_are_bumped_and_the_law_date_is_not():
    for pack in (REFUGEE, SPONSOR):
        assert pack.version == "2026.11.1"
        assert pack.law_current_to == "2026-05-31"


# --- PRRA ------------------------------------------------------------------------------------


def test_no_prra_when_returned_under_the_stca():
    found = ids({**BASE, "prior_claims": [{"country": "CA", "outcome": "rejected"}]})
    assert {"INELIG_STCA", "INELIG_B"} <= found
    assert "PRRA_AVAILABLE" not in found


@pytest.mark.parametrize("lang,words", [("en", "only 12 months after the last decision"),
                                        ("fr", "que 12 mois après la dernière décision")])
def test_prra_after_a_rejected_claim_waits_12_months(lang, words):
    rejected = {**AIRPORT, "prior_claims": [{"country": "CA", "outcome": "rejected"}]}
    prra = finding(rejected, "PRRA_AVAILABLE", lang)
    assert words in prra.message
    assert "112(2)(b.1)" in prra.message or "112(2)b.1)" in prra.message
    # Any other bar keeps the 15-day advice.
    other = finding({**AIRPORT, "removal_order_in_canada": "yes"}, "PRRA_AVAILABLE")
    assert "within 15 days" in other.message and "12 months" not in other.message


def test_inelig_b_citation_names_the_act_twice():
    assert finding({**AIRPORT, "prior_claims": [{"country": "CA", "outcome": "rejected"}]},
                   "INELIG_B").citation == "IRPA 101(1)(b); IRPA 112(2)(b.1)"


# --- the first entry after 24 June 2020 --------------------------------------------------------


def test_cli_refuses_a_first_entry_on_24_june_2020(tmp_path, capsys):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({**AIRPORT, "first_entry_date": "2020-06-24"}), "utf-8")
    assert main(["screen", "--pack", "ca-refugee-claim", "--answers", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith("waystation: first_entry_date: must be after 2020-06-24")


def test_the_question_says_after_24_june_2020():
    q = REFUGEE.question("first_entry_date")
    assert "after 24 June 2020" in q.label("en") and "après le 24 juin 2020" in q.label("fr")
    assert "24 June 2020 is not accepted" in q.help("en")


# --- country codes ----------------------------------------------------------------------------


def test_iso_codes_come_from_cldr():
    codes = iso_codes()
    # Written out in countries.py (Babel's locale data cost a screen process ~80 ms).
    assert codes == cldr_iso_codes()
    assert len(codes) == 249  # ISO 3166-1 assigns 249 alpha-2 codes
    assert {"GB", "US", "SY", "CA", "KE"} <= codes
    assert not {"UK", "XX", "EU", "ZZ", "QO"} & codes


@pytest.mark.parametrize("answers,key", [
    ({**BASE, "citizenships": ["XX"]}, "citizenships[0]"),
    ({**AIRPORT, "prior_claims": [{"country": "ZZ", "outcome": "rejected"}]},
     "prior_claims[0].country"),
])
def test_made_up_country_codes_are_refused(answers, key):
    with pytest.raises(InvalidInput) as exc:
        evaluate(REFUGEE, answers)
    assert exc.value.field == key and "country code" in exc.value.reason
    with pytest.raises(InvalidInput):
        evaluate(SPONSOR, {**READY, "refugee_country_of_residence": "XX"})


def test_uk_is_read_as_gb_and_said_so():
    result = evaluate(REFUGEE, {**AIRPORT, "prior_claims": [{"country": "UK",
                                                             "outcome": "rejected"}]})
    assert "INELIG_C1" in result.ids()  # used to be "clear"
    assert result.notes == ("prior_claims[0].country: “UK” was read as GB (United Kingdom)",)
    fr = evaluate(REFUGEE, {**BASE, "citizenships": ["uk"]}, "fr")
    assert fr.notes == ("citizenships[0] : « uk » a été lu comme GB (Royaume-Uni)",)
    assert "notes" in result.to_dict() and "notes" not in evaluate(REFUGEE, BASE).to_dict()


def test_cli_shows_the_alias_in_the_json_and_on_stderr(tmp_path, capsys):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({**BASE, "citizenships": ["UK"]}), "utf-8")
    assert main(["screen", "--pack", "ca-refugee-claim", "--answers", str(path),
                 "--json"]) == 0
    out, err = capsys.readouterr()
    printed = json.loads(out)
    assert printed["notes"] == ["citizenships[0]: “UK” was read as GB (United Kingdom)"]
    assert err == "waystation: note: citizenships[0]: “UK” was read as GB (United Kingdom)\n"


# --- citations --------------------------------------------------------------------------------


def test_us_citizens_fall_outside_irpa_101_1_e_itself():
    assert finding({**BASE, "citizenships": ["US"]}, "STCA_NA_NATIONAL").citation == \
        "IRPA 101(1)(e)"


def test_returned_from_us_is_kept_unconfirmed_and_flagged():
    answers = {**BASE, "pr_returned_from_us": "yes"}
    exc = finding(answers, "EXC_RETURNED_FROM_US")
    assert "159.01" not in exc.citation and "not confirmed" in exc.citation
    law = finding(answers, "REVIEW_UNCERTAIN_LAW")
    assert "could not be confirmed" in law.message
    assert "n'a pas pu être confirmée" in finding(answers, "REVIEW_UNCERTAIN_LAW", "fr").message
    assert evaluate(REFUGEE, answers).summary == "review"


# --- review findings only where an answer decides something -----------------------------------


def test_former_residence_is_not_asked_for_when_the_route_excludes_the_stca():
    inland = {**BASE, "citizenships": [], "claim_date": "2026-09-05"}  # land port, day 4
    assert "REVIEW_UNSURE" not in ids(inland)
    assert "REVIEW_UNSURE" not in ids({**inland, "entry_route": "marine_port"})
    # At the port itself it decides the STCA, so it is still asked for.
    assert "REVIEW_UNSURE" in ids({**BASE, "citizenships": []})


@pytest.mark.parametrize("answers", [
    # The one-year mark, but the claim predates the new bars (2025-06-03).
    {**AIRPORT, "entry_date": "2024-05-01", "claim_date": "2025-05-05"},
    # Between ports on day 14, but the entry predates the 2023-03-25 rule.
    {**BASE, "entry_route": "between_ports", "entry_date": "2023-03-01",
     "claim_date": "2023-03-15"},
])
def test_review_dates_only_where_the_dates_decide(answers):
    assert "REVIEW_DATES" not in ids(answers)


def test_review_dates_still_where_they_decide():
    assert "REVIEW_DATES" in ids({**AIRPORT, "entry_date": "2025-07-01",
                                  "claim_date": "2026-07-05"})
    assert "REVIEW_DATES" in ids({**BASE, "entry_route": "between_ports",
                                  "claim_date": "2026-09-14"})


def test_death_penalty_between_ports_is_open_law_only_as_the_only_exception():
    between = {**BASE, "entry_route": "between_ports", "claim_date": "2026-09-04",
               "death_penalty": "charged"}
    assert "REVIEW_UNCERTAIN_LAW" in ids(between)
    with_sister = {**between, "relatives_in_canada": [
        {"relationship": "sister", "adult": True, "status": "citizen"}]}
    assert {"EXC_DEATH_PENALTY", "EXC_FAMILY_CITIZEN"} <= ids(with_sister)
    assert "REVIEW_UNCERTAIN_LAW" not in ids(with_sister)


@pytest.mark.parametrize("relationship,review", [
    ("friend", False), ("cousin", False), ("in_law", False), ("other", False),
    ("brother", True), ("mother", True)])
def test_review_family_only_for_a_family_member_of_unknown_status(relationship, review):
    answers = {**BASE, "relatives_in_canada": [
        {"relationship": relationship, "adult": True, "status": "unknown"}]}
    assert ("REVIEW_FAMILY" in ids(answers)) is review


def test_review_document_follows_the_spec_wording():
    # Own permit without an exception document: review, even where an exception holds.
    answers = {**BASE, "documents": ["work_permit"], "relatives_in_canada": [
        {"relationship": "sister", "adult": True, "status": "citizen"}]}
    assert {"EXC_FAMILY_CITIZEN", "REVIEW_DOCUMENT"} <= ids(answers)
    assert "REVIEW_DOCUMENT" in ids({**AIRPORT, "documents": ["study_permit"]})
    assert "REVIEW_DOCUMENT" not in ids({**BASE, "documents": ["study_permit", "pr_visa"]})


def test_sponsorship_review_unsure_for_a_missing_decisive_answer():
    missing = {k: v for k, v in READY.items() if k != "refugee_status_document"}
    found = ids(missing, SPONSOR)
    assert "REVIEW_UNSURE" in found and "PSR_NO_RSD" not in found
    assert "PSR_NO_RSD" in ids({**READY, "refugee_status_document": "no"}, SPONSOR)


# --- REVIEW_UNSURE names the questions in words ------------------------------------------------


@pytest.mark.parametrize("lang,words", [
    ("en", "“Removal order in Canada”"), ("fr", "« Mesure de renvoi au Canada »")])
def test_review_unsure_names_the_questions_in_words(lang, words):
    answers = {k: v for k, v in AIRPORT.items() if k != "removal_order_in_canada"}
    unsure = finding(answers, "REVIEW_UNSURE", lang)
    assert words in unsure.message
    assert "removal_order_in_canada" not in unsure.message
    assert unsure.triggered_by == ("removal_order_in_canada",)  # keys stay for machines
    sponsor = finding({}, "REVIEW_UNSURE", lang, SPONSOR)
    assert "_" not in sponsor.message


def test_every_question_has_words_in_both_languages():
    for pack in (REFUGEE, SPONSOR):
        for q in pack.questions:
            assert q.shorts["en"] and q.shorts["fr"], q.key
            for value in (*q.values, *(v for f in q.fields for v in f.values)):
                assert pack.vocabulary[value]["en"] and pack.vocabulary[value]["fr"]


# --- the notice --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang,words", [("en", "not legal advice"), ("fr", "avis juridique")])
def test_json_output_carries_the_notice(lang, words, tmp_path, capsys):
    path = tmp_path / "a.json"
    path.write_text(json.dumps(BASE), "utf-8")
    assert main(["screen", "--pack", "ca-refugee-claim", "--answers", str(path), "--json",
                 "--lang", lang]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert words in printed["notice"]
    assert list(printed)[:6] == ["pack", "pack_version", "law_current_to", "summary",
                                 "notice", "findings"]


def test_cli_refuses_a_made_up_country_in_one_line(tmp_path, capsys):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({**BASE, "citizenships": ["XX"]}), "utf-8")
    assert main(["screen", "--pack", "ca-refugee-claim", "--answers", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == ("waystation: citizenships[0]: not a country code "
                                 "(ISO 3166-1 alpha-2, e.g. GB, SY)\n")
