"""The shipped packs ready-made (models/screening/ready_made.py, issue 18: one ``waystation
screen`` process well under 0.5 s): the file is current, its trees are lark's own, position by
position, a screen process neither parses CEL nor loads Babel's locale data, and the worked
examples still protect a shipped pack that is not exactly the one they passed with."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import lark
import pytest

from models.resource_files import read_bytes
from models.screening import RulePackInvalid, expressions, load_pack, ready_made
from models.screening import loader as loader_module
from models.screening.ready_made_build import build, expression_sources, same_data
from tests.support.source_tree import ROOT

PACK_IDS = ("ca-refugee-claim", "ca-private-sponsorship")


def test_the_shipped_file_is_current():
    """Fails after a pack, lark or celpy changes until
    ``python -m models.screening.ready_made_build`` is run (build() runs the examples)."""
    assert json.loads(read_bytes(*ready_made.FILE)) == build()


def _same_tree(a: object, b: object) -> bool:
    """Same rules, tokens, token types and positions, and rule positions (lark's ``==``
    compares tokens as plain text and ignores every position)."""
    if isinstance(a, lark.Token) or isinstance(b, lark.Token):
        return isinstance(a, lark.Token) and isinstance(b, lark.Token) and a.type == b.type \
            and a.value == b.value and all(getattr(a, f) == getattr(b, f) for f in (
                "start_pos", "line", "column", "end_line", "end_column", "end_pos"))
    assert isinstance(a, lark.Tree) and isinstance(b, lark.Tree)
    metas = [None if t._meta is None else vars(t._meta) for t in (a, b)]  # noqa: SLF001
    return a.data == b.data and metas[0] == metas[1] and len(a.children) == len(b.children) \
        and all(_same_tree(x, y) for x, y in zip(a.children, b.children, strict=True))


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_every_ready_made_expression_is_what_lark_makes_of_it(pack_id):
    sources = expression_sources(load_pack(pack_id))
    assert len(sources) > 10
    for source in sorted(sources):
        made = expressions.compile_expression(source)  # through the shipped file
        assert ready_made.shipped_tree(source) is not None, source
        parsed = expressions.parse(source)  # through lark
        assert _same_tree(made.ast, parsed), source
        raw = expressions._parse(source)  # noqa: SLF001 - names as the lark path finds them
        assert made.names == frozenset(expressions._free_names(raw)[0]), source  # noqa: SLF001


@pytest.mark.parametrize("pack_id", PACK_IDS)
def test_the_ready_made_data_reads_as_the_yaml(pack_id):
    raw = (loader_module.PACKS_DIR / f"{pack_id}.yaml").read_bytes()
    made = ready_made.shipped_pack(raw)
    assert made is not None and made.examples_checked
    assert same_data(made.data, loader_module.read_yaml(raw, pack_id))
    assert made.data is not ready_made.shipped_pack(raw).data  # each read has its own


def test_a_screen_process_parses_no_cel_and_loads_no_locale_data(tmp_path):
    """The whole of a ``waystation screen --json`` run: the expressions come ready-made
    (lark's parser for CEL is neither built nor loaded), country codes are checked without
    Babel's CLDR data (~80 ms), and its objects are frozen out of the garbage collection the
    interpreter makes as it exits (~60 ms); the output is unchanged (the other tests pin it).
    """
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(load_pack("ca-refugee-claim").examples[0].answers),
                       encoding="utf-8")
    code = (
        "import atexit, contextlib, gc, io, sys\n"
        "atexit.register(lambda: print(gc.get_freeze_count() > 0))  # runs after the command's\n"
        "from desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    status = main(['screen', '--pack', 'ca-refugee-claim', '--answers', "
        f"{str(answers)!r}, '--json'])\n"
        "from celpy.celparser import CELParser\n"
        "print(status, out.getvalue().startswith('{'))\n"
        "print(CELParser.CEL_PARSER is None)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'babel'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    assert out == ["0 True", "True", "[]", "True"]


def _shipped_copy(tmp_path, monkeypatch):
    folder = tmp_path / "rulepacks"
    shutil.copytree(loader_module.PACKS_DIR, folder)
    monkeypatch.setattr(loader_module, "PACKS_DIR", folder)
    return folder / "ca-private-sponsorship.yaml"


def test_a_shipped_pack_file_changed_after_the_build_has_its_examples_run(tmp_path,
                                                                         monkeypatch):
    """The worked examples are skipped only for the exact bytes they passed with: a shipped
    file edited after installation (here one rule's threshold) is checked, and refused."""
    path = _shipped_copy(tmp_path, monkeypatch)
    text = path.read_text(encoding="utf-8")
    assert "  g5_minimum_members: 5\n" in text
    path.write_text(text.replace("  g5_minimum_members: 5\n", "  g5_minimum_members: 2\n"),
                    encoding="utf-8")
    with pytest.raises(RulePackInvalid) as exc:
        load_pack("ca-private-sponsorship")
    assert "example" in exc.value.problem


def test_an_unchanged_shipped_pack_is_not_checked_again(tmp_path, monkeypatch):
    _shipped_copy(tmp_path, monkeypatch)  # same bytes, another path: not in the cache
    monkeypatch.setattr(loader_module, "check_examples",
                        lambda *a, **k: pytest.fail("examples run again"))
    assert load_pack("ca-private-sponsorship").id == "ca-private-sponsorship"


def test_a_file_made_with_other_libraries_is_not_used(monkeypatch):
    """Made for another lark or celpy: no tree, no data, no examples record is taken from
    it, whatever it says (here a tree that would turn a condition around)."""
    contents = json.loads(read_bytes(*ready_made.FILE))
    source = next(iter(contents["trees"]))
    contents["trees"][source] = ready_made.encode(expressions.parse("false"))
    contents["fingerprint"] = "lark 0.0; celpy 0"
    monkeypatch.setattr(ready_made, "read_bytes", lambda *parts: json.dumps(contents).encode())
    ready_made._file_contents.cache_clear()  # noqa: SLF001
    try:
        assert ready_made.shipped_tree(source) is None
        raw = (loader_module.PACKS_DIR / "ca-refugee-claim.yaml").read_bytes()
        assert ready_made.shipped_pack(raw) is None
        assert _same_tree(expressions.compile_expression(source).ast,
                          expressions.parse(source))
    finally:
        monkeypatch.undo()
        ready_made._file_contents.cache_clear()  # noqa: SLF001
