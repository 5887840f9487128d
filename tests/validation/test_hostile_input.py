"""Bad input never crashes and never half-writes (R6).

Hypothesis properties over everything that reads what a person or a file gives: every text
field of a client and of the records around it (very long strings, control characters,
right-to-left text, emoji, NUL bytes), CSV import, screening answers saved to a casebook,
rule packs as text, backup files and key files. Each either round-trips exactly or is refused
with a typed error, within a deadline, and a refusal writes nothing. The coverage-guided
versions of the file readers are in ``fuzz/`` (``make fuzz``).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import struct

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from models.clients import Client, validate
from models.errors import CasebookCorrupt, InvalidInput, WaystationError
from models.household import HouseholdMember
from models.partners import Partner
from models.security import keyslots
from models.security.keyslots import Header
from models.settings import Letterhead
from models.transfer.backup import MAGIC, read_info, restore_backup, write_backup

# database=None: hypothesis must not keep its example database outside tmp_path.
# The deadline bounds one example's time; it is generous because CI machines are shared.
PROPS = settings(max_examples=40, deadline=10_000, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])

# Text that tends to break things: controls (NUL included), bidi marks, RTL scripts, emoji
# with joiners, combining marks, lone surrogates are impossible in UTF-8 so not generated.
NASTY = st.sampled_from([
    "\x00", "\x01", "\x1b[31m", "\r\n", "\t", "\u202e", "\u200f", "\u2066", "\ufeff",
    "مريم", "שלום", "👩🏽\u200d🦱", "🏳️\u200d🌈", "e\u0301", "Ωmega", "'; DROP TABLE clients; --",
    '"', "\\", "%s", "{0}", "\u0000\u0000", " ", "\u3000", "𝔘𝔫𝔦",
])
TEXT = st.one_of(
    st.text(max_size=40),
    st.lists(NASTY | st.text(max_size=5), max_size=12).map("".join),
    st.integers(190, 12_000).map(lambda n: "ש" * n),
    st.integers(190, 12_000).map(lambda n: "👩🏽" * (n // 2)),
)
CLIENT_TEXT_FIELDS = ("display_name", "pronouns", "gender_identity", "city", "region",
                      "country", "immigration_notes", "safe_contact", "phone")


def _typed(exc: BaseException) -> bool:
    return isinstance(exc, WaystationError)


def _row_counts(book) -> dict[str, int]:
    tables = [r[0] for r in book.store.q(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts%'"
        " AND name != 'audit'")]
    return {t: book.store.q(f"SELECT count(*) FROM {t}")[0][0] for t in tables}  # noqa: S608


# -- client and record fields -------------------------------------------------------------
@PROPS
@given(field=st.sampled_from(CLIENT_TEXT_FIELDS + ("aliases", "languages")), value=TEXT)
def test_every_client_text_field_round_trips_or_is_refused(book, field, value):
    kw = {field: (value,)} if field in ("aliases", "languages") else {field: value}
    if field != "display_name":
        kw["display_name"] = "Someone"
    before = _row_counts(book)
    try:
        cid = book.clients.add(Client(**kw)).id_of("clients")
    except InvalidInput as exc:
        assert exc.field == field and str(exc).startswith(field)
        assert _row_counts(book) == before
        return
    stored = book.clients.get(cid, audit=False)
    assert stored == dataclasses.replace(validate(Client(**kw)), id=cid,
                                         owner_id=stored.owner_id,
                                         created_at=stored.created_at,
                                         updated_at=stored.updated_at)
    if field not in ("aliases", "languages") and value.strip():
        assert getattr(stored, field) == value.strip()
    book.clients.search(value[:50])  # any text typed into search is harmless
    book.clients.duplicates(value[:200])


@PROPS
@given(value=TEXT)
def test_notes_partners_household_and_letterhead_round_trip_or_refuse(book, value):
    cid = book.clients.add(Client("Host")).id_of("clients")
    writers = [
        (lambda: book.notes.add(cid, value),
         lambda ch: book.notes.for_client(cid)[0].body),
        (lambda: book.partners.add(Partner("P", intake_notes=value)),
         lambda ch: book.partners.get(ch.id_of("partners")).intake_notes),
        (lambda: book.household.add_member(cid, HouseholdMember("M", notes=value)),
         lambda ch: book.household.members(cid)[-1].notes),
        (lambda: book.settings.set_letterhead(Letterhead(org_name=value)),
         lambda ch: book.settings.letterhead().org_name),
    ]
    for write, read in writers:
        before = _row_counts(book)
        try:
            changes = write()
        except InvalidInput:
            assert _row_counts(book) == before
            continue
        got = read(changes)
        assert got == (value.strip() or got)  # stripped, or blank treated as "none"
    assert book.verify() == []


# -- CSV import (R2: all or nothing) ------------------------------------------------------
CSV_CELL = st.lists(NASTY | st.text(max_size=8) | st.sampled_from([",", '"', "\n", ";"]),
                    max_size=6).map("".join)


@PROPS
@given(rows=st.lists(st.lists(CSV_CELL, min_size=1, max_size=4), min_size=1, max_size=6),
       header=st.lists(st.sampled_from(["display_name", "city", "phone", "aliases", "x",
                                        "birth_year", "flags", "", "Display_Name"]),
                       min_size=1, max_size=4),
       raw_tail=st.binary(max_size=30))
def test_csv_import_is_all_or_nothing_with_typed_errors(book, tmp_path, rows, header,
                                                        raw_tail):
    spreadsheets = pytest.importorskip("models.transfer.spreadsheets")
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    for raw in (buf.getvalue().encode(), buf.getvalue().encode() + raw_tail):
        path = tmp_path / "import.csv"
        path.write_bytes(raw)
        before = book.clients.count()
        try:
            ids = spreadsheets.import_clients(book, path)
        except InvalidInput:
            assert book.clients.count() == before
            continue
        assert book.clients.count() == before + len(ids) and ids


# -- screening answers through the casebook -------------------------------------------------
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
                    | st.text(max_size=10),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=10)


@PROPS
@given(answers=st.dictionaries(st.text(max_size=20), JSON, max_size=5))
def test_saving_a_screening_with_any_answers_refuses_cleanly(book, answers):
    from models.screening import available_packs

    before = _row_counts(book)
    for pack in available_packs():
        try:
            book.screenings.run(None, pack, answers)
        except InvalidInput:
            assert _row_counts(book) == before
        else:
            before = _row_counts(book)


# -- rule packs as text ---------------------------------------------------------------------
def _pack_text() -> str:
    from pathlib import Path

    from models.screening.loader import available_packs
    root = Path(__file__).resolve().parents[2] / "resources" / "rulepacks"
    name = available_packs()[0]
    found = sorted(root.rglob(f"{name}*.yaml")) or sorted(root.rglob("*.yaml"))
    return found[0].read_text(encoding="utf-8")


@settings(max_examples=40, deadline=10_000, database=None)
@given(data=st.data())
def test_rule_pack_text_only_raises_typed_errors(data):
    from models.screening import load_pack_text

    text = _pack_text()
    kind = data.draw(st.sampled_from(["cut", "flip", "splice", "random"]))
    if kind == "cut":
        text = text[:data.draw(st.integers(0, len(text)))]
    elif kind == "flip":
        i = data.draw(st.integers(0, len(text) - 1))
        text = text[:i] + data.draw(NASTY | st.characters()) + text[i + 1:]
    elif kind == "splice":
        i = data.draw(st.integers(0, len(text)))
        text = text[:i] + data.draw(st.sampled_from(
            ["&a [*a, *a]", "!!python/object:os.system", "{", "\t", ": :", "- [", "'"])) \
            + text[i:]
    else:
        text = data.draw(st.text(max_size=300))
    try:
        load_pack_text(text, source="hostile.yaml")
    except InvalidInput:
        pass


# -- backup files ---------------------------------------------------------------------------
class _Good:
    """A good backup's bytes, with a short repr for hypothesis's failure reports."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        from models.transfer.backup import _unpack
        _, self.header, self.db = _unpack(raw, "good.wsbak")

    def __repr__(self) -> str:
        return f"<good backup, {len(self.raw)} bytes>"


