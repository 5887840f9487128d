"""Rule packs cannot hang the program (issue 13, R6), and an imported pack is parsed once
(issue 18). Fast by construction: a costly pack is refused by the static estimate before
anything runs, and the time budget is shown stopping evaluation with a tiny budget."""

from __future__ import annotations

import pytest
import yaml

from models.screening import PACKS_DIR, RulePackInvalid, evaluate, load_pack, load_pack_file
from models.screening import budget as budget_module
from models.screening import casebook_packs as rulepacks
from models.screening import loader as loader_module
from models.screening.loader import check_examples

NESTED_MAP = ("claims.map(a, claims.map(b, claims.map(c, "
              "a.country == b.country && b.country == c.country))).size() > 0")


def _data(pack_id: str) -> dict:
    return yaml.safe_load((PACKS_DIR / f"{pack_id}.yaml").read_text(encoding="utf-8"))


def _write(tmp_path, data, name="pack.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def _with_fact(data: dict, name: str, expr: str) -> dict:
    data["facts"].append({"name": name, "expr": expr})
    return data


def test_nested_macros_are_refused_at_import_in_one_sentence(tmp_path):
    # Three macros deep over a 50-item answer: 50³ evaluations of the body. This took
    # 163 s to evaluate; it must be refused before any example runs.
    data = _with_fact(_data("ca-refugee-claim"), "explode", NESTED_MAP)
    with pytest.raises(RulePackInvalid) as exc:
        load_pack_file(_write(tmp_path, data))
    message = str(exc.value)
    assert "fact explode" in message and "steps" in message
    assert "\n" not in message and message.count(". ") == 0


def test_many_moderate_expressions_are_refused_as_a_whole(tmp_path):
    # Each within the per-expression limit, together past the per-pack one (the 16 KB
    # pack that ran past 60 s).
    data = _data("ca-refugee-claim")
    for i in range(60):
        _with_fact(data, f"pairs{i}",
                   "claims.map(a, claims.filter(b, a.country == b.country)).size() > 0")
    with pytest.raises(RulePackInvalid) as exc:
        load_pack_file(_write(tmp_path, data))
    assert "per screening" in str(exc.value)


def test_shipped_packs_are_well_within_the_budget():
    from models.screening.budget import MAX_PACK_COST, estimate_cost

    for pack_id in ("ca-refugee-claim", "ca-private-sponsorship"):
        pack = load_pack(pack_id)
        total = sum(estimate_cost(f.when.ast, 50) for f in pack.findings)
        assert total < MAX_PACK_COST / 20


def test_max_items_is_bounded(tmp_path):
    data = _data("ca-refugee-claim")
    data["questionnaire"][0]["max_items"] = 10**9
    with pytest.raises(RulePackInvalid) as exc:
        load_pack_file(_write(tmp_path, data))
    assert "max_items" in str(exc.value)


def test_time_budget_stops_an_evaluation(tmp_path, monkeypatch):
    # Let a heavy pack past the static check, then evaluate it on answers that make it
    # heavy with a small time budget: it is refused, not run to the end.
    monkeypatch.setattr(budget_module, "MAX_EXPRESSION_COST", 10**12)
    monkeypatch.setattr(budget_module, "MAX_PACK_COST", 10**12)
    monkeypatch.setattr("models.screening.schema.MAX_EXPRESSION_COST", 10**12)
    monkeypatch.setattr("models.screening.schema.MAX_PACK_COST", 10**12)
    data = _data("ca-refugee-claim")
    # First among the facts that can read it, so the budget runs out inside it.
    first = next(i for i, f in enumerate(data["facts"]) if f["name"] == "claims") + 1
    data["facts"].insert(first, {"name": "explode", "expr": NESTED_MAP})
    pack = load_pack_file(_write(tmp_path, data))
    answers = {**pack.examples[0].answers,
               "prior_claims": [{"country": "KE", "outcome": "pending"}] * 50}
    with pytest.raises(RulePackInvalid) as exc:
        evaluate(pack, answers, seconds=0.5)  # the whole expression would take minutes
    assert "fact explode took longer than 0.5 s" in str(exc.value)


def test_time_budget_covers_every_expression_and_the_examples():
    pack = load_pack("ca-refugee-claim")
    with pytest.raises(RulePackInvalid) as exc:
        evaluate(pack, pack.examples[0].answers, seconds=0)
    assert "took longer than 0 s" in str(exc.value)
    with pytest.raises(RulePackInvalid) as exc:
        check_examples(pack, seconds=0)
    assert "checking the worked examples took longer" in str(exc.value)


# --- issue 18: an imported pack is parsed once ------------------------------------------------


def test_an_imported_pack_is_parsed_once_not_on_every_evaluation(book, tmp_path,
                                                                 monkeypatch):
    data = _data("ca-private-sponsorship")
    data["version"] = "2026.12.1"
    rulepacks.import_pack(book.store, _write(tmp_path, data, "newer.yaml"))
    parses = []
    real = loader_module.parse_text
    monkeypatch.setattr(loader_module, "parse_text",
                        lambda *a, **k: parses.append(1) or real(*a, **k))
    answers = {"sponsor_type": "sah", "family_size": 2}
    first = book.screenings.evaluate("ca-private-sponsorship", answers)
    assert first.pack_version == "2026.12.1"
    assert len(parses) <= 1  # at most once, the first time this version is used
    before = len(parses)
    for _ in range(5):
        book.screenings.evaluate("ca-private-sponsorship", answers)
    rulepacks.versions(book.store)  # the Settings page's read
    assert len(parses) == before


def test_text_cache_key_checks_id_and_version():
    text = (PACKS_DIR / "ca-private-sponsorship.yaml").read_text(encoding="utf-8")
    pack = loader_module.load_pack_text(text, "x", pack_id="ca-private-sponsorship",
                                        version=load_pack("ca-private-sponsorship").version)
    assert loader_module.load_pack_text(text, "x", pack_id=pack.id,
                                        version=pack.version) is pack
    with pytest.raises(RulePackInvalid):
        loader_module.load_pack_text(text, "x", pack_id=pack.id, version="2030.01.1")
