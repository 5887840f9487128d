"""Review 2, findings F5 and F1 (S7): what a member holding only the data key can do to the
audit trail, and what a default ``verify`` and ``verify --full`` name.

F5: entries numbered 0 or below were read by no verify, yet shown in the audit views; the
checkpoint rows are an unsigned set, so they can be deleted. F1: a rewrite before a checkpoint
that keeps the number of entries (delete k entries, insert k fakes at the same numbers,
re-chain) passed a default verify, which then signed a new checkpoint over it."""

from __future__ import annotations

import pytest

from models import audit
from models.audit import entry_digest
from models.clients import Client
from models.security import audit_checkpoint
from models.security.keyslots import KdfParams
from tests.conftest import PASS

VPASS = "volunteer passphrase"
CPASS = "caseworker passphrase lantern"


def _add(book, n, prefix="C"):
    for i in range(n):
        book.clients.add(Client(f"{prefix}{i}"))


def _fake(conn, seq, user_id, action="export", entity="clients", entity_id=None,
          client_id=None, prev="x", h="y"):
    conn.execute("INSERT INTO audit (seq, at, user_id, action, entity, entity_id, client_id,"
                 " prev, hash) VALUES (?, '2026-11-30T10:00:00Z', ?, ?, ?, ?, ?, ?, ?)",
                 (seq, user_id, action, entity, entity_id, client_id, prev, h))


def _rechain(conn, upto):
    """Recompute every hash up to entry #upto (what anyone holding the data key can do)."""
    prev = audit.GENESIS
    for seq, at, uid, action, entity, eid, client in conn.execute(
            "SELECT seq, at, user_id, action, entity, entity_id, client_id FROM audit"
            " WHERE seq <= ? ORDER BY seq", (upto,)).fetchall():
        h = entry_digest(prev, at, uid, action, entity, eid, client)
        conn.execute("UPDATE audit SET prev = ?, hash = ? WHERE seq = ?", (prev, h, seq))
        prev = h


# --- F5: entries numbered below 1 -------------------------------------------------------------

def test_entries_numbered_below_one_are_named_by_every_verify_and_never_shown(book):
    _add(book, 3)
    cid = book.store.one("SELECT min(id) FROM clients")[0]
    assert book.verify() == []  # leaves a checkpoint
    conn = book.store.conn
    ana_id = book.user.id
    _fake(conn, 0, ana_id)
    _fake(conn, -1, ana_id, "view", "client", cid, cid)
    _fake(conn, -2, ana_id, "purge", "client", 99, 99)
    # With the checkpoint: the default verify names the entries by number.
    problems = book.verify()
    assert any("#-2" in p for p in problems), problems
    assert book.verify(full=True) != []
    # Without it (checkpoint rows are an unsigned set): both verifies still name them.
    conn.execute("DELETE FROM audit_checkpoint")
    for full in (False, True):
        problems = book.verify(full=full)
        assert any("#-2" in p for p in problems), (full, problems)
    # The audit views never show an entry verify rejects.
    assert all(e.seq >= 1 for e in book.audit.recent(1000))
    assert all(e.seq >= 1 for e in book.audit.for_client(cid))


def test_cli_verify_full_names_entries_numbered_below_one(book, book_path, monkeypatch,
                                                          capsys):
    from desktop import cli

    _add(book, 2)
    _fake(book.store.conn, 0, book.user.id)
    book.close()
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    for args in (["verify", "--full"], ["verify"]):
        assert cli.main([*args, str(book_path), "--user", "ana"]) == 1, args
        assert "#0" in capsys.readouterr().err


def test_a_deleted_checkpoint_makes_default_verify_read_every_entry(book):
    _add(book, 4)
    assert book.verify() == []
    (cp,) = [c.seq for c in audit_checkpoint.load(book.store.conn)]
    conn = book.store.conn
    conn.execute("UPDATE audit SET action = 'view' WHERE seq = 3")
    assert book.verify() == []  # the documented limit, with the checkpoint in place
    conn.execute("DELETE FROM audit_checkpoint")
    problems = book.verify()
    assert any("#3" in p and "altered" in p for p in problems), problems
    # The removal itself is named: the checkpoint's own audit entry has no checkpoint.
    assert any(f"#{cp}" in p and "checkpoint" in p and "removed" in p
               for p in problems), problems


