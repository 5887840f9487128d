"""The ready-made CEL parser shipped for a fast `waystation screen` (issue 18: one screen
process under 0.5 s) is current, parses exactly as celpy's own, and is used only when it fits."""

from __future__ import annotations

import pytest
import yaml
from celpy.celparser import CELParser
from lark import Lark

from models.resource_files import read_bytes
from models.screening import PACKS_DIR, cel_parser


@pytest.fixture
def no_parser():
    kept = CELParser.CEL_PARSER
    CELParser.CEL_PARSER = None
    yield
    CELParser.CEL_PARSER = kept


def _strings(node: object) -> list[str]:
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []


def test_the_shipped_parser_was_made_from_the_installed_lark_and_grammar():
    head = read_bytes(*cel_parser.FILE).partition(b"\n")[0].decode()
    assert head == cel_parser.fingerprint(), (
        "resources/screening/cel-parser.bin is stale: run python -m models.screening.cel_parser")


def test_the_shipped_parser_reads_every_expression_of_the_packs_as_celpy_does(no_parser):
    fresh = Lark(cel_parser._grammar(), **cel_parser._options())
    assert cel_parser.install()
    shipped = CELParser.CEL_PARSER
    assert shipped is not None and shipped is not fresh
    compared = 0
    for path in sorted(PACKS_DIR.glob("*.yaml")):
        for text in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            try:
                expected = fresh.parse(text)
            except Exception:  # noqa: BLE001 - prose, not an expression
                continue
            assert shipped.parse(text) == expected, text
            compared += 1
    assert compared > 50  # the packs' expressions, not only a few words


def test_a_parser_made_for_another_lark_is_not_used(no_parser, monkeypatch):
    monkeypatch.setattr(cel_parser, "fingerprint", lambda: '{"lark": "0.0.0"}')
    assert not cel_parser.install()
    assert CELParser.CEL_PARSER is None  # celpy builds its own, as before
