"""The mouse wheel changes a drop-down, spin box or date field only when it has the focus.

Scrolling a long form with the wheel used to change whichever answer passed under the
pointer (an earlier Yes silently became No, issue 16). Every form guards its fields through
``desktop.unsaved`` (``mark_clean``); the event then goes on to the form, which scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) \
                and not obj.hasFocus():
            event.ignore()  # Qt hands an ignored wheel event on to the parent
            return True
        return False


_GUARD: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Every drop-down, spin box and date field under ``root`` takes the wheel only when
    focused, and the wheel no longer gives it the focus."""
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    for w in root.findChildren(QComboBox) + root.findChildren(QAbstractSpinBox):
        if w.property("wheelGuarded"):
            continue
        w.setProperty("wheelGuarded", True)
        if w.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        w.installEventFilter(_GUARD)
