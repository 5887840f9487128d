"""The questionnaire's answer editors: one input per question of a rule pack (a drop-down,
a number, a date, country codes with their names said beside, a yes/no, a list of rows),
each reading back a complete answer or saying what is wrong with what was typed.

Their words use the questionnaire's catalogue context ("clientfile.questionnaire"), so they
kept their translations when they left desktop/clientfile/questionnaire.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDoubleValidator, QIntValidator, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.clientfile.pack_language import country_lang, pack_text
from desktop.widgets.rows_model import label
from models.screening.countries import country_name, resolve
from models.screening.pack import Question, RulePack
from models.validate import is_country_code


class FormCombo(QComboBox):
    """A drop-down that takes the mouse wheel only when it has the focus: scrolling a long
    form with the wheel used to change whichever answer passed under the pointer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus from the wheel itself

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area behind scrolls instead


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
    combo = FormCombo()
    combo.addItem(QCoreApplication.translate("clientfile.questionnaire", "— not answered —"), None)
    for v in values:
        combo.addItem(_capital(names(v)), v)
        combo.setItemData(combo.count() - 1, v, Qt.ItemDataRole.ToolTipRole)  # code at most
    return combo


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def set_combo(combo: QComboBox, value: Any) -> None:
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
    raise ValueError(QCoreApplication.translate(
            "clientfile.questionnaire", "not a date yet (use YYYY-MM-DD)"))


def _codes(text: str) -> list[str] | None:
    """Country codes typed with commas, as ISO codes; an alias ("UK") is read as its code
    and said next to the field by ``country_hint``."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    out = []
    for p in parts:
        if not is_country_code(p, any_case=True):
            raise ValueError(QCoreApplication.translate(
                    "clientfile.questionnaire", "“{code}” is not a two-letter country code")
                             .format(code=p))
        code, _aliased = resolve(p)
        if code is None:
            raise ValueError(QCoreApplication.translate(
                "clientfile.questionnaire",
                "“{code}” is not a country code (ISO 3166-1, e.g. GB, SY)").format(code=p))
        out.append(code)
    return out or None


def country_hint(text: str, lang: str = "en") -> str:
    """What typed country codes stand for, shown next to the field: "Syria, Türkiye", and
    an alias spelled out: "“UK” read as GB (United Kingdom)". Country names are in ``lang``
    (CLDR through the models); the sentence around an alias follows the interface."""
    names = []
    for p in [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]:
        code, aliased = resolve(p) if is_country_code(p, any_case=True) else (None, False)
        if code is None:
            continue
        name = country_name(code, country_lang(lang))
        if aliased:
            names.append(QCoreApplication.translate(
                    "clientfile.questionnaire", "“{typed}” read as {code} ({name})")
                         .format(typed=p, code=code, name=name))
        else:
            names.append(name)
    return ", ".join(names)


def _hinted_line(line: QLineEdit, lang: str) -> tuple[QWidget, QLabel]:
    """A country-code line with the countries it stands for shown next to it."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    hint = QLabel()
    hint.setObjectName("countryHint")
    hint.setProperty("class", "helpText")
    line.textChanged.connect(lambda t: hint.setText(country_hint(t, lang)))
    row.addWidget(line, 1)
    row.addWidget(hint, 1)
    return holder, hint


def _none_box(what: str) -> QCheckBox:
    box = QCheckBox(QCoreApplication.translate("clientfile.questionnaire", "None"))
    box.setObjectName("noneBox")
    box.setAccessibleName(QCoreApplication.translate(
            "clientfile.questionnaire", "{question}: none").format(question=what))
    return box


