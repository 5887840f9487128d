"""``waystation bench``: measure every target of performance.md (figures, not tests)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("bench", help="measure performance on the reference casebook",
                       description="Build (or reuse) the reference casebook and measure every "
                                   "target: GUI figures in process on the offscreen platform, "
                                   "documents, backup, restore, verify, and SQLCipher against "
                                   "plain SQLite. Prints a table.")
    p.add_argument("--casebook", type=Path, help="reuse (or build once at) this casebook; its "
                   "user is 'demo' and its passphrase WAYSTATION_PASSPHRASE or the default")
    p.add_argument("--quick", action="store_true", help="5,000 clients instead of 50,000")
    p.add_argument("--clients", type=int, help="build the casebook with this many clients "
                   "(e.g. 200000 for the large-network column of performance.md)")
    p.add_argument("--json", type=Path, dest="json_out", help="also write the figures here")
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from desktop.devtools.bench.runner import run

    result = run(args.casebook, args.quick, args.json_out, clients=args.clients)
    missed = [n for n, m in result["metrics"].items() if m["met"] is False]
    missed += [n for n, r in result["ratios"].items() if not r["met"]]
    if missed:
        print(f"targets missed: {', '.join(missed)}")
    return 0
