"""Schema and migrations, numbered by ``PRAGMA user_version``.

Each migration runs in its own transaction together with the version bump, so a casebook is
always at exactly one version. Add new ones to ``MIGRATIONS`` at the end of this module (one
module per migration after the first); never edit an old one. The list is written out here,
not filled in by each module as it is imported, so ``latest_version()`` is the same in every
process whatever it has imported (issue 19).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlcipher3

from models.db import attachments_schema, search_initials
from models.db.sql_script import run_script
from models.sponsorship import schema as sponsorship_schema

Migration = Callable[[sqlcipher3.Connection], None]


def latest_version() -> int:
    return max(MIGRATIONS)


# The oldest version this code can read as it is, without the later migrations: a casebook
# that cannot be written (a full disk, read-only media) cannot be upgraded, and must still
# open read-only (SECURITY.md R4). Migration 4 adds only the one-letter search's initials,
# which ``models.clients`` does without below version 4. Raise this when a migration adds
# something reads need.
READABLE_FROM = 3


def readable_without_upgrade(version: int) -> bool:
    """Whether a casebook at ``version`` can be opened read-only without its migrations."""
    return READABLE_FROM <= version <= latest_version()


def current_version(conn: sqlcipher3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def upgrade(conn: sqlcipher3.Connection) -> list[int]:
    """Apply every pending migration; returns the versions applied."""
    applied = []
    for version in sorted(v for v in MIGRATIONS if v > current_version(conn)):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def _initial(conn: sqlcipher3.Connection) -> None:
    run_script(conn, """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('coordinator','caseworker','volunteer')),
  slot_id TEXT NOT NULL UNIQUE,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL
);
CREATE TABLE clients (
  id INTEGER PRIMARY KEY,
  display_name TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  pronouns TEXT, gender_identity TEXT,
  birth_date TEXT, birth_year INTEGER,
  languages TEXT NOT NULL DEFAULT '[]',
  citizenships TEXT NOT NULL DEFAULT '[]',
  city TEXT, region TEXT, country TEXT,
  immigration_situation TEXT, immigration_notes TEXT,
  safe_contact TEXT, phone TEXT, email TEXT,
  flags INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','closed')),
  owner_id INTEGER REFERENCES users(id),
  sort_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX clients_sort ON clients(sort_name, id);
CREATE INDEX clients_status_sort ON clients(status, sort_name, id);
CREATE INDEX clients_owner_sort ON clients(owner_id, sort_name, id);
CREATE INDEX clients_city_sort ON clients(city COLLATE NOCASE, sort_name, id);
CREATE TABLE client_name_keys (
  key TEXT NOT NULL,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  PRIMARY KEY (key, client_id)
) WITHOUT ROWID;
CREATE INDEX client_name_keys_client ON client_name_keys(client_id);
CREATE VIRTUAL TABLE clients_fts USING fts5(
  names, notes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
INSERT INTO clients_fts (clients_fts, rank) VALUES ('secure-delete', 1);
CREATE TABLE household_members (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  name TEXT NOT NULL, relationship TEXT, birth_year INTEGER, notes TEXT
);
CREATE INDEX household_client ON household_members(client_id);
CREATE TABLE relatives (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  name TEXT, relationship TEXT NOT NULL, adult INTEGER, status TEXT NOT NULL DEFAULT 'unknown',
  city TEXT
);
CREATE INDEX relatives_client ON relatives(client_id);
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  doc_type TEXT NOT NULL, expiry TEXT, notes TEXT
);
CREATE INDEX documents_client ON documents(client_id);
CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  author_id INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX notes_client ON notes(client_id, created_at);
CREATE TABLE partners (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  services TEXT NOT NULL DEFAULT '[]',
  cities TEXT NOT NULL DEFAULT '[]',
  languages TEXT NOT NULL DEFAULT '[]',
  contact TEXT, intake_notes TEXT, secure_contact TEXT,
  active INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX partners_name ON partners(name COLLATE NOCASE);
CREATE TABLE consents (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  partner_id INTEGER NOT NULL REFERENCES partners(id),
  fields TEXT NOT NULL,
  purpose TEXT NOT NULL,
  consenting_person TEXT NOT NULL,
  given_how TEXT NOT NULL,
  recorded_by INTEGER REFERENCES users(id),
  recorded_at TEXT NOT NULL,
  valid_until TEXT,
  withdrawn_at TEXT
);
CREATE INDEX consents_client ON consents(client_id, partner_id);
CREATE TABLE referrals (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
  partner_id INTEGER NOT NULL REFERENCES partners(id),
  service TEXT NOT NULL,
  status TEXT NOT NULL,
  reason TEXT, request TEXT,
  lang TEXT NOT NULL DEFAULT 'en',
  consent_id INTEGER REFERENCES consents(id),
  screening_id INTEGER REFERENCES screenings(id) ON DELETE SET NULL,
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
  sent_at TEXT, responded_at TEXT
);
CREATE INDEX referrals_client ON referrals(client_id);
CREATE INDEX referrals_status ON referrals(status, updated_at);
CREATE INDEX referrals_updated ON referrals(updated_at);
CREATE INDEX referrals_partner ON referrals(partner_id);
CREATE TABLE referral_events (
  id INTEGER PRIMARY KEY,
  referral_id INTEGER NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
  from_status TEXT, to_status TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id),
  at TEXT NOT NULL, note TEXT
);
CREATE INDEX referral_events_referral ON referral_events(referral_id, at);
CREATE TABLE screenings (
  id INTEGER PRIMARY KEY,
  client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
  pack_id TEXT NOT NULL, pack_version TEXT NOT NULL, law_date TEXT NOT NULL,
  answers TEXT NOT NULL, findings TEXT NOT NULL, summary TEXT NOT NULL,
  lang TEXT NOT NULL DEFAULT 'en',
  user_id INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE INDEX screenings_client ON screenings(client_id, created_at);
CREATE TABLE followups (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  due_date TEXT NOT NULL,
  owner_id INTEGER REFERENCES users(id),
  client_id INTEGER REFERENCES clients(id) ON DELETE CASCADE,
  referral_id INTEGER REFERENCES referrals(id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
  outcome TEXT,
  kind TEXT NOT NULL DEFAULT 'manual',
  created_by INTEGER REFERENCES users(id),
  created_at TEXT NOT NULL,
  closed_at TEXT
);
CREATE INDEX followups_open_due ON followups(status, due_date);
CREATE INDEX followups_owner_due ON followups(owner_id, status, due_date);
CREATE INDEX followups_client ON followups(client_id);
CREATE INDEX followups_referral ON followups(referral_id);
CREATE TABLE rulepacks (
  pack_id TEXT NOT NULL, version TEXT NOT NULL, body TEXT NOT NULL,
  imported_by INTEGER REFERENCES users(id), imported_at TEXT NOT NULL,
  PRIMARY KEY (pack_id, version)
);
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id INTEGER,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  client_id INTEGER,
  prev TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_client ON audit(client_id, seq)
""")


# Every migration by the version it brings a casebook to: 2 = sponsorships, 3 = attachments
# and the caseload tallies, 4 = the clients' initials for one-letter searches.
MIGRATIONS: dict[int, Migration] = {
    1: _initial,
    2: sponsorship_schema.migrate,
    3: attachments_schema.migrate,
    4: search_initials.migrate,
}
