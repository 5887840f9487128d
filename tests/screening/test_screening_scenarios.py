"""The worked scenarios of tests/data/screening_scenarios.json, via the API and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from models.screening import evaluate, load_pack

ROOT = Path(__file__).resolve().parents[2]
# The repository keeps its own copy so a checkout without ../shared runs every scenario;
# when the shared folder is beside it, the copy must not have drifted from it.
SCENARIOS_FILE = ROOT / "tests" / "data" / "screening_scenarios.json"
SHARED_FILE = ROOT.parent / "shared" / "examples" / "screening" / "scenarios.json"
SCENARIOS = json.loads(SCENARIOS_FILE.read_text(encoding="utf-8"))


@pytest.mark.skipif(not SHARED_FILE.is_file(), reason="no ../shared beside this checkout")
def test_repository_copy_matches_shared_examples():
    assert json.loads(SHARED_FILE.read_text(encoding="utf-8")) == SCENARIOS


def _ids(result: dict) -> set[str]:
    return {f["id"] for f in result["findings"]}


def _check(scenario: dict, ids: set[str], summary: str) -> None:
    assert set(scenario["must"]) <= ids, scenario["name"]
    assert not set(scenario["must_not"]) & ids, scenario["name"]
    if scenario["summary"] is not None:
        assert summary == scenario["summary"], scenario["name"]


needs_scenarios = pytest.mark.skipif(not SCENARIOS, reason="shared scenarios not present")
names = [s["name"] for s in SCENARIOS]


@needs_scenarios
@pytest.mark.parametrize("scenario", SCENARIOS, ids=names)
def test_scenario_via_api(scenario):
    result = evaluate(load_pack(scenario["pack"]), scenario["answers"])
    _check(scenario, set(result.ids()), result.summary)


@needs_scenarios
@pytest.mark.parametrize("scenario", SCENARIOS, ids=names)
def test_scenario_via_cli_json(scenario, tmp_path, capsys):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(scenario["answers"]), encoding="utf-8")
    status = main(["screen", "--pack", scenario["pack"], "--answers", str(answers), "--json"])
    out, err = capsys.readouterr()
    assert status == 0 and err == ""
    printed = json.loads(out)  # exactly one JSON object
    assert printed["pack"] == scenario["pack"]
    assert printed["law_current_to"] == "2026-05-31"
    _check(scenario, _ids(printed), printed["summary"])


@needs_scenarios
@pytest.mark.parametrize("scenario", SCENARIOS, ids=names)
def test_scenario_is_a_worked_example_of_its_pack(scenario):
    examples = {e.name: e for e in load_pack(scenario["pack"]).examples}
    example = examples[scenario["name"]]
    assert example.answers == scenario["answers"]
    assert set(scenario["must"]) <= set(example.must)
    assert set(scenario["must_not"]) <= set(example.must_not)
    if scenario["summary"] is not None:
        assert example.summary == scenario["summary"]


def test_unasserted_summaries_are_decided():
    # The spec leaves these two open; the packs pin them so a change is deliberate.
    pack = load_pack("ca-refugee-claim")
    examples = {e.name: e for e in pack.examples}
    assert examples["US citizen at a land port"].summary == "clear"
    assert examples["16-year-old alone, no parent in Canada or the US"].summary == "clear"


@needs_scenarios
def test_scenarios_as_text_report(tmp_path, capsys):
    for scenario in SCENARIOS:
        answers = tmp_path / "answers.json"
        answers.write_text(json.dumps(scenario["answers"]), encoding="utf-8")
        assert main(["screen", "--pack", scenario["pack"], "--answers", str(answers)]) == 0
        out = capsys.readouterr().out
        result = evaluate(load_pack(scenario["pack"]), scenario["answers"])
        for f in result.findings:  # each finding in words, not by its id
            assert f.message in out and f.id not in out
        assert "not legal advice" in out


@needs_scenarios
def test_real_subprocess_reads_stdin_and_prints_json(tmp_path):
    scenario = SCENARIOS[0]
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "screen", "--pack", scenario["pack"],
         "--answers", "-", "--json", "--lang", "fr"],
        input=json.dumps(scenario["answers"]).encode("utf-8"),
        capture_output=True, cwd=tmp_path, timeout=60, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    printed = json.loads(proc.stdout.decode("utf-8"))
    _check(scenario, _ids(printed), printed["summary"])
    assert "Entente" in printed["findings"][0]["message"]  # French messages


def test_real_subprocess_bad_input_is_one_line_exit_2(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "screen", "--pack", "ca-refugee-claim",
         "--answers", "-"],
        input=b'{"entry_date": "2026-13-01"}', capture_output=True, cwd=tmp_path, timeout=60,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert proc.stderr.decode().strip() == \
        "waystation: entry_date: not a date (use YYYY-MM-DD)"
