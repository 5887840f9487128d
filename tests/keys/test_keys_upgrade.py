"""Issue 12: a casebook whose key file is format 1 (from before the signed roster) upgrades on
the first open by a coordinator, after the automatic pre-upgrade backup; until then it opens
as before. An I/O error or a kill at any write of the upgrade leaves a casebook that every
member and the recovery key open, and the next coordinator open finishes the upgrade.
Argon2 runs at a lowered floor here so the fault matrix takes seconds."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys

import pytest

from models import casebook
from models.casebook import Casebook
from models.db.connection import open_connection
from models.errors import CasebookCorrupt, WrongPassphrase
from models.security import keyslots, roster, roster_trust
from models.security.keyslots import FORMAT_1
from models.transfer import backup
from tests.support.keys import (  # noqa: F401 - fixtures
    ANA,
    BOB,
    CAT,
    DAN,
    FAST,
    PHRASES,
    _fast_kdf,
    copy_template,
    template,
)

SEAMS = ((keyslots, "write_header"), (roster_trust, "record_roster"),
         (backup, "snapshot_before_upgrade"))


def _backups(path) -> list:
    return sorted(path.parent.glob("t.wsdb.pre-upgrade*.wsbak"))


def _everyone_opens(path, recovery, *, names=("ana", "bob", "cat")) -> None:
    for name in names:
        Casebook.open(path, name, PHRASES.get(name, DAN)).close()
    Casebook.open(path, "ana", recovery_key=recovery).close()


def test_a_coordinator_open_upgrades_after_the_pre_upgrade_backup(template, tmp_path,  # noqa: F811 - the imported fixture
                                                                  monkeypatch):
    template_path, recovery = template
    path = copy_template(template_path, tmp_path / "up")
    seen = []
    real = keyslots.write_header

    def write(db_path, header):  # noqa: ANN001, ANN202
        seen.append((header.fmt, bool(_backups(path))))
        return real(db_path, header)

    monkeypatch.setattr(keyslots, "write_header", write)
    ana = Casebook.open(path, "ana", ANA)
    monkeypatch.setattr(keyslots, "write_header", real)
    assert (keyslots.FORMAT, True) in seen and all(ok for fmt, ok in seen
                                                   if fmt == keyslots.FORMAT)
    assert ana.user.role == "coordinator" and not ana.header.legacy
    assert ana.verify() == []
    ana.close()
    header = keyslots.read_header(path)
    # Same casebook id: backups and erase still know the casebook by it.
    assert not header.legacy
    assert header.casebook_id == keyslots.read_header(template_path).casebook_id
    chain = casebook.trusted_chain(path, header)
    assert sorted(e.role or "recovery" for e in chain[-1].entries) == [
        "caseworker", "coordinator", "recovery", "volunteer"]
    # The backup holds the casebook as it was: restored, it is format 1 and opens as before.
    [made] = _backups(path)
    restored = tmp_path / "restored" / "t.wsdb"
    restored.parent.mkdir()
    backup.restore_backup(made, restored)
    assert keyslots.read_header(restored).legacy
    Casebook.open(restored, "bob", BOB).close()
    _everyone_opens(path, recovery)


def test_a_volunteer_open_does_not_upgrade(template, tmp_path):  # noqa: F811 - the imported fixture
    template_path, recovery = template
    path = copy_template(template_path, tmp_path / "vol")
    bob = Casebook.open(path, "bob", BOB)
    assert bob.user.role == "volunteer" and bob.header.legacy
    bob.close()
    assert keyslots.read_header(path).legacy and not _backups(path)
    Casebook.open(path, "ana", recovery_key=recovery).close()  # a recovery open neither
    assert keyslots.read_header(path).legacy


def test_after_the_upgrade_the_roster_holds_and_every_change_works(template, tmp_path):  # noqa: F811 - the imported fixture
    template_path, recovery = template
    path = copy_template(template_path, tmp_path / "after")
    Casebook.open(path, "ana", ANA).close()
    # A role edit in the database raises nobody any more (it did in format 1).
    header = keyslots.read_header(path)
    bob = Casebook.open(path, "bob", BOB)
    key = bytes(bob._key)
    bob.close()
    conn = open_connection(path, bytearray(key))
    with conn:
        conn.execute("UPDATE users SET role = 'coordinator' WHERE name = 'bob'")
    conn.close()
    bob = Casebook.open(path, "bob", BOB)
    assert bob.user.role == "volunteer"
    bob.users.change_passphrase(BOB, "a newer volunteer phrase")
    bob.close()
    ana = Casebook.open(path, "ana", ANA)
    cat_id = next(u.id for u in ana.users.list() if u.name == "cat")
    ana.users.remove(cat_id)
    ana.users.add("dan", "volunteer", DAN, kdf=FAST)
    new_recovery = ana.users.new_recovery_key()
    assert ana.verify() == []
    ana.close()
    assert keyslots.read_header(path).casebook_id == header.casebook_id
    Casebook.open(path, "bob", "a newer volunteer phrase").close()
    Casebook.open(path, "dan", DAN).close()
    with pytest.raises(WrongPassphrase):
        Casebook.open(path, "cat", CAT)
    with pytest.raises(WrongPassphrase):
        Casebook.open(path, "ana", recovery_key=recovery)
    Casebook.open(path, "ana", recovery_key=new_recovery).close()


def test_a_new_founder_in_an_upgraded_key_file_is_refused(template, tmp_path):  # noqa: F811 - the imported fixture
    """The upgraded file keeps the casebook's id, so the founder is bound by the slots
    sealed after the upgrade: a volunteer who writes a roster of their own, founded by a key
    of their own, does not get past the coordinator's slot."""
    template_path, _ = template
    path = copy_template(template_path, tmp_path / "founder")
    Casebook.open(path, "ana", ANA).close()
    header = keyslots.read_header(path)
    chain = casebook.trusted_chain(path, header)
    bob_entry = next(e for e in chain[-1].entries if e.role == "volunteer")
    bob_slot = header.find(bob_entry.slot_id)
    keys = keyslots.open_private(header.key_id, bob_slot, keyslots.normalise(BOB))
    header.founder = keys.signing.public_key().public_bytes_raw()
    entries = [roster.Entry(e.slot_id, e.kind, "coordinator" if e is bob_entry else
                            ("volunteer" if e.kind == "user" else None), e.user_id,
                            e.exchange, e.signing) for e in chain[-1].entries]
    header.roster = [roster.make_version(header.key_id, None, entries, bob_entry.slot_id,
                                         keys.signing)]
    keyslots.write_header(path, header)
    # The coordinator's slot is bound to the founder it was sealed with: it does not open
    # (as with a wrong passphrase: the seal cannot tell the two apart).
    with pytest.raises((CasebookCorrupt, WrongPassphrase)):
        Casebook.open(path, "ana", ANA)


