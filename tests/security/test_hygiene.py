"""Process hygiene (S12): no core dumps while a casebook is open.

The checks run in a child process so the test process's own flags are not what is measured
(and the child starts dumpable again: Linux resets the flag on exec)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from models.security import hygiene

ROOT = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="the dumpable flag exists on Linux only")


def _child(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True, timeout=120)
    return json.loads(out.stdout.strip().splitlines()[-1])


@linux_only
def test_the_dumpable_flag_is_off_while_a_casebook_is_open(book_path):
    code = (
        "import json, resource, sys\n"
        "from models.casebook import Casebook\n"
        "from models.security.hygiene import is_dumpable\n"
        "from models.security.keyslots import KdfParams\n"
        "seen = {'start': is_dumpable()}\n"
        f"book, _ = Casebook.create({str(book_path)!r}, 'ana', 'correct horse battery',"
        " kdf=KdfParams())\n"
        "seen['created'] = is_dumpable()\n"
        "book.close()\n"
        "seen['after_lock'] = is_dumpable()\n"
        "seen['core_limit'] = resource.getrlimit(resource.RLIMIT_CORE)[0]\n"
        "print(json.dumps(seen))\n"
    )
    seen = _child(code)
    assert seen == {"start": True, "created": False, "after_lock": False, "core_limit": 0}

    code = (
        "import json\n"
        "from models.casebook import Casebook\n"
        "from models.security.hygiene import is_dumpable\n"
        "seen = {'start': is_dumpable()}\n"
        f"book = Casebook.open({str(book_path)!r}, 'ana', 'correct horse battery')\n"
        "seen['opened'] = is_dumpable()\n"
        "book.close()\n"
        "print(json.dumps(seen))\n"
    )
    assert _child(code) == {"start": True, "opened": False}


@linux_only
def test_dumps_are_off_as_soon_as_a_passphrase_is_tried(book, book_path):
    """A passphrase in memory is a secret too, even a wrong one (or a right one for a
    damaged file): dumps go off before the key slot is tried, not after the open."""
    book.close()
    code = (
        "import json\n"
        "from models.casebook import Casebook\n"
        "from models.errors import WrongPassphrase\n"
        "from models.security.hygiene import is_dumpable\n"
        "try:\n"
        f"    Casebook.open({str(book_path)!r}, 'ana', 'not the passphrase')\n"
        "except WrongPassphrase:\n"
        "    pass\n"
        "print(json.dumps({'dumpable': is_dumpable()}))\n"
    )
    assert _child(code) == {"dumpable": False}


@linux_only
def test_disable_and_restore_round_trip():
    code = (
        "import json\n"
        "from models.security import hygiene\n"
        "seen = [hygiene.is_dumpable()]\n"
        "hygiene.disable_core_dumps(); hygiene.disable_core_dumps()\n"
        "seen.append(hygiene.is_dumpable())\n"
        "hygiene.restore_core_dumps()\n"
        "seen.append(hygiene.is_dumpable())\n"
        "print(json.dumps(seen))\n"
    )
    assert _child(code) == [True, False, True]


def test_without_a_dumpable_flag_the_answer_is_unknown(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert hygiene.is_dumpable() is None
