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
from typing import TYPE_CHECKING

from models.clients import MAX_TEXT, Client, validate
from models.csvio import LIST_COLUMNS
from models.errors import InvalidInput
from models.followups import Followup
from models.household import HouseholdMember, Relative
from models.importing import mapping as maps
from models.importing.duplicates import ExistingMatch, find_existing
from models.importing.source import Source
from models.permissions import Action
from models.spreadsheet_cells import restore

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

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.reason}"


@dataclass
class RowPlan:
    """One row as it will be saved."""

    row: int
    client: Client | None
    notes: list[str] = field(default_factory=list)
    household: list[str] = field(default_factory=list)
    relatives: list[str] = field(default_factory=list)
    followup: tuple[str, str] | None = None  # (due date, title)


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
        return plans, problems

    def _row(self, row: int, record: list[str]) -> tuple[RowPlan, list[Problem]]:
        problems: list[Problem] = []
        values: dict[str, object] = {}
        plan = RowPlan(row, None)
        columns: dict[str, str] = {}
        note_columns = sum(1 for t in self.mapping if t == "notes")
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
                problems.append(Problem(row, column, f"is longer than {MAX_TEXT} characters"))
                continue
            columns[target] = column
            if target == "notes":
                plan.notes.append(cell if note_columns == 1 else f"{column}: {cell}")
            elif target in ("household", "relatives"):
                names = _split(cell, _LIST_SPLIT[target])
                if any(len(n) > 200 for n in names):
                    problems.append(Problem(row, column, "has a name longer than 200 "
                                                         "characters"))
                getattr(plan, target).extend(names)
            elif target == "followup_date":
                try:
                    due = dt.date.fromisoformat(cell[:10]).isoformat()
                except ValueError:
                    problems.append(Problem(row, column, "is not a date (use YYYY-MM-DD)"))
                    continue
                plan.followup = (due, plan.followup[1] if plan.followup else "")
            elif target == "followup_title":
                if len(cell) > 300:
                    problems.append(Problem(row, column, "is longer than 300 characters"))
                    continue
                plan.followup = (plan.followup[0] if plan.followup else "", cell)
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
        if plan.followup is not None:
            due, title = plan.followup
            if not due:
                problems.append(Problem(row, columns["followup_title"],
                                        "has a follow-up task but no follow-up date"))
                plan.followup = None
            else:
                plan.followup = (due, title or DEFAULT_FOLLOWUP_TITLE)
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
                problems.append(Problem(row, columns.get(target, exc.field), exc.reason))
        try:
            plan.client = validate(Client(**values))
        except InvalidInput as exc:
            if not any(p.row == row for p in problems):
                problems.append(Problem(row, columns.get(exc.field, exc.field), exc.reason))
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
    if any(p.followup for p in plans):
        s.require(Action.MANAGE_FOLLOWUPS)
    decisions = dict(decisions or {})
    bad = {r: d for r, d in decisions.items() if d not in DECISIONS}
    if bad:
        raise InvalidInput(f"row {min(bad)}", "must be skipped, merged or added")
    matches = {m.row: m for m in plan.existing(book, plans)}
    for row, match in matches.items():
        if row not in decisions:
            if not allow_duplicates:
                raise InvalidInput(f"row {row}", f"matches existing client #{match.client_id};"
                                   " choose to skip, merge or add it")
            decisions[row] = ADD
    if checked is not None:
        checked(len(plans))
    added: list[int] = []
    merged: list[int] = []
    skipped: list[int] = []
    with s.tx():
        for p in plans:
            decision = decisions.get(p.row, ADD) if p.row in matches else ADD
            if decision == SKIP:
                skipped.append(p.row)
                continue
            if decision == MERGE:
                cid = matches[p.row].client_id
                book.clients.update(_merged(book.clients.get(cid, audit=False), p.client))
                merged.append(cid)
            else:
                changes = book.clients.add_many([p.client])
                (cid,) = [i for e, i in changes.ids if e == "clients"]
                added.append(cid)
            for body in p.notes:
                book.notes.add(cid, body)
            for name in p.household:
                book.household.add_member(cid, HouseholdMember(name))
            for name in p.relatives:
                book.household.add_relative(cid, Relative("other", name=name))
            if p.followup:
                book.followups.add(Followup(p.followup[1], p.followup[0], client_id=cid,
                                            owner_id=s.user.id), audit_action="import")
        maps.remember(book, plan.header, plan.mapping)
    return Result(tuple(added), tuple(merged), tuple(skipped))


def _merged(existing: Client, new: Client) -> Client:
    """The existing client with empty fields filled from the row and lists joined; what the
    casebook already says is never overwritten."""
    changes: dict[str, object] = {}
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
