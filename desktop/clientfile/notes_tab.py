"""Notes: dated, authored, newest first. Volunteers may add them too."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout

from desktop import errors
from desktop.clientfile.tab import ClientTab
from desktop.unsaved import UnsavedInput
from desktop.widgets.rows_model import when
from models.permissions import Action

if TYPE_CHECKING:  # types only: the tab is handed the open casebook
    from models.casebook import Casebook


class NotesTab(UnsavedInput, ClientTab):
    title = QT_TRANSLATE_NOOP("clientfile.tabs", "&Notes")
    entities = ("notes",)

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        self.names = file.owner_names
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setPlaceholderText(self.tr("Write a note… (Ctrl+Enter adds it)"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(110)
        ctx.guard(self.editor, Action.ADD_NOTE)
        self.add_button = self.button(self.tr("&Add note"), self.add, "addNote", Action.ADD_NOTE)
        QShortcut(QKeySequence("Ctrl+Return"), self.editor, self.add)
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.hide()
        self.notes = QTextBrowser()
        self.notes.setObjectName("notesList")
        self.notes.setAccessibleName(self.tr("Notes, newest first"))
        self.notes.setOpenLinks(False)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.add_button)
        box = QVBoxLayout(self)
        box.addWidget(self.editor)
        box.addLayout(row)
        box.addWidget(self.notes, 1)
        self.start_guarding(self.tr("the new note"), "note")  # an unsent note is asked about

    def load(self, book: Casebook) -> Any:
        return book.notes.for_client(self.client_id)

    def show_data(self, data: Any) -> None:
        if not data:
            self.notes.setHtml("<p><i>" + html.escape(self.tr("No notes yet.")) + "</i></p>")
            return
        parts = []
        for n in data:
            who = html.escape(self.names.get(n.author_id, ""))
            body = html.escape(n.body).replace("\n", "<br>")
            parts.append(f"<p><b>{when(n.created_at)}</b> · {who}<br>{body}</p>")
        self.notes.setHtml("".join(parts))

    def add(self) -> None:
        body = self.editor.toPlainText()
        if not body.strip() or not self.add_button.isEnabled():
            return
        self.add_button.setEnabled(False)

        def added(_c: object) -> None:
            self.editor.clear()
            self.message.hide()
            self.add_button.setEnabled(True)

        def failed(exc: BaseException) -> None:
            self.message.setText(errors.message_for(exc))
            self.message.show()
            self.add_button.setEnabled(True)

        self.ctx.run(lambda b: b.notes.add(self.client_id, body), added, self, failed)
