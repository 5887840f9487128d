"""Auto-lock when idle (S5): any key or mouse input restarts the countdown.

Input is watched on the windows, not on the application. Every key press, click, move and
wheel turn reaches the window it is typed or made in before its widget (the platform hands
it to the window), so a window's filter sees all of it. A filter on the application was
called, from C++ into Python, for every event of every widget: building the main window at
unlock made ~3,000 such calls, about a third of unlocking's time on the GUI thread, and
each scroll frame some more (issue 18)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self._app: QGuiApplication | None = None

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def watch(self, app: QGuiApplication) -> None:
        """Watch the input of ``app``'s windows: those open now, and each window as it gets
        the focus (a window shown later — a dialog, a client file — is activated when shown
        or clicked, and key presses only ever go to the focused window). A window missed
        until then can only make the lock come sooner, never later."""
        self._app = app
        app.focusWindowChanged.connect(self.watch_window)
        for window in app.topLevelWindows():
            self.watch_window(window)

    def unwatch(self) -> None:
        if self._app is None:
            return
        self._app.focusWindowChanged.disconnect(self.watch_window)
        for window in self._app.topLevelWindows():
            window.removeEventFilter(self)
        self._app = None

    def watch_window(self, window: QWindow | None) -> None:
        """Watch one window now (the main window and client files as they are shown, in
        case a window manager does not give them the focus at once)."""
        if window is not None:
            window.installEventFilter(self)  # once: Qt installs a filter only once per object

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _INPUT and self.timer.isActive():
            self.timer.start()
        return False
