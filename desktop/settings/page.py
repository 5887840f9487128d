"""Settings: users (coordinators), the letterhead with a sample-letter preview, auto-lock
minutes, and rule packs. Controls a role cannot use are disabled with a tooltip saying why;
the domain enforces the same rules."""

from __future__ import annotations

import base64
import dataclasses
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import documents, errors, file_dialogs
from desktop.context import AppContext
from desktop.counts import counted
from desktop.referrals.table import RowTable, current_row, table_view
from desktop.settings.users import (
    AddUserDialog,
    ChangePassphraseDialog,
    RecoveryKeyDialog,
    ResetDialog,
)
from desktop.unsaved import UnsavedInput
from models.changes import Changes
from models.errors import InvalidInput
from models.permissions import Action
from models.settings import Letterhead

MAX_LOGO_BYTES = 1_000_000
# Column titles are shown translated (context "settings.page"); roles in context "models".
USER_COLUMNS = ((QT_TRANSLATE_NOOP("settings.page", "Name"), lambda u: u.name),
                (QT_TRANSLATE_NOOP("settings.page", "Role"),
                 lambda u: QCoreApplication.translate("models", u.role).capitalize()))
PACK_COLUMNS = ((QT_TRANSLATE_NOOP("settings.page", "Rule pack"), lambda p: p[0]),
                (QT_TRANSLATE_NOOP("settings.page", "Version in use"), lambda p: p[1]),
                (QT_TRANSLATE_NOOP("settings.page", "Law current to"), lambda p: p[2]))


def _columns(columns: tuple) -> tuple:
    return tuple((QCoreApplication.translate("settings.page", title), get)
                 for title, get in columns)


