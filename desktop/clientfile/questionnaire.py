"""Run a screening: the questionnaire rendered from the rule pack, showing only the questions
that apply to the answers so far, prefilled from the file, with findings previewed live."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import errors
from desktop.clientfile.findings_view import FindingsView
from desktop.clientfile.household import doc_label
from desktop.clientfile.rows_model import label
from desktop.context import AppContext
from models.errors import InvalidInput
from models.screening import available_packs, visible_questions
from models.screening.pack import Question
from models.screening_prefill import prefill

PREVIEW_DELAY_MS = 250
NOT_ANSWERED = "— not answered —"
_CODE = re.compile(r"^[A-Za-z]{2}$")
FIELD_WORDS = {"adult": "18 or over"}


class Editor:
    """One question's input: ``value()`` is None until a complete, valid answer is given;
    ``problem`` then says what is wrong with what was typed."""

    def __init__(self, widget: QWidget, get: Callable[[], Any], put: Callable[[Any], None]):
        self.widget = widget
        self._get = get
        self.put = put
        self.problem = ""

    def value(self) -> Any:
        self.problem = ""
        try:
            return self._get()
        except ValueError as exc:
            self.problem = str(exc)
            return None


def _enum_combo(values: tuple[str, ...], names: Callable[[str], str] = label) -> QComboBox:
    combo = QComboBox()
    combo.addItem(NOT_ANSWERED, None)
    for v in values:
        combo.addItem(names(v), v)
    return combo


def _set_combo(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def _date(text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text).isoformat() if len(text) == 10 else _bad_date()
    except ValueError:
        return _bad_date()


def _bad_date() -> None:
    raise ValueError("not a date yet (use YYYY-MM-DD)")


def _codes(text: str) -> list[str] | None:
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    for p in parts:
        if not _CODE.match(p):
            raise ValueError(f"“{p}” is not a two-letter country code")
    return [p.upper() for p in parts] or None


def make_editor(q: Question, changed: Callable[[], None]) -> Editor:
    if q.type == "enum" or (q.type == "code" and q.values):
        combo = _enum_combo(q.values)
        combo.currentIndexChanged.connect(lambda _i: changed())
        return Editor(combo, combo.currentData, lambda v: _set_combo(combo, v))
    if q.type == "date":
        line = QLineEdit()
        line.setPlaceholderText("YYYY-MM-DD")
        line.textChanged.connect(lambda _t: changed())
        return Editor(line, lambda: _date(line.text()), lambda v: line.setText(v or ""))
    if q.type == "code":
        line = QLineEdit()
        line.setMaxLength(2)
        line.setPlaceholderText("two letters, e.g. US")
        line.textChanged.connect(lambda _t: changed())
        return Editor(line, lambda: (_codes(line.text()) or [None])[0],
                      lambda v: line.setText(v or ""))
    if q.type in ("integer", "amount"):
        line = QLineEdit()
        line.setValidator(QIntValidator(0, 10_000_000) if q.type == "integer"
                          else QDoubleValidator(0, 1e9, 2))
        line.textChanged.connect(lambda _t: changed())
        cast = int if q.type == "integer" else float
        return Editor(line, lambda: cast(line.text()) if line.text().strip() else None,
                      lambda v: line.setText("" if v is None else f"{v:g}"))
    if q.type == "list-of-codes" and q.values:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes = {}
        for i, v in enumerate(q.values):
            box = QCheckBox(doc_label(v))
            box.toggled.connect(lambda _on: changed())
            boxes[v] = box
            grid.addWidget(box, i // 2, i % 2)

        def put_many(values: Any) -> None:
            for v, box in boxes.items():
                box.setChecked(v in (values or ()))

        return Editor(holder, lambda: [v for v, b in boxes.items() if b.isChecked()] or None,
                      put_many)
    if q.type == "list-of-codes":
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        line = QLineEdit()
        line.setPlaceholderText("two-letter codes separated by commas, e.g. SY, TR")
        line.setAccessibleName(q.label("en"))
        stateless = QCheckBox("Stateless")
        stateless.toggled.connect(line.setDisabled)
        line.textChanged.connect(lambda _t: changed())
        stateless.toggled.connect(lambda _on: changed())
        row.addWidget(line, 1)
        row.addWidget(stateless)

        def put_codes(values: Any) -> None:
            stateless.setChecked(values == [])
            line.setText(", ".join(values or []))

        return Editor(holder, lambda: [] if stateless.isChecked() else _codes(line.text()),
                      put_codes)
    return ObjectList(q, changed).editor


class ObjectList:
    """A list of small records (relatives, earlier claims): one row of inputs each."""

    def __init__(self, q: Question, changed: Callable[[], None]) -> None:
        self.q = q
        self.changed = changed
        self.widget = QWidget()
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QWidget, dict[str, Any]]] = []
        add = QPushButton("Add a row")
        add.setAccessibleName(f"Add to {q.label('en')}")
        add.clicked.connect(lambda: (self.add_row({}), changed()))
        box = QVBoxLayout(self.widget)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.rows_box)
        box.addWidget(add, alignment=Qt.AlignmentFlag.AlignLeft)
        self.editor = Editor(self.widget, self.value, self.put)

    def add_row(self, values: dict[str, Any]) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        inputs: dict[str, Any] = {}
        for f in self.q.fields:
            if f.type == "enum":
                w = _enum_combo(f.values)
                _set_combo(w, values.get(f.name))
                w.currentIndexChanged.connect(lambda _i: self.changed())
            elif f.type == "code":
                w = QLineEdit(values.get(f.name) or "")
                w.setMaxLength(2)
                w.setPlaceholderText(label(f.name))
                w.setMaximumWidth(90)
                w.textChanged.connect(lambda _t: self.changed())
            else:
                w = QCheckBox(FIELD_WORDS.get(f.name, label(f.name)))
                w.setChecked(bool(values.get(f.name)))
                w.toggled.connect(lambda _on: self.changed())
            w.setAccessibleName(label(f.name))
            inputs[f.name] = w
            line.addWidget(w)
        remove = QPushButton("Remove")
        remove.setAccessibleName("Remove this row")
        remove.clicked.connect(lambda: self.remove_row(row))
        line.addWidget(remove)
        line.addStretch(1)
        self.rows.append((row, inputs))
        self.rows_box.addWidget(row)

    def remove_row(self, row: QWidget) -> None:
        self.rows = [(r, i) for r, i in self.rows if r is not row]
        row.setParent(None)
        row.deleteLater()
        self.changed()

    def put(self, values: Any) -> None:
        for row, _inputs in list(self.rows):
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for v in values or []:
            self.add_row(v)

    def value(self) -> list[dict[str, Any]] | None:
        out = []
        for _row, inputs in self.rows:
            item: dict[str, Any] = {}
            for f in self.q.fields:
                w = inputs[f.name]
                if isinstance(w, QComboBox):
                    item[f.name] = w.currentData()
                elif isinstance(w, QCheckBox):
                    item[f.name] = w.isChecked()
                else:
                    item[f.name] = (_codes(w.text()) or [None])[0]
            if any(v is None for v in item.values()):
                raise ValueError("fill in every part of each row, or remove the row")
            out.append(item)
        return out or None


class QuestionnaireDialog(QDialog):
    def __init__(self, ctx: AppContext, client_id: int | None, parent: QWidget | None = None,
                 pack_id: str = "ca-refugee-claim", lang: str = "en") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.lang = lang
        self.pack: Any = None
        self.pack_id = pack_id
        self.saved_id: int | None = None
        self.ready = False
        self.editors: dict[str, Editor] = {}
        self._cells: dict[str, QWidget] = {}
        self._problems: dict[str, QLabel] = {}
        self._generation = 0
        self.setWindowTitle("Run a screening")
        self.setObjectName("questionnaire")

        self.pack_choice = QComboBox()
        self.pack_choice.setAccessibleName("Rule pack")
        for pid in available_packs():
            self.pack_choice.addItem(pid, pid)
        _set_combo(self.pack_choice, pack_id)
        self.lang_choice = QComboBox()
        self.lang_choice.setAccessibleName("Language of the findings")
        self.lang_choice.addItem("English", "en")
        self.lang_choice.addItem("Français", "fr")
        _set_combo(self.lang_choice, lang)
        self.pack_info = QLabel()
        self.pack_info.setObjectName("packInfo")
        self.pack_info.setWordWrap(True)
        self.form_holder = QScrollArea()
        self.form_holder.setWidgetResizable(True)
        self.form_holder.setAccessibleName("Questions")
        self.preview = FindingsView()
        self.preview.refer_why_not = "Save the screening first, then refer from its findings."
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText("&Save screening")
        self.save_button.setEnabled(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel("Rules:"))
        top.addWidget(self.pack_choice)
        top.addWidget(QLabel("Language:"))
        top.addWidget(self.lang_choice)
        top.addWidget(self.pack_info, 1)
        split = QSplitter()
        split.addWidget(self.form_holder)
        preview_box = QWidget()
        pv = QVBoxLayout(preview_box)
        pv.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("Findings so far")
        heading.setStyleSheet("font-weight: 600;")
        pv.addWidget(heading)
        pv.addWidget(self.preview, 1)
        split.addWidget(preview_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.resize(1120, 760)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.preview_now)
        self.pack_choice.currentIndexChanged.connect(lambda _i: self.load(
            self.pack_choice.currentData(), self.answers()))
        self.lang_choice.currentIndexChanged.connect(self._lang_changed)
        self.load(pack_id)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, client_id: int | None,
            pack_id: str = "ca-refugee-claim") -> int | None:
        """The id of the saved screening, or None if cancelled."""
        dialog = cls(ctx, client_id, parent, pack_id)
        dialog.exec()
        return dialog.saved_id

    # -- building ------------------------------------------------------------------------
    def load(self, pack_id: str, keep: dict[str, Any] | None = None) -> None:
        """Load the current version of the pack and what the file already knows."""
        self.ready = False
        self.save_button.setEnabled(False)
        cid = self.client_id

        def fetch(book):  # noqa: ANN001, ANN202
            pack = book.screenings.current_pack(pack_id)
            if cid is None:
                return pack, {}
            client = book.clients.get(cid, audit=False)  # the file is already open
            return pack, prefill(pack, client, book.household.relatives(cid),
                                 book.household.documents(cid), today=book.store.today())

        self.ctx.run(fetch, lambda r: self._build(r[0], {**r[1], **(keep or {})}), self,
                     on_error=self._failed)

    def _lang_changed(self) -> None:
        self.lang = self.lang_choice.currentData()
        if self.pack is not None:
            self._build(self.pack, self.answers())

    def _build(self, pack: Any, answers: dict[str, Any]) -> None:
        self.pack, self.pack_id = pack, pack.id
        self.pack_info.setText(f"{pack.title(self.lang)} · version {pack.version} · law "
                               f"current to {pack.law_current_to}")
        form_widget = QWidget()
        form = QVBoxLayout(form_widget)
        self.editors, self._cells, self._problems = {}, {}, {}
        for q in pack.questions:
            editor = make_editor(q, self._changed)
            editor.widget.setAccessibleName(q.label(self.lang))
            editor.widget.setAccessibleDescription(q.help(self.lang))
            editor.widget.setToolTip(q.help(self.lang))
            if q.key in answers:
                editor.put(answers[q.key])
            self.editors[q.key] = editor
            cell = QWidget()
            cell.setObjectName(f"question_{q.key}")
            cell_box = QVBoxLayout(cell)
            cell_box.setContentsMargins(0, 0, 0, 8)
            cell_box.setSpacing(3)
            title = QLabel(("<b>" + q.label(self.lang) + "</b>") + (" *" if q.required else ""))
            title.setWordWrap(True)
            title.setBuddy(editor.widget)
            cell_box.addWidget(title)
            cell_box.addWidget(editor.widget)
            help_text = QLabel(q.help(self.lang))
            help_text.setWordWrap(True)
            help_text.setProperty("class", "helpText")
            cell_box.addWidget(help_text)
            problem = QLabel()
            problem.setObjectName(f"problem_{q.key}")
            problem.setProperty("class", "fieldProblem")
            problem.hide()
            cell_box.addWidget(problem)
            self._problems[q.key] = problem
            self._cells[q.key] = cell
            form.addWidget(cell)
        form.addStretch(1)
        self.form_holder.setWidget(form_widget)
        self.ready = True
        self.save_button.setEnabled(True)
        self._changed()
        first = next((e for e in self.editors.values() if e.widget.isVisibleTo(self)), None)
        if first is not None:
            first.widget.setFocus()

    # -- answering -----------------------------------------------------------------------
    def _all_answers(self) -> dict[str, Any]:
        out = {}
        for key, editor in self.editors.items():
            value = editor.value()
            problem = self._problems[key]
            problem.setText(editor.problem)
            problem.setVisible(bool(editor.problem))
            if value is not None:
                out[key] = value
        return out

    def answers(self) -> dict[str, Any]:
        """The answers to the questions that apply (hidden questions' answers are dropped)."""
        given = self._all_answers()
        if self.pack is None:
            return given
        try:
            shown = {q.key for q in visible_questions(self.pack, given)}
            given = {k: v for k, v in given.items() if k in shown}
            shown = {q.key for q in visible_questions(self.pack, given)}
        except InvalidInput:
            return given
        return {k: v for k, v in given.items() if k in shown}

    def _changed(self) -> None:
        if not self.ready:
            return
        given = self._all_answers()
        try:
            shown = {q.key for q in visible_questions(self.pack, given)}
            shown = {q.key for q in visible_questions(
                self.pack, {k: v for k, v in given.items() if k in shown})}
        except InvalidInput as exc:
            self._show_problem(exc)
            return
        for key, cell in self._cells.items():
            cell.setVisible(key in shown)
        self._timer.start()

    def preview_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation, answers = self._generation, self.answers()
        pack_id, lang = self.pack_id, self.lang

        def shown(result: Any) -> None:
            if generation == self._generation:
                self.message.hide()
                self.preview.show_result(result.summary, list(result.findings), self.pack,
                                         lang)

        self.ctx.run(lambda b: b.screenings.evaluate(pack_id, answers, lang), shown, self,
                     on_error=lambda exc: generation == self._generation
                     and self._show_problem(exc))

    def _show_problem(self, exc: BaseException) -> None:
        self.message.setText(errors.message_for(exc))
        self.message.show()

    def _failed(self, exc: BaseException) -> None:
        self._show_problem(exc)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        if not self.ready:
            return
        answers, lang = self.answers(), self.lang
        bad = next((k for k, e in self.editors.items()
                    if e.problem and not self._cells[k].isHidden()), None)
        if bad is not None:
            self.message.setText(f"{self.pack.question(bad).label(self.lang)}: "
                                 f"{self.editors[bad].problem}. Correct it, or clear it.")
            self.message.show()
            return
        self.save_button.setEnabled(False)

        def saved(result: tuple) -> None:
            self.saved_id = result[0].id_of("screenings")
            self.accept()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._show_problem(exc)

        self.ctx.run(self.storer(answers, lang), saved, self, failed)

    def storer(self, answers: dict, lang: str) -> Callable[[Any], Any]:
        """What saving runs on the worker: a client screening here; the sponsorship
        readiness dialog stores its answers on the sponsorship instead."""
        client_id, pack_id = self.client_id, self.pack_id
        return lambda book: book.screenings.run(client_id, pack_id, answers, lang)
