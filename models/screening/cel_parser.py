"""celpy's CEL parser, loaded ready-made instead of analysed again in every process.

celpy builds a LALR parser from its grammar the first time a process compiles an expression:
0.2–0.3 s of CPU, most of a ``waystation screen`` process (target < 0.5 s). The analysed
parser is shipped in ``resources/screening/cel-parser.bin`` together with the lark version
and the hash of the grammar and options it was made from. When both match what is installed
it is loaded (~20 ms); otherwise celpy builds it as before — slower, never different.

The file is written by ``python -m models.screening.cel_parser`` (``make cel-parser``) and a
test fails when it no longer matches the installed lark and celpy. It is read with lark's own
loader, which unpickles: it is trusted like the code beside it, since it is installed with it
and never comes from a casebook or a rule pack.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

import lark
from celpy.celparser import CELParser
from lark import Lark

from models.resource_files import read_bytes

FILE = ("screening", "cel-parser.bin")


def _options() -> dict:
    # What celpy's CELParser passes to Lark (celpy 0.5), the tree class being lark's default.
    return {"parser": "lalr", "start": "expr", "debug": True, "g_regex_flags": re.M,
            "lexer_callbacks": {"IDENT": CELParser.ambiguous_literals},
            "propagate_positions": True, "maybe_placeholders": False, "priority": "invert",
            "tree_class": lark.Tree}


def _grammar() -> str:
    import celpy.celparser

    return (Path(celpy.celparser.__file__).parent / "cel.lark").read_text(encoding="utf-8")


def fingerprint() -> str:
    """What the saved parser must have been made from: lark's version, celpy's grammar."""
    return json.dumps({"lark": lark.__version__,
                       "grammar": hashlib.sha256(_grammar().encode()).hexdigest()})


def saved() -> bytes:
    """The fingerprint line and the parser as lark saves it."""
    parser = Lark(_grammar(), **_options())
    out = io.BytesIO()
    parser.save(out)
    return fingerprint().encode() + b"\n" + out.getvalue()


def install() -> bool:
    """Give celpy the shipped parser when it fits; True when it was used.

    Called before the first celpy environment is made; celpy keeps one parser per process
    in ``CELParser.CEL_PARSER`` and builds its own only while that is None.
    """
    if CELParser.CEL_PARSER is not None:
        return True
    try:
        data = read_bytes(*FILE)
    except OSError:
        return False
    head, _, body = data.partition(b"\n")
    if head.decode("utf-8", "replace") != fingerprint():
        return False
    try:
        # lark pickles the lexer callback by its name (celpy's ambiguous_literals).
        CELParser.CEL_PARSER = Lark.load(io.BytesIO(body))
    except Exception:  # noqa: BLE001 - a file lark can no longer read: celpy builds its own
        return False
    return True


if __name__ == "__main__":  # writes the shipped file beside the source tree's resources
    from models.db.atomic import atomic_write_bytes
    from models.resource_files import resource_dir

    target = resource_dir(FILE[0]) / FILE[1]
    atomic_write_bytes(target, saved(), mode=0o644)
    print(f"wrote {target}")
