"""The one place errors reach a person: a sentence and a next step, never a traceback.

models/ raises its errors in English (it never imports Qt). Here they are shown in the
interface language: a message of a fixed sentence is looked up as a whole in the "models"
context (desktop/model_labels.py lists them for lupdate); an ``InvalidInput`` is looked up as
its field and its reason; a few errors with a number or a name in them are rebuilt from their
parts. An ``InvalidInput`` made with ``InvalidInput.of`` is looked up as its template, and its
values are filled in afterwards; so is any error made with ``Error.of(template, **values)``
(a ``Label`` value translated first); a sentence built any other way with a value stays English.
A field naming a row, column or sheet ("row 3, column city") is translated by its pattern.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import (
    CasebookCorrupt,
    CasebookInUse,
    DiskFull,
    InvalidInput,
    Label,
    NotFound,
    PermissionDenied,
    ReadOnlyCasebook,
    TooManyAttempts,
    WaystationError,
    WrongPassphrase,
)

_NEXT_STEP = {
    WrongPassphrase: QT_TRANSLATE_NOOP("errors",
                                       "Check the user name and passphrase and try again."),
    CasebookInUse: QT_TRANSLATE_NOOP("errors", "Close the other Waystation window first."),
    CasebookCorrupt: QT_TRANSLATE_NOOP("errors",
                                       "Open a backup with File › Restore from backup."),
    PermissionDenied: QT_TRANSLATE_NOOP("errors", "Ask a coordinator if you need this."),
    DiskFull: "",
}


def _models(text: str) -> str:
    return QCoreApplication.translate("models", text)


# Fields with a position in them (models/transfer/spreadsheets, models/transfer/importing):
# the row number and a column's or sheet's header (data from the file) are kept, the words
# around them translated.
_FIELDS = (
    (re.compile(r"row (?P<row>\d+), column (?P<column>.+)", re.S),
     QT_TRANSLATE_NOOP("models", "row {row}, column {column}")),
    (re.compile(r"row (?P<row>\d+), (?P<field>.+)", re.S),
     QT_TRANSLATE_NOOP("models", "row {row}, {field}")),
    (re.compile(r"row (?P<row>\d+)"), QT_TRANSLATE_NOOP("models", "row {row}")),
    (re.compile(r"column (?P<column>.+)", re.S), QT_TRANSLATE_NOOP("models", "column {column}")),
    (re.compile(r"sheet (?P<sheet>.+)", re.S), QT_TRANSLATE_NOOP("models", "sheet {sheet}")),
)


def _field(field: str) -> str:
    """An ``InvalidInput`` field in the interface language: a listed field as a whole, a
    field with a row, column or sheet in it by its pattern (a field name in it translated)."""
    translated = _models(field)
    if translated != field:
        return translated
    for pattern, template in _FIELDS:
        found = pattern.fullmatch(field)
        if found:
            parts = found.groupdict()
            if "field" in parts:
                parts["field"] = _models(parts["field"])
            return _models(template).format(**parts)
    return field


def filled(template: str, values: dict[str, object], english: str) -> str:
    """``template`` translated in context "models" with ``values`` filled in, a value that is
    a ``Label`` (a status, a role, an action) translated first; ``english`` when a catalogue
    entry names a field the values lack."""
    shown = {key: _models(value.label) if isinstance(value, Label) else value
             for key, value in values.items()}
    try:
        return _models(template).format(**shown)
    except (KeyError, IndexError, ValueError):
        return english


def _reason(exc: InvalidInput) -> str:
    """The reason in the interface language: a reason built from a template (``InvalidInput.of``)
    is translated as its template, then its values are filled in; a catalogue entry that
    names a field the values lack falls back to the English reason."""
    if exc.template is None:
        return _models(exc.reason)
    return filled(exc.template, exc.values, exc.reason)


def sentence_for(exc: WaystationError) -> str:
    """The error's own sentence in the interface language (English when it has a value
    built in that no catalogue can know)."""
    if isinstance(exc, InvalidInput):
        return QCoreApplication.translate("errors", "{field}: {reason}").format(
            field=_field(exc.field), reason=_reason(exc))
    if getattr(exc, "template", None) is not None:  # made with ``Error.of(template, …)``
        return filled(exc.template, exc.values, str(exc))
    if isinstance(exc, TooManyAttempts):
        return QCoreApplication.translate(
            "errors", "Too many wrong passphrases; wait {seconds} seconds and try again.")\
            .format(seconds=exc.seconds)
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("errors", "There is no {kind} with id {id}.")\
            .format(kind=_models(exc.kind), id=exc.ident)
    if isinstance(exc, ReadOnlyCasebook):
        return QCoreApplication.translate(
            "errors", "This casebook is open read-only because {reason}; changes are not "
            "possible.").format(reason=_models(exc.reason))
    if isinstance(exc, CasebookCorrupt) and exc.path and str(exc) == (
            f"The casebook file is damaged ({exc.path}); restore it from a backup."):
        return QCoreApplication.translate(
            "errors", "The casebook file is damaged ({path}); restore it from a backup.")\
            .format(path=exc.path)
    return _models(str(exc))


def message_for(exc: BaseException) -> str:
    """One or two sentences for a person. Unknown errors say nothing about their content."""
    if isinstance(exc, WaystationError):
        text = sentence_for(exc)
        for kind, step in _NEXT_STEP.items():
            if isinstance(exc, kind) and step:
                return f"{text} {QCoreApplication.translate('errors', step)}"
        return text
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "errors", "A file could not be read or written; check the drive and try again.")
    return QCoreApplication.translate(
        "errors", "Something unexpected went wrong and nothing was changed. If it happens "
        "again, lock the casebook and open it again.")


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Waystation") -> None:
    """Show ``exc`` as one calm message. Call it as ``errors.show_error`` (module attribute)
    so tests can replace it to capture messages."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message_for(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()
