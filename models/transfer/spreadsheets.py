"""Clients in from CSV, everything out to CSV or JSON.

Import is all or nothing (R2): the whole file is read and every row checked with the same
validator as the client form before anything is written, then ``Clients.add_many`` writes
every row in one transaction. One bad row refuses the file, naming the row (as a spreadsheet
numbers it: the header is row 1) and the column.

Export is for coordinators (``Action.EXPORT``) and writes plaintext: the caller warns. Each
file is written through a temporary file in the same folder and renamed, so an interrupted
export leaves the old file or the new one, never half of one. Cells a spreadsheet would run
as a formula are written as text (``models.transfer.spreadsheet_cells``) and import restores them,
so an export imports back to the same text.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.clients import FLAGS, Client, from_row, validate
from models.clients import SELECT as CLIENT_SELECT
from models.db.atomic import atomic_write_bytes
from models.errors import InvalidInput
from models.permissions import Action
from models.transfer.spreadsheet_cells import neutralise, restore

if TYPE_CHECKING:
    from models.casebook import Casebook

MAX_BYTES = 50 * 1024 * 1024
LIST_SEPARATOR = ";"
# The columns an import may have, in the order an export writes them (after ``id``).
COLUMNS = ("display_name", "aliases", "pronouns", "gender_identity", "birth_date",
           "birth_year", "languages", "citizenships", "city", "region", "country",
           "immigration_situation", "immigration_notes", "safe_contact", "phone", "email",
           "flags", "status")
LIST_COLUMNS = ("aliases", "languages", "citizenships", "flags")
# Exports carry the record id; an import ignores it (every imported client is new).
IGNORED_COLUMNS = ("id",)
EXPORT_FORMAT = "waystation-export/1"


# -- import ----------------------------------------------------------------------------------
def read_clients(path: Path | str) -> list[Client]:
    """Every row of a client CSV as a validated ``Client``, or InvalidInput naming the first
    problem. Reads the file once, whole (it is at most 50 MB)."""
    return [c for _, c in read_rows(path)]


def read_rows(path: Path | str) -> list[tuple[int, Client]]:
    """Like ``read_clients``, with each client's row number as a spreadsheet shows it."""
    return parse_rows(read_import_file(path, "a CSV file"))