def test_entry_numbers_must_run_from_one_without_gaps(book):
    _add(book, 3)
    conn = book.store.conn
    # The first entry removed and the chain re-made from the second: same links, count fixed.
    conn.execute("DELETE FROM audit WHERE seq = 1")
    conn.execute("DELETE FROM audit_sig WHERE seq = 1")
    prev = audit.GENESIS
    for seq, at, uid, action, entity, eid, client in conn.execute(
            "SELECT seq, at, user_id, action, entity, entity_id, client_id FROM audit"
            " ORDER BY seq").fetchall():
        h = entry_digest(prev, at, uid, action, entity, eid, client)
        conn.execute("UPDATE audit SET prev = ?, hash = ? WHERE seq = ?", (prev, h, seq))
        prev = h
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (prev,))
    conn.execute("UPDATE meta SET value = (SELECT count(*) FROM audit) "
                 "WHERE key = 'audit_count'")
    for full in (False, True):
        problems = book.verify(full=full)
        assert any("#1 " in p and "missing" in p for p in problems), problems


# --- F1: count-preserving rewrites before a checkpoint ----------------------------------------

@pytest.fixture
def history(book, open_as):
    """ana (coordinator), cas (caseworker) and vic (volunteer) have written entries; ana's
    verify left a checkpoint; ana added two clients after it. Returns (ana, ids, cp)."""
    book.users.add("vic", "volunteer", VPASS, kdf=KdfParams())
    book.users.add("cas", "caseworker", CPASS, kdf=KdfParams())
    _add(book, 3, "A")
    book.close()
    cas = open_as("cas", CPASS)
    _add(cas, 4, "K")
    ids = {"cas": cas.user.id}
    cas.close()
    vic = open_as("vic", VPASS)
    ids["vic"] = vic.user.id
    vic.close()
    ana = open_as("ana")
    ids["ana"] = ana.user.id
    assert ana.verify() == []
    cp = audit_checkpoint.load(ana.store.conn)[-1].seq
    _add(ana, 2, "B")
    return ana, ids, cp


def _victims(conn, ids, cp):
    return [s for (s,) in conn.execute("SELECT seq FROM audit WHERE user_id IN (?, ?) AND "
                                       "seq < ?", (ids["vic"], ids["cas"], cp))]


def test_replacing_entries_before_the_checkpoint_is_named_by_default_verify(history):
    """F1 as the review ran it: delete the caseworker's and volunteer's entries and their
    signatures, write as many exports in the coordinator's name at the same numbers, re-chain
    every entry before the checkpoint's."""
    ana, ids, cp = history
    conn = ana.store.conn
    victims = _victims(conn, ids, cp)
    assert victims
    marks = ",".join(map(str, victims))
    conn.execute(f"DELETE FROM audit WHERE seq IN ({marks})")
    conn.execute(f"DELETE FROM audit_sig WHERE seq IN ({marks})")
    for s in victims:
        _fake(conn, s, ids["ana"])
    _rechain(conn, cp - 1)
    before = len(audit_checkpoint.load(conn))
    problems = ana.verify()
    assert any(f"#{cp}" in p and "does not follow" in p for p in problems), problems
    # No new checkpoint is signed over the forgery.
    assert len(audit_checkpoint.load(conn)) == before
    assert ana.verify(full=True) != []


def test_an_entry_edited_and_rehashed_before_the_checkpoint_is_named_by_default_verify(
        history):
    ana, ids, cp = history
    conn = ana.store.conn
    first = _victims(conn, ids, cp)[0]
    conn.execute("UPDATE audit SET user_id = ?, action = 'export', entity = 'clients', "
                 "entity_id = NULL, client_id = NULL WHERE seq = ?", (ids["ana"], first))
    # Re-hash that entry alone, then every one after it up to the checkpoint's.
    _rechain(conn, first)
    problems = ana.verify()
    assert any(f"#{first + 1}" in p and "does not follow" in p for p in problems), problems
    _rechain(conn, cp - 1)
    problems = ana.verify()
    assert any(f"#{cp}" in p and "does not follow" in p for p in problems), problems


def test_what_default_verify_leaves_to_full_is_an_entry_changed_under_its_stored_hash(
        history):
    """The limit SECURITY.md (S7) states: an entry before the checkpoint replaced by one with
    the same number, prev and hash (its fields no longer match its hash) passes a default
    verify, which then signs a checkpoint over it; --full still names the entry afterwards."""
    ana, ids, cp = history
    conn = ana.store.conn
    first = _victims(conn, ids, cp)[0]
    prev, h = conn.execute("SELECT prev, hash FROM audit WHERE seq = ?", (first,)).fetchone()
    conn.execute("DELETE FROM audit WHERE seq = ?", (first,))
    _fake(conn, first, ids["ana"], prev=prev, h=h)
    assert ana.verify() == []
    assert audit_checkpoint.load(conn)[-1].seq > cp  # a new checkpoint over it ...
    problems = ana.verify(full=True)  # ... which does not hide it from --full
    assert any(f"#{first}" in p and "altered" in p for p in problems), problems
