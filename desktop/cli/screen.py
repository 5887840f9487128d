"""``waystation screen``: run a rule pack on a JSON file of answers, no casebook needed."""

from __future__ import annotations

import argparse
import atexit
import gc
import json
import sys
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.screening import (
    RulePack,
    ScreeningResult,
    applicable_answers,
    evaluate,
    load_pack,
    load_pack_file,
    not_legal_advice,
)
from models.screening import words as w

MAX_ANSWERS_BYTES = 1_000_000  # a full questionnaire is a few kB


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
    # The interpreter's last garbage collection, as it exits, walks every object the imports
    # and the pack made (~60 ms of CPU, a fifth of the process, issue 18). The system takes
    # the memory back anyway, and nothing this command makes needs a finalizer (it writes
    # only to standard output, which Python still flushes), so the objects are frozen out of
    # that collection. Registered once, however many runs a process makes (the tests').
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)
    pack = _load(args.pack)
    answers = read_answers(args.answers)
    result = evaluate(pack, answers, args.lang)
    # A country typed as an alias ("UK") is said back, so nobody is surprised by "GB";
    # standard output stays exactly the report or the one JSON object (which has them too).
    for note in result.notes:
        print(f"waystation: note: {note}", file=sys.stderr)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        print(report(pack, result, args.lang, applicable_answers(pack, answers)))
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


def report(pack: RulePack, result: ScreeningResult, lang: str,
           answers: dict[str, Any] | None = None) -> str:
    """The findings as a person reads them: in words, with the answers behind each one.
    Codes (finding ids, answer keys) are for ``--json``."""
    lines = [
        f"{pack.title(lang)} — {w.ui('version', lang)} {result.pack_version}, "
        f"{w.ui('law', lang)} {w.date_words(result.law_current_to, lang)}",
        w.labelled(w.ui("result", lang), f"{w.summary_short(result.summary, lang).upper()} — "
                   f"{w.summary(result.summary, lang)}", lang),
        "",
    ]
    if not result.findings:
        lines += [w.ui("none", lang), ""]
    for f in result.findings:
        lines.append(f"[{w.severity(f.severity, lang)}] {f.message}")
        lines.append("    " + w.labelled(w.ui("citation", lang), f.citation, lang))
        facts = w.because(pack, f.triggered_by, answers or {}, lang)
        if facts:
            lines.append("    " + w.labelled(w.ui("because", lang), "; ".join(facts), lang))
        if f.referrals:
            lines.append("    " + w.labelled(w.ui("referrals", lang), ", ".join(
                w.referral(r, lang) for r in f.referrals), lang))
        lines.append("")
    lines.append(not_legal_advice(lang))
    return "\n".join(lines)