def read_import_file(path: Path | str, kind: str) -> bytes:
    """A file to import, whole (at most MAX_BYTES), or one sentence saying why not;
    ``kind`` names what a folder given instead should have been ("a CSV file")."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise InvalidInput.of("file", "is larger than {mb} MB; split it into smaller files",
                                  mb=MAX_BYTES // (1024 * 1024))
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput("file", "does not exist") from None
    except IsADirectoryError:
        raise InvalidInput("file", f"is a folder, not {kind}") from None
    except OSError:
        raise InvalidInput("file", "cannot be read") from None


def parse_clients(raw: bytes) -> list[Client]:
    return [c for _, c in parse_rows(raw)]


def parse_rows(raw: bytes) -> list[tuple[int, Client]]:
    try:
        text = raw.decode("utf-8-sig")  # Excel's "CSV UTF-8" starts with a BOM
    except UnicodeDecodeError:
        raise InvalidInput("file", "is not UTF-8 text; save it as \"CSV UTF-8\", or import it "
                                   "with --mapping (any encoding)") from None
    if "\x00" in text:
        raise InvalidInput("file", "contains NUL characters; it is not a CSV text file")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    row_number = 0
    try:
        header = None
        for row_number, record in enumerate(reader, start=1):  # noqa: B007 - used after
            if any(cell.strip() for cell in record):
                header = [cell.strip() for cell in record]
                break
        if header is None:
            raise InvalidInput("file", "is empty; the first row must name the columns")
        columns = _check_header(header, row_number)
        clients = []
        first_row = row_number + 1
        for row_number, record in enumerate(reader, start=first_row):  # noqa: B007
            if not any(cell.strip() for cell in record):
                continue  # blank lines between rows are harmless
            clients.append((row_number, _client(record, columns, row_number)))
    except csv.Error as exc:
        # The reader failed on the record after the last one it returned.
        raise InvalidInput.of(f"row {row_number + 1}", "is not valid CSV ({error})",
                              error=str(exc)) from None
    if not clients:
        raise InvalidInput("file", "has a header but no rows to import")
    return clients


def _check_header(header: list[str], row: int) -> list[str | None]:
    """Column names by position; None for columns that are read but ignored."""
    seen: set[str] = set()
    out: list[str | None] = []
    for i, name in enumerate(header, start=1):
        key = name.lower()
        if not key:
            raise InvalidInput(f"row {row}, column {i}", "has no name")
        if key not in COLUMNS and key not in IGNORED_COLUMNS:
            if len(header) == 1 and any(d in name for d in ";\t|"):
                raise InvalidInput("file", "looks separated by semicolons, tabs or bars, not "
                                   "commas; import it with --mapping FILE.json (or File › "
                                   "Import… in the app)")
            raise InvalidInput.of(f"column {name[:40]}", "is not a known column (known: {columns})",
                                  columns=", ".join(COLUMNS))
        if key in seen:
            raise InvalidInput(f"column {key}", "appears twice")
        seen.add(key)
        out.append(key if key in COLUMNS else None)
    if "display_name" not in seen:
        raise InvalidInput("column display_name", "is required")
    return out


def _client(record: list[str], columns: list[str | None], row: int) -> Client:
    if len(record) > len(columns):
        raise InvalidInput.of(f"row {row}", "has {values} values but the header names {columns} "
                              "columns", values=len(record), columns=len(columns))
    # Field name -> value of that field's type (tuple, frozenset, int or str, chosen per
    # column below); the name is only known at run time, so the mapping is typed Any.
    values: dict[str, Any] = {}
    for name, cell in zip(columns, record, strict=False):
        if name is None:
            continue
        cell = restore(cell).strip()
        if name in LIST_COLUMNS:
            items = tuple(x.strip() for x in cell.split(LIST_SEPARATOR) if x.strip())
            values[name] = frozenset(items) if name == "flags" else items
        elif name == "birth_year":
            if cell and not cell.isdigit():
                raise InvalidInput(f"row {row}, column birth_year", "is not a whole number")
            values[name] = int(cell) if cell else None
        elif name == "status":
            values[name] = cell or "active"
        else:
            values[name] = cell or None
    if not values.get("display_name"):
        raise InvalidInput(f"row {row}, column display_name", "is required")
    try:
        return validate(Client(**values))
    except InvalidInput as exc:
        raise InvalidInput(f"row {row}, column {exc.field}", exc.reason, template=exc.template,
                           values=exc.values) from None


def import_clients(book: Casebook, path: Path | str, *,
                   checked: Callable[[int], None] | None = None) -> list[int]:
    """Add every client in the file, or none. Returns the new ids."""
    book.store.require(Action.IMPORT)
    return add_clients(book, read_clients(path), checked=checked)


def add_clients(book: Casebook, clients: list[Client], *,
                checked: Callable[[int], None] | None = None,
                numbered: list[tuple[int, Client]] | None = None,
                allow_duplicates: bool = True) -> list[int]:
    """Add clients read by ``read_clients`` in one transaction. ``checked(n)`` is called
    just before the writing starts. Unless ``allow_duplicates``, a row that looks like an
    existing client (same name, no contradicting birth date or year) refuses the whole file,
    naming the row; ``numbered`` gives the rows' numbers for that sentence."""
    book.store.require(Action.IMPORT)
    if not allow_duplicates:
        refuse_duplicates(book, numbered or list(enumerate(clients, start=2)))
    if checked is not None:
        checked(len(clients))
    changes = book.clients.add_many(clients)
    return sorted(i for e, i in changes.ids if e == "clients")


