"""Profile: who the person is and how to reach them safely; edited in place."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout

from desktop import errors
from desktop.clientfile.tab import ClientTab
from desktop.clients.client_form import ClientForm
from desktop.unsaved import RESTORED, UnsavedInput
from models.clients import Client
from models.permissions import Action

if TYPE_CHECKING:  # types only: the tab is handed the open casebook
    from models.casebook import Casebook


class ProfileTab(UnsavedInput, ClientTab):
    title = QT_TRANSLATE_NOOP("clientfile.tabs", "&Profile")
    entities = ()  # the window refreshes the profile from ("clients", id)
    unsaved_what = "this profile"

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        self.unsaved_what = self.tr("this profile")
        self.client: Client | None = None
        self.form = ClientForm(compact=False)
        self.form.set_read_only(not ctx.can(Action.EDIT_CLIENT))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.save_button = self.button(self.tr("&Save changes"), self.save, "saveProfile",
                                       Action.EDIT_CLIENT)
        self.revert_button = self.button(self.tr("&Revert"), self.revert, "revertProfile",
                                         Action.EDIT_CLIENT)
        self.copy_button = self.button(self.tr("&Copy contact details"), self.copy_contact,
                                       "copyContact")
        self.copy_button.setToolTip(self.tr("Copies name, phone and safe contact; the "
                                            "clipboard is cleared after 30 seconds and when "
                                            "the casebook locks."))
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.notice = QLabel()  # information, in the normal colour
        self.notice.setObjectName("formNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)
        box = QVBoxLayout(self)
        box.addWidget(scroll, 1)
        box.addWidget(self.notice)
        box.addWidget(self.message)
        box.addLayout(actions)
        self.save_button.setDefault(True)
        self.draft_key = f"client:{self.client_id}:profile"

    def guarded_root(self) -> ClientForm:
        return self.form

    def load(self, book: Casebook) -> Any:  # the window loads the client
        return None

    def reload(self) -> None:
        pass

    def show_client(self, client: Client) -> None:
        first = self.client is None
        self.client = client
        self.loaded = True
        if self.is_dirty():
            return  # a change made elsewhere never overwrites what is being typed here
        self.form.fill(client)
        self.mark_clean()
        self.message.hide()
        if first and self.restore_draft():  # typed before the casebook locked
            self.notice.setText(RESTORED)
            self.notice.show()

    def revert(self) -> None:
        if self.client is not None and self.may_discard():
            self.mark_clean()
            self.show_client(self.client)

    def save(self) -> None:
        if self.client is None:
            return
        edited = self.form.client(self.client)
        self.save_button.setEnabled(False)

        def saved(_changes: object) -> None:
            self.mark_clean()  # what was saved is the new "no changes"
            self.notice.hide()
            self.save_button.setEnabled(True)
            self.message.hide()
            self.ctx.status_message.emit(self.tr("Profile saved."))

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.message.setText(errors.message_for(exc))
            self.message.show()

        self.ctx.run(lambda b: b.clients.update(edited), saved, self, failed)

    def copy_contact(self) -> None:
        c = self.client
        if c is not None:
            lines = [c.display_name, c.phone or "", c.safe_contact or ""]
            self.file.clipboard.copy("\n".join(x for x in lines if x))
            self.ctx.status_message.emit(
                self.tr("Copied; the clipboard clears in 30 seconds."))
