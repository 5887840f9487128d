"""Never lose what someone typed: one mechanism for every form.

A form (a dialog, or a tab edited in place) mixes in ``UnsavedInput``. It takes a snapshot of
its input widgets when it is filled (``mark_clean``) and compares the live widgets with it
(``is_dirty``). Discarding dirty input — Escape, Cancel, the window's close button, Ctrl+W,
opening someone else instead — first asks ``DiscardPrompt.ask`` ("Discard changes to …?" /
"Keep editing"), which tests replace. When the casebook locks, ``keep_draft`` stores the
snapshot in memory in the context, for the same casebook and user only (``AppContext``
drops it for anyone else), and the next form opened under the same key offers it back.

The snapshot is the widgets' own state in creation order, so a form needs no code of its
own to be guarded; it stays in memory and never reaches a file or a log. Input a form holds
outside its widgets (Settings' chosen logo) joins it through ``held_input``; a form saved
on the worker marks only what the casebook confirmed with ``mark_saved``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextBrowser,
    QTextEdit,
    QWidget,
)

from desktop.widgets.wheel_guard import guard_wheel

RESTORED = QT_TRANSLATE_NOOP("unsaved",
                             "Restored what you were typing before the casebook locked.")


def _inputs(root: QWidget) -> list[QWidget]:
    out: list[QWidget] = []
    for w in root.findChildren(QWidget):
        parent = w.parentWidget()
        if isinstance(w, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox):
            continue  # part of a drop-down or a spin box, whose own state is taken
        if isinstance(w, QTextBrowser):
            continue  # read-only text shown, not typed
        if w.property("unsavedSkip"):
            continue  # saved the moment it changes, or a choice for this screen only
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox | QDateTimeEdit
                      | QSpinBox | QDoubleSpinBox):
            out.append(w)
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            out.append(w)
        elif isinstance(w, QListWidget) and _checkable(w):
            out.append(w)  # a list of ticks (a partner's services)
    return out


def _secret(w: QWidget) -> bool:
    return isinstance(w, QLineEdit) and w.echoMode() != QLineEdit.EchoMode.Normal


def _checkable(w: QListWidget) -> bool:
    from PySide6.QtCore import Qt

    return any(w.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable for i in range(w.count()))


def _value(w: QWidget) -> Any:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QTextEdit):
        return w.toHtml()
    if isinstance(w, QComboBox):
        return (w.currentIndex(), w.currentText() if w.isEditable() else None)
    if isinstance(w, QDateTimeEdit):
        return w.dateTime().toString("yyyy-MM-ddTHH:mm:ss")
    if isinstance(w, QSpinBox | QDoubleSpinBox):
        return w.value()
    if isinstance(w, QListWidget):
        return tuple(w.item(i).checkState().value for i in range(w.count()))
    return w.isChecked()  # a check box or radio button


def form_state(root: QWidget) -> tuple:
    """The state of every input under ``root``, in creation order."""
    return tuple(_value(w) for w in _inputs(root))


def restore_state(root: QWidget, state: tuple) -> None:
    """Put a ``form_state`` back. Inputs are restored in creation order, so a drop-down
    that refills a later one (service → partner) is set before the one it refills."""
    for w, value in zip(_inputs(root), state, strict=False):
        if isinstance(w, QLineEdit):
            w.setText(value)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(value)
        elif isinstance(w, QTextEdit):
            w.setHtml(value)
        elif isinstance(w, QComboBox):
            index, text = value
            if index < w.count():
                w.setCurrentIndex(index)
            if text is not None:
                w.setEditText(text)
        elif isinstance(w, QDateTimeEdit):
            w.setDateTime(QDateTime.fromString(value, "yyyy-MM-ddTHH:mm:ss"))
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            w.setValue(value)
        elif isinstance(w, QListWidget):
            from PySide6.QtCore import Qt

            for i, state in enumerate(value[:w.count()]):
                w.item(i).setCheckState(Qt.CheckState(state))
        elif isinstance(w, QAbstractButton):
            w.setChecked(value)


def client_scope(widget: QWidget | None) -> str:
    """``client:<id>:`` for a form that belongs to a client file, else ``""``: a draft of
    one person's referral is never offered in another person's file."""
    w: Any = widget
    while w is not None:
        cid = getattr(w, "client_id", None)
        if isinstance(cid, int):
            return f"client:{cid}:"
        w = w.parentWidget()
    return ""


def form_scope(widget: QWidget | None) -> str:
    """Where a form's kept input is offered back after a lock: ``client:<id>:`` (its client
    file), ``sponsorship:<id>:`` (that sponsorship), or the ``draft_scope`` of the page it
    was opened from (``partners:``, ``today:``, ``settings:``...); ``""`` for none."""
    w: Any = widget
    while w is not None:
        cid = getattr(w, "client_id", None)
        if isinstance(cid, int):
            return f"client:{cid}:"
        sid = getattr(w, "sponsorship_id", None)
        if isinstance(sid, int):
            return f"sponsorship:{sid}:"
        scope = getattr(w, "draft_scope", None)
        if isinstance(scope, str) and scope:
            return scope
        w = w.parentWidget()
    return ""


def dialog_key(dialog: QWidget, row: object = None) -> str:
    """The key a dialog's input is kept under: its title (what the notice shows), and the
    row it edits, so one member's edit is never offered in another member's dialog."""
    return "form:" + dialog.windowTitle().replace("&", "") + (f"#{row}" if row else "")


def waiting_forms(ctx: Any, prefixes: tuple[str, ...]) -> list[str]:
    """The titles of forms whose input was kept across a lock under these scopes."""
    out = []
    for key in ctx.draft_keys() if ctx is not None else ():
        if key.startswith(prefixes) and ":form:" in f":{key}":
            out.append(key.split("form:", 1)[1].split("#", 1)[0])
    return out


class DraftsNotice(QLabel):
    """"Kept from before the casebook locked: …" on a page whose forms had input when the
    casebook locked (information, in the normal colour); hidden when there is none."""

    def __init__(self, ctx: Any, *prefixes: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.prefixes = prefixes
        self.setObjectName("formNotice")
        self.setWordWrap(True)
        self.update_notice()

    def update_notice(self, *_focus: object) -> None:
        from PySide6.QtCore import QCoreApplication

        names = waiting_forms(self.ctx, self.prefixes)
        self.setText(QCoreApplication.translate(
            "unsaved", "Kept from before the casebook locked: {names}. Open it again to "
            "carry on where you were.").format(names=", ".join(names)) if names else "")
        self.setVisible(bool(names))


def ask_before_losing(parent: QWidget | None, title: str, text: str, informative: str,
                      lose: str, keep: str, icon: QMessageBox.Icon = QMessageBox.Icon.Question
                      ) -> bool:
    """One question before something is lost: True for ``lose``; ``keep`` is the default
    and what Escape answers. Every text arrives translated."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(informative)
    lose_button = box.addButton(lose, QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton(keep, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    box.exec()
    return box.clickedButton() is lose_button


class DiscardPrompt:
    """The one question before typed input is thrown away (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> bool:
        """True to discard, False to keep editing (the default, and Escape)."""
        # ``what`` arrives translated from the form (or is the default "this form").
        return ask_before_losing(
            parent, QCoreApplication.translate("unsaved", "Unsaved changes"),
            QCoreApplication.translate("unsaved", "Discard changes to {what}?")
            .format(what=QCoreApplication.translate("unsaved", what)),
            QCoreApplication.translate("unsaved", "What you typed has not been saved."),
            QCoreApplication.translate("unsaved", "&Discard changes"),
            QCoreApplication.translate("unsaved", "&Keep editing"))


def may_discard_all() -> bool:
    """Before quitting: every open form with unsaved input asks (it is not kept past the
    end of the program); False as soon as someone chooses to keep editing."""
    from PySide6.QtWidgets import QApplication

    for w in QApplication.allWidgets():
        if isinstance(w, UnsavedInput) and w.window().isVisible() and not w.may_discard():
            w.window().raise_()
            return False
    return True


class UnsavedInput:
    """Mix into a form's widget class, before the Qt class: ``class X(UnsavedInput,
    QDialog)``. A dialog's ``reject`` (Escape, Cancel, the close button) asks first; a
    window or tab calls ``may_discard()`` where it would throw input away."""

    unsaved_what = QT_TRANSLATE_NOOP("unsaved", "this form")  # "Discard changes to <this>?"
    draft_key = ""  # under which the input is kept across a lock; "" keeps nothing

    def guarded_root(self) -> QWidget:
        return self  # type: ignore[return-value]

    def held_input(self) -> object:
        """Input the form holds outside its widgets (Settings: a logo chosen and not yet
        saved). It is compared, asked about and kept across a lock with the widgets."""
        return None

    def restore_held_input(self, held: object) -> None:
        """Put back what ``held_input`` returned (input kept across a lock)."""

    def input_state(self) -> tuple:
        """Everything typed or chosen: the widgets' state and the held input."""
        return (form_state(self.guarded_root()), self.held_input())

    def mark_clean(self) -> None:
        """The input as it is now is what "no changes" means (after filling or saving)."""
        guard_wheel(self.guarded_root())
        self._clean_state = self.input_state()
        self._draft_kept = False

    def mark_saved(self, saved: tuple, part: QWidget, held: bool = False) -> None:
        """The casebook confirmed saving ``saved`` (the ``input_state`` taken when Save was
        clicked) for the inputs under ``part`` (and the held input when ``held``). Only
        these count as saved, and only at that value: input typed while the save ran, or
        in another part of the form saved with its own button, stays unsaved."""
        clean = getattr(self, "_clean_state", None)
        inputs = _inputs(self.guarded_root())
        if clean is None or len(clean) != 2 or not len(clean[0]) == len(saved[0]) == len(inputs):
            self.mark_clean()  # the form was rebuilt meanwhile: nothing to merge with
            return
        widgets = tuple(now if part.isAncestorOf(w) else before
                        for w, now, before in zip(inputs, saved[0], clean[0], strict=True))
        self._clean_state = (widgets, saved[1] if held else clean[1])

    def is_dirty(self) -> bool:
        clean = getattr(self, "_clean_state", None)
        return clean is not None and self.input_state() != clean

    def may_discard(self) -> bool:
        """True when nothing typed would be lost, or the person chose to discard it."""
        if getattr(self, "_draft_kept", False) or not self.is_dirty():
            return True
        if DiscardPrompt.ask(self.guarded_root(), self.unsaved_what):
            self._clean_state = None  # asked once: the close that follows goes through
            return True
        return False

    def _context(self) -> Any:
        w: Any = self
        while w is not None:
            ctx = getattr(w, "ctx", None)
            if ctx is not None:
                return ctx
            w = w.parentWidget()
        return None

    def keep_draft(self) -> None:
        """The casebook is locking with this form open: keep its input in memory for the
        same casebook and user (``AppContext`` drops it for anyone else), and let the
        form close without asking."""
        ctx = self._context()
        if self.draft_key and ctx is not None and self.is_dirty():
            widgets, held = self.input_state()
            # A passphrase typed is asked about like any input, but never kept in memory
            # past the lock: it comes back empty.
            widgets = tuple("" if _secret(w) else value for w, value
                            in zip(_inputs(self.guarded_root()), widgets, strict=True))
            ctx.keep_draft(self.draft_key, (widgets, held))
        self._draft_kept = True

    def restore_draft(self) -> bool:
        """Fill the form with input kept across a lock under ``draft_key``, once."""
        ctx = self._context()
        if not self.draft_key or ctx is None:
            return False
        state = ctx.take_draft(self.draft_key)
        if not isinstance(state, tuple) or len(state) != 2:
            return False
        restore_state(self.guarded_root(), state[0])
        self.restore_held_input(state[1])
        from PySide6.QtWidgets import QApplication

        for w in QApplication.allWidgets():  # the form is no longer waiting: say so
            if isinstance(w, DraftsNotice):
                w.update_notice()
        return True

    def start_guarding(self, what: str | None = None, key: str | None = None) -> bool:
        """Call once the form is filled: what it is called in the prompt, the key its input
        is kept under across a lock (scoped to the client when the form belongs to one).
        Input kept from before a lock is put back, with a notice; True when it was."""
        if what is not None:
            self.unsaved_what = what
        if key is not None:
            self.draft_key = form_scope(self.guarded_root()) + key
        self.mark_clean()
        if not self.restore_draft():
            return False
        layout = self.guarded_root().layout()
        if isinstance(layout, QBoxLayout):
            notice = QLabel(QCoreApplication.translate("unsaved", RESTORED))
            notice.setObjectName("formNotice")  # information, in the normal colour
            notice.setWordWrap(True)
            layout.insertWidget(0, notice)
        return True

    # -- QDialog -------------------------------------------------------------------------
    def reject(self) -> None:
        if self.may_discard():
            super().reject()  # type: ignore[misc]
