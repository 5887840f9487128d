"""Answers from outside: every bad one is InvalidInput naming the key, nothing else escapes."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.cli import main
from desktop.cli.screen import read_answers
from models.errors import InvalidInput
from models.screening import RulePackInvalid, evaluate, load_pack, visible_questions

PACKS = {pid: load_pack(pid) for pid in ("ca-refugee-claim", "ca-private-sponsorship")}
REFUGEE = PACKS["ca-refugee-claim"]
BASE = dict(REFUGEE.examples[0].answers)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
    | st.text(max_size=12) | st.sampled_from(["yes", "no", "unsure", "2026-09-01", "US",
                                             "land_port", "citizen", "2026-02-29"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.text(max_size=12) | st.sampled_from(["relationship", "adult", "status",
                                                "country", "outcome"]), inner, max_size=4),
    max_leaves=12,
)
# database=None: hypothesis must not write its example database outside tmp_path.
FAST = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])


def _only_invalid_input(pack, answers) -> None:
    try:
        result = evaluate(pack, answers)
    except RulePackInvalid:  # would mean a shipped pack fails on some input: a bug
        raise
    except InvalidInput as exc:
        assert exc.field and str(exc).startswith(f"{exc.field}: ")
    else:
        assert result.summary in ("bar", "review", "clear")


# --- invalid answers name the key -----------------------------------------------------------


@pytest.mark.parametrize("key,value,reason", [
    ("entry_date", "2026-02-30", "not a date (use YYYY-MM-DD)"),
    ("entry_date", "01/09/2026", "not a date (use YYYY-MM-DD)"),
    ("entry_date", 20260901, "not a date (use YYYY-MM-DD)"),
    ("entry_date", "2026-9-1", "not a date (use YYYY-MM-DD)"),
    ("claim_date", "0001-01-01", "date out of range"),
    ("entry_route", "boat", "unknown value"),
    ("entry_route", ["airport"], "unknown value"),
    ("removal_transit", "unsure", "unknown value"),
    ("citizenships", "SY", "must be a list"),
    ("citizenships[0]", ["Syria"], "country code"),
    ("documents[0]", ["passport"], "unknown value"),
    ("relatives_in_canada", {"relationship": "sister"}, "must be a list"),
    ("relatives_in_canada[0]", ["sister"], "must be an object"),
    ("relatives_in_canada[0].status",
     [{"relationship": "sister", "adult": True, "status": "citizn"}], "unknown value"),
    ("relatives_in_canada[0].adult",
     [{"relationship": "sister", "adult": "yes", "status": "citizen"}], "true or false"),
    ("relatives_in_canada[0].adult", [{"relationship": "sister", "status": "citizen"}],
     "missing"),
    ("relatives_in_canada[0].age",
     [{"relationship": "sister", "adult": True, "status": "citizen", "age": 30}],
     "unknown field"),
    ("prior_claims[0].outcome", [{"country": "US", "outcome": "lost"}], "unknown value"),
    ("death_penalty", "yes", "unknown value"),
])
def test_invalid_refugee_answer_names_the_key(key, value, reason):
    top = key.split("[")[0]  # for list entries the value given is the whole list
    with pytest.raises(InvalidInput) as exc:
        evaluate(REFUGEE, {**BASE, top: value})
    assert exc.value.field == key
    assert reason in exc.value.reason


@pytest.mark.parametrize("key,value", [
    ("family_size", 0), ("family_size", 2.5), ("family_size", True), ("family_size", "3"),
    ("family_size", 10**30), ("eligible_group_members", -1), ("funds_committed", -5),
    ("funds_committed", "lots"), ("funds_committed", float("inf")),
    ("funds_committed", False), ("refugee_country_of_residence", "KEN"),
    ("sponsor_type", "church"), ("application_date", "2026-03-01T00:00:00"),
])
def test_invalid_sponsorship_answer_names_the_key(key, value):
    with pytest.raises(InvalidInput) as exc:
        evaluate(PACKS["ca-private-sponsorship"], {key: value})
    assert exc.value.field == key


def test_unknown_key_is_named():
    with pytest.raises(InvalidInput) as exc:
        evaluate(REFUGEE, {**BASE, "entry_rout": "airport"})
    assert exc.value.field == "entry_rout"
    assert "ca-refugee-claim" in exc.value.reason


@pytest.mark.parametrize("answers", [None, [], "answers", 3, [["citizenships", []]]])
def test_answers_must_be_an_object(answers):
    with pytest.raises(InvalidInput) as exc:
        evaluate(REFUGEE, answers)
    assert exc.value.field == "answers"


@pytest.mark.parametrize("key,value,field", [
    ("claim_date", "2026-08-31", "claim_date"),  # before entry
    ("first_entry_date", "2026-09-02", "first_entry_date"),  # after this entry
    ("birth_date", "2027-01-01", "birth_date"),
])
def test_impossible_date_order_names_the_key(key, value, field):
    with pytest.raises(InvalidInput) as exc:
        evaluate(REFUGEE, {**BASE, key: value})
    assert exc.value.field == field


def test_country_codes_are_normalised():
    lower = evaluate(REFUGEE, {**BASE, "citizenships": ["us"]})
    assert "STCA_NA_NATIONAL" in lower.ids()


def test_error_messages_do_not_echo_answer_values():
    with pytest.raises(InvalidInput) as exc:
        evaluate(REFUGEE, {**BASE, "entry_route": "Maria Lopez"})
    assert "Maria" not in str(exc.value)
    with pytest.raises(InvalidInput) as exc:
        evaluate(REFUGEE, {**BASE, "x" * 500: 1})
    assert len(str(exc.value)) < 200


# --- hypothesis: only InvalidInput ever escapes ---------------------------------------------


@FAST
@given(answers=json_values)
def test_any_json_document(answers):
    for pack in PACKS.values():
        _only_invalid_input(pack, answers)


@FAST
@given(data=st.data())
def test_known_keys_with_any_json_values(data):
    pack = data.draw(st.sampled_from(list(PACKS.values())))
    keys = [q.key for q in pack.questions]
    answers = data.draw(st.dictionaries(st.sampled_from(keys), json_values, max_size=6))
    base = dict(pack.examples[0].answers)
    _only_invalid_input(pack, {**base, **answers})
    _only_invalid_input(pack, answers)


def _valid_value(q):
    dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2030, 12, 31)).map(str)
    if q.type == "date":
        return dates
    if q.type in ("enum",):
        return st.sampled_from(q.values)
    if q.type == "code":
        return st.sampled_from(q.values or ("US", "CA", "KE", "SY", "GB"))
    if q.type == "list-of-codes":
        return st.lists(st.sampled_from(q.values or ("US", "SY", "AF", "CA")), max_size=3)
    if q.type == "integer":
        return st.integers(int(q.minimum or 0), int(q.maximum or 100))
    if q.type == "amount":
        return st.floats(0, 100000, allow_nan=False)
    fields = {f.name: (st.booleans() if f.type == "boolean"
                       else st.sampled_from(f.values or ("CA", "US", "KE", "NZ")))
              for f in q.fields}
    return st.lists(st.fixed_dictionaries(fields), max_size=3)


@settings(max_examples=250, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_well_typed_answers_always_evaluate(data):
    """Any well-typed answers give a result; the only refusal is an impossible date order."""
    pack = data.draw(st.sampled_from(list(PACKS.values())))
    answers = {}
    for q in pack.questions:
        if data.draw(st.booleans()):
            answers[q.key] = data.draw(_valid_value(q))
    try:
        result = evaluate(pack, answers, data.draw(st.sampled_from(["en", "fr"])))
    except RulePackInvalid:
        raise
    except InvalidInput as exc:
        assert exc.field in {c.key for c in pack.constraints}
        return
    assert result.summary in ("bar", "review", "clear")
    assert result.summary == "bar" or all(f.severity != "bar" for f in result.findings)
    for f in result.findings:
        assert "{" not in f.message
        assert all(pack.question(k) for k in f.triggered_by)
    json.dumps(result.to_dict())
    visible_questions(pack, answers)


@FAST
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_cli_answer_reader_only_raises_invalid_input(raw):
    stdin = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    old, sys.stdin = sys.stdin, stdin
    try:
        data = read_answers("-")
    except InvalidInput as exc:
        assert exc.field == "answers"
    else:
        assert isinstance(data, dict)
    finally:
        sys.stdin = old


# --- the command line -----------------------------------------------------------------------


def _run(args, capsys, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("payload,needle", [
    (b"{not json", "answers: not valid JSON (line 1)"),
    (b"[1, 2]", "answers: must be a JSON object"),
    (b'"text"', "answers: must be a JSON object"),
    (b"\xff\xfe\x00", "answers: not UTF-8 text"),
    (b'{"family_size": NaN}', "answers: not valid JSON"),
    (b'{"entry_date": "2026-02-30"}', "entry_date: not a date (use YYYY-MM-DD)"),
    (b'{"colour": "blue"}', "colour: not a question of pack ca-refugee-claim"),
    (b"[" * 100000, "answers: not valid JSON"),
])
def test_cli_bad_input_exit_2_one_line(payload, needle, capsys, monkeypatch):
    status, out, err = _run(["screen", "--pack", "ca-refugee-claim", "--answers", "-"],
                            capsys, payload, monkeypatch)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and needle in err and "Traceback" not in err


def test_cli_missing_answers_file(tmp_path, capsys):
    status, out, err = _run(["screen", "--pack", "ca-refugee-claim", "--answers",
                             str(tmp_path / "absent.json")], capsys)
    assert status == 2 and err.strip() == "waystation: answers: the file cannot be read"


def test_cli_unknown_pack(tmp_path, capsys):
    answers = tmp_path / "a.json"
    answers.write_text("{}", encoding="utf-8")
    status, out, err = _run(["screen", "--pack", "no-such-pack", "--answers", str(answers)],
                            capsys)
    assert status == 2 and "pack: unknown rule pack" in err


def test_cli_pack_file_is_validated(tmp_path, capsys):
    bad = tmp_path / "bad-pack.yaml"
    bad.write_text("id: bad-pack\n", encoding="utf-8")
    answers = tmp_path / "a.json"
    answers.write_text("{}", encoding="utf-8")
    status, out, err = _run(["screen", "--pack", str(bad), "--answers", str(answers)], capsys)
    assert status == 2 and "bad-pack.yaml" in err and err.count("\n") == 1


def test_cli_pack_file_path_works(tmp_path, capsys):
    from models.screening import PACKS_DIR

    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"sponsor_type": "sah", "family_size": 2}), encoding="utf-8")
    status, out, err = _run(["screen", "--pack", str(PACKS_DIR / "ca-private-sponsorship.yaml"),
                             "--answers", str(answers), "--json"], capsys)
    assert status == 0
    assert json.loads(out)["pack"] == "ca-private-sponsorship"


def test_cli_text_report_in_french(capsys, monkeypatch):
    status, out, err = _run(["screen", "--pack", "ca-refugee-claim", "--answers", "-",
                             "--lang", "fr"], capsys, json.dumps(BASE).encode(), monkeypatch)
    assert status == 0 and err == ""
    assert "Résultat\u00a0: OBSTACLE" in out
    # Words, not codes: no finding ids, answer keys or referral codes.
    assert "Entente sur les tiers pays sûrs" in out and "IRPA 101(1)(e)" in out
    assert "Aide juridique (urgent)" in out
    assert "Mode d'entrée\u00a0: à un point d'entrée terrestre" in out
    assert "Date de la demande\u00a0: 1 sept. 2026 (le même jour)" in out
    for code in ("INELIG_STCA", "legal_urgent", "entry_route", "land_port", "ca-refugee-claim"):
        assert code not in out
    assert "avis juridique" in out


def test_cli_json_shape_is_the_spec(capsys, monkeypatch):
    status, out, err = _run(["screen", "--pack", "ca-refugee-claim", "--answers", "-",
                             "--json"], capsys, json.dumps(BASE).encode(), monkeypatch)
    printed = json.loads(out)
    assert list(printed) == ["pack", "pack_version", "law_current_to", "summary", "notice",
                             "findings"]
    assert printed["summary"] == "bar"
    assert printed["notice"].startswith("This screening is not legal advice")
    assert set(printed["findings"][0]) == {"id", "severity", "citation", "message",
                                           "referrals", "triggered_by"}
    assert out.count("\n") == 1  # exactly one JSON object on one line


def test_cli_exit_0_for_clear_and_review(capsys, monkeypatch):
    status, out, _ = _run(["screen", "--pack", "ca-refugee-claim", "--answers", "-"],
                          capsys, b"{}", monkeypatch)
    assert status == 0 and "not legal advice" in out
    assert "Result: NEEDS REVIEW" in out and "“Way of entry”" in out
    assert "REVIEW_UNSURE" not in out and "entry_route" not in out


def test_cli_bad_lang_is_refused_by_argparse(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["screen", "--pack", "ca-refugee-claim", "--answers", "-", "--lang", "de"])
    assert exc.value.code == 2
