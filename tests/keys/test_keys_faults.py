"""Issue 12 (R1): a re-key that cannot strand anyone.

An I/O error, or a SIGKILL just before or just after, at every write that ``user remove``,
``user passwd`` and ``user add`` make (each key-file write, the database re-key, the database
record of the roster); then the other two changes run (in the same session after an error, in
a new one after a kill). Every remaining member and the recovery key must open the casebook
afterwards, and ``verify`` must find nothing wrong. Argon2 runs at a lowered floor here so the
whole matrix takes seconds.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys

import pytest

from models.casebook import Casebook
from models.db import connection
from models.errors import ChangeFailed, WrongPassphrase
from models.security import keyslots, roster_trust
from tests.support.keys import ANA, BOB, CAT, DAN, FAST, _fast_kdf, copy_template  # noqa: F401 - fixture

ANA_NEW = "a fresh coordinator phrase"
SEAMS = ("write_header", "rekey_database", "record_roster")


@pytest.fixture
def template(tmp_path, _fast_kdf):  # noqa: F811 - the imported fixture
    path = tmp_path / "template" / "t.wsdb"
    path.parent.mkdir()
    book, recovery = Casebook.create(path, "ana", ANA, kdf=FAST)
    book.users.add("bob", "volunteer", BOB, kdf=FAST)
    book.users.add("cat", "caseworker", CAT, kdf=FAST)
    book.close()
    return path, recovery


def _op(book: Casebook, name: str) -> None:
    if name == "remove":
        book.users.remove(next(u.id for u in book.users.list() if u.name == "bob"))
    elif name == "passwd":
        book.users.change_passphrase(ANA if _ana_is_old(book) else ANA_NEW, ANA_NEW)
    else:
        book.users.add("dan", "volunteer", DAN, kdf=FAST)


def _ana_is_old(book: Casebook) -> bool:
    slot = book.header.find(book.header.slot_id_for("ana"))
    try:
        keyslots.open_private(book.casebook_id, slot, keyslots.normalise(ANA))
        return True
    except WrongPassphrase:
        return False


def _open_ana(path) -> Casebook:
    try:
        return Casebook.open(path, "ana", ANA_NEW)
    except WrongPassphrase:
        return Casebook.open(path, "ana", ANA)


class _Fault:
    """Raise (or kill the process) at the n-th call of any write seam."""

    def __init__(self, monkeypatch, n: int, kind: str) -> None:
        self.n, self.kind, self.calls = n, kind, 0
        self.real = {"write_header": keyslots.write_header,
                     "rekey_database": getattr(connection, "rekey_database", None),
                     "record_roster": getattr(roster_trust, "record_roster", None)}
        for module, seam in ((keyslots, "write_header"), (connection, "rekey_database"),
                             (roster_trust, "record_roster")):
            monkeypatch.setattr(module, seam, self._wrap(seam), raising=False)

    def _wrap(self, seam: str):  # noqa: ANN202
        def call(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            self.calls += 1
            if self.calls == self.n:
                if self.kind == "error":
                    raise OSError(28, "No space left on device")
                if self.kind == "kill-before":
                    os.kill(os.getpid(), signal.SIGKILL)
                result = self.real[seam](*args, **kwargs)
                os.kill(os.getpid(), signal.SIGKILL)
                return result
            return self.real[seam](*args, **kwargs)
        return call

    def off(self, monkeypatch) -> None:
        for module, seam in ((keyslots, "write_header"), (connection, "rekey_database"),
                             (roster_trust, "record_roster")):
            monkeypatch.setattr(module, seam, self.real[seam], raising=False)


def _count_writes(template_path, tmp_path, op, monkeypatch) -> int:
    path = copy_template(template_path, tmp_path / f"count-{op}")
    book = _open_ana(path)
    fault = _Fault(monkeypatch, 10**6, "error")
    _op(book, op)
    fault.off(monkeypatch)
    book.close()
    return fault.calls


def _check_everyone_opens(path, recovery, done: set[str]) -> None:
    """Every member the casebook lists opens, the recovery key opens, and the changes that
    ran without a fault are in effect."""
    ana = _open_ana(path)
    assert ana.verify() == []
    names = {u.name for u in ana.users.list()}
    ana.close()
    Casebook.open(path, "cat", CAT).close()
    Casebook.open(path, "ana", recovery_key=recovery).close()
    if "add" in done:
        assert "dan" in names
    if "remove" in done:
        assert "bob" not in names
    if "dan" in names:
        Casebook.open(path, "dan", DAN).close()
    if "bob" in names:
        Casebook.open(path, "bob", BOB).close()
    else:
        with pytest.raises(WrongPassphrase):
            Casebook.open(path, "bob", BOB)


OPS = ("remove", "passwd", "add")


@pytest.mark.parametrize("op", OPS)
def test_an_io_error_at_any_write_strands_nobody(template, tmp_path, monkeypatch, op):
    template_path, recovery = template
    writes = _count_writes(template_path, tmp_path, op, monkeypatch)
    assert writes >= 2
    for n in range(1, writes + 1):
        path = copy_template(template_path, tmp_path / f"{op}-error-{n}")
        book = _open_ana(path)
        fault = _Fault(monkeypatch, n, "error")
        try:
            _op(book, op)
        except ChangeFailed as exc:
            assert "damaged" not in str(exc)
        fault.off(monkeypatch)
        others = [o for o in OPS if o != op]
        for other in others:
            _op(book, other)  # the same session goes on working
        book.close()
        _check_everyone_opens(path, recovery, set(others))


def _child(path, op, n, kind, conn) -> None:  # noqa: ANN001 - runs in a forked process
    mp = pytest.MonkeyPatch()
    book = _open_ana(path)
    _Fault(mp, n, kind)
    try:
        _op(book, op)
    except ChangeFailed:
        pass
    conn.send("finished")
    os._exit(0)


@pytest.mark.skipif(sys.platform != "linux", reason="forks a child to kill it")
@pytest.mark.parametrize("op", OPS)
def test_a_kill_at_any_write_strands_nobody(template, tmp_path, monkeypatch, op):
    template_path, recovery = template
    writes = _count_writes(template_path, tmp_path, op, monkeypatch)
    ctx = multiprocessing.get_context("fork")
    for n in range(1, writes + 1):
        for kind in ("kill-before", "kill-after"):
            path = copy_template(template_path, tmp_path / f"{op}-{kind}-{n}")
            parent, child = ctx.Pipe()
            proc = ctx.Process(target=_child, args=(path, op, n, kind, child))
            proc.start()
            proc.join(60)
            assert proc.exitcode == -signal.SIGKILL
            assert not parent.poll()
            (path.parent / "t.wsdb.lock").unlink(missing_ok=True)
            others = [o for o in OPS if o != op]
            book = _open_ana(path)
            for other in others:
                _op(book, other)
            book.close()
            _check_everyone_opens(path, recovery, set(others))