@pytest.fixture
def a_backup(book, tmp_path):
    out = tmp_path / "good.wsbak"
    write_backup(book, out)
    return _Good(out.read_bytes())


def _backup_mutations():
    return st.one_of(
        st.binary(max_size=300).map(lambda b: ("random", b)),
        st.tuples(st.just("prefix"), st.binary(max_size=200)),
        st.tuples(st.just("meta"), JSON),
        st.tuples(st.just("flip"), st.integers(0, 10**9), st.integers(0, 7)),
        st.tuples(st.just("cut"), st.integers(0, 10**9)),
        st.tuples(st.just("length"), st.integers(0, 2**32 - 1)),
    )


def _mutate(good: bytes, m) -> bytes:
    kind = m[0]
    if kind == "random":
        return m[1]
    if kind == "prefix":
        return MAGIC + m[1]
    if kind == "meta":
        meta = json.dumps(m[1]).encode()
        return MAGIC + struct.pack(">I", len(meta)) + meta + good[200:]
    if kind == "flip":
        raw = bytearray(good)
        raw[m[1] % len(raw)] ^= 1 << m[2]
        return bytes(raw)
    if kind == "cut":
        return good[:m[1] % len(good)]
    return MAGIC + struct.pack(">I", m[1]) + good[len(MAGIC) + 4:]


