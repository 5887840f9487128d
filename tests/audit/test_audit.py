"""The audit trail records every read of a client file and every change, chained by hash
so an edit to history is detectable (S7)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.casebook import Casebook
from models.clients import Client
from tests.conftest import PASS


def _raw(book):
    return book.store.conn


def test_reads_and_changes_are_audited_with_ids_only(book):
    cid = book.clients.add(Client("Sentinel-Audit-Name")).id_of("clients")
    book.clients.get(cid)
    book.notes.add(cid, "Sentinel-Audit-Note")
    actions = [(e.action, e.entity) for e in book.audit.for_client(cid)]
    assert ("view", "client") in actions and ("create", "client") in actions
    assert ("create", "note") in actions
    dump = " ".join(str(r) for r in _raw(book).execute("SELECT * FROM audit").fetchall())
    assert "Sentinel" not in dump


@pytest.mark.parametrize("tamper", [
    "UPDATE audit SET action = 'view' WHERE seq = 3",
    "DELETE FROM audit WHERE seq = 3",
    "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)",
    "UPDATE audit SET user_id = 99 WHERE seq = 2",
])
def test_editing_history_makes_verify_fail_and_name_the_entry(book, book_path, tamper):
    for i in range(4):
        book.clients.add(Client(f"C{i}"))
    assert book.verify() == []  # a coordinator's verify: it leaves a signed checkpoint
    _raw(book).execute(tamper)
    # Entries before the checkpoint are re-read by the full check (a default verify's
    # limits: tests/audit/test_audit_checkpoint.py).
    problems = book.verify(full=True)
    assert problems
    assert any("audit entr" in p for p in problems)
    if "seq = 3" in tamper or "seq = 2" in tamper:
        assert any("#" in p for p in problems)
    book.close()
    again = Casebook.open(book_path, "ana", PASS)
    assert again.verify(full=True) != []
    again.close()


_value = st.one_of(st.none(), st.integers(), st.text(), st.booleans(),
                   st.floats(allow_nan=True, allow_infinity=True))


@settings(max_examples=300, deadline=None)
@given(st.tuples(st.text(), st.text(), _value, _value, _value, _value, _value))
def test_an_entrys_hash_is_sha256_of_its_json_as_every_casebook_wrote_it(row):
    """The digest is built with a reused JSON encoder (speed): its text must stay exactly
    json.dumps's, or every existing casebook's chain would stop verifying."""
    import hashlib
    import json

    from models.audit import entry_digest

    assert entry_digest(*row) == hashlib.sha256(json.dumps(list(row)).encode()).hexdigest()
