"""Clients: people who may have no documents. Only a display name is required.

Reading a client file is audited; list rows (name, city, status) are not, because a list is
not a file. Searching and filtering happen in SQL; Python never loops over all clients.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3

from models import names
from models.caseload.tallies import tally_before_purge
from models.changes import Changes
from models.db import search_initials
from models.db.store import Store, dumps, loads_list
from models.db.table_spec import TableSpec
from models.errors import InvalidInput, NotFound, ReadOnlyCasebook
from models.permissions import Action
from models.sponsorship.schema import unlink_purged_client
from models.validate import clean_text, is_country_code, iso_date

FLAGS = ("lgbtq", "unaccompanied_minor", "medical", "disability", "other")
STATUSES = ("active", "closed")
IMMIGRATION_SITUATIONS = (
    "unknown", "in_us_no_status", "in_us_asylum_pending", "in_us_tps", "in_us_visa",
    "in_us_other", "at_border", "in_canada_claimant", "in_canada_protected", "in_canada_pr",
    "in_canada_other_status", "outside_canada_us",
)
# Below this, candidates share a common name part but are most likely other people. Chosen
# on tests/data/name_variants.tsv (see tests/clients/test_name_variants.py for recall and false
# warnings).
MIN_DUPLICATE_SCORE = 0.88
# How many clients sharing index keys are scored for one name typed.
DUPLICATE_POOL = 60
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


@dataclass(frozen=True)
class Client:
    display_name: str
    id: int | None = None
    aliases: tuple[str, ...] = ()
    pronouns: str | None = None
    gender_identity: str | None = None
    birth_date: str | None = None  # ISO date, or only birth_year when approximate
    birth_year: int | None = None
    languages: tuple[str, ...] = ()
    citizenships: tuple[str, ...] = ()  # ISO 3166-1 alpha-2; () = unknown or stateless
    city: str | None = None
    region: str | None = None
    country: str | None = None
    immigration_situation: str | None = None
    immigration_notes: str | None = None
    safe_contact: str | None = None
    phone: str | None = None
    email: str | None = None
    flags: frozenset[str] = frozenset()
    status: str = "active"
    owner_id: int | None = None
    created_at: str | None = None
    updated_at: str | None = None


@dataclass(frozen=True, slots=True)
class ClientRow:
    """What a list shows: no audit needed, no sensitive detail."""

    id: int
    display_name: str
    city: str | None
    status: str
    owner_id: int | None
    flags: frozenset[str]


@dataclass(frozen=True)
class DuplicateCandidate:
    id: int
    display_name: str
    city: str | None
    score: float


# What a client form edits, in row order (``row_values``); a row of TABLE adds the name's
# sort key and the two timestamps.
COLUMNS = ("display_name", "aliases", "pronouns", "gender_identity", "birth_date",
           "birth_year", "languages", "citizenships", "city", "region", "country",
           "immigration_situation", "immigration_notes", "safe_contact", "phone", "email",
           "flags", "status", "owner_id")
TABLE = TableSpec("clients", (*COLUMNS, "sort_name", "created_at", "updated_at"), "client")
# The duplicate warning's keys and the search index, kept in step with every client written.
NAME_KEYS = TableSpec("client_name_keys", ("key", "client_id"), or_ignore=True)
SEARCH_INDEX = TableSpec("clients_fts", ("rowid", "names", "notes"))
# Reads a whole client (``from_row``), e.g. ``SELECT + " WHERE id = ?"``.
SELECT = "SELECT id, " + ", ".join(COLUMNS) + ", created_at, updated_at FROM clients"


def _flags_to_int(flags: frozenset[str]) -> int:
    bad = set(flags) - set(FLAGS)
    if bad:
        raise InvalidInput.of("flags", "unknown flag {flag!r}", flag=sorted(bad)[0])
    return sum(1 << FLAGS.index(f) for f in flags)


def _int_to_flags(bits: int) -> frozenset[str]:
    return frozenset(f for i, f in enumerate(FLAGS) if bits & (1 << i))


def validate(c: Client) -> Client:
    """The client with clean values, or InvalidInput naming the first bad field."""
    year = c.birth_year
    if year is not None:
        if not isinstance(year, int) or not 1900 <= year <= dt.date.today().year:
            raise InvalidInput("birth_year", "must be a year between 1900 and this year")
    birth = iso_date("birth_date", c.birth_date)
    if birth and birth > dt.date.today().isoformat():
        raise InvalidInput("birth_date", "is in the future")
    codes = tuple(str(x).strip().upper() for x in c.citizenships)
    for code in codes:
        if not is_country_code(code):
            raise InvalidInput.of("citizenships", "{code!r} is not a two-letter country code",
                                  code=code)
    if c.status not in STATUSES:
        raise InvalidInput("status", "must be active or closed")
    if c.immigration_situation not in (None, "", *IMMIGRATION_SITUATIONS):
        raise InvalidInput("immigration_situation", "is not one of the known situations")
    email = clean_text("email", c.email, limit=254)
    if email and not _EMAIL.match(email):
        raise InvalidInput("email", "does not look like an e-mail address")
    _flags_to_int(c.flags)
    return dataclasses.replace(
        c,
        display_name=clean_text("display_name", c.display_name, required=True, limit=200),
        aliases=tuple(a for a in (clean_text("aliases", x, limit=200) for x in c.aliases) if a),
        pronouns=clean_text("pronouns", c.pronouns, limit=100),
        gender_identity=clean_text("gender_identity", c.gender_identity, limit=200),
        birth_date=birth,
        birth_year=year or (int(birth[:4]) if birth else None),
        languages=tuple(x for x in (clean_text("languages", v, limit=100)
                                    for v in c.languages) if x),
        citizenships=tuple(dict.fromkeys(codes)),
        city=clean_text("city", c.city, limit=200),
        region=clean_text("region", c.region, limit=200),
        country=clean_text("country", c.country, limit=200),
        immigration_situation=c.immigration_situation or None,
        immigration_notes=clean_text("immigration_notes", c.immigration_notes),
        safe_contact=clean_text("safe_contact", c.safe_contact),
        phone=clean_text("phone", c.phone, limit=60), email=email,
    )


def row_values(c: Client) -> tuple:
    """A validated client's values in COLUMNS order."""
    return (c.display_name, dumps(list(c.aliases)), c.pronouns, c.gender_identity, c.birth_date,
            c.birth_year, dumps(list(c.languages)), dumps(list(c.citizenships)), c.city,
            c.region, c.country, c.immigration_situation, c.immigration_notes, c.safe_contact,
            c.phone, c.email, _flags_to_int(c.flags), c.status, c.owner_id)