def test_a_format_1_key_file_put_back_after_the_upgrade_is_named(template, tmp_path):  # noqa: F811 - the imported fixture
    template_path, _ = template
    path = copy_template(template_path, tmp_path / "back")
    old = keyslots.header_path(path).read_bytes()
    Casebook.open(path, "ana", ANA).close()
    keyslots.header_path(path).write_bytes(old)
    with pytest.raises(CasebookCorrupt) as info:
        Casebook.open(path, "bob", BOB)
    assert "t.wsdb.keys is older than the casebook" in str(info.value)


# -- faults ------------------------------------------------------------------------------
class _Fault:
    """Raise (or kill the process) at the n-th call of any write seam of the upgrade."""

    def __init__(self, monkeypatch, n: int, kind: str) -> None:
        self.n, self.kind, self.calls = n, kind, 0
        self.real = {seam: getattr(module, seam) for module, seam in SEAMS}
        for module, seam in SEAMS:
            monkeypatch.setattr(module, seam, self._wrap(seam))

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
        for module, seam in SEAMS:
            monkeypatch.setattr(module, seam, self.real[seam])


def _count_writes(template_path, tmp_path, monkeypatch) -> int:
    path = copy_template(template_path, tmp_path / "count")
    fault = _Fault(monkeypatch, 10**6, "error")
    Casebook.open(path, "ana", ANA).close()
    fault.off(monkeypatch)
    return fault.calls


def _then_finished(path, recovery) -> None:
    """Everyone opens the casebook as the fault left it; the next coordinator open finishes
    the upgrade, and everyone opens again."""
    _everyone_opens(path, recovery)
    ana = Casebook.open(path, "ana", ANA)
    assert not ana.header.legacy and ana.verify() == []
    ana.close()
    assert not keyslots.read_header(path).legacy
    _everyone_opens(path, recovery)


def test_an_io_error_at_any_write_of_the_upgrade_strands_nobody(template, tmp_path,  # noqa: F811 - the imported fixture
                                                                monkeypatch):
    template_path, recovery = template
    writes = _count_writes(template_path, tmp_path, monkeypatch)
    assert writes >= 3  # the backup, the key file, the database's roster record
    for n in range(1, writes + 1):
        path = copy_template(template_path, tmp_path / f"error-{n}")
        fault = _Fault(monkeypatch, n, "error")
        ana = Casebook.open(path, "ana", ANA)  # the open itself goes on (as format 1)
        fault.off(monkeypatch)
        assert ana.user.role == "coordinator"
        ana.close()
        _then_finished(path, recovery)


