"""The main window: a section list on the left, the section on the right, a status bar with
the user and role, and a lock button that is always visible.

Sections are listed in ``SECTIONS``, each with a function that imports its page explicitly
(so freezers such as PyInstaller see every section) and only when it is first shown (so
unlocking imports one screen, not seven); each lives in its own package and the window stays
small. Each section class takes the ``AppContext`` and may define
``refresh(changes)``, ``focus_search()``, ``new_item()`` and ``print_current()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop import app_settings, screen_fit
from desktop.context import AppContext
from models.changes import Changes


def _today() -> type[QWidget]:
    from desktop.today.page import TodayPage
    return TodayPage


def _clients() -> type[QWidget]:
    from desktop.clients.page import ClientsPage
    return ClientsPage


def _referrals() -> type[QWidget]:
    from desktop.referrals.page import ReferralsPage
    return ReferralsPage


def _partners() -> type[QWidget]:
    from desktop.partners.page import PartnersPage
    return PartnersPage


def _sponsorships() -> type[QWidget]:
    from desktop.sponsorships.page import SponsorshipsPage
    return SponsorshipsPage


def _reports() -> type[QWidget]:
    from desktop.reports_page import ReportsPage
    return ReportsPage


def _settings() -> type[QWidget]:
    from desktop.settings.page import SettingsPage
    return SettingsPage


SectionLoader = Callable[[], type[QWidget]]
SECTIONS: list[tuple[str, str, SectionLoader]] = [
    ("today", QT_TRANSLATE_NOOP("mainwindow", "Today"), _today),
    ("clients", QT_TRANSLATE_NOOP("mainwindow", "Clients"), _clients),
    ("referrals", QT_TRANSLATE_NOOP("mainwindow", "Referrals"), _referrals),
    ("partners", QT_TRANSLATE_NOOP("mainwindow", "Partners"), _partners),
    ("sponsorships", QT_TRANSLATE_NOOP("mainwindow", "Sponsorships"), _sponsorships),
    ("reports", QT_TRANSLATE_NOOP("mainwindow", "Reports"), _reports),
    ("settings", QT_TRANSLATE_NOOP("mainwindow", "Settings"), _settings),
]  # titles shown with QCoreApplication.translate("mainwindow", title)


class ActionId(Enum):
    # (text, shortcut); the text is shown translated in the "mainwindow" context.
    NEW_CLIENT = (QT_TRANSLATE_NOOP("mainwindow", "New client"), "Ctrl+N")
    FIND = (QT_TRANSLATE_NOOP("mainwindow", "Find"), "Ctrl+F")
    LOCK = (QT_TRANSLATE_NOOP("mainwindow", "Lock"), "Ctrl+L")
    PRINT = (QT_TRANSLATE_NOOP("mainwindow", "Print…"), "Ctrl+P")
    IMPORT = (QT_TRANSLATE_NOOP("mainwindow", "Import…"), "")
    BACKUP = (QT_TRANSLATE_NOOP("mainwindow", "Back up to a file…"), "")
    ERASE = (QT_TRANSLATE_NOOP("mainwindow", "Emergency erase…"), "")
    QUIT = (QT_TRANSLATE_NOOP("mainwindow", "Quit"), "Ctrl+Q")


class _Sections(Mapping):
    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        keys = self._window.section_keys
        if key not in keys:
            raise KeyError(key)
        return self._window._section(keys.index(key))

    def __iter__(self) -> Iterator[str]:
        return iter(self._window.section_keys)

    def __len__(self) -> int:
        return len(self._window.section_keys)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"Waystation — {ctx.casebook_name}")  # names only
        self.actions_by_id: dict[ActionId, QAction] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        # Sections are built the first time they are shown, so unlocking builds one screen,
        # not seven (and imports nothing a person has not asked for).
        self._specs: list[tuple[str, str, SectionLoader]] = list(SECTIONS)
        self._built: dict[str, QWidget] = {}
        for _key, title, _load in self._specs:
            self.stack.addWidget(QWidget())
            self.nav.addItem(QCoreApplication.translate("mainwindow", title))
        self.nav.currentRowChanged.connect(self._show_row)

        split = QSplitter()
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        # The section list is fixed at 170 pixels; without sizes the splitter gave its pane
        # about 260 and left the difference empty, 90 pixels a 1,024-pixel screen needs.
        split.setSizes([self.nav.width(), 10_000])
        self.setCentralWidget(split)

        self._build_actions()
        who = QLabel(self.tr("Signed in as {user} ({role}) · {casebook}").format(
            user=ctx.user_name, role=QCoreApplication.translate("models", ctx.role),
            casebook=ctx.casebook_name))
        who.setObjectName("whoLabel")
        self.statusBar().addPermanentWidget(who)
        ctx.status_message.connect(self._status)
        ctx.changed.connect(self.refresh)
        self.nav.setCurrentRow(0)
        screen_fit.fit(self, *(app_settings.window_size("main") or (1180, 760)))

    def _build_actions(self) -> None:
        menu_file = self.menuBar().addMenu(self.tr("&File"))
        menu_edit = self.menuBar().addMenu(self.tr("&Edit"))
        menu_go = self.menuBar().addMenu(self.tr("&Go"))
        for action_id in ActionId:
            text, shortcut = action_id.value
            action = QAction(QCoreApplication.translate("mainwindow", text), self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.actions_by_id[action_id] = action
            (menu_edit if action_id is ActionId.FIND else menu_file).addAction(action)
        self.actions_by_id[ActionId.NEW_CLIENT].triggered.connect(self.new_client)
        self.actions_by_id[ActionId.FIND].triggered.connect(self.find)
        self.actions_by_id[ActionId.PRINT].triggered.connect(self.print_current)
        for i, (_key, title, _) in enumerate(self._specs):
            go = QAction(QCoreApplication.translate("mainwindow", title), self)
            go.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            go.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            menu_go.addAction(go)
        menu_help = self.menuBar().addMenu(self.tr("&Help"))
        guide = menu_help.addAction(self.tr("User guide"))
        guide.setObjectName("actionUserGuide")
        guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        guide.triggered.connect(self.show_guide)
        about = menu_help.addAction(self.tr("About Waystation"))
        about.setObjectName("actionAbout")
        about.setMenuRole(QAction.MenuRole.AboutRole)  # the application menu on macOS
        about.triggered.connect(self.show_about)
        from models.permissions import Action

        if not self.ctx.can(Action.EDIT_CLIENT):
            self.actions_by_id[ActionId.NEW_CLIENT].setEnabled(False)
        if not self.ctx.can(Action.EXPORT):
            self.actions_by_id[ActionId.BACKUP].setEnabled(False)
        self.actions_by_id[ActionId.IMPORT].triggered.connect(self.import_file)
        self.actions_by_id[ActionId.IMPORT].setEnabled(self.ctx.can(Action.IMPORT))
        bar = QToolBar(self.tr("Lock"))
        bar.setObjectName("lockBar")
        bar.setMovable(False)
        bar.addAction(self.actions_by_id[ActionId.LOCK])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    # -- routing -------------------------------------------------------------------------
    @property
    def sections(self) -> Mapping[str, QWidget]:
        """Every section by key; looking one up builds it if it was not shown yet."""
        return _Sections(self)

    @property
    def section_keys(self) -> list[str]:
        return [key for key, _, _ in self._specs]

    def _section(self, row: int) -> QWidget:
        key, _, load = self._specs[row]
        if key not in self._built:
            widget = load()(self.ctx)
            widget.setObjectName(f"section_{key}")
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[key] = widget
        return self._built[key]

    def _show_row(self, row: int) -> None:
        from desktop.unsaved import UnsavedInput

        leaving = self.stack.currentWidget()
        if row != self.stack.currentIndex() and isinstance(leaving, UnsavedInput) \
                and not leaving.may_discard():  # Settings typed and not saved: Keep editing
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.stack.currentIndex())
            self.nav.blockSignals(False)
            return
        if 0 <= row < len(self._specs):
            self._section(row)
            self.stack.setCurrentIndex(row)

    def show_section(self, key: str) -> QWidget:
        row = self.section_keys.index(key)
        self.nav.setCurrentRow(row)
        return self._section(row)

    def current_section(self) -> QWidget:
        return self.stack.currentWidget()

    def new_client(self) -> None:
        section = self.show_section("clients")
        getattr(section, "new_item", lambda: None)()

    def import_file(self) -> None:
        """File › Import…: the import assistant (desktop/importing)."""
        from desktop.importing.wizard import ImportWizard

        self.import_wizard = ImportWizard.open(self.ctx, self)

    def find(self) -> None:
        section = self.current_section()
        if not hasattr(section, "focus_search"):
            section = self.show_section("clients")
        section.focus_search()

    def print_current(self) -> None:
        window = self.window()
        handler = getattr(self.current_section(), "print_current", None)
        if handler is not None and window is self:
            handler()

    def _status(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def release(self) -> None:
        """Disconnect from the app-wide context before the window is deleted: the context
        outlives it, and a live connection would keep every section (and the rows they
        loaded) reachable after locking."""
        for signal, slot in ((self.ctx.status_message, self._status),
                             (self.ctx.changed, self.refresh)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._built.clear()
        if not self.isMaximized() and not self.isFullScreen():
            app_settings.remember_window_size("main", self.width(), self.height())

    def refresh(self, changes: Changes) -> None:
        for section in self._built.values():
            refresh = getattr(section, "refresh", None)
            if refresh is not None:
                refresh(changes)

    # -- help ----------------------------------------------------------------------------
    def show_guide(self) -> None:
        from desktop.about_dialog import GuideWindow

        GuideWindow(self).exec()

    def show_about(self) -> None:
        from desktop.about_dialog import AboutDialog

        AboutDialog(self).exec()