def _multiline(name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(70)
    return edit


class SettingsPage(UnsavedInput, QWidget):
    draft_scope = "settings:"  # the letterhead and lock time typed, kept across a lock

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        title = QLabel(self.tr("Settings"))
        title.setProperty("class", "sectionTitle")
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._users_box())
        # The letterhead, the lock time and the retention rule are typed here and saved with
        # a button: the input asked about before it is dropped and kept across a lock
        # (desktop/unsaved.py), and every drop-down and spin box here takes the wheel only
        # when focused (the page scrolls past them).
        self.editable = QWidget()
        editable = QVBoxLayout(self.editable)
        editable.setContentsMargins(0, 0, 0, 0)
        self.letterhead_box = self._letterhead_box()
        self.lock_box = self._lock_box()
        editable.addWidget(self.letterhead_box)
        editable.addWidget(self.lock_box)
        column.addWidget(self.editable)
        self.sample_lang.setProperty("unsavedSkip", True)  # a choice for the preview only
        self.title_number.setProperty("unsavedSkip", True)  # saved the moment it is ticked
        from desktop.settings.language import LanguageBox

        self.language = LanguageBox()
        self.language.choice.setProperty("unsavedSkip", True)  # saved the moment it is chosen
        editable.addWidget(self.language)
        from desktop.settings.retention import RetentionBox

        self.retention = RetentionBox(ctx)
        self.retention.snapshot = self.input_state
        self.retention.rule_saved.connect(lambda sent: self.mark_saved(sent, self.retention))
        editable.addWidget(self.retention)
        column.addWidget(self._packs_box())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        box = QVBoxLayout(self)
        box.addWidget(title)
        box.addWidget(scroll, 1)
        self.filled = False
        self.reload()

    # -- building ----------------------------------------------------------------------
    def _users_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Users"))
        self.users_model = RowTable(_columns(USER_COLUMNS), self)
        self.users = table_view(self.users_model, self.tr("Users"), self)
        self.users.setMaximumHeight(170)
        self.users.selectionModel().selectionChanged.connect(lambda *_: self._guard_users())
        self.add_user_button = QPushButton(self.tr("&Add user…"))
        self.add_user_button.clicked.connect(self.add_user)
        self.remove_user_button = QPushButton(self.tr("Re&move user…"))
        self.remove_user_button.clicked.connect(self.remove_user)
        self.reset_user_button = QPushButton(self.tr("Reset passphrase with recovery &key…"))
        self.reset_user_button.clicked.connect(self.reset_user)
        self.new_recovery_button = QPushButton(self.tr("New recovery ke&y…"))
        self.new_recovery_button.clicked.connect(self.new_recovery_key)
        self.change_mine_button = QPushButton(self.tr("Change my &passphrase…"))
        self.change_mine_button.clicked.connect(self.change_my_passphrase)
        # Two rows: on one, the five buttons need more than a 1,024-pixel screen gives in
        # French and Spanish (tests/translations/test_desktop_translations.py).
        row = QHBoxLayout()
        for b in (self.add_user_button, self.remove_user_button, self.reset_user_button):
            row.addWidget(b)
        row.addStretch(1)
        keys = QHBoxLayout()
        keys.addWidget(self.new_recovery_button)
        keys.addStretch(1)
        keys.addWidget(self.change_mine_button)
        box = QVBoxLayout(group)
        box.addWidget(self.users)
        box.addLayout(row)
        box.addLayout(keys)
        return group

    def _letterhead_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Letterhead"))
        self.org_name = QLineEdit()
        self.org_name.setAccessibleName(self.tr("Organisation name"))
        self.address = _multiline(self.tr("Address"))
        self.contact = _multiline(self.tr("Contact"))
        self.contact.setPlaceholderText(self.tr("Phone, e-mail, web — one per line"))
        self.signatory_name = QLineEdit()
        self.signatory_name.setAccessibleName(self.tr("Signatory name"))
        self.signatory_title = QLineEdit()
        self.signatory_title.setAccessibleName(self.tr("Signatory title"))
        self.logo = QLabel(self.tr("No logo"))
        self.logo.setObjectName("logoPreview")
        self.logo.setAccessibleName(self.tr("Logo"))
        self.logo.setMinimumHeight(40)
        self.logo_png: str | None = None
        self.logo_button = QPushButton(self.tr("Choose &logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton(self.tr("Remove logo"))
        self.logo_remove.clicked.connect(self.remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        self.save_letterhead_button = QPushButton(self.tr("&Save letterhead"))
        self.save_letterhead_button.clicked.connect(self.save_letterhead)
        self.sample_lang = QComboBox()
        self.sample_lang.setAccessibleName(self.tr("Sample letter language"))
        for code, name in (("en", "English"), ("fr", "Français"), ("es", "Español")):
            self.sample_lang.addItem(name, code)
        self.sample_button = QPushButton(self.tr("Previe&w sample letter…"))
        self.sample_button.setToolTip(self.tr("A letter with fictional sample data and this "
                                              "letterhead"))
        self.sample_button.clicked.connect(self.preview_sample)
        self.sample_packet_button = QPushButton(self.tr("P&review sample packet…"))
        self.sample_packet_button.clicked.connect(lambda: self.preview_sample(packet=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_letterhead_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sample_lang)
        buttons.addWidget(self.sample_button)
        buttons.addWidget(self.sample_packet_button)
        form = QFormLayout(group)
        for text, widget in ((self.tr("Organisation &name:"), self.org_name),
                             (self.tr("A&ddress:"), self.address),
                             (self.tr("&Contact:"), self.contact),
                             (self.tr("Si&gnatory:"), self.signatory_name),
                             (self.tr("Signatory &title:"), self.signatory_title)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(buttons)
        return group

    def _lock_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Locking"))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(1, 240)
        self.auto_lock.valueChanged.connect(self._minutes_suffix)
        self._minutes_suffix(self.auto_lock.value())
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.save_lock_button = QPushButton(self.tr("Sa&ve"))
        self.save_lock_button.clicked.connect(self.save_auto_lock)
        row = QHBoxLayout()
        label = QLabel(self.tr("Lock the casebook after no &use for:"))
        label.setBuddy(self.auto_lock)
        row.addWidget(label)
        row.addWidget(self.auto_lock)
        row.addWidget(self.save_lock_button)
        row.addStretch(1)
        self.title_number = QCheckBox(self.tr("Show the client num&ber, not the name, in the "
                                              "title of client windows (task bar, window lists)"))
        self.title_number.setObjectName("titleShowsNumber")
        self.title_number.setToolTip(self.tr("Recommended when the laptop is shared or its "
                                             "screen can be seen by others"))
        self.title_number.clicked.connect(self.save_title_setting)
        box = QVBoxLayout(group)
        box.addLayout(row)
        box.addWidget(self.title_number)
        return group

    def _packs_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Rule packs"))
        self.packs_model = RowTable(_columns(PACK_COLUMNS), self)
        self.packs = table_view(self.packs_model, self.tr("Rule packs"), self)
        self.packs.setMaximumHeight(150)
        self.import_button = QPushButton(self.tr("&Import a newer pack…"))
        self.import_button.setToolTip(self.tr("The pack is checked (schema, expressions, worked "
                                              "examples) before it is used"))
        self.import_button.clicked.connect(self.import_pack)
        box = QVBoxLayout(group)
        box.addWidget(self.packs)
        box.addWidget(self.import_button, alignment=Qt.AlignmentFlag.AlignLeft)
        return group

    # -- data --------------------------------------------------------------------------
    def reload(self) -> None:
        """Fill the page from the worker (issue 18: the GUI thread never waits on the
        database); the pack versions are asked for after, so they arrive after the form."""
        if not self.ctx.unlocked:
            return
        self._guard_all()  # the role's limits show at once, before the answer arrives
        self.ctx.run(lambda b: (b.users.list(), b.settings.letterhead(),
                                b.settings.get("auto_lock_minutes"),
                                b.settings.get("window_title_shows_number")),
                     self._fill, self)
        self._load_packs()

    def _fill(self, data: tuple) -> None:
        users, lh, minutes, title_number = data
        self.filled = True  # the form shows what is saved (tests wait for this)
        self.title_number.setChecked(bool(title_number))
        self.users_model.set_rows(users)
        self.org_name.setText(lh.org_name)
        self.address.setPlainText(lh.address)
        self.contact.setPlainText(lh.contact)
        self.signatory_name.setText(lh.signatory_name)
        self.signatory_title.setText(lh.signatory_title)
        self._show_logo(lh.logo_png)
        self.auto_lock.setValue(int(minutes))
        if getattr(self, "_guarding", False):
            self.mark_clean()
        else:  # the first fill: input kept from before a lock comes back here
            self._guarding = True
            self.start_guarding(self.tr("the settings"), "form:" + self.tr("Settings"))
        self._guard_all()

    def guarded_root(self) -> QWidget:
        return self.editable

    def held_input(self) -> object:
        return self.logo_png  # a logo chosen is unsaved input like a typed name

    def restore_held_input(self, held: object) -> None:
        self._show_logo(held if isinstance(held, str) else None)

    def may_discard(self) -> bool:
        """Leaving Settings (another section, quitting) with the letterhead or lock time
        changed and not saved asks first; discarded input gives way to what is saved."""
        dirty = self.is_dirty()
        if not super().may_discard():
            return False
        if dirty:
            self.retention.reload()
            self.reload()
        return True

    def _load_packs(self) -> None:
        """Pack versions on the worker, shown when they arrive: reading an imported pack can
        take seconds the first time, which must not freeze the window (issue 18)."""
        from models.screening.casebook_packs import versions

        self.ctx.run(lambda b: versions(b.store), self.packs_model.set_rows, self,
                     on_error=lambda _exc: None)

    def refresh(self, changes: Changes) -> None:
        if changes.touches("users"):  # read on the worker, never waited for (issue 18)
            self.ctx.run(lambda b: b.users.list(), self._show_users, self)
        if changes.touches("rulepacks"):
            self._load_packs()

    def _show_users(self, users: list) -> None:
        self.users_model.set_rows(users or [])
        self._guard_users()

    def _guard_all(self) -> None:
        self._guard_users()
        for w in (self.org_name, self.address, self.contact, self.signatory_name,
                  self.signatory_title, self.logo_button, self.logo_remove,
                  self.save_letterhead_button, self.auto_lock, self.save_lock_button,
                  self.title_number):
            self.ctx.guard(w, Action.SETTINGS)
        self.ctx.guard(self.import_button, Action.IMPORT_RULEPACK)
        self.ctx.guard(self.sample_button, Action.VIEW)
        if self.ctx.can(Action.SETTINGS):
            self.logo_remove.setEnabled(self.logo_png is not None)

    def _guard_users(self) -> None:
        for b in (self.add_user_button, self.remove_user_button, self.reset_user_button,
                  self.new_recovery_button):
            self.ctx.guard(b, Action.MANAGE_USERS)
        self.ctx.guard(self.users, Action.MANAGE_USERS)
        if self.ctx.can(Action.MANAGE_USERS):
            user = current_row(self.users)
            self.remove_user_button.setEnabled(user is not None
                                               and user.id != self.ctx.user_id)
            self.remove_user_button.setToolTip("" if user is None or user.id !=
                                               self.ctx.user_id else
                                               self.tr("You cannot remove your own account."))
            self.reset_user_button.setEnabled(user is not None)

    # -- users -------------------------------------------------------------------------
    def add_user(self) -> None:
        dialog = AddUserDialog(self)
        if not dialog.exec():
            return
        name, role, secret = dialog.values()
        dialog.passphrase.clear()
        dialog.again.clear()
        self.ctx.status_message.emit(self.tr("Adding {name}…").format(name=name))
        self.ctx.run(lambda b: b.users.add(name, role, secret), parent=self,
                     on_done=lambda _: self.ctx.status_message.emit(
                         self.tr("{name} was added.").format(name=name)))

    def remove_user(self) -> None:
        user = current_row(self.users)
        if user is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove user"),
            self.tr("Remove {name}? Their passphrase stops opening this casebook at once (the "
                    "casebook is re-keyed). Their open follow-ups become unassigned. Backups "
                    "made before today still open with their old passphrase.")
            .format(name=user.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.run(lambda b: b.users.remove(user.id), parent=self)

    def change_my_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self, self.ctx.user_name)
        if not dialog.exec():
            return
        old, new = dialog.values()
        for edit in (dialog.old, dialog.passphrase, dialog.again):
            edit.clear()
        self.ctx.run(lambda b: b.users.change_passphrase(old, new), parent=self,
                     on_done=lambda _: self.ctx.status_message.emit(
                         self.tr("Your passphrase was changed.")))

    def new_recovery_key(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("New recovery key"),
            self.tr("Make a new recovery key? The old one stops opening this casebook at once "
                    "(the casebook is re-keyed). The new key is shown once: have a pen or a "
                    "printer ready."))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.run(lambda b: b.users.new_recovery_key(), parent=self,
                         on_done=lambda key: RecoveryKeyDialog(self, key).exec())

    def reset_user(self) -> None:
        user = current_row(self.users)
        if user is None:
            return
        dialog = ResetDialog(self, user.name)
        if not dialog.exec():
            return
        key, secret = dialog.values()
        dialog.recovery.clear()
        dialog.passphrase.clear()
        dialog.again.clear()
        self.ctx.run(lambda b: b.users.reset_with_recovery(user.id, key, secret), parent=self,
                     on_done=lambda _: self.ctx.status_message.emit(
                         self.tr("{name}'s passphrase was reset.").format(name=user.name)))

    # -- letterhead --------------------------------------------------------------------
    def letterhead(self) -> Letterhead:
        return Letterhead(org_name=self.org_name.text(), address=self.address.toPlainText(),
                          contact=self.contact.toPlainText(),
                          signatory_name=self.signatory_name.text(),
                          signatory_title=self.signatory_title.text(), logo_png=self.logo_png)

    def save_letterhead(self) -> None:
        lh = self.letterhead()
        saving = self.input_state()

        def saved(_result: object) -> None:
            # Saved only once the casebook says so: a save that fails (its error is shown)
            # leaves the input unsaved, asked about and kept across a lock.
            self.mark_saved(saving, self.letterhead_box, held=True)
            self.ctx.status_message.emit(self.tr("Letterhead saved."))

        self.ctx.run(lambda b: b.settings.set_letterhead(lh), parent=self, on_done=saved)

    def _show_logo(self, logo_png: str | None) -> None:
        self.logo_png = logo_png
        pixmap = QPixmap()
        if logo_png and pixmap.loadFromData(base64.b64decode(logo_png), "PNG"):
            self.logo.setPixmap(pixmap.scaledToHeight(
                40, Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo.setText(self.tr("No logo"))
        if self.ctx.can(Action.SETTINGS):
            self.logo_remove.setEnabled(self.logo_png is not None)

    def choose_file(self) -> Path | None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Choose a logo"), "",
                                                  self.tr("PNG images (*.png)"))
        return Path(path) if path else None

    def choose_logo(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        try:
            raw = path.read_bytes()
            if len(raw) > MAX_LOGO_BYTES:
                raise InvalidInput("logo", "is larger than 1 MB; use a smaller PNG")
            if not QPixmap().loadFromData(raw, "PNG"):
                raise InvalidInput("logo", "is not a PNG image")
        except Exception as exc:  # noqa: BLE001
            errors.show_error(self, exc)
            return
        self._show_logo(base64.b64encode(raw).decode("ascii"))
        self.ctx.status_message.emit(self.tr("Logo chosen; save the letterhead to keep it."))

    def remove_logo(self) -> None:
        self._show_logo(None)

    def preview_sample(self, packet: bool = False) -> None:
        from reports import referral_letter, referral_packet, samples
        from reports.casebook_data import letterhead as printed_letterhead
        from reports.texts import texts_for

        lang = self.sample_lang.currentData()
        lh = printed_letterhead(self.letterhead(), texts_for(lang))
        try:
            if packet:
                data = samples.packet(lang)
                data = dataclasses.replace(
                    data, letter=dataclasses.replace(data.letter, letterhead=lh))
                pdf = referral_packet(data)
            else:
                pdf = referral_letter(dataclasses.replace(samples.letter(lang), letterhead=lh))
            dialog = documents.DocumentPreview(
                pdf, self.tr("Sample packet") if packet else self.tr("Sample letter"),
                "sample-packet.pdf" if packet else "sample-letter.pdf", self.window())
        except Exception as exc:  # noqa: BLE001
            errors.show_error(self, exc)
            return
        dialog.show()
        self.sample_preview = dialog

    # -- locking and packs -------------------------------------------------------------
    def save_auto_lock(self) -> None:
        minutes = self.auto_lock.value()
        saving = self.input_state()

        def saved(_result: object) -> None:
            self.mark_saved(saving, self.lock_box)  # confirmed: the letterhead keeps its own
            self.ctx.status_message.emit(counted(minutes, self.tr(
                "The casebook now locks after %n minute(s) without use.", "", minutes)))

        # ctx.run broadcasts Changes("settings"); the controller resets its idle timer.
        self.ctx.run(lambda b: b.settings.set("auto_lock_minutes", minutes), parent=self,
                     on_done=saved)

    def _minutes_suffix(self, n: int) -> None:
        self.auto_lock.setSuffix(counted(n, self.tr("%n minute(s)", "", n))
                                 .removeprefix(QLocale().toString(n)))

    def save_title_setting(self) -> None:
        on = self.title_number.isChecked()
        self.ctx.run(lambda b: b.settings.set("window_title_shows_number", on), parent=self,
                     on_done=lambda _: self.ctx.status_message.emit(
                         self.tr("Client windows now show the client number in their title.")
                         if on else
                         self.tr("Client windows now show the client name in their title.")))

    def choose_pack(self) -> Path | None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Import a rule pack"), "",
                                                  self.tr("Rule packs (*.yaml *.yml)"))
        return Path(path) if path else None

    def import_pack(self) -> None:
        from models.screening.casebook_packs import import_pack

        path = self.choose_pack()
        if path is None:
            return
        self.ctx.run(lambda b: import_pack(b.store, path), parent=self,
                     on_done=lambda _: self.ctx.status_message.emit(
                         self.tr("The rule pack was checked and is now in use.")))
