"""What a screen reader needs that Qt does not give by default: a name for a drop-down that
would otherwise be announced only by its current value, a name for a line edit's clear
button, and an alert when an error or a warning appears (Qt has no alert role to set on a
label; the Alert event is how a screen reader learns of it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
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


def clear_button(line_edit: QLineEdit) -> None:
    """Give ``line_edit`` a clear button named "Clear: <its accessible name>", for a screen
    reader and as its tooltip (set the accessible name first)."""
    line_edit.setClearButtonEnabled(True)
    _name_clear_button_of(line_edit)


def _name_clear_button_of(line_edit: QLineEdit) -> None:
    what = line_edit.accessibleName().strip()
    name_clear_button(line_edit, QCoreApplication.translate(
        "accessibility", "Clear: {what}").format(what=what) if what else "")


def _when_asked(_classname: str, obj: QObject) -> None:
    """Qt's accessibility calls this once per object, when a screen reader (or a test)
    first asks for that object: a drop-down gets its label, a clear button its name, just
    before they are read. Returning nothing leaves the interface to Qt.

    Not an event filter on the application, labelling drop-downs as they are shown: Qt
    called that, from C++ into Python, for every event of every widget, a screen reader
    running or not (~3,000 calls while the main window was built at unlock, a fifth of
    that time; issue 18)."""
    if isinstance(obj, QComboBox):
        label_combo(obj)
    elif isinstance(obj, QLineEdit):
        parent = obj.parentWidget()
        if isinstance(parent, QComboBox):
            label_combo(parent)  # the line edit of an editable drop-down, asked first
        elif obj.isClearButtonEnabled():
            _name_clear_button_of(obj)
    elif isinstance(obj, QAbstractButton):
        parent = obj.parentWidget()
        if isinstance(parent, QLineEdit) and parent.isClearButtonEnabled():
            _name_clear_button_of(parent)


_installed = False


def install() -> None:
    """Label every drop-down and clear button of the application when a screen reader
    asks for it (once per process: the factory is Qt's, not an application's)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_when_asked)
        _installed = True
