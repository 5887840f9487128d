"""The questionnaire's visibility rule lives in models (issue 19): answers to questions that
do not apply are dropped by the engine, so `waystation screen`, `Screenings.run` and the
desktop give the same findings for the same answers; and comparing a saved screening with
the current rules says what changed."""

from __future__ import annotations

import json

from desktop.cli import main
from models.screening import applicable_answers, evaluate, load_pack, visible_questions

REFUGEE = load_pack("ca-refugee-claim")
BASE = dict(REFUGEE.examples[0].answers)
# A US citizen: the documents question does not apply, yet a study permit was entered
# (e.g. before the citizenship was corrected). Kept, it would give REVIEW_DOCUMENT.
US_WITH_PERMIT = {**BASE, "citizenships": ["US"], "documents": ["study_permit"],
                  "removal_transit": "yes", "minor_accompanied": "unsure"}


def test_hidden_answers_are_dropped_by_the_engine():
    result = evaluate(REFUGEE, US_WITH_PERMIT)
    assert "REVIEW_DOCUMENT" not in result.ids() and "REVIEW_UNSURE" not in result.ids()
    assert result.ids() == evaluate(REFUGEE, applicable_answers(REFUGEE, US_WITH_PERMIT)).ids()


def test_applicable_answers_keep_what_applies_as_given():
    kept = applicable_answers(REFUGEE, US_WITH_PERMIT)
    assert not {"documents", "removal_transit", "minor_accompanied",
                "visa_exempt_for_canada"} & set(kept)
    assert kept["citizenships"] == ["US"] and kept["entry_route"] == "land_port"


def test_dropping_an_answer_can_hide_another_question():
    # Visibility is a fixed point: what is shown follows only the answers that count.
    keys = {q.key for q in visible_questions(REFUGEE, {"citizenships": [],
                                                       "us_former_habitual_residence": "no"})}
    assert "us_former_habitual_residence" in keys
    keys = {q.key for q in visible_questions(REFUGEE, {"citizenships": ["SY"],
                                                       "us_former_habitual_residence": "no"})}
    assert "us_former_habitual_residence" not in keys


def test_cli_and_casebook_give_the_same_findings(book, tmp_path, capsys):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(US_WITH_PERMIT), "utf-8")
    assert main(["screen", "--pack", "ca-refugee-claim", "--answers", str(path),
                 "--json"]) == 0
    cli = [f["id"] for f in json.loads(capsys.readouterr().out)["findings"]]
    _changes, result = book.screenings.run(None, "ca-refugee-claim", US_WITH_PERMIT)
    assert list(result.ids()) == cli
    assert "REVIEW_DOCUMENT" not in cli


def test_saved_screening_keeps_only_the_answers_that_count(book):
    changes, _result = book.screenings.run(None, "ca-refugee-claim", US_WITH_PERMIT)
    saved = book.screenings.get(changes.id_of("screenings"))
    assert "documents" not in saved.answers and "removal_transit" not in saved.answers
    assert saved.answers["citizenships"] == ["US"]


def test_compare_with_current_rules_lists_what_changed(book):
    # A screening saved under the earlier pack version, with the findings it gave then
    # (PRRA advice next to the STCA bar, which the corrected pack no longer gives).
    answers = {**BASE, "prior_claims": [{"country": "CA", "outcome": "rejected"}]}
    old_findings = [
        {"id": "INELIG_STCA", "severity": "bar", "citation": "IRPA 101(1)(e)",
         "message": "The Safe Third Country Agreement applies.", "referrals": ["legal_urgent"],
         "triggered_by": ["citizenships"]},
        {"id": "INELIG_B", "severity": "bar", "citation": "IRPA 101(1)(b); 112(2)(b.1)",
         "message": "A refugee claim was rejected in Canada.", "referrals": ["legal_urgent"],
         "triggered_by": ["prior_claims"]},
        {"id": "PRRA_AVAILABLE", "severity": "info", "citation": "IRPA 112",
         "message": "A PRRA should be available. Apply within 15 days.",
         "referrals": ["legal_urgent"], "triggered_by": ["prior_claims"]}]
    with book.store.tx():
        sid = book.store.x(
            "INSERT INTO screenings (client_id, pack_id, pack_version, law_date, answers,"
            " findings, summary, lang, user_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (None, "ca-refugee-claim", "2026.05.1", "2026-05-31", json.dumps(answers),
             json.dumps(old_findings), "bar", "en", book.store.user.id,
             "2026-06-01T10:00:00+00:00"))
    comparison = book.screenings.compare(sid)
    assert comparison.saved.pack_version == "2026.05.1"  # still shows what it ran under
    assert comparison.now.pack_version == "2026.11.1"
    assert [f["id"] for f in comparison.removed] == ["PRRA_AVAILABLE"]
    assert "REVIEW_UNSURE" not in [f.id for f in comparison.added]
    assert comparison.changed and not comparison.same_version
    assert book.screenings.get(sid).pack_version == "2026.05.1"  # nothing rewritten


def test_the_desktop_questionnaire_gives_the_cli_findings(qtbot, ctx, tmp_path, capsys):
    # The same answers typed into the desktop's questionnaire (hidden questions included)
    # and given to `waystation screen`: the same findings, in the same order.
    from PySide6.QtWidgets import QFrame

    from desktop.clientfile.questionnaire import QuestionnaireDialog

    path = tmp_path / "answers.json"
    path.write_text(json.dumps(US_WITH_PERMIT), "utf-8")
    assert main(["screen", "--pack", "ca-refugee-claim", "--answers", str(path),
                 "--json"]) == 0
    cli = [f["id"] for f in json.loads(capsys.readouterr().out)["findings"]]
    q = QuestionnaireDialog(ctx, None, lang="en")
    qtbot.addWidget(q)
    q.show()
    qtbot.waitUntil(lambda: q.ready, timeout=20000)
    for key, value in US_WITH_PERMIT.items():
        q.editors[key].put(value)
    q._changed()
    assert q._cells["documents"].isHidden()  # typed, then hidden by the citizenship
    q.preview_now()

    def cards() -> list[str]:
        return [c.toolTip() for c in q.preview.findChildren(QFrame, "findingCard")]

    qtbot.waitUntil(lambda: cards() == cli)
    assert "REVIEW_DOCUMENT" not in cards()
