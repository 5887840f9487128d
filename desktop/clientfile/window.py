"""One window per client: a header with who this is, and a tab for each part of the file.

Opening the window reads the client once with an audit entry; every later refresh reads
without one, because it is the same viewing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop import screen_fit
from desktop.clipboard import ClipboardGuard
from desktop.context import AppContext
from desktop.widgets.rows_model import label
from models.changes import Changes
from models.clients import Client
from models.errors import NotFound


class ClientFileWindow(QWidget):
    def __init__(self, ctx: AppContext, client_id: int, clipboard: ClipboardGuard) -> None:
        super().__init__(None, Qt.WindowType.Window)
        from desktop.clientfile.attachments_tab import AttachmentsTab
        from desktop.clientfile.consents_tab import ConsentsTab
        from desktop.clientfile.delete_for_good import delete_button
        from desktop.clientfile.followups_tab import FollowupsTab
        from desktop.clientfile.history_tab import HistoryTab
        from desktop.clientfile.household import HouseholdTab
        from desktop.clientfile.notes_tab import NotesTab
        from desktop.clientfile.profile import ProfileTab
        from desktop.clientfile.referrals_tab import ReferralsTab
        from desktop.clientfile.screenings import ScreeningsTab

        self.ctx = ctx
        self.client_id = client_id
        self.clipboard = clipboard
        self.client: Client | None = None
        # Read once per unlock (at unlock), not waited for here (issue 18).
        self.owner_names: dict[int, str] = ctx.user_names()
        # The number until the setting arrives; asked before the client, so it comes first.
        self.title_shows_number = True
        self._read_title_setting()
        self.setObjectName("clientFile")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Client file — Waystation"))

        self.name = QLabel(self.tr("Opening the file…"))
        self.name.setProperty("class", "sectionTitle")
        self.name.setObjectName("clientName")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel()
        self.details.setObjectName("clientDetails")
        head = QHBoxLayout()
        head.addWidget(self.name)
        head.addSpacing(12)
        head.addWidget(self.details, 1)
        head.addWidget(delete_button(self))

        self.tabs = QTabWidget()
        self.tabs.setObjectName("clientTabs")
        self.tabs.setDocumentMode(True)
        self.profile = ProfileTab(ctx, self)
        self.household = HouseholdTab(ctx, self)
        self.screenings = ScreeningsTab(ctx, self)
        self.referrals = ReferralsTab(ctx, self)
        self.followups = FollowupsTab(ctx, self)
        self.notes = NotesTab(ctx, self)
        self.consents = ConsentsTab(ctx, self)
        self.attachments = AttachmentsTab(ctx, self)
        self.history = HistoryTab(ctx, self)
        self.all_tabs = [self.profile, self.household, self.screenings, self.referrals,
                         self.followups, self.notes, self.consents, self.attachments,
                         self.history]
        for i, tab in enumerate(self.all_tabs):
            # Alt+1 … Alt+8 switch tabs; a mnemonic on a tab title would clash with the
            # buttons and fields inside (Alt+N: the Notes tab and New referral).
            # Tab titles are marked in each tab class with context "clientfile.tabs".
            self.tabs.addTab(tab, QCoreApplication.translate("clientfile.tabs", tab.title)
                             .replace("&", ""))
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self,
                      lambda index=i: self.tabs.setCurrentIndex(index))
        self.tabs.setTabToolTip(0, self.tr("Alt+1 … Alt+9 switch tabs; Ctrl+W closes the file"))
        self.setAcceptDrops(True)  # files dropped anywhere on the window are attached
        # Every platform binding of Close (QKeySequence(StandardKey) keeps only the first,
        # Ctrl+F4 on Linux) and Ctrl+W, which the tab tooltip promises.
        closing = {k.toString() for k in QKeySequence.keyBindings(
            QKeySequence.StandardKey.Close)} | {"Ctrl+W"}
        for keys in sorted(closing):
            QShortcut(QKeySequence(keys), self, self.close)

        # Input typed in this file's dialogs before the casebook locked waits in memory
        # (desktop/unsaved.py): say where, since those dialogs are not open now.
        self.drafts_notice = QLabel()
        self.drafts_notice.setObjectName("formNotice")
        self.drafts_notice.setWordWrap(True)
        waiting = self._waiting_drafts()
        self.drafts_notice.setText(
            self.tr("Kept from before the casebook locked: {names}. Open it again to carry "
                    "on where you were.").format(names=", ".join(waiting)) if waiting else "")
        self.drafts_notice.setVisible(bool(waiting))
        box = QVBoxLayout(self)
        box.addLayout(head)
        box.addWidget(self.drafts_notice)
        box.addWidget(self.tabs, 1)
        screen_fit.fit(self, 1080, 720)

        ctx.changed.connect(self.refresh)
        ctx.run(lambda b: b.clients.get(client_id), self._show_client, self,
                on_error=self._failed)
        for tab in self.all_tabs:
            if tab is not self.profile:
                tab.reload()

    def _waiting_drafts(self) -> list[str]:
        prefix = f"client:{self.client_id}:"
        names = []
        for key in self.ctx.draft_keys():
            if not key.startswith(prefix):
                continue
            kind = key[len(prefix):]
            if kind == "referral":
                names.append(self.tr("New referral"))
            elif kind.startswith("consent:"):
                names.append(self.tr("Record consent ({kind})").format(
                    kind=kind.split(":", 1)[1]))
            elif kind.startswith("screening:"):
                names.append(self.tr("Run a screening"))
            elif kind.startswith("form:"):
                names.append(kind.split(":", 1)[1])
        return names

    def _show_client(self, client: Client) -> None:
        self.client = client
        self._set_title()
        self.name.setText(client.display_name)
        parts = [client.pronouns, client.city, label(client.status),
                 self.tr("Owner: {name}").format(name=self.owner_names.get(client.owner_id, "—"))]
        self.details.setText("  ·  ".join(p for p in parts if p))
        self.profile.show_client(client)

    def _read_title_setting(self) -> None:
        """On the worker, never waited for on the GUI thread (issue 18)."""
        self.ctx.run(lambda b: bool(b.settings.get("window_title_shows_number")),
                     self._title_setting_arrived, self)

    def _title_setting_arrived(self, on: bool) -> None:
        self.title_shows_number = on
        self._set_title()

    def _set_title(self) -> None:
        # The title is what the task bar, the window switcher and window menus show, where
        # anyone passing by a shared laptop reads it: the number unless the casebook's
        # setting asks for names.
        if self.client is None:
            return
        shown = (self.tr("Client #{number}").format(number=self.client_id)
                 if self.title_shows_number else self.client.display_name)
        self.setWindowTitle(self.tr("{client} — Waystation").format(client=shown))

    def _failed(self, exc: BaseException) -> None:
        from desktop import errors

        if isinstance(exc, NotFound):
            self.close()  # removed meanwhile (purged): nothing left to show
            return
        errors.show_error(self, exc)

    def refresh(self, changes: Changes) -> None:
        if not self.ctx.unlocked:
            return
        if changes.touches("settings"):
            self._read_title_setting()
        if ("clients", self.client_id) in changes.ids:
            self.ctx.run(lambda b: b.clients.get(self.client_id, audit=False),
                         self._show_client, self, on_error=self._failed)
        for tab in self.all_tabs:
            if tab is not self.profile and any(changes.touches(e) for e in tab.entities):
                tab.reload()

    def show_tab(self, tab: QWidget) -> None:
        self.tabs.setCurrentWidget(tab)

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        from pathlib import Path

        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.show_tab(self.attachments)
            self.attachments.add_files(paths)

    def keep_draft(self) -> None:
        """The casebook is locking: the unsaved profile edit and note are kept (their tabs
        may be hidden behind another, so the window passes the call on)."""
        for tab in self.guarded_tabs():
            tab.keep_draft()

    def guarded_tabs(self) -> list:
        from desktop.unsaved import UnsavedInput

        return [t for t in self.all_tabs if isinstance(t, UnsavedInput)]

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        # Ctrl+W, the close button, the window manager: an unsaved profile edit or note is
        # asked about first ("Keep editing" leaves the window open on that tab).
        for tab in self.guarded_tabs():
            if tab.is_dirty():
                self.show_tab(tab)
            if not tab.may_discard():
                event.ignore()
                return
        try:
            self.ctx.changed.disconnect(self.refresh)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