def _child(path, n, kind, who="ana") -> None:  # noqa: ANN001 - runs in a forked process
    _Fault(pytest.MonkeyPatch(), n, kind)
    Casebook.open(path, who, PHRASES[who])
    os._exit(0)


@pytest.mark.skipif(sys.platform != "linux", reason="forks a child to kill it")
def test_a_kill_at_any_write_of_the_upgrade_strands_nobody(template, tmp_path, monkeypatch):  # noqa: F811 - the imported fixture
    template_path, recovery = template
    writes = _count_writes(template_path, tmp_path, monkeypatch)
    ctx = multiprocessing.get_context("fork")
    for n in range(1, writes + 1):
        for kind in ("kill-before", "kill-after"):
            path = copy_template(template_path, tmp_path / f"{kind}-{n}")
            proc = ctx.Process(target=_child, args=(path, n, kind))
            proc.start()
            proc.join(60)
            assert proc.exitcode == -signal.SIGKILL
            (path.parent / "t.wsdb.lock").unlink(missing_ok=True)
            _then_finished(path, recovery)


def test_the_erase_setting_moves_into_the_signed_roster_at_the_upgrade(template, tmp_path):  # noqa: F811 - the imported fixture
    template_path, _ = template
    path = copy_template(template_path, tmp_path / "erase")
    bob = Casebook.open(path, "bob", BOB)
    key = bytes(bob._key)
    bob.close()
    conn = open_connection(path, bytearray(key))
    with conn:
        conn.execute("INSERT OR REPLACE INTO settings (key, value) "
                     "VALUES ('erase_allowed_for_all', 'true')")
    conn.close()
    Casebook.open(path, "ana", ANA).close()
    header = keyslots.read_header(path)
    assert casebook.trusted_chain(path, header)[-1].erase_for_all is True


def _kept(path, name: str) -> bool:
    """Whether ``name``'s slot is still sealed as format 1 sealed it."""
    header = keyslots.read_header(path)
    return header.find(header.slot_id_for(name)).fmt == FORMAT_1


def test_a_members_first_open_after_the_upgrade_gives_them_a_format_2_slot(template, tmp_path):  # noqa: F811 - the imported fixture
    """Until then their slot is not bound to the founder and its signing key was made by the
    upgrading coordinator (SECURITY.md); their first open re-seals it with new keys."""
    template_path, recovery = template
    path = copy_template(template_path, tmp_path / "reseal")
    Casebook.open(path, "ana", ANA).close()
    assert _kept(path, "bob") and _kept(path, "cat")
    before = casebook.trusted_chain(path, keyslots.read_header(path))[-1]
    bob = Casebook.open(path, "bob", BOB)
    bob.close()
    assert not _kept(path, "bob") and _kept(path, "cat")
    after = casebook.trusted_chain(path, keyslots.read_header(path))[-1]
    assert after.version == before.version + 1
    assert after.signer == keyslots.read_header(path).slot_id_for("bob")
    _everyone_opens(path, recovery)
    assert not _kept(path, "cat")
    ana = Casebook.open(path, "ana", ANA)
    assert ana.verify() == []
    ana.close()


def test_an_error_or_kill_while_a_member_re_seals_strands_nobody(template, tmp_path,  # noqa: F811 - the imported fixture
                                                                  monkeypatch):
    template_path, recovery = template
    upgraded = tmp_path / "upgraded"
    upgraded.mkdir()
    first = copy_template(template_path, upgraded / "a")
    Casebook.open(first, "ana", ANA).close()
    fault = _Fault(monkeypatch, 10**6, "error")
    Casebook.open(copy_template(first, tmp_path / "count-bob"), "bob", BOB).close()
    fault.off(monkeypatch)
    assert fault.calls >= 2
    ctx = multiprocessing.get_context("fork")
    for n in range(1, fault.calls + 1):
        path = copy_template(first, tmp_path / f"bob-error-{n}")
        fault = _Fault(monkeypatch, n, "error")
        Casebook.open(path, "bob", BOB).close()  # the open goes on
        fault.off(monkeypatch)
        _everyone_opens(path, recovery)
        assert not _kept(path, "bob")
        if sys.platform != "linux":
            continue
        for kind in ("kill-before", "kill-after"):
            path = copy_template(first, tmp_path / f"bob-{kind}-{n}")
            proc = ctx.Process(target=_child, args=(path, n, kind, "bob"))
            proc.start()
            proc.join(60)
            assert proc.exitcode == -signal.SIGKILL
            (path.parent / "t.wsdb.lock").unlink(missing_ok=True)
            _everyone_opens(path, recovery)
            ana = Casebook.open(path, "ana", ANA)
            assert ana.verify() == []
            ana.close()