def refuse_duplicates(book: Casebook, rows: list[tuple[int, Client]]) -> None:
    """InvalidInput naming the first row that matches an existing client, and how many do.
    The sentence names ids, never names: it may end up in a terminal log."""
    from models.transfer.importing.duplicates import find_existing

    matches = find_existing(book, rows)
    if matches:
        first = matches[0]
        birth = "name and birth date or year" if first.same_birth else "name"
        more = (f" ({len(matches):,} rows in all match existing clients)"
                if len(matches) > 1 else "")
        raise InvalidInput(f"row {first.row}", f"matches existing client #{first.client_id} "
                           f"by {birth}{more}; nothing was imported. Use "
                           "--allow-duplicates to import them anyway")


# -- export ----------------------------------------------------------------------------------
def _client_dict(c: Client) -> dict:
    return {"id": c.id, "display_name": c.display_name, "aliases": list(c.aliases),
            "pronouns": c.pronouns, "gender_identity": c.gender_identity,
            "birth_date": c.birth_date, "birth_year": c.birth_year,
            "languages": list(c.languages), "citizenships": list(c.citizenships),
            "city": c.city, "region": c.region, "country": c.country,
            "immigration_situation": c.immigration_situation,
            "immigration_notes": c.immigration_notes, "safe_contact": c.safe_contact,
            "phone": c.phone, "email": c.email,
            "flags": [f for f in FLAGS if f in c.flags], "status": c.status,
            "owner_id": c.owner_id, "created_at": c.created_at, "updated_at": c.updated_at}


_PARTS = {
    "household": ("SELECT client_id, id, name, relationship, birth_year, notes"
                  " FROM household_members ORDER BY client_id, id",
                  ("id", "name", "relationship", "birth_year", "notes")),
    "relatives": ("SELECT client_id, id, name, relationship, adult, status, city"
                  " FROM relatives ORDER BY client_id, id",
                  ("id", "name", "relationship", "adult", "status", "city")),
    "documents": ("SELECT client_id, id, doc_type, expiry, notes FROM documents"
                  " ORDER BY client_id, id", ("id", "doc_type", "expiry", "notes")),
    "notes": ("SELECT client_id, id, author_id, created_at, body FROM notes"
              " ORDER BY client_id, created_at, id",
              ("id", "author_id", "created_at", "body")),
    "consents": ("SELECT client_id, id, partner_id, fields, purpose, consenting_person,"
                 " given_how, recorded_by, recorded_at, valid_until, withdrawn_at"
                 " FROM consents ORDER BY client_id, id",
                 ("id", "partner_id", "fields", "purpose", "consenting_person", "given_how",
                  "recorded_by", "recorded_at", "valid_until", "withdrawn_at")),
}
_TABLES = {
    "partners": ("SELECT id, name, services, cities, languages, contact, intake_notes,"
                 " secure_contact, active, created_at, updated_at FROM partners ORDER BY id",
                 ("id", "name", "services", "cities", "languages", "contact", "intake_notes",
                  "secure_contact", "active", "created_at", "updated_at")),
    "referrals": ("SELECT id, client_id, partner_id, service, status, reason, request, lang,"
                  " consent_id, screening_id, created_by, created_at, updated_at, sent_at,"
                  " responded_at FROM referrals ORDER BY id",
                  ("id", "client_id", "partner_id", "service", "status", "reason", "request",
                   "lang", "consent_id", "screening_id", "created_by", "created_at",
                   "updated_at", "sent_at", "responded_at")),
    "followups": ("SELECT id, title, due_date, owner_id, client_id, referral_id, status,"
                  " outcome, kind, created_by, created_at, closed_at FROM followups"
                  " ORDER BY id",
                  ("id", "title", "due_date", "owner_id", "client_id", "referral_id",
                   "status", "outcome", "kind", "created_by", "created_at", "closed_at")),
}
_JSON_COLUMNS = {"services", "cities", "languages", "fields"}
_BOOL_COLUMNS = {"active", "adult"}


def _record(columns: tuple[str, ...], row: tuple) -> dict:
    out = {}
    for name, value in zip(columns, row, strict=True):
        if name in _JSON_COLUMNS and isinstance(value, str):
            value = json.loads(value)
        elif name in _BOOL_COLUMNS and value is not None:
            value = bool(value)
        out[name] = value
    return out


