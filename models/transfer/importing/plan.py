"""The import assistant's model: one sheet, its mapping, every row checked and previewed as
it will be saved, matches with existing clients, and the all-or-nothing write.

Problems are collected for every row and column (a person fixes the spreadsheet once, not
once per error); ``commit`` refuses while any remain and then writes every row, its notes,
household members, relatives and follow-up, the decisions about matching clients and the
remembered mapping in one transaction.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from models.clients import Client, validate
from models.errors import InvalidInput
from models.followups import Followup
from models.household import HouseholdMember, Relative
from models.permissions import Action
from models.transfer.importing import mapping as maps
from models.transfer.importing.duplicates import ExistingMatch, find_existing
from models.transfer.importing.source import Source
from models.transfer.spreadsheet_cells import restore
from models.transfer.spreadsheets import LIST_COLUMNS
from models.validate import MAX_TEXT

if TYPE_CHECKING:
    from models.casebook import Casebook

SKIP, MERGE, ADD = "skip", "merge", "add"
DECISIONS = (SKIP, MERGE, ADD)
_STATUS_WORDS = {"active": "active", "actif": "active", "active ": "active",
                 "ouvert": "active", "activo": "active", "abierto": "active",
                 "closed": "closed", "ferme": "closed", "clos": "closed",
                 "cerrado": "closed", "inactif": "closed", "inactivo": "closed"}
_LIST_SPLIT = {"aliases": ";", "languages": ";,", "citizenships": ";,", "flags": ";,",
               "household": ";", "relatives": ";"}
DEFAULT_FOLLOWUP_TITLE = "Follow up (imported)"


@dataclass(frozen=True)
class Problem:
    row: int      # as the spreadsheet numbers it
    column: str   # the column's header in the file
    reason: str
    # A reason with a value in it keeps its English template and values (as InvalidInput.of
    # does), so the import assistant can show it translated; not part of equality.
    template: str | None = field(default=None, compare=False)
    values: dict[str, object] = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.reason}"

    @classmethod
    def of(cls, row: int, column: str, template: str, /, **values: object) -> Problem:
        return cls(row, column, template.format(**values), template, values)

    @classmethod
    def from_error(cls, row: int, column: str, exc: InvalidInput) -> Problem:
        return cls(row, column, exc.reason, exc.template, exc.values)


@dataclass
class RowPlan:
    """One row as it will be saved, with what extra sheets add to it."""

    row: int
    client: Client | None
    notes: list[str] = field(default_factory=list)
    household: list[str] = field(default_factory=list)
    relatives: list[str] = field(default_factory=list)
    followups: list[tuple[str, str]] = field(default_factory=list)  # (due date, title)

    @property
    def followup(self) -> tuple[str, str] | None:
        """The row's own follow-up (the first one)."""
        return self.followups[0] if self.followups else None


@dataclass
class ExtraSheet:
    """Another sheet whose rows add notes, household members, relatives or follow-ups to
    clients of the main sheet: its ``client`` column holds the client's name as the main
    sheet writes it."""

    sheet: str
    mapping: list[str]


@dataclass(frozen=True)
class Result:
    added: tuple[int, ...]
    merged: tuple[int, ...]
    skipped_rows: tuple[int, ...]


def _split(text: str, separators: str) -> list[str]:
    for sep in separators[1:]:
        text = text.replace(sep, separators[0])
    return [x.strip() for x in text.split(separators[0]) if x.strip()]