def table_row(c: Client, at: str) -> tuple:
    """A validated client's row of TABLE, created (and last changed) ``at``."""
    return (*row_values(c), names.sort_key(c.display_name), at, at)


def name_key_rows(client_id: int, c: Client) -> list[tuple[str, int]]:
    """The client's rows of NAME_KEYS (one per key of the name and each alias)."""
    return [(k, client_id) for k in names.name_keys(c.display_name, *c.aliases)]


def search_names(c: Client) -> str:
    """The ``names`` column of the client's SEARCH_INDEX row."""
    return " ".join((c.display_name, *c.aliases))


def from_row(r: tuple) -> Client:
    """The client read by SELECT."""
    return Client(
        id=r[0], display_name=r[1], aliases=loads_list(r[2]), pronouns=r[3],
        gender_identity=r[4], birth_date=r[5], birth_year=r[6], languages=loads_list(r[7]),
        citizenships=loads_list(r[8]), city=r[9], region=r[10], country=r[11],
        immigration_situation=r[12], immigration_notes=r[13], safe_contact=r[14], phone=r[15],
        email=r[16], flags=_int_to_flags(r[17]), status=r[18], owner_id=r[19],
        created_at=r[20], updated_at=r[21])


# Up to this many matches, sorting them beats walking the name index (found at 50k clients).
_FEW_MATCHES = 2000
# For a first page (``limit``), only up to this many: sorting reads each match's row, one
# page per match when they are not cached (about 20-25 us a match the first time at 200,000
# clients), while the name-order walk with the matches in a Bloom-filtered list took 3-5 ms
# for 1,300-2,500 matches there, but 7-10 ms on every keystroke when the matches sit far
# down the name order (600-900 matches of Oleksandr, Nguyen or Mohammed). Typing a word
# narrows the same matches, which a sort then finds cached: the keystrokes of the bench's
# words at 200,000 clients took 5 ms median and 11-13 ms p95 of CPU with 1,000 here, 8-10
# and 14-17 with 400 (issue 18). A smaller casebook's walk is shorter: there the limit is
# one match in _SORTED_SHARE clients (250 at 50,000: p95 4.8-7.6 ms against 8.4-8.7), and
# never below _SORTED_PAGE_MIN.
_SORTED_PAGE = 1000
_SORTED_SHARE = 200
_SORTED_PAGE_MIN = 200


