"""Migration 3: attachments (encrypted inside the casebook as BLOBs) and the caseload tallies
that keep a board report's totals when clients are deleted for good; and where
``Casebook.attachments`` comes from.

``models/casebook.py`` imports this module (one line at its end), as it does the
sponsorship schema, so the migration is registered whenever a casebook can be opened.
"""

from __future__ import annotations

from functools import cached_property

import sqlcipher3

from models.schema import _script, migration


@migration(3)
def _attachments_and_tallies(conn: sqlcipher3.Connection) -> None:
    _script(conn, """
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
  referral_id INTEGER REFERENCES referrals(id) ON DELETE CASCADE,
  consent_id INTEGER REFERENCES consents(id) ON DELETE CASCADE,
  sponsorship_id INTEGER REFERENCES sponsorships(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  removed_metadata TEXT NOT NULL DEFAULT '',
  added_by INTEGER REFERENCES users(id),
  added_at TEXT NOT NULL,
  content BLOB NOT NULL,
  CHECK (client_id IS NOT NULL OR sponsorship_id IS NOT NULL)
);
CREATE INDEX attachments_client ON attachments(client_id);
CREATE INDEX attachments_referral ON attachments(referral_id);
CREATE INDEX attachments_consent ON attachments(consent_id);
CREATE INDEX attachments_sponsorship ON attachments(sponsorship_id);
CREATE TABLE caseload_tallies (
  kind TEXT NOT NULL,
  a TEXT NOT NULL DEFAULT '',
  b TEXT NOT NULL DEFAULT '',
  day TEXT NOT NULL DEFAULT '',
  n INTEGER NOT NULL,
  PRIMARY KEY (kind, a, b, day)
) WITHOUT ROWID
""")


def _attach() -> None:
    from models import clients
    from models.casebook import Casebook
    from models.retention import tally_before_purge

    if tally_before_purge not in clients.PURGE_FIRST_HOOKS:
        clients.PURGE_FIRST_HOOKS.append(tally_before_purge)
    if "attachments" in Casebook.__dict__:
        return

    def attachments(self):  # noqa: ANN001, ANN202
        from models.attachments import Attachments
        return Attachments(self.store)

    prop = cached_property(attachments)
    prop.__set_name__(Casebook, "attachments")
    Casebook.attachments = prop


_attach()
