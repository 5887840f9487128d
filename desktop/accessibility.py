"""What a screen reader needs that Qt does not give by default: a name for a drop-down that
would otherwise be announced only by its current value, a name for a line edit's clear
button, and an alert when an error or a warning appears (Qt has no alert role to set on a
label; the Alert event is how a screen reader learns of it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget


def alert(label: QLabel) -> None:
    """Announce a message that just appeared (an error, a warning); nothing when empty."""
    if label.text().strip():
        _post_alert(label)


def _post_alert(widget: QWidget) -> None:
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


def name_clear_button(line_edit: QLineEdit, name: str = "") -> None:
    """Name the button ``setClearButtonEnabled`` adds (it is a bare icon otherwise)."""
    name = name or QCoreApplication.translate("accessibility", "Clear")
    for button in line_edit.findChildren(QAbstractButton):
        button.setAccessibleName(name)
        button.setToolTip(name)


# -- drop-downs ---------------------------------------------------------------------------
# On Linux (AT-SPI) Qt gives a drop-down's current value as its accessible name and finds
# what it is for through a label relation (a QLabel whose buddy it is); setAccessibleName
# alone is ignored there, so "— not answered —" was all a screen reader said. A drop-down
# with an accessible name and no label gets a hidden label carrying that name when shown.
_LABEL = "accessibleLabel"


def label_combo(combo: QComboBox) -> None:
    name = combo.accessibleName().strip()
    if not name:
        return
    if combo.isEditable() and combo.lineEdit() is not None:
        # Typing goes to the line edit inside, and that is what a screen reader reads.
        combo.lineEdit().setAccessibleName(name)
    own = combo.findChild(QLabel, _LABEL, Qt.FindChildOption.FindDirectChildrenOnly)
    if own is not None:
        own.setText(name)
        return
    parent = combo.parentWidget()
    if parent is not None and any(lbl.buddy() is combo for lbl in parent.findChildren(QLabel)):
        return
    label = QLabel(name, combo)
    label.setObjectName(_LABEL)
    label.setBuddy(combo)
    label.hide()


class _ComboLabeller(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Show:
            if isinstance(watched, QComboBox):
                label_combo(watched)
            elif isinstance(watched, QLineEdit) and watched.isClearButtonEnabled():
                what = watched.accessibleName().strip()
                name_clear_button(watched, QCoreApplication.translate(
                    "accessibility", "Clear: {what}").format(what=what) if what else "")
        return False


_labeller: _ComboLabeller | None = None


def install(app: QCoreApplication | None = None) -> None:
    """Label every drop-down and clear button of the application as it is shown (once per
    application)."""
    global _labeller
    app = app or QCoreApplication.instance()
    if app is None or _labeller is not None and _labeller.parent() is app:
        return
    _labeller = _ComboLabeller(app)
    app.installEventFilter(_labeller)
