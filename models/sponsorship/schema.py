"""Sponsorship tables (migration 2) and their clean-up when a client is deleted for good.

``models.db.schema`` lists the migration; ``Casebook.sponsorships`` is a property of the facade
and ``Clients.purge`` runs ``unlink_purged_client``. Amounts are stored as whole cents; dates
as ISO text.

A duty's "done" is not stored: it is the status of the duty's follow-up, so completing either
one from any screen completes both.
"""

from __future__ import annotations

import sqlcipher3

from models.db.sql_script import run_script
from models.db.store import Store


def migrate(conn: sqlcipher3.Connection) -> None:
    """Migration 2 (``models.db.schema.MIGRATIONS``)."""
    run_script(conn, """
CREATE TABLE sponsorships (
  id INTEGER PRIMARY KEY,
  group_name TEXT NOT NULL,
  family_label TEXT,
  sponsor_type TEXT NOT NULL
    CHECK (sponsor_type IN ('group_of_five','community_sponsor','sah')),
  sah_name TEXT,
  application_date TEXT,
  status TEXT NOT NULL DEFAULT 'preparing' CHECK (status IN
    ('preparing','submitted','approved','arrived','in_support','completed','withdrawn')),
  arrival_date TEXT,
  support_months INTEGER NOT NULL DEFAULT 12 CHECK (support_months BETWEEN 12 AND 36),
  family_size_override INTEGER CHECK (family_size_override >= 1),
  lead_user_id INTEGER REFERENCES users(id),
  checkin_owner_id INTEGER REFERENCES users(id),
  screening_id INTEGER REFERENCES screenings(id) ON DELETE SET NULL,
  notes TEXT,
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX sponsorships_status ON sponsorships(status, group_name);
CREATE TABLE sponsorship_members (
  id INTEGER PRIMARY KEY,
  sponsorship_id INTEGER NOT NULL REFERENCES sponsorships(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT,
  contact TEXT,
  eligible INTEGER NOT NULL DEFAULT 0,
  user_id INTEGER REFERENCES users(id)
);
CREATE INDEX sponsorship_members_sponsorship ON sponsorship_members(sponsorship_id);
CREATE INDEX sponsorship_members_user ON sponsorship_members(user_id);
CREATE TABLE sponsorship_clients (
  sponsorship_id INTEGER NOT NULL REFERENCES sponsorships(id) ON DELETE CASCADE,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  relationship TEXT,
  PRIMARY KEY (sponsorship_id, client_id)
) WITHOUT ROWID;
CREATE INDEX sponsorship_clients_client ON sponsorship_clients(client_id);
CREATE TABLE sponsorship_pledges (
  id INTEGER PRIMARY KEY,
  sponsorship_id INTEGER NOT NULL REFERENCES sponsorships(id) ON DELETE CASCADE,
  pledger TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  status TEXT NOT NULL DEFAULT 'committed' CHECK (status IN ('committed','received')),
  pledged_on TEXT,
  received_on TEXT
);
CREATE INDEX sponsorship_pledges_sponsorship ON sponsorship_pledges(sponsorship_id);
CREATE TABLE sponsorship_disbursements (
  id INTEGER PRIMARY KEY,
  sponsorship_id INTEGER NOT NULL REFERENCES sponsorships(id) ON DELETE CASCADE,
  paid_on TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  category TEXT NOT NULL CHECK (category IN ('income_support','start_up','other')),
  note TEXT,
  paid_by TEXT
);
CREATE INDEX sponsorship_disbursements_sponsorship
  ON sponsorship_disbursements(sponsorship_id, paid_on);
CREATE TABLE sponsorship_duties (
  id INTEGER PRIMARY KEY,
  sponsorship_id INTEGER NOT NULL REFERENCES sponsorships(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  title TEXT,
  member_id INTEGER REFERENCES sponsorship_members(id),
  due_date TEXT NOT NULL,
  followup_id INTEGER REFERENCES followups(id) ON DELETE SET NULL
);
CREATE INDEX sponsorship_duties_sponsorship ON sponsorship_duties(sponsorship_id, due_date);
CREATE INDEX sponsorship_duties_member ON sponsorship_duties(member_id);
CREATE TABLE sponsorship_checkins (
  sponsorship_id INTEGER NOT NULL REFERENCES sponsorships(id) ON DELETE CASCADE,
  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 36),
  followup_id INTEGER REFERENCES followups(id) ON DELETE SET NULL,
  PRIMARY KEY (sponsorship_id, month)
) WITHOUT ROWID;
ALTER TABLE followups ADD COLUMN sponsorship_id INTEGER
  REFERENCES sponsorships(id) ON DELETE CASCADE;
CREATE INDEX followups_sponsorship ON followups(sponsorship_id, status, due_date)
""")


def unlink_purged_client(store: Store, client_id: int) -> None:
    """A purged client leaves no trace in a sponsorship: drop their family links."""
    store.x("DELETE FROM sponsorship_clients WHERE client_id = ?", (client_id,))