class Clients:
    def __init__(self, store: Store) -> None:
        self._s = store
        self._keys_current = False

    # -- writing -------------------------------------------------------------------------
    def add(self, client: Client) -> Changes:
        s = self._s
        s.require(Action.EDIT_CLIENT)
        c = validate(client)
        self.ensure_name_keys()  # keys written below must not mix with an older version's
        if c.owner_id is None:
            c = dataclasses.replace(c, owner_id=s.user.id)
        now = s.now_iso()
        with s.tx():
            cid = TABLE.insert_one(s, table_row(c, now))
            self._index(cid, c)
            s.audit("create", "client", cid, cid)
        return Changes.of("clients", cid)

    def add_many(self, clients: list[Client]) -> Changes:
        """All or nothing: one bad client refuses the whole list (validated before writing)."""
        s = self._s
        s.require(Action.IMPORT)
        clean = []
        for i, client in enumerate(clients, start=1):
            try:
                clean.append(validate(client))
            except InvalidInput as exc:
                raise InvalidInput(f"row {i}, {exc.field}", exc.reason, template=exc.template,
                                   values=exc.values) from None
        self.ensure_name_keys()  # keys written below must not mix with an older version's
        with s.tx():
            # The bulk insert the demo casebook uses too (TableSpec.insert_many): ids after
            # the highest, as SQLite would give them, inside this write transaction.
            first, now = TABLE.next_id(s), s.now_iso()
            rows, keys, search = [], [], []
            for cid, c in enumerate(clean, start=first):
                c = c if c.owner_id is not None else dataclasses.replace(c, owner_id=s.user.id)
                rows.append((cid, *table_row(c, now)))
                keys += name_key_rows(cid, c)
                search.append((cid, search_names(c), ""))  # a new client has no notes yet
            TABLE.insert_many(s, rows, audit_action="import")  # one audit entry per client
            NAME_KEYS.insert_many(s, keys)
            SEARCH_INDEX.insert_many(s, search)
            search_initials.refresh(s.conn, first, first + len(rows) - 1)
        return Changes.of("clients", *range(first, first + len(rows)))

    def update(self, client: Client) -> Changes:
        s = self._s
        s.require(Action.EDIT_CLIENT)
        cid = client.id
        if cid is None:
            raise InvalidInput("id", "is required to update a client")
        s.exists("clients", cid, "client")
        c = validate(client)  # keeps the id
        sets = ", ".join(f"{col} = ?" for col in COLUMNS)
        with s.tx():
            s.x(f"UPDATE clients SET {sets}, sort_name = ?, updated_at = ? WHERE id = ?",
                (*row_values(c), names.sort_key(c.display_name), s.now_iso(), cid))
            self._index(cid, c)
            s.audit("update", "client", cid, cid)
        return Changes.of("clients", cid)

    def set_status(self, client_id: int, status: str) -> Changes:
        c = self.get(client_id, audit=False)
        return self.update(dataclasses.replace(c, status=status))

    def purge(self, client_id: int) -> Changes:
        """Remove every row about a client (secure_delete zeroes the freed bytes), leaving
        only audit entries with the id."""
        s = self._s
        s.require(Action.DELETE)
        s.exists("clients", client_id, "client")
        with s.tx():
            for hook in PURGE_FIRST_HOOKS:  # e.g. keep the caseload report's aggregates
                hook(s, client_id)
            s.x("DELETE FROM clients_fts WHERE rowid = ?", (client_id,))
            s.x("DELETE FROM followups WHERE client_id = ? OR referral_id IN"
                " (SELECT id FROM referrals WHERE client_id = ?)", (client_id, client_id))
            s.x("DELETE FROM referrals WHERE client_id = ?", (client_id,))
            s.x("DELETE FROM consents WHERE client_id = ?", (client_id,))
            self._purge_extra(client_id)
            s.x("DELETE FROM clients WHERE id = ?", (client_id,))
            s.audit("purge", "client", client_id, client_id)
        # Checkpoint so the WAL no longer holds the old pages either.
        s.q("PRAGMA wal_checkpoint(TRUNCATE)")
        return Changes(frozenset({"clients", "referrals", "followups", "consents",
                                  "screenings"}), frozenset({("clients", client_id)}))

    def _purge_extra(self, client_id: int) -> None:
        """Tables added by later features register their own clean-up here."""
        for hook in PURGE_HOOKS:
            hook(self._s, client_id)

    def _index(self, cid: int, c: Client) -> None:
        s = self._s
        s.x("DELETE FROM client_name_keys WHERE client_id = ?", (cid,))
        NAME_KEYS.insert_many(s, name_key_rows(cid, c))
        notes = " ".join(r[0] for r in s.q("SELECT body FROM notes WHERE client_id = ?", (cid,)))
        s.x("INSERT OR REPLACE INTO clients_fts (rowid, names, notes) VALUES (?, ?, ?)",
            (cid, search_names(c), notes))
        search_initials.refresh(s.conn, cid, cid)

    def reindex_notes(self, client_id: int) -> None:
        row = self._s.one("SELECT names FROM clients_fts WHERE rowid = ?", (client_id,))
        notes = " ".join(r[0] for r in self._s.q("SELECT body FROM notes WHERE client_id = ?",
                                                 (client_id,)))
        self._s.x("INSERT OR REPLACE INTO clients_fts (rowid, names, notes) VALUES (?, ?, ?)",
                  (client_id, row[0] if row else "", notes))
        search_initials.refresh(self._s.conn, client_id, client_id)

    # -- reading -------------------------------------------------------------------------
    def get(self, client_id: int, *, audit: bool = True) -> Client:
        """A client file. Every read a person makes is audited (``audit=False`` is for
        internal reads that show nothing, such as prefilling a form already open)."""
        s = self._s
        s.require(Action.VIEW)
        row = s.one(SELECT + " WHERE id = ?", (client_id,))
        if row is None:
            raise NotFound("client", client_id)
        if audit:
            with s.tx():
                s.audit("view", "client", client_id, client_id)
        return from_row(row)

    def count(self) -> int:
        return self._s.q("SELECT count(*) FROM clients")[0][0]  # count(*): always one row

    def search(self, text: str = "", *, status: str | None = None, owner_id: int | None = None,
               city: str | None = None, flag: str | None = None,
               limit: int | None = None) -> list[int]:
        """Ids of matching clients in name order. Every word typed prefix-matches a name, an
        alias or note text."""
        self._s.require(Action.VIEW)
        where, params, query = self._filters(text, status, owner_id, city, flag)
        sql = "SELECT c.id FROM clients c"
        if query and len(where) == 1:
            # A prefix matching no one (or only a few) would walk the whole name index
            # below: 11.8 ms at 200,000 clients for nothing (issue 18). Ask the search index
            # first; a small match set is sorted by name instead.
            enough = self._sorted_page() if limit else _FEW_MATCHES
            few = [r[0] for r in self._s.q("SELECT rowid FROM clients_fts WHERE clients_fts"
                                           f" MATCH ? LIMIT {enough + 1}", params)]
            if len(few) <= enough:
                if not few:
                    return []
                marks = ",".join("?" * len(few))
                sql += f" WHERE c.id IN ({marks}) ORDER BY c.sort_name, c.id"
                if limit:
                    sql += f" LIMIT {int(limit)}"
                return [r[0] for r in self._s.q(sql, few)]
            initial = search_initials.bit(names.tokens(text))
            if initial is not None and search_initials.present(self._s.conn):
                # One letter: walk the name order testing each client's initials (read
                # from the search index, so the same clients) instead of reading its
                # tens of thousands of matches first (search_initials).
                where, params = ["(c.initials & ?) != 0"], [initial]
                sql += " INDEXED BY clients_initials"
            else:
                # Walk the name-order index and test each id against the (Bloom-filtered)
                # match set: no sort, and about twice as fast when a short prefix matches
                # thousands. (A list of ids written into the query gets no Bloom filter:
                # 14 ms instead of 5 for 1,339 matches at 200,000 clients.)
                sql += " INDEXED BY clients_sort"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY c.sort_name, c.id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self._s.q(sql, params)]

    def _sorted_page(self) -> int:
        """Up to how many matches a first page is found by sorting them (_SORTED_PAGE)."""
        highest = self._s.scalar("SELECT max(id) FROM clients") or 0  # the size, cheaply
        return min(_SORTED_PAGE, max(_SORTED_PAGE_MIN, highest // _SORTED_SHARE))

    def count_matching(self, text: str = "", *, status: str | None = None,
                       owner_id: int | None = None, city: str | None = None,
                       flag: str | None = None, limit: int | None = None) -> int:
        """How many clients ``search`` would return, without listing them; with ``limit``,
        counting stops there (``limit`` means that many or more): a list needs "more than
        1,000", and counting a one-letter search's 105,000 matches at 200,000 clients
        took 6 ms of each keystroke (issue 18)."""
        self._s.require(Action.VIEW)
        where, params, query = self._filters(text, status, owner_id, city, flag)
        if query and len(where) == 1:  # one search row per client: count the index only
            rows = "FROM clients_fts WHERE clients_fts MATCH ?"
        else:
            rows = "FROM clients c" + (" WHERE " + " AND ".join(where) if where else "")
        if limit is not None:  # the rows counted stop at the limit
            rows = f"FROM (SELECT 1 {rows} LIMIT {int(limit)})"
        return self._s.q(f"SELECT count(*) {rows}", params)[0][0]  # always one row

    @staticmethod
    def _filters(text: str, status: str | None, owner_id: int | None, city: str | None,
                 flag: str | None) -> tuple[list[str], list[object], str | None]:
        where: list[str] = []
        params: list[object] = []
        query = names.fts_query(text)
        if query:
            where.append("c.id IN (SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?)")
            params.append(query)
        if status:
            where.append("c.status = ?")
            params.append(status)
        if owner_id is not None:
            where.append("c.owner_id = ?")
            params.append(owner_id)
        if city:
            where.append("c.city = ? COLLATE NOCASE")
            params.append(city)
        if flag:
            if flag not in FLAGS:
                raise InvalidInput("flag", "is not a known flag")
            where.append("(c.flags & ?) != 0")
            params.append(1 << FLAGS.index(flag))
        return where, params, query

    def rows(self, ids: list[int]) -> list[ClientRow]:
        """List rows for these ids, in the order given (a batch of a lazy table)."""
        if not ids:
            return []
        self._s.require(Action.VIEW)
        marks = ",".join("?" * len(ids))
        found = {r[0]: ClientRow(r[0], r[1], r[2], r[3], r[4], _int_to_flags(r[5]))
                 for r in self._s.q("SELECT id, display_name, city, status, owner_id, flags"
                                    f" FROM clients WHERE id IN ({marks})", ids)}
        return [found[i] for i in ids if i in found]

    def cities(self) -> list[str]:
        return [r[0] for r in self._s.q("SELECT DISTINCT city FROM clients WHERE city IS NOT"
                                        " NULL ORDER BY city COLLATE NOCASE")]

    def duplicates(self, display_name: str, *, exclude: int | None = None,
                   limit: int = 5) -> list[DuplicateCandidate]:
        """Clients whose name looks like this one: transliteration and spelling variants,
        another script, particles, swapped order, a missing middle name (models.names)."""
        s = self._s
        s.require(Action.VIEW)
        self.ensure_name_keys()
        keys = sorted(names.name_keys(display_name))
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        # A key shared by few clients says more than one shared by thousands (Mohammed):
        # clients are ranked by the rarity of the keys they share, and the first few dozen
        # are scored in Python.
        counts = dict(s.q(f"SELECT key, count(*) FROM client_name_keys WHERE key IN ({marks})"
                          " GROUP BY key", keys))
        weights = [(k, 1.0 / counts[k]) for k in keys if k in counts]
        if not weights:
            return []
        values = ", ".join("(?, ?)" for _ in weights)
        rows = s.q(
            f"WITH w(key, weight) AS (VALUES {values})"
            " SELECT c.id, c.display_name, c.aliases, c.city FROM clients c JOIN ("
            "  SELECT k.client_id, sum(w.weight) AS score FROM client_name_keys k"
            "  JOIN w ON w.key = k.key GROUP BY k.client_id"
            f"  ORDER BY score DESC LIMIT {DUPLICATE_POOL}) m ON m.client_id = c.id",
            [x for pair in weights for x in pair])
        out = []
        scored: dict[str, float] = {}  # many people share a name or an alias
        for cid, name, aliases, city in rows:
            if cid == exclude:
                continue
            score = max(scored[n] if n in scored else
                        scored.setdefault(n, names.similarity(display_name, n))
                        for n in (name, *json.loads(aliases)))
            if score >= MIN_DUPLICATE_SCORE:
                out.append(DuplicateCandidate(cid, name, city, round(score, 3)))
        out.sort(key=lambda d: (-d.score, d.display_name))
        return out[:limit]

    def ensure_name_keys(self) -> bool:
        """Rebuild the duplicate-warning keys when they were made by another version of
        ``models.names`` (the version is kept in the meta table); True when rebuilt. A
        casebook opened read-only keeps its old keys: the warning is then less exact."""
        if self._keys_current:
            return False
        s = self._s
        row = s.one("SELECT value FROM meta WHERE key = 'name_keys'")
        if row is not None and row[0] == names.KEY_VERSION:
            self._keys_current = True
            return False
        if s.read_only:
            return False  # nothing may be written: search with the keys there are
        try:
            with s.tx():
                if s.one("SELECT 1 FROM client_name_keys LIMIT 1") is None:
                    # A new casebook (every write path below stamps it first): nothing to redo.
                    s.x("INSERT OR REPLACE INTO meta (key, value) VALUES ('name_keys', ?)",
                        (names.KEY_VERSION,))
                    self._keys_current = True
                    return False
                s.x("DELETE FROM client_name_keys")
                for batch in _batches(s.q("SELECT id, display_name, aliases FROM clients")):
                    s.conn.executemany(
                        "INSERT OR IGNORE INTO client_name_keys (key, client_id) VALUES (?, ?)",
                        [(k, cid) for cid, name, aliases in batch
                         for k in names.name_keys(name, *json.loads(aliases))])
                s.x("INSERT OR REPLACE INTO meta (key, value) VALUES ('name_keys', ?)",
                    (names.KEY_VERSION,))
        except (sqlcipher3.DatabaseError, ReadOnlyCasebook):
            return False  # made read-only meanwhile: search with the keys there are
        self._keys_current = True
        return True


def _batches(rows: list, size: int = 2000) -> list[list]:
    return [rows[i:i + size] for i in range(0, len(rows), size)]


# Functions (store, client_id) that delete rows of later tables during a purge. Listed here,
# not appended by the modules that own those tables when they happen to be imported, so a
# purge does the same in every process (issue 19).
PURGE_HOOKS: list[Callable[[Store, int], None]] = [unlink_purged_client]
# Functions (store, client_id) run first in a purge's transaction, while every row is there.
PURGE_FIRST_HOOKS: list[Callable[[Store, int], None]] = [tally_before_purge]