class ImportPlan:
    """A sheet of a source with a mapping. Change ``sheet`` or ``mapping`` and call
    ``check()`` again; nothing touches the casebook before ``commit``."""

    def __init__(self, source: Source, sheet: str | None = None,
                 mapping: list[str] | None = None, book: Casebook | None = None) -> None:
        self.source = source
        self.select_sheet(sheet if sheet is not None else source.sheet_names[0], book)
        if mapping is not None:
            self.mapping = maps.check(self.header, mapping)

    # -- the sheet -----------------------------------------------------------------------
    def select_sheet(self, sheet: str, book: Casebook | None = None) -> None:
        if sheet not in self.source.sheets:
            raise InvalidInput("sheet", "is not in this workbook")
        self.sheet = sheet
        rows = self.source.sheets[sheet]
        start = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), None)
        if start is None:
            raise InvalidInput("file", "is empty; the first row must name the columns")
        self.header_row = start + 1
        header = [c.strip() for c in rows[start]]
        while header and not header[-1]:  # XLSX rows often end in empty cells
            header.pop()
        self.header = header
        self.body = rows[start + 1:]
        self.mapping = maps.initial(book, header)

    def set_mapping(self, mapping: list[str]) -> None:
        self.mapping = maps.check(self.header, mapping)

    # -- checking ------------------------------------------------------------------------
    # -- extra sheets --------------------------------------------------------------------
    def _sheet_rows(self, sheet: str) -> tuple[int, list[str], list[list[str]]]:
        rows = self.source.sheets.get(sheet)
        if rows is None:
            raise InvalidInput(f"sheet {sheet[:40]}", "is not in this workbook")
        start = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), None)
        if start is None:
            return 1, [], []
        header = [c.strip() for c in rows[start]]
        while header and not header[-1]:
            header.pop()
        return start + 1, header, rows[start + 1:]

    def add_extra_sheet(self, sheet: str, mapping: list[str]) -> None:
        if sheet == self.sheet:
            raise InvalidInput(f"sheet {sheet[:40]}", "is the main sheet")
        _, header, _ = self._sheet_rows(sheet)
        self.extra_sheets = [e for e in getattr(self, "extra_sheets", []) if e.sheet != sheet]
        self.extra_sheets.append(ExtraSheet(sheet, maps.check_extra(header, mapping)))

    def extra_header(self, sheet: str) -> list[str]:
        return self._sheet_rows(sheet)[1]

    def _apply_extras(self, plans: list[RowPlan], problems: list[Problem]) -> None:
        by_name: dict[str, list[RowPlan]] = {}
        for p in plans:
            if p.client is not None:
                by_name.setdefault(maps.fold(p.client.display_name), []).append(p)
        for extra in getattr(self, "extra_sheets", []):
            header_row, header, body = self._sheet_rows(extra.sheet)
            key = extra.mapping.index("client")
            note_columns = sum(1 for t in extra.mapping if t == "notes")
            for offset, record in enumerate(body):
                row = header_row + 1 + offset
                if not any(c.strip() for c in record):
                    continue
                key_column = f"{header[key] or key + 1} (sheet {extra.sheet})"
                name = restore(record[key] if key < len(record) else "").strip()
                found = by_name.get(maps.fold(name), [])
                if len(found) != 1:
                    problems.append(Problem(row, key_column, "names no client of the main "
                                            "sheet" if not found else "names a client who "
                                            "appears on several rows of the main sheet"))
                    continue
                target_plan = found[0]
                own = RowPlan(row, None)
                pending: list[tuple[str, str]] = []
                for i, target in enumerate(extra.mapping):
                    if target in (maps.SKIP, "client"):
                        continue
                    column = f"{header[i] or i + 1} (sheet {extra.sheet})"
                    cell = restore(record[i] if i < len(record) else "").strip()
                    if cell:
                        self._extra_cell(own, target, column, cell, row, problems,
                                         note_columns, pending)
                self._finish_followup(own, row, pending, problems)
                target_plan.notes += own.notes
                target_plan.household += own.household
                target_plan.relatives += own.relatives
                target_plan.followups += own.followups

    def _extra_cell(self, plan: RowPlan, target: str, column: str, cell: str, row: int,
                    problems: list[Problem], note_columns: int,
                    pending: list[tuple[str, str]]) -> None:
        """Notes, household, relatives and a follow-up's date/title from one cell.
        ``pending`` collects (date, title) halves of the row's follow-up."""
        if "\x00" in cell:
            problems.append(Problem(row, column, "contains a NUL character"))
        elif len(cell) > MAX_TEXT:
            problems.append(Problem.of(row, column, "is longer than {limit} characters",
                                       limit=MAX_TEXT))
        elif target == "notes":
            plan.notes.append(cell if note_columns == 1 else f"{column}: {cell}")
        elif target in ("household", "relatives"):
            names = _split(cell, _LIST_SPLIT[target])
            if any(len(n) > 200 for n in names):
                problems.append(Problem(row, column, "has a name longer than 200 characters"))
            getattr(plan, target).extend(names)
        elif target == "followup_date":
            try:
                pending.append(("date", dt.date.fromisoformat(cell[:10]).isoformat()))
            except ValueError:
                problems.append(Problem(row, column, "is not a date (use YYYY-MM-DD)"))
                pending.append(("bad", ""))
        elif target == "followup_title":
            if len(cell) > 300:
                problems.append(Problem(row, column, "is longer than 300 characters"))
            else:
                pending.append(("title", cell))
                pending.append(("title_column", column))

    @staticmethod
    def _finish_followup(plan: RowPlan, row: int, pending: list[tuple[str, str]],
                         problems: list[Problem]) -> None:
        got = dict(pending)
        if "bad" in got:
            return
        if "date" in got:
            plan.followups.append((got["date"], got.get("title") or DEFAULT_FOLLOWUP_TITLE))
        elif "title" in got:
            problems.append(Problem(row, got["title_column"],
                                    "has a follow-up task but no follow-up date"))

    def check(self, limit: int | None = None) -> tuple[list[RowPlan], list[Problem]]:
        """Every row (or the first ``limit``) as it will be saved, and every problem."""
        maps.check(self.header, self.mapping)
        plans: list[RowPlan] = []
        problems: list[Problem] = []
        for offset, record in enumerate(self.body):
            row = self.header_row + 1 + offset
            if not any(c.strip() for c in record):
                continue
            if limit is not None and len(plans) >= limit:
                break
            plan, row_problems = self._row(row, record)
            plans.append(plan)
            problems.extend(row_problems)
        if limit is None and not plans:
            problems.append(Problem(self.header_row, "-", "the sheet has a header but no rows"))
        if limit is None:
            self._apply_extras(plans, problems)
        return plans, problems

    def _row(self, row: int, record: list[str]) -> tuple[RowPlan, list[Problem]]:
        problems: list[Problem] = []
        # Field name -> value of that field's type (chosen per target below); the name is only
        # known at run time, so the mapping is typed Any.
        values: dict[str, Any] = {}
        plan = RowPlan(row, None)
        columns: dict[str, str] = {}
        note_columns = sum(1 for t in self.mapping if t == "notes")
        pending: list[tuple[str, str]] = []
        extra = [c for c in record[len(self.header):] if c.strip()]
        if extra:
            problems.append(Problem(row, str(len(self.header) + 1),
                                    "has a value but no header above it"))
        for i, target in enumerate(self.mapping):
            column = self.header[i] or str(i + 1)
            cell = restore(record[i] if i < len(record) else "").strip()
            if target == maps.SKIP or not cell:
                continue
            if "\x00" in cell:
                problems.append(Problem(row, column, "contains a NUL character"))
                continue
            if len(cell) > MAX_TEXT:
                problems.append(Problem.of(row, column, "is longer than {limit} characters",
                                       limit=MAX_TEXT))
                continue
            columns[target] = column
            if target in maps.EXTRAS:
                self._extra_cell(plan, target, column, cell, row, problems, note_columns,
                                 pending)
            elif target in LIST_COLUMNS:
                items = tuple(_split(cell, _LIST_SPLIT[target]))
                values[target] = frozenset(items) if target == "flags" else items
            elif target == "birth_year":
                if not cell.isdigit():
                    problems.append(Problem(row, column, "is not a whole number"))
                    continue
                values[target] = int(cell)
            elif target == "birth_date":
                values[target] = cell[:10] if len(cell) > 10 and cell[10] == " " else cell
            elif target == "status":
                values[target] = _STATUS_WORDS.get(maps.fold(cell), cell)
            else:
                values[target] = cell
        self._finish_followup(plan, row, pending, problems)
        if not values.get("display_name"):
            name_column = self.header[self.mapping.index("display_name")] or "1"
            problems.append(Problem(row, name_column, "is required (the person's name)"))
            return plan, problems
        # Each field alone first, so every bad field of the row is named, not just the first.
        for target, value in values.items():
            if target == "display_name":
                continue
            try:
                validate(Client("x", **{target: value}))
            except InvalidInput as exc:
                problems.append(Problem.from_error(row, columns.get(target, exc.field), exc))
        try:
            plan.client = validate(Client(**values))
        except InvalidInput as exc:
            if not any(p.row == row for p in problems):
                problems.append(Problem.from_error(row, columns.get(exc.field, exc.field), exc))
        return plan, problems

    # -- matching ------------------------------------------------------------------------
    def existing(self, book: Casebook, plans: list[RowPlan]) -> list[ExistingMatch]:
        """Rows that look like clients already in the casebook (the duplicate warning's
        matching, plus birth date or year)."""
        return find_existing(book, [(p.row, p.client) for p in plans if p.client])