def collect(book: Casebook) -> dict:
    """Everything an export holds, as plain data. Coordinators only."""
    store = book.store
    store.require(Action.EXPORT)
    clients = [_client_dict(from_row(r)) for r in store.q(CLIENT_SELECT + " ORDER BY id")]
    by_id = {c["id"]: c for c in clients}
    for key, (sql, columns) in _PARTS.items():
        for c in clients:
            c[key] = []
        for row in store.q(sql):
            by_id[row[0]][key].append(_record(columns, row[1:]))
    data = {"format": EXPORT_FORMAT, "exported_at": store.now_iso(), "clients": clients}
    for key, (sql, columns) in _TABLES.items():
        data[key] = [_record(columns, r) for r in store.q(sql)]
    return data


def _csv_bytes(columns: Iterable[str], rows: Iterable[Iterable[object]]) -> bytes:
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow("" if v is None else neutralise(v) for v in row)
    # A BOM so spreadsheet programs read the file as UTF-8.
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


# What one cell of a CSV or XLSX export holds.
Cell = str | int | float | None


def _cell(value: object) -> Cell:
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    if isinstance(value, bool):
        return int(value)
    if value is None or isinstance(value, str | int | float):
        return value
    # Not reached: SQLite gives text, integers and reals; written as the CSV writer would.
    return str(value)


def csv_paths(out: Path | str) -> dict[str, Path]:
    """The files a CSV export writes: clients to ``out``, the rest beside it."""
    out = Path(out)
    stem, suffix = (out.stem, out.suffix) if out.suffix else (out.name, ".csv")
    return {"clients": out, **{k: out.with_name(f"{stem}-{k}{suffix}") for k in _TABLES}}


def check_output(out: Path | str) -> Path:
    out = Path(out)
    if out.is_dir():
        raise InvalidInput("output file", "is a folder; name a file")
    if not out.parent.is_dir():
        raise InvalidInput("output file", "its folder does not exist")
    return out


def _xlsx_bytes(data: dict) -> bytes:
    """One workbook: a clients sheet with the CSV's columns (so it imports back through the
    assistant), then partners, referrals and follow-ups. Every text cell is stored as text
    (never as a formula, which openpyxl would make of a leading ``=``) and neutralised as in
    the CSV, so a spreadsheet runs nothing and an import gives back the original text."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)

    def sheet(title: str, columns: Iterable[str], rows: Iterable[Iterable[Cell]]) -> None:
        ws = wb.create_sheet(title)
        ws.append(list(columns))
        for row in rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(ws, value=None)
                if isinstance(value, str):
                    cell.value = str(neutralise(value))  # text stays text (neutralise: object)
                    cell.data_type = "s"
                else:
                    cell.value = value
                cells.append(cell)
            ws.append(cells)

    sheet("clients", ("id", *COLUMNS),
          ([_cell(c[k]) for k in ("id", *COLUMNS)] for c in data["clients"]))
    for key, (_, columns) in _TABLES.items():
        sheet(key, columns, ([_cell(r[k]) for k in columns] for r in data[key]))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def export(book: Casebook, out: Path | str, fmt: str) -> list[Path]:
    """Write an export; returns the files written. ``fmt`` is ``csv``, ``json`` or ``xlsx``."""
    if fmt not in ("csv", "json", "xlsx"):
        raise InvalidInput("format", "must be csv, json or xlsx")
    book.store.require(Action.EXPORT)
    out = check_output(out)
    data = collect(book)
    files: dict[Path, bytes] = {}
    if fmt == "json":
        files[out] = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    elif fmt == "xlsx":
        files[out] = _xlsx_bytes(data)
    else:
        paths = csv_paths(out)
        files[paths["clients"]] = _csv_bytes(
            ("id", *COLUMNS), ([_cell(c[k]) for k in ("id", *COLUMNS)]
                               for c in data["clients"]))
        for key, (_, columns) in _TABLES.items():
            files[paths[key]] = _csv_bytes(columns, ([_cell(r[k]) for k in columns]
                                                     for r in data[key]))
    for path, content in files.items():
        atomic_write_bytes(path, content)
    with book.store.tx():
        book.store.audit("export", "casebook")
    return list(files)
