"""Review of migration 4 (clients.initials, c4f93d8): a process killed at any point of the
upgrade of a version-3 casebook leaves one that opens, is upgraded by the next open with
every client's initials right, and keeps its pre-upgrade backup (one transaction with the
version bump, after the backup: models.db.schema.upgrade)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys

import pytest

from models.casebook import Casebook
from models.clients import Client
from models.db import schema, search_initials
from models.transfer import backup
from tests.conftest import PASS


def _kill() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _child(path, where: str) -> None:  # noqa: ANN001 - runs in a forked process
    if where == "after the pre-upgrade backup":
        real_snapshot = backup.snapshot_before_upgrade
        backup.snapshot_before_upgrade = lambda *a: (real_snapshot(*a), _kill())
    elif where == "after the column, before the initials":
        schema.MIGRATIONS[4] = lambda conn: (conn.execute(
            "ALTER TABLE clients ADD COLUMN initials INTEGER NOT NULL DEFAULT 0"), _kill())
    elif where == "after the migration, before its commit":
        real_migrate = schema.MIGRATIONS[4]
        schema.MIGRATIONS[4] = lambda conn: (real_migrate(conn), _kill())
    elif where == "after the commit":
        real_upgrade = schema.upgrade
        schema.upgrade = lambda conn: (real_upgrade(conn), _kill())
    Casebook.open(path, "ana", PASS)
    os._exit(0)


@pytest.mark.skipif(sys.platform != "linux", reason="forks a child to kill it")
@pytest.mark.parametrize("where", ["after the pre-upgrade backup",
                                   "after the column, before the initials",
                                   "after the migration, before its commit",
                                   "after the commit"])
def test_a_kill_during_migration_4_leaves_a_casebook_the_next_open_upgrades(
        book, book_path, where):
    assert schema.MIGRATIONS[search_initials.VERSION] is search_initials.migrate
    book.clients.add_many([Client("Amal Haddad", aliases=("Umm Yusuf",)),
                           Client("Zara Adeyemi"), Client("Bilal Noor")])
    s = book.store
    with s.tx():  # as every casebook was before migration 4
        s.x("DROP INDEX clients_initials")
        s.x("ALTER TABLE clients DROP COLUMN initials")
    s.q("PRAGMA user_version = 3")
    book.close()
    proc = multiprocessing.get_context("fork").Process(target=_child, args=(book_path, where))
    proc.start()
    proc.join(120)
    assert proc.exitcode == -signal.SIGKILL
    again = Casebook.open(book_path, "ana", PASS)
    try:
        assert again.store.one("PRAGMA user_version")[0] == schema.latest_version()
        expected = {"a": {"Amal Haddad", "Zara Adeyemi"}, "u": {"Amal Haddad"},
                    "b": {"Bilal Noor"}, "q": set()}
        for letter, wanted in expected.items():
            assert {again.clients.get(i, audit=False).display_name
                    for i in again.clients.search(letter)} == wanted, letter
            initials = again.store.q(
                "SELECT count(*) FROM clients WHERE initials & ? != 0",
                (search_initials.bit([letter]),))[0][0]
            assert initials == len(wanted), letter
        assert again.verify() == []
    finally:
        again.close()
    kept = list(book_path.parent.glob(f"{book_path.name}.pre-upgrade-v3*.wsbak"))
    assert len(kept) == 1
    assert backup.verify_backup(kept[0]).schema_version == 3
