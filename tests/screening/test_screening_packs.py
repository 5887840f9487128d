"""Rule packs are validated before use; a bad pack is refused with a message naming the fault."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from models.errors import InvalidInput
from models.screening import (
    PACKS_DIR,
    RulePackInvalid,
    available_packs,
    evaluate,
    load_pack,
    load_pack_file,
)
from models.screening import loader as loader_module
from models.screening.costs import CostRow, cost_for_family_size

ROOT = Path(__file__).resolve().parents[2]


def _data(pack_id: str) -> dict:
    return yaml.safe_load((PACKS_DIR / f"{pack_id}.yaml").read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: object, name: str = "pack.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return path


def _refused(tmp_path: Path, data: object) -> str:
    with pytest.raises(RulePackInvalid) as exc:
        load_pack_file(_write(tmp_path, data))
    assert isinstance(exc.value, InvalidInput)
    return str(exc.value)


def _finding(data: dict, fid: str) -> dict:
    return next(f for f in data["findings"] if f["id"] == fid)


def test_shipped_packs_are_available_and_valid():
    assert available_packs() == ["ca-private-sponsorship", "ca-refugee-claim"]
    for pack_id in available_packs():
        pack = load_pack(pack_id)
        assert pack.id == pack_id
        assert re.fullmatch(r"\d{4}\.\d{2}\.\d+", pack.version)
        assert pack.law_current_to == "2026-05-31"
        assert pack.effective_from and pack.title("fr")


def test_packs_dir_is_the_resources_folder():
    assert PACKS_DIR == ROOT / "resources" / "rulepacks"


def test_loaded_packs_are_cached():
    # How long an evaluation takes is the benchmark's figure (screen_evaluate), not a test's.
    first = load_pack("ca-refugee-claim")
    assert load_pack("ca-refugee-claim") is first
    assert evaluate(first, first.examples[0].answers).summary


@pytest.mark.parametrize("pack_id", available_packs())
def test_every_worked_example_of_a_shipped_pack_holds(pack_id):
    # The app does not re-run the shipped packs' examples at every first load (about 4 s
    # on the first questionnaire of a session); this test is where they are checked.
    pack = load_pack(pack_id)
    assert pack.examples
    loader_module.check_examples(pack)


def test_loading_a_shipped_pack_does_not_rerun_its_examples(monkeypatch):
    ran = []
    monkeypatch.setattr(loader_module, "check_examples", lambda *a, **k: ran.append(a))
    monkeypatch.setattr(loader_module, "_cache", {})
    load_pack("ca-refugee-claim")
    assert ran == []
    # Any other pack file still runs them, even the same file by its path.
    load_pack_file(PACKS_DIR / "ca-refugee-claim.yaml")
    assert len(ran) == 1


def test_unknown_pack_id():
    for bad in ("nope", "../ca-refugee-claim", "", "CA-REFUGEE-CLAIM"):
        with pytest.raises(InvalidInput) as exc:
            load_pack(bad)
        assert exc.value.field == "pack"


def test_an_external_copy_is_accepted(tmp_path):
    pack = load_pack_file(_write(tmp_path, _data("ca-private-sponsorship")))
    assert pack.id == "ca-private-sponsorship"


def test_broken_expression_is_refused_naming_the_finding(tmp_path):
    data = _data("ca-private-sponsorship")
    _finding(data, "PSR_G5_SIZE")["when"] = "eligible_group_members < (5"
    message = _refused(tmp_path, data)
    assert "ca-private-sponsorship" in message and "PSR_G5_SIZE" in message
    assert "compile" in message


def test_unknown_key_in_an_expression_is_refused(tmp_path):
    data = _data("ca-refugee-claim")
    _finding(data, "INELIG_REMOVAL_ORDER")["when"] = 'removal_orders == "yes"'
    message = _refused(tmp_path, data)
    assert "INELIG_REMOVAL_ORDER" in message and "removal_orders" in message


def test_unknown_function_is_refused(tmp_path):
    data = _data("ca-private-sponsorship")
    _finding(data, "PSR_COST")["when"] = "open('x')"
    assert "open" in _refused(tmp_path, data)


def test_reference_to_a_later_finding_is_refused(tmp_path):
    data = _data("ca-refugee-claim")
    _finding(data, "INELIG_A")["when"] = "PRRA_AVAILABLE"
    message = _refused(tmp_path, data)
    assert "INELIG_A" in message and "PRRA_AVAILABLE" in message


def test_unknown_key_in_triggered_by_and_shown_when(tmp_path):
    data = _data("ca-private-sponsorship")
    _finding(data, "PSR_COST")["triggered_by"] = ["family_sise"]
    assert "family_sise" in _refused(tmp_path, data)
    data = _data("ca-private-sponsorship")
    data["questionnaire"][5]["shown_when"] = 'sponsor == "sah"'
    message = _refused(tmp_path, data)
    assert "refugee_status_document" in message and "sponsor" in message


def test_failing_worked_example_is_refused_naming_it(tmp_path):
    data = _data("ca-private-sponsorship")
    example = next(e for e in data["examples"] if e["name"] == "only four eligible group members")
    example["answers"]["eligible_group_members"] = 5
    message = _refused(tmp_path, data)
    assert "only four eligible group members" in message and "PSR_G5_SIZE" in message


def test_example_with_wrong_summary_or_invalid_answers_is_refused(tmp_path):
    data = _data("ca-private-sponsorship")
    data["examples"][1]["summary"] = "bar"
    assert data["examples"][1]["name"] in _refused(tmp_path, data)
    data = _data("ca-private-sponsorship")
    data["examples"][1]["answers"]["family_size"] = "two"
    message = _refused(tmp_path, data)
    assert "family_size" in message and data["examples"][1]["name"] in message


def test_finding_without_an_example_is_refused(tmp_path):
    data = _data("ca-private-sponsorship")
    for example in data["examples"]:
        example["must"] = [f for f in example["must"] if f != "PSR_DURABLE_SOLUTION"]
    message = _refused(tmp_path, data)
    assert "PSR_DURABLE_SOLUTION" in message and "example" in message


@pytest.mark.parametrize("change,expected", [
    (lambda d: _finding(d, "PSR_COST").update(severity="fatal"), "severity"),
    (lambda d: _finding(d, "PSR_COST").update(referrals=["lawyer"]), "lawyer"),
    (lambda d: _finding(d, "PSR_G5_SIZE").update(referrals=["sponsorship"]), "legal_urgent"),
    (lambda d: _finding(d, "PSR_COST")["message"].pop("fr"), "fr"),
    (lambda d: _finding(d, "PSR_COST").pop("citation"), "citation"),
    (lambda d: _finding(d, "PSR_COST")["message"].update(en="{nowhere} x"), "nowhere"),
    (lambda d: d.pop("law_current_to"), "law_current_to"),
    (lambda d: d.update(version="latest"), "version"),
    (lambda d: d.update(surprise=1), "surprise"),
    (lambda d: d["questionnaire"][0].update(type="colour"), "sponsor_type"),
    (lambda d: d["questionnaire"][0].update(values=[True, False]), "sponsor_type"),
    (lambda d: d["questionnaire"][0]["label"].pop("en"), "sponsor_type"),
    (lambda d: d["findings"].append(copy.deepcopy(d["findings"][0])), "PSR_PAUSED"),
    (lambda d: d["examples"][0].update(must=["PSR_NOPE"]), "PSR_NOPE"),
    (lambda d: d["tables"]["psr_costs"]["rows"][0].update(total="lots"), "psr_costs"),
])
def test_schema_errors_are_refused(tmp_path, change, expected):
    data = _data("ca-private-sponsorship")
    change(data)
    assert expected in _refused(tmp_path, data)


@pytest.mark.parametrize("text", ["id: [unclosed", "- just\n- a list\n", "", "\x00\x01"])
def test_not_a_pack_at_all(tmp_path, text):
    path = tmp_path / "junk.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulePackInvalid) as exc:
        load_pack_file(path)
    assert "junk.yaml" in str(exc.value)


def test_yaml_tags_are_not_executed(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("id: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(RulePackInvalid):
        load_pack_file(path)


def test_alias_bomb_is_refused_quickly(tmp_path):
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        levels.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    path = tmp_path / "laughs.yaml"
    path.write_text("\n".join(levels) + "\n", encoding="utf-8")
    with pytest.raises(RulePackInvalid) as exc:
        load_pack_file(path)
    # Refused by measuring the alias expansion before anything is constructed.
    assert "expands" in str(exc.value)


def test_recursive_yaml_is_refused(tmp_path):
    path = tmp_path / "loop.yaml"
    path.write_text("id: &a [1, *a]\n", encoding="utf-8")
    with pytest.raises(RulePackInvalid):
        load_pack_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(InvalidInput):
        load_pack_file(tmp_path / "absent.yaml")


def test_shipped_id_must_match_the_file_name(tmp_path, monkeypatch):
    monkeypatch.setattr(loader_module, "PACKS_DIR", tmp_path)
    _write(tmp_path, _data("ca-private-sponsorship"), "other-pack.yaml")
    with pytest.raises(RulePackInvalid) as exc:
        load_pack("other-pack")
    assert "other-pack" in str(exc.value)


def test_edited_file_is_validated_again(tmp_path):
    data = _data("ca-private-sponsorship")
    path = _write(tmp_path, data)
    assert load_pack_file(path).version == "2026.11.1"
    data["version"] = "2026.12.1"
    _finding(data, "PSR_COST")["when"] = "known("
    path.write_text(yaml.safe_dump(data, sort_keys=False) + "\n# edited\n", encoding="utf-8")
    with pytest.raises(RulePackInvalid):
        load_pack_file(path)


def test_runtime_failure_of_a_pack_is_refused_not_a_crash(tmp_path):
    # Compiles and passes the examples, yet fails on an input no example tried.
    data = _data("ca-private-sponsorship")
    _finding(data, "PSR_DURABLE_SOLUTION")["when"] = (
        'refugee_country_of_residence == "US" || (refugee_country_of_residence == "FR"'
        " && 1 / 0 == 1)")
    pack = load_pack_file(_write(tmp_path, data))
    with pytest.raises(RulePackInvalid) as exc:
        evaluate(pack, {"refugee_country_of_residence": "FR"})
    assert "PSR_DURABLE_SOLUTION" in str(exc.value)


# --- the cost table ------------------------------------------------------------------------

SPEC_COSTS = {1: (13200, 3300, 16500), 2: (19700, 5100, 24800), 3: (20400, 6300, 26700),
              4: (21200, 7500, 28700), 5: (23700, 8600, 32300), 6: (25700, 9800, 35500)}


def test_cost_table_matches_the_spec():
    from models.screening import costs

    assert costs.COST_TABLE_DATE == "2018-05-01"
    for n, row in SPEC_COSTS.items():
        assert cost_for_family_size(n) == CostRow(*row)
    assert cost_for_family_size(7) == CostRow(25700 + 1600, 9800 + 1100, 35500 + 2700)
    assert cost_for_family_size(9).total == 35500 + 3 * 2700
    for bad in (0, -1, 1.5, True, "2"):
        with pytest.raises(InvalidInput):
            cost_for_family_size(bad)


def test_screening_and_python_use_the_same_table():
    pack = load_pack("ca-private-sponsorship")
    base = {"sponsor_type": "sah", "refugee_outside_nationality": "yes",
            "refugee_in_canada": "no", "refugee_country_of_residence": "KE"}
    for n in (1, 2, 6, 7, 12, 30):
        total = cost_for_family_size(n).total
        enough = evaluate(pack, {**base, "family_size": n, "funds_committed": total})
        short = evaluate(pack, {**base, "family_size": n, "funds_committed": total - 0.01})
        assert "PSR_FUNDS_SHORT" not in enough.ids()
        assert "PSR_FUNDS_SHORT" in short.ids()
        cost = next(f for f in enough.findings if f.id == "PSR_COST")
        assert f"${total:,}" in cost.message and "2018-05-01" in cost.message


def test_no_python_eval_in_the_engine():
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in (ROOT / "models" / "screening").glob("*.py"))
    assert not re.search(r"\b(eval|exec)\(", source)
    assert "CompiledRunner" not in source
    assert "yaml.load(" not in source and "PySide6" not in source