def commit(book: Casebook, plan: ImportPlan, decisions: dict[int, str] | None = None, *,
           allow_duplicates: bool = False,
           checked: Callable[[int], None] | None = None) -> Result:
    """Write every row, or nothing.

    ``decisions`` maps the row number of a row that matches an existing client to ``skip``,
    ``merge`` (fill the existing client's empty fields, add the row's lists, notes, household,
    relatives and follow-up to them) or ``add`` (a new client anyway). A matching row with no
    decision is refused unless ``allow_duplicates``.
    """
    s = book.store
    s.require(Action.IMPORT)
    plans, problems = plan.check()
    if problems:
        raise InvalidInput(f"row {problems[0].row}, column {problems[0].column}",
                           problems[0].reason + (f" ({len(problems):,} problems in all)"
                                                 if len(problems) > 1 else ""))
    if any(p.followups for p in plans):
        s.require(Action.MANAGE_FOLLOWUPS)
    decisions = dict(decisions or {})
    bad = {r: d for r, d in decisions.items() if d not in DECISIONS}
    if bad:
        raise InvalidInput(f"row {min(bad)}", "must be skipped, merged or added")
    matches = {m.row: m for m in plan.existing(book, plans)}
    for row, match in matches.items():
        if row not in decisions:
            if not allow_duplicates:
                raise InvalidInput.of(f"row {row}", "matches existing client #{client}; choose to "
                                      "skip, merge or add it", client=match.client_id)
            decisions[row] = ADD
    if checked is not None:
        checked(len(plans))
    added: list[int] = []
    merged: list[int] = []
    skipped: list[int] = []
    with s.tx():
        for p in plans:
            client = p.client
            if client is None:  # check() reports a problem for every row without one
                raise InvalidInput(f"row {p.row}", "has no client to save")
            decision = decisions.get(p.row, ADD) if p.row in matches else ADD
            if decision == SKIP:
                skipped.append(p.row)
                continue
            if decision == MERGE:
                cid = matches[p.row].client_id
                book.clients.update(_merged(book.clients.get(cid, audit=False), client))
                merged.append(cid)
            else:
                changes = book.clients.add_many([client])
                (cid,) = [i for e, i in changes.ids if e == "clients"]
                added.append(cid)
            for body in p.notes:
                book.notes.add(cid, body)
            for name in p.household:
                book.household.add_member(cid, HouseholdMember(name))
            for name in p.relatives:
                book.household.add_relative(cid, Relative("other", name=name))
            for due, title in p.followups:
                book.followups.add(Followup(title, due, client_id=cid, owner_id=s.user.id),
                                   audit_action="import")
        maps.remember(book, plan.header, plan.mapping)
    return Result(tuple(added), tuple(merged), tuple(skipped))


def _merged(existing: Client, new: Client) -> Client:
    """The existing client with empty fields filled from the row and lists joined; what the
    casebook already says is never overwritten."""
    # Field name -> a value read from that same field (getattr), so of the field's type.
    changes: dict[str, Any] = {}
    for f in dataclasses.fields(Client):
        if f.name in ("id", "owner_id", "created_at", "updated_at", "status", "display_name"):
            continue
        old, value = getattr(existing, f.name), getattr(new, f.name)
        if isinstance(old, tuple):
            changes[f.name] = tuple(dict.fromkeys((*old, *value)))
        elif isinstance(old, frozenset):
            changes[f.name] = old | value
        elif old in (None, "") and value not in (None, ""):
            changes[f.name] = value
    if new.display_name != existing.display_name and new.display_name not in existing.aliases:
        changes["aliases"] = tuple(dict.fromkeys((*changes.get("aliases", existing.aliases),
                                                  new.display_name)))
    return dataclasses.replace(existing, **changes)
