"""``waystation screen``: run a rule pack on a JSON file of answers, no casebook needed."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.screening import (
    RulePack,
    ScreeningResult,
    evaluate,
    load_pack,
    load_pack_file,
    not_legal_advice,
)

MAX_ANSWERS_BYTES = 1_000_000  # a full questionnaire is a few kB

_WORDS = {
    "en": {"summary": "Summary", "citation": "Citation", "referrals": "Suggested referrals",
           "none": "No findings.", "law": "law current to",
           "bar": "bar", "review": "review", "clear": "clear",
           "exception": "exception", "info": "info"},
    "fr": {"summary": "Résultat", "citation": "Référence", "referrals": "Orientations suggérées",
           "none": "Aucune constatation.", "law": "droit à jour au",
           "bar": "obstacle", "review": "à vérifier", "clear": "aucun obstacle",
           "exception": "exception", "info": "information"},
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "screen",
        help="screen answers with a rule pack (refugee claim, private sponsorship)",
        description="Evaluate a JSON object of answers with a rule pack and print the findings.",
    )
    parser.add_argument("--pack", required=True, metavar="ID|FILE",
                        help="a shipped pack id (ca-refugee-claim) or a pack file to validate")
    parser.add_argument("--answers", required=True, metavar="FILE|-",
                        help="JSON object of answers; - reads standard input")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--lang", choices=("en", "fr"), default="en")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    pack = _load(args.pack)
    answers = read_answers(args.answers)
    result = evaluate(pack, answers, args.lang)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(report(pack, result, args.lang))
    return 0  # findings are the output, never a failure


def _load(pack: str) -> RulePack:
    # A path is anything that looks like a file; ids are bare lower-case words.
    if "/" in pack or "\\" in pack or pack.endswith((".yaml", ".yml")):
        return load_pack_file(pack)
    return load_pack(pack)


def read_answers(source: str) -> dict[str, Any]:
    try:
        if source == "-":
            raw = sys.stdin.buffer.read(MAX_ANSWERS_BYTES + 1)
        else:
            with Path(source).open("rb") as fh:
                raw = fh.read(MAX_ANSWERS_BYTES + 1)
    except OSError:
        raise InvalidInput("answers", "the file cannot be read") from None
    if len(raw) > MAX_ANSWERS_BYTES:
        raise InvalidInput("answers", "the file is too large")
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise InvalidInput("answers", "not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput("answers", f"not valid JSON (line {exc.lineno})") from None
    except (ValueError, RecursionError):
        raise InvalidInput("answers", "not valid JSON") from None
    if not isinstance(data, dict):
        raise InvalidInput("answers", "must be a JSON object of question keys and answers")
    return data


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def report(pack: RulePack, result: ScreeningResult, lang: str) -> str:
    words = _WORDS[lang]
    lines = [
        f"{pack.title(lang)} — {pack.id} {result.pack_version}, "
        f"{words['law']} {result.law_current_to}",
        f"{words['summary']}: {words[result.summary].upper()}",
        "",
    ]
    if not result.findings:
        lines += [words["none"], ""]
    for f in result.findings:
        lines.append(f"[{words[f.severity]}] {f.id}: {f.message}")
        lines.append(f"    {words['citation']}: {f.citation}")
        if f.referrals:
            lines.append(f"    {words['referrals']}: {', '.join(f.referrals)}")
        lines.append("")
    lines.append(not_legal_advice(lang))
    return "\n".join(lines)
