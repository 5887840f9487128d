"""Migration 3: attachments (encrypted inside the casebook as BLOBs) and the caseload tallies
that keep a board report's totals when clients are deleted for good
(``models.caseload.tallies``).

``models.db.schema`` lists the migration; ``Casebook.attachments`` is a property of the facade.
"""

from __future__ import annotations

import sqlcipher3

from models.db.sql_script import run_script


def migrate(conn: sqlcipher3.Connection) -> None:
    """Migration 3 (``models.db.schema.MIGRATIONS``)."""
    run_script(conn, """
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
