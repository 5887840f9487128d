"""Shared by the fuzz targets: run with atheris, count outcomes, fail on untyped errors.

Each target is ``python fuzz/fuzz_<name>.py [libFuzzer options]`` (e.g. ``-atheris_runs=
200000 -max_len=4096``). A target passes when the function under test returns or raises a
``WaystationError`` (InvalidInput, CasebookCorrupt, ...); anything else is a crash that
libFuzzer reports with the input that caused it. Nothing is written outside a private
temporary folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def run(name: str, target: Callable[[bytes], None]) -> None:
    import atheris

    from models.errors import WaystationError

    counts = {"accepted": 0, "refused": 0}

    def one(data: bytes) -> None:
        try:
            target(data)
            counts["accepted"] += 1
        except WaystationError:
            counts["refused"] += 1

    atheris.Setup(sys.argv, one)
    try:
        atheris.Fuzz()
    finally:
        print(f"fuzz {name}: {counts['accepted']} accepted, {counts['refused']} refused with "
              "a typed error, 0 crashes", file=sys.stderr)


def seed_dir(name: str) -> Path:
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / f"waystation-fuzz-{name}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