@PROPS
@given(m=_backup_mutations())
def test_a_damaged_backup_only_raises_typed_errors_and_writes_nothing(a_backup, tmp_path, m):
    bad = tmp_path / "bad.wsbak"
    raw = _mutate(a_backup.raw, m)
    assume(raw != a_backup.raw)
    bad.write_bytes(raw)
    target = tmp_path / "restored" / "r.wsdb"
    target.parent.mkdir(exist_ok=True)
    for p in target.parent.iterdir():
        p.unlink()
    try:
        read_info(bad)
        restore_backup(bad, target)
    except CasebookCorrupt as exc:
        assert "bad.wsbak" in str(exc)
        assert list(target.parent.iterdir()) == []
    except InvalidInput:
        assert list(target.parent.iterdir()) == []
    else:
        # Accepted only if what it restores is exactly the good casebook: the descriptive
        # fields of the backup's summary (casebook id, date) are not authenticated, the
        # database and key file are (checksum, page HMACs, slot AEAD).
        assert target.read_bytes() == a_backup.db
        assert keyslots.header_path(target).read_bytes() == a_backup.header


def test_a_deeply_nested_backup_header_is_refused(tmp_path):
    meta = b"[" * 100_000 + b"]" * 100_000
    bad = tmp_path / "deep.wsbak"
    bad.write_bytes(MAGIC + struct.pack(">I", len(meta)) + meta)
    with pytest.raises(CasebookCorrupt):
        read_info(bad)


# -- key files ------------------------------------------------------------------------------
@pytest.fixture
def header_dict(book, book_path):
    return json.loads(keyslots.header_path(book_path).read_text())


@PROPS
@given(raw=st.binary(max_size=400))
def test_any_bytes_as_a_key_file_only_raise_casebook_corrupt(raw):
    try:
        Header.from_bytes(raw, "x.wsdb.keys")
    except CasebookCorrupt as exc:
        assert exc.path == "x.wsdb.keys"


@PROPS
@given(where=st.sampled_from(["format", "casebook", "slots", "pending", "id", "kind", "kdf",
                              "m", "t", "p", "alg", "salt", "public", "private", "envelope"]),
       value=JSON | st.sampled_from([10**20, 2**40, -1, 0, 1e308, float("inf"), "AAAA",
                                     "!!", [], {}]))
def test_any_value_in_a_key_file_only_raises_casebook_corrupt(header_dict, where, value):
    d = json.loads(json.dumps(header_dict))
    slot = d["slots"][0]
    if where in ("format", "casebook", "slots", "pending"):
        d[where] = value
    elif where in ("m", "t", "p", "alg"):
        slot["kdf"][where] = value
    else:
        slot[where] = value
    try:
        raw = json.dumps(d).encode()
    except (ValueError, TypeError):
        return
    try:
        header = Header.from_bytes(raw, "x.wsdb.keys")
    except CasebookCorrupt:
        return
    # Accepted: then unlocking it costs a bounded amount of work (checked before deriving).
    for s in header.slots + header.pending:
        assert keyslots.MIN_MEMORY_KIB <= s.kdf.memory_kib <= keyslots.MAX_MEMORY_KIB
        assert keyslots.MIN_ITERATIONS <= s.kdf.iterations <= keyslots.MAX_ITERATIONS
        assert 1 <= s.kdf.parallelism <= keyslots.MAX_PARALLELISM


def test_key_file_numbers_that_would_hang_or_crash_unlocking_are_refused(header_dict):
    for key, value in (("m", 2**40), ("t", 10**9), ("p", 10**6), ("p", 0), ("m", "1e400")):
        d = json.loads(json.dumps(header_dict))
        d["slots"][0]["kdf"][key] = value
        raw = json.dumps(d).encode().replace(b'"1e400"', b"1e400")
        with pytest.raises(CasebookCorrupt):
            Header.from_bytes(raw, "x.wsdb.keys")


def test_a_key_file_with_bad_base64_names_the_file(header_dict):
    d = json.loads(json.dumps(header_dict))
    d["slots"][0]["salt"] = base64.b64encode(b"x").decode() + "!"
    with pytest.raises(CasebookCorrupt, match=r"x\.wsdb\.keys"):
        Header.from_bytes(json.dumps(d).encode(), "x.wsdb.keys")
