"""The import assistant: choose a file (CSV with its encoding and delimiter shown, or an XLSX
sheet), map each column, see the first rows as they will be saved with every problem listed,
decide about rows that look like existing clients, then import all rows or none.

All the checking is ``models.transfer.importing``; this module only shows it. The file is read in
the main thread (at most 50 MB; nothing is written); casebook reads and the final write go
through the worker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop import errors
from desktop.counts import counted
from desktop.model_labels import model_words
from desktop.unsaved import RESTORED, UnsavedInput
from desktop.widgets.wheel_guard import guard_wheel
from models.transfer.importing import mapping as maps
from models.transfer.importing.plan import ADD, MERGE, SKIP, ImportPlan, Problem, RowPlan
from models.transfer.importing.source import Source, parse_source, read_source

PREVIEW_ROWS = 20
# Choice words marked for translation; translated where they are shown (_words).
ENCODINGS = [(QT_TRANSLATE_NOOP("importing.wizard", "Detect"), None), ("UTF-8", "utf-8-sig"),
             ("Windows (cp1252)", "cp1252"), ("Latin-1", "latin-1")]
DELIMITERS = [(QT_TRANSLATE_NOOP("importing.wizard", "Detect"), None),
              (QT_TRANSLATE_NOOP("importing.wizard", "Comma ,"), ","),
              (QT_TRANSLATE_NOOP("importing.wizard", "Semicolon ;"), ";"),
              (QT_TRANSLATE_NOOP("importing.wizard", "Tab"), "\t"),
              (QT_TRANSLATE_NOOP("importing.wizard", "Bar |"), "|")]
DECISION_LABELS = [(QT_TRANSLATE_NOOP("importing.wizard", "Skip this row"), SKIP),
                   (QT_TRANSLATE_NOOP("importing.wizard", "Merge into the existing client"),
                    MERGE),
                   (QT_TRANSLATE_NOOP("importing.wizard", "Add as a new client"), ADD)]


def _words(text: str) -> str:
    return QCoreApplication.translate("importing.wizard", text)


def problem_text(problem: Problem) -> str:
    """A problem of the file as a person reads it: row, column and why, in the interface
    language (the reason comes from models/ and is translated through context "models")."""
    return QCoreApplication.translate("importing.wizard", "row {row}, column {column}: "
                                      "{reason}").format(row=problem.row, column=problem.column,
                                                         reason=_reason(problem))


def _reason(problem: Problem) -> str:
    """A problem's reason in the interface language: a reason with a value (``Problem.of``)
    as its template with the value filled in, any other as a whole."""
    if problem.template is None:
        return model_words(problem.reason)
    return errors.filled(problem.template, problem.values, problem.reason)


def _table(name: str, headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setStretchLastSection(True)
    t.verticalHeader().setVisible(False)
    return t


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(self.tr("A CSV file or an Excel workbook (.xlsx). Nothing is imported "
                                 "until the last step, and then every row or none."))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setReadOnly(True)
        browse = QPushButton(self.tr("&Choose…"))
        browse.setObjectName("importBrowse")
        browse.clicked.connect(lambda _c=False: self.choose())
        self.encoding = QComboBox()
        self.encoding.setObjectName("importEncoding")
        self.encoding.setAccessibleName(self.tr("Encoding"))
        for text, value in ENCODINGS:
            self.encoding.addItem(_words(text), value)
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("importDelimiter")
        self.delimiter.setAccessibleName(self.tr("Delimiter"))
        for text, value in DELIMITERS:
            self.delimiter.addItem(_words(text), value)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.encoding.activated.connect(lambda _i: self.reread())
        self.delimiter.activated.connect(lambda _i: self.reread())
        self.sheet.activated.connect(lambda _i: self.show_rows())
        self.found = QLabel()
        self.found.setObjectName("importFound")
        self.found.setWordWrap(True)
        self.raw = _table("importRaw", [])
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        options = QHBoxLayout()
        for text, widget in ((self.tr("Encoding:"), self.encoding),
                             (self.tr("Delimiter:"), self.delimiter),
                             (self.tr("Sheet:"), self.sheet)):
            options.addWidget(QLabel(text))
            options.addWidget(widget)
        options.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addLayout(options)
        box.addWidget(self.found)
        box.addWidget(self.raw, 1)

    def choose(self) -> None:
        from desktop.file_dialogs import get_open_file_name

        path, _ = get_open_file_name(self, self.tr("Import clients"), "",
                                     self.tr("Spreadsheets (*.csv *.txt *.xlsx)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        self.path.setText(str(path))
        try:
            self.w.raw = path.read_bytes() if path.stat().st_size <= 50 * 1024 * 1024 else b""
            self.w.source = read_source(path)
        except Exception as exc:  # noqa: BLE001 - one sentence, never a traceback
            self.w.source = None
            self.found.setText(errors.message_for(exc))
            self.completeChanged.emit()
            return
        self.encoding.setCurrentIndex(0)
        self.delimiter.setCurrentIndex(0)
        self.show_source()

    def reread(self) -> None:
        if not self.w.raw or self.w.source is None or self.w.source.kind != "csv":
            return
        try:
            self.w.source = parse_source(self.w.raw, encoding=self.encoding.currentData(),
                                         delimiter=self.delimiter.currentData())
        except Exception as exc:  # noqa: BLE001
            self.found.setText(errors.message_for(exc))
            return
        self.show_source()

    def show_source(self) -> None:
        src: Source = self.w.source
        is_csv = src.kind == "csv"
        self.encoding.setEnabled(is_csv)
        self.delimiter.setEnabled(is_csv)
        self.sheet.setEnabled(not is_csv)
        self.sheet.clear()
        for name in src.sheet_names:
            self.sheet.addItem(name or self.tr("(the file)"), name)
        if is_csv:
            delim = {v: _words(t) for t, v in DELIMITERS if v}.get(src.delimiter,
                                                                    repr(src.delimiter))
            enc = {v: t for t, v in ENCODINGS if v}.get(src.encoding, src.encoding)
            self.found.setText(self.tr("Read as {encoding} text, columns separated by "
                                       "{delimiter}. If the preview looks wrong, choose the "
                                       "encoding or delimiter.").format(encoding=enc,
                                                                        delimiter=delim))
        else:
            n = len(src.sheets)
            self.found.setText(counted(n, self.tr("An Excel workbook with %n sheet(s). Choose the "
                                               "sheet that lists the clients.", "", n)))
        self.show_rows()

    def show_rows(self) -> None:
        src = self.w.source
        rows = src.sheets.get(self.sheet.currentData(), []) if src else []
        shown = rows[:6]
        width = max((len(r) for r in shown), default=0)
        self.raw.setColumnCount(width)
        self.raw.setHorizontalHeaderLabels([str(i + 1) for i in range(width)])
        self.raw.setRowCount(len(shown))
        for i, r in enumerate(shown):
            for j, cell in enumerate(r):
                self.raw.setItem(i, j, QTableWidgetItem(cell))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.w.source is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        try:
            self.w.plan = ImportPlan(self.w.source, sheet=self.sheet.currentData())
        except Exception as exc:  # noqa: BLE001
            self.found.setText(errors.message_for(exc))
            return False
        self.w.apply_remembered()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Which field does each column hold?"))
        self.setSubTitle(self.tr("Guessed from the column names (English, French, Spanish). "
                                 "Columns set to Skip are not imported; several columns may "
                                 "become notes."))
        self.note = QLabel()
        self.note.setObjectName("mappingNote")
        self.note.setWordWrap(True)
        self.table = _table("importMapping", [self.tr("Column"), self.tr("First value"),
                                              self.tr("Waystation field")])
        self.combos: list[QComboBox] = []
        self.sheet_boxes: list[tuple[QCheckBox, str, list[str]]] = []
        self.sheets_area = QVBoxLayout()
        box = QVBoxLayout(self)
        box.addWidget(self.note)
        box.addWidget(self.table, 1)
        box.addLayout(self.sheets_area)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        plan = self.w.plan
        first = next((r for r in plan.body if any(c.strip() for c in r)), [])
        self.table.setRowCount(len(plan.header))
        self.combos = []
        for i, name in enumerate(plan.header):
            self.table.setItem(i, 0, QTableWidgetItem(
                name or self.tr("(column {n})").format(n=i + 1)))
            self.table.setItem(i, 1, QTableWidgetItem(first[i] if i < len(first) else ""))
            combo = QComboBox()
            combo.setObjectName(f"mapColumn{i}")
            combo.setAccessibleName(self.tr("Field for column {column}").format(
                column=name or i + 1))
            for target in maps.TARGETS:
                combo.addItem(model_words(maps.LABELS[target]), target)
            combo.setCurrentIndex(combo.findData(plan.mapping[i]))
            combo.currentIndexChanged.connect(lambda _i: self.changed())
            self.table.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        # Built after the form was guarded: scrolling the table must not change a column's
        # field as it passes under the pointer (issue 16).
        guard_wheel(self)
        kept, self.w.kept_mapping = self.w.kept_mapping, None
        if kept is not None and len(kept) == len(self.combos):  # chosen before a lock
            for combo, target in zip(self.combos, kept, strict=True):
                combo.setCurrentIndex(combo.findData(target))
        self.table.resizeColumnsToContents()
        self.note.setText(self.tr("The mapping you used last time for this layout.") if
                          self.w.remembered else "")
        self._offer_other_sheets()
        self.changed()

    def _offer_other_sheets(self) -> None:
        """Other sheets with a name column and notes, relatives, household or follow-ups
        can add to the clients of this one (guessed; shown so the person decides)."""
        for check, _, _ in self.sheet_boxes:
            self.sheets_area.removeWidget(check)
            check.deleteLater()
        self.sheet_boxes = []
        plan = self.w.plan
        for name in plan.source.sheet_names:
            if name == plan.sheet:
                continue
            header = plan.extra_header(name)
            guessed = maps.guess_extra(header)
            if guessed is None:
                continue
            key = header[guessed.index("client")]
            adds = ", ".join(dict.fromkeys(model_words(maps.LABELS[t]).lower()
                                           for t in guessed if t in maps.EXTRAS))
            check = QCheckBox(self.tr("Also add {what} from sheet \u201c{sheet}\u201d, matched "
                                      "to clients by its column \u201c{column}\u201d").format(
                what=adds, sheet=name, column=key))
            check.setObjectName(f"extraSheet_{name}")
            check.setChecked(True)
            self.sheets_area.addWidget(check)
            self.sheet_boxes.append((check, name, guessed))

    def mapping(self) -> list[str]:
        return [c.currentData() for c in self.combos]

    def untouched(self) -> bool:
        """Whether the columns still show what the page opened with (nothing chosen)."""
        return self.w.plan is not None and self.mapping() == list(self.w.plan.mapping)

    def changed(self) -> None:
        try:
            maps.check(self.w.plan.header, self.mapping())
        except Exception as exc:  # noqa: BLE001
            self.note.setText(errors.message_for(exc))
            self.ok = False
        else:
            self.note.setText(self.tr("The mapping you used last time for this layout.") if
                              self.w.remembered else "")
            self.ok = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return getattr(self, "ok", False)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.w.plan.set_mapping(self.mapping())
        self.w.plan.extra_sheets = []
        for check, name, guessed in self.sheet_boxes:
            if check.isChecked():
                self.w.plan.add_extra_sheet(name, guessed)
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the rows before importing"))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.rows = _table("importPreview", [self.tr("Row"), self.tr("Name"), self.tr("Birth"),
                                             self.tr("City"), self.tr("Languages"),
                                             self.tr("Notes"), self.tr("Household"),
                                             self.tr("Relatives"), self.tr("Follow-up")])
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setAccessibleName(self.tr("Problems, by row and column"))
        self.matches = _table("importMatches", [self.tr("Row"), self.tr("Looks like"),
                                                self.tr("What to do")])
        self.decisions: dict[int, QComboBox] = {}
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.rows, 3)
        self.problems_label = QLabel(self.tr("Problems to fix in the spreadsheet:"))
        box.addWidget(self.problems_label)
        box.addWidget(self.problems, 1)
        self.matches_label = QLabel(self.tr("Rows that look like clients already in the "
                                            "casebook:"))
        box.addWidget(self.matches_label)
        box.addWidget(self.matches, 1)
        self.all_plans: list[RowPlan] = []
        self.all_problems: list[Problem] = []
        self.matched = False  # the rows have been compared with the casebook
        self._asked = 0

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        plan = self.w.plan
        self.all_plans, self.all_problems = plan.check()
        shown = self.all_plans[:PREVIEW_ROWS]
        self.rows.setRowCount(len(shown))
        for i, p in enumerate(shown):
            c = p.client
            cells = [str(p.row), c.display_name if c else "—",
                     (c.birth_date or (str(c.birth_year) if c.birth_year else "")) if c else "",
                     (c.city or "") if c else "", ", ".join(c.languages) if c else "",
                     " | ".join(p.notes), ", ".join(p.household), ", ".join(p.relatives),
                     " ".join(p.followup) if p.followup else ""]
            for j, text in enumerate(cells):
                self.rows.setItem(i, j, QTableWidgetItem(text))
        self.rows.resizeColumnsToContents()
        self.problems.clear()
        for problem in self.all_problems:
            self.problems.addItem(problem_text(problem))
        self.problems.setVisible(bool(self.all_problems))
        self.problems_label.setVisible(bool(self.all_problems))
        valid = [p for p in self.all_plans if p.client]
        # Comparing many rows with a large casebook takes a while: on the worker, so the
        # assistant never freezes (issue 18); it cannot import until the answer is shown.
        self.matched = False
        self._asked += 1
        asked = self._asked
        self.matches.setRowCount(0)
        self.decisions = {}
        self.summary.setText("")
        self.w.ctx.run(lambda b: plan.existing(b, valid),
                       lambda found: self._show_matches(asked, found or [], shown), self)
        self.completeChanged.emit()

    def _show_matches(self, asked: int, matches: list, shown: list) -> None:
        if asked != self._asked:
            return  # the page was entered again meanwhile
        self.matched = True
        self.matches.setRowCount(len(matches))
        self.decisions = {}
        for i, m in enumerate(matches):
            self.matches.setItem(i, 0, QTableWidgetItem(str(m.row)))
            looks = (self.tr("{name} (#{id}, same name and birth)") if m.same_birth
                     else self.tr("{name} (#{id}, similar name)"))
            self.matches.setItem(i, 1, QTableWidgetItem(looks.format(name=m.display_name,
                                                                     id=m.client_id)))
            combo = QComboBox()
            combo.setObjectName(f"decision{m.row}")
            combo.setAccessibleName(self.tr("What to do with row {row}").format(row=m.row))
            for text, value in DECISION_LABELS:
                combo.addItem(_words(text), value)
            self.matches.setCellWidget(i, 2, combo)
            self.decisions[m.row] = combo
        guard_wheel(self)  # as the column drop-downs: the wheel scrolls the list past them
        self.matches.resizeColumnsToContents()
        self.matches.setVisible(bool(matches))
        self.matches_label.setVisible(bool(matches))
        n = len(self.all_plans)
        if self.all_problems:
            count = len(self.all_problems)
            self.summary.setText(counted(count, self.tr(
                "%n problem(s) in {rows} rows. Nothing will be imported until every one is "
                "fixed: correct the spreadsheet, or go back and map the column differently.",
                "", count)).format(rows=QLocale().toString(n)))
        else:
            text = counted(n, self.tr("%n row(s) ready to import; the preview shows the first "
                                   "{shown} as they will be saved.", "", n)).format(
                shown=QLocale().toString(len(shown)))
            if matches:
                k = len(matches)
                text += " " + counted(k, self.tr("%n row(s) may match an existing client "
                                                 "(below).", "", k))
            self.summary.setText(text)
        self.completeChanged.emit()

    def decided(self) -> dict[int, str]:
        return {row: combo.currentData() for row, combo in self.decisions.items()}

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.all_plans) and not self.all_problems and self.matched


class ImportWizard(UnsavedInput, QWizard):
    """Cancel, Escape or closing asks once a file is chosen; across a lock the file, its
    reading (encoding, delimiter, sheet) and the column choices are kept in memory (not
    the file's rows: it is read again) and the assistant opens again after unlocking."""

    draft_key = "import:form:Import clients"

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import clients — Waystation"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.ctx = ctx
        self.raw = b""
        self.source: Source | None = None
        self.plan: ImportPlan | None = None
        self.remembered = False
        # The remembered mappings, read on the worker when the assistant opens (issue 18: no
        # wait on the database when Next is pressed); None until they arrive.
        self.layouts: dict[str, object] | None = None
        self.result_text = ""
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        self.resize(960, 680)
        self.kept_mapping: list[str] | None = None
        self.unsaved_what = self.tr("the import")
        self.mark_clean()
        ctx.run(maps.remembered_layouts, self._layouts_arrived, self,
                on_error=lambda _exc: None)  # without them, the guess is offered
        self._restore_kept()

    def _layouts_arrived(self, layouts: dict[str, object]) -> None:
        self.layouts = layouts
        if self.currentPage() is self.mapping_page and not self.remembered \
                and self.mapping_page.untouched():
            # Next was pressed before they arrived: offer the remembered mapping now.
            self.apply_remembered()
            if self.remembered:
                self.mapping_page.initializePage()

    def apply_remembered(self) -> None:
        """Use the mapping remembered for this layout, if any (and already read)."""
        remembered = maps.remembered_in(self.layouts or {}, self.plan.header) \
            if self.plan is not None else None
        if remembered:
            self.plan.set_mapping(remembered)
            self.remembered = True

    def keep_draft(self) -> None:
        """The casebook is locking: keep which file and how it was read and mapped."""
        fp = self.file_page
        if self.is_dirty() and fp.path.text():
            self.ctx.keep_draft(self.draft_key, {
                "path": fp.path.text(), "encoding": fp.encoding.currentIndex(),
                "delimiter": fp.delimiter.currentIndex(), "sheet": fp.sheet.currentIndex(),
                "mapping": self.mapping_page.mapping() if self.mapping_page.combos else None})
        self._draft_kept = True

    def _restore_kept(self) -> None:
        kept = self.ctx.take_draft(self.draft_key)
        if not isinstance(kept, dict) or not Path(kept["path"]).is_file():
            return
        fp = self.file_page
        fp.load(Path(kept["path"]))
        fp.encoding.setCurrentIndex(kept["encoding"])
        fp.delimiter.setCurrentIndex(kept["delimiter"])
        fp.reread()
        if 0 <= kept["sheet"] < fp.sheet.count() and kept["sheet"] != fp.sheet.currentIndex():
            fp.sheet.setCurrentIndex(kept["sheet"])
            fp.show_rows()
        self.kept_mapping = kept["mapping"]
        from PySide6.QtCore import QCoreApplication

        notice = QLabel(QCoreApplication.translate("unsaved", RESTORED))
        notice.setObjectName("formNotice")  # information, in the normal colour
        notice.setWordWrap(True)
        fp.layout().insertWidget(0, notice)

    def accept(self) -> None:
        """Import on the worker; the wizard stays open until the casebook answers."""
        from models.transfer.importing.plan import commit

        plan, decisions = self.plan, self.preview_page.decided()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def done(result: Any) -> None:
            from models.changes import Changes

            added, merged = len(result.added), len(result.merged)
            skipped = len(result.skipped_rows)
            if merged and skipped:
                text = self.tr("Imported %n client(s), merged {merged}, skipped {skipped}.", "",
                               added)
            elif merged:
                text = self.tr("Imported %n client(s), merged {merged}.", "", added)
            elif skipped:
                text = self.tr("Imported %n client(s), skipped {skipped}.", "", added)
            else:
                text = self.tr("Imported %n client(s).", "", added)
            self.result_text = counted(added, text).format(merged=QLocale().toString(merged),
                                                           skipped=QLocale().toString(skipped))
            self.ctx.changed.emit(Changes(frozenset({"clients", "notes", "followups",
                                                     "household_member", "relative"})))
            self.ctx.status_message.emit(self.result_text)
            super(ImportWizard, self).accept()

        def failed(exc: BaseException) -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            errors.show_error(self, exc)

        self.ctx.run(lambda b: commit(b, plan, decisions), done, self, failed)

    @classmethod
    def open(cls, ctx: Any, parent: QWidget | None = None) -> ImportWizard:
        wizard = cls(ctx, parent)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
        return wizard