def make_editor(q: Question, changed: Callable[[], None], pack: RulePack | None = None,
                lang: str = "en") -> Editor:
    def words(v: str) -> str:
        return pack_text(pack.word(v, lang), lang) if pack is not None else label(v)

    if q.type == "enum" or (q.type == "code" and q.values):
        combo = _enum_combo(q.values, words)
        combo.currentIndexChanged.connect(lambda _i: changed())
        return Editor(combo, combo.currentData, lambda v: set_combo(combo, v))
    if q.type == "date":
        line = QLineEdit()
        line.setPlaceholderText(QCoreApplication.translate(
                "clientfile.questionnaire", "YYYY-MM-DD"))
        line.textChanged.connect(lambda _t: changed())
        return Editor(line, lambda: _date(line.text()), lambda v: line.setText(v or ""))
    if q.type == "code":
        line = QLineEdit()
        line.setMaxLength(2)
        line.setPlaceholderText(QCoreApplication.translate(
                "clientfile.questionnaire", "two letters, e.g. US"))
        # The holder around it is not what gets focus.
        line.setAccessibleName(pack_text(q.label(lang), lang))
        line.textChanged.connect(lambda _t: changed())
        holder, _hint = _hinted_line(line, lang)
        return Editor(holder, lambda: (_codes(line.text()) or [None])[0],
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
            box = QCheckBox(_capital(words(v)))
            box.setToolTip(QCoreApplication.translate("clientfile.questionnaire", "Code: {code}")
                           .format(code=v))  # for someone comparing with the rule pack
            box.toggled.connect(lambda _on: changed())
            boxes[v] = box
            grid.addWidget(box, i // 2, i % 2)
        # "None of these" is an answer; nothing ticked is not (it stays unanswered).
        none = _none_box(pack_text(q.label(lang), lang))
        none.toggled.connect(lambda on: [b.setDisabled(on) for b in boxes.values()])
        none.toggled.connect(lambda _on: changed())
        grid.addWidget(none, (len(q.values) + 1) // 2, 0)

        def get_many() -> list[str] | None:
            if none.isChecked():
                return []
            return [v for v, b in boxes.items() if b.isChecked()] or None

        def put_many(values: Any) -> None:
            none.setChecked(values == [])
            for v, box in boxes.items():
                box.setChecked(v in (values or ()))

        return Editor(holder, get_many, put_many)
    if q.type == "list-of-codes":
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        line = QLineEdit()
        line.setPlaceholderText(QCoreApplication.translate(
                "clientfile.questionnaire", "two-letter codes separated by commas, e.g. SY, TR"))
        line.setAccessibleName(pack_text(q.label(lang), lang))
        stateless = QCheckBox(QCoreApplication.translate("clientfile.questionnaire", "Stateless"))
        stateless.toggled.connect(line.setDisabled)
        line.textChanged.connect(lambda _t: changed())
        stateless.toggled.connect(lambda _on: changed())
        hinted, _hint = _hinted_line(line, lang)
        row.addWidget(hinted, 1)
        row.addWidget(stateless)

        def put_codes(values: Any) -> None:
            stateless.setChecked(values == [])
            line.setText(", ".join(values or []))

        return Editor(holder, lambda: [] if stateless.isChecked() else _codes(line.text()),
                      put_codes)
    return ObjectList(q, changed, pack, lang).editor


class ObjectList:
    """A list of small records (relatives, earlier claims): one row of inputs each, or
    "None" — an answer in itself ("Earlier claims: none"), unlike an empty list."""

    def __init__(self, q: Question, changed: Callable[[], None],
                 pack: RulePack | None = None, lang: str = "en") -> None:
        self.q = q
        self.pack = pack
        self.lang = lang
        self.changed = changed
        self.widget = QWidget()
        self.rows_box = QVBoxLayout()
        self.rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[QWidget, dict[str, Any]]] = []
        self.add_button = QPushButton(QCoreApplication.translate(
                "clientfile.questionnaire", "Add a row"))
        self.add_button.setAccessibleName(QCoreApplication.translate(
                "clientfile.questionnaire", "Add to {question}")
                                          .format(question=pack_text(q.label(lang), lang)))
        self.add_button.clicked.connect(lambda: (self.none.setChecked(False), self.add_row({}),
                                                 changed()))
        self.none = _none_box(pack_text(q.label(lang), lang))
        self.none.toggled.connect(self._none_toggled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.none)
        buttons.addStretch(1)
        box = QVBoxLayout(self.widget)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(self.rows_box)
        box.addLayout(buttons)
        self.editor = Editor(self.widget, self.value, self.put)

    def _none_toggled(self, on: bool) -> None:
        if on:  # "none" and rows contradict each other: the rows go
            for row, _inputs in list(self.rows):
                row.setParent(None)
                row.deleteLater()
            self.rows = []
        self.changed()

    def _word(self, value: str) -> str:
        return _capital(pack_text(self.pack.word(value, self.lang), self.lang)
                        if self.pack is not None
                        else label(value))

    def add_row(self, values: dict[str, Any]) -> None:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        inputs: dict[str, Any] = {}
        for f in self.q.fields:
            shown: QWidget
            if f.type == "enum":
                box = _enum_combo(f.values, self._word)
                set_combo(box, values.get(f.name))
                box.currentIndexChanged.connect(lambda _i: self.changed())
                shown = field_input = box
            elif f.type == "code":
                code = QLineEdit(values.get(f.name) or "")
                code.setMaxLength(2)
                code.setPlaceholderText(label(f.name))
                code.setMaximumWidth(90)
                code.textChanged.connect(lambda _t: self.changed())
                shown, _hint = _hinted_line(code, self.lang)
                _hint.setText(country_hint(code.text(), self.lang))
                field_input = code
            else:
                words = pack_text(self.pack.word(f"{f.name}:true", self.lang), self.lang) \
                    if self.pack is not None \
                    else label(f.name)
                check = QCheckBox(_capital(words))
                check.setChecked(bool(values.get(f.name)))
                check.toggled.connect(lambda _on: self.changed())
                shown = field_input = check
            field_input.setAccessibleName(label(f.name))
            inputs[f.name] = field_input
            line.addWidget(shown)
        remove = QPushButton(QCoreApplication.translate("clientfile.questionnaire", "Remove"))
        remove.setAccessibleName(QCoreApplication.translate(
                "clientfile.questionnaire", "Remove this row"))
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
        self.none.blockSignals(True)
        self.none.setChecked(values == [])
        self.none.blockSignals(False)
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
                raise ValueError(QCoreApplication.translate(
                    "clientfile.questionnaire",
                    "fill in every part of each row, or remove the row"))
            out.append(item)
        if not out and self.none.isChecked():
            return []
        return out or None
