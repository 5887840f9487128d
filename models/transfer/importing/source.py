"""Reading a spreadsheet file into rows of text: CSV (encoding and delimiter detected) or
XLSX (every sheet, through openpyxl). Nothing is written anywhere; the file is read once.

Encoding: UTF-8 (with or without Excel's byte-order mark), else Windows-1252, the encoding
Excel for Windows writes "CSV" in for French and Spanish locales, else Latin-1 (which any
bytes decode as). Delimiter: ``csv.Sniffer`` on the first lines, choosing among comma,
semicolon (French and Spanish Excel), tab and bar; a single column falls back to comma.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from models.errors import InvalidInput
from models.transfer.spreadsheets import read_import_file

MAX_CELLS = 2_000_000  # an XLSX is compressed: bound what it may unfold into
DELIMITERS = ",;\t|"
ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
_XLSX_MAGIC = b"PK\x03\x04"


@dataclass
class Source:
    """A file's sheets as lists of rows of text (a CSV has one sheet, named ``""``)."""

    kind: str  # "csv" or "xlsx"
    sheets: dict[str, list[list[str]]] = field(default_factory=dict)
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def sheet_names(self) -> list[str]:
        return list(self.sheets)


def read_source(path: Path | str) -> Source:
    return parse_source(read_import_file(path, "a spreadsheet file"))


def parse_source(raw: bytes, *, encoding: str | None = None,
                 delimiter: str | None = None) -> Source:
    """The file's rows; ``encoding``/``delimiter`` override what detection would choose."""
    if raw.startswith(_XLSX_MAGIC):
        return _xlsx(raw)
    return _csv(raw, encoding, delimiter)


def decode(raw: bytes, encoding: str | None = None) -> tuple[str, str]:
    for name in (encoding,) if encoding else ENCODINGS:
        try:
            return raw.decode(name), name
        except UnicodeDecodeError:
            continue
        except LookupError:
            raise InvalidInput.of("encoding", "{name!r} is not a known encoding",
                                  name=name) from None
    raise InvalidInput.of("file", "is not {encoding} text", encoding=encoding)


def sniff_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        # One column, or rows the sniffer cannot agree on: the most frequent candidate in
        # the first line, else a comma.
        first = text.splitlines()[0] if text.strip() else ""
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _csv(raw: bytes, encoding: str | None, delimiter: str | None) -> Source:
    text, used = decode(raw, encoding)
    if "\x00" in text:
        raise InvalidInput("file", "contains NUL characters; it is not a CSV text file")
    if delimiter is not None and (len(delimiter) != 1 or delimiter in "\"\r\n"):
        raise InvalidInput("delimiter", "must be one character other than a quote")
    delim = delimiter or sniff_delimiter(text)
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=True)
    try:
        for record in reader:
            rows.append(record)
    except csv.Error as exc:
        raise InvalidInput.of(f"row {len(rows) + 1}", "is not valid CSV ({error})",
                              error=str(exc)) from None
    return Source("csv", {"": rows}, encoding=used, delimiter=delim)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return (value.date().isoformat() if value.time() == dt.time()
                else value.isoformat(sep=" "))
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores every number as a float: 1990.0 is a year
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _xlsx(raw: bytes) -> Source:
    import openpyxl  # imported here: only XLSX files need it

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError):
        raise InvalidInput("file", "is not a readable XLSX workbook") from None
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise InvalidInput("file", "is not a readable XLSX workbook") from None
    sheets: dict[str, list[list[str]]] = {}
    cells = 0
    try:
        for ws in book.worksheets:
            rows = []
            for values in ws.iter_rows(values_only=True):
                cells += len(values)
                if cells > MAX_CELLS:
                    raise InvalidInput.of("file", "has more than {most:,} cells; split it",
                                          most=MAX_CELLS)
                rows.append([_text(v) for v in values])
            sheets[ws.title] = rows
    except InvalidInput:
        raise
    except Exception:  # noqa: BLE001
        raise InvalidInput("file", "is not a readable XLSX workbook") from None
    finally:
        book.close()
    if not sheets:
        raise InvalidInput("file", "has no sheets")
    return Source("xlsx", sheets)
