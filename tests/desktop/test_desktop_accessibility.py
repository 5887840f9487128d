"""Accessible to a screen reader (issue 16): every control a person can reach has a name a
screen reader says (its own text, an accessible name, or a label that is its buddy), status
texts are read as what they say, and errors and the duplicate warning are announced."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.support.screens import client_id, main_window, open_client_file, settle  # noqa: F401

_INTERACTIVE = (QComboBox, QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit,
                QAbstractButton, QAbstractItemView)


def _buddies(root: QWidget) -> set[int]:
    """Widgets named by a label: a buddy, or the field beside a label in a form layout."""
    named = {id(lbl.buddy()) for lbl in root.findChildren(QLabel) if lbl.buddy() is not None}
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label and field and label.widget() is not None and field.widget() is not None:
                named.add(id(field.widget()))
    return named


def _inside_a_compound(widget: QWidget) -> bool:
    """The line edit of an editable combo box or spin box is named through its owner."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed(root: QWidget) -> list[str]:
    named = _buddies(root)
    out = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, _INTERACTIVE) or not w.isVisibleTo(root) or _inside_a_compound(w):
            continue
        if isinstance(w, QHeaderView) or w.objectName() == "qt_tableview_cornerbutton":
            continue  # parts of a table, announced with it
        if isinstance(w, QComboBox):
            # On Linux a drop-down's accessible name is its current value ("— not
            # answered —"); a screen reader finds what it is for through a label relation.
            if not labelled(w):
                out.append(f"QComboBox {w.accessibleName() or w.currentText()!r} "
                           f"in {type(w.window()).__name__}")
            continue
        if w.accessibleName().strip() or id(w) in named:
            continue
        if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
            continue
        what = w.objectName() or (w.currentText() if isinstance(w, QComboBox) else "")
        out.append(f"{type(w).__name__} {what!r} in {type(w.window()).__name__}")
    return out


def labelled(combo: QComboBox) -> bool:
    iface = QAccessible.queryAccessibleInterface(combo)
    return any(r[0].text(QAccessible.Text.Name).strip()
               for r in iface.relations(QAccessible.RelationFlag.Label))


def unreadable_status(root: QWidget) -> list[str]:
    """A message label whose accessible name is fixed says that name, never the text it
    shows ("Message" instead of "Wrong user name or passphrase")."""
    return [f"{lbl.objectName()}: {lbl.accessibleName()!r} hides {lbl.text()!r}"
            for lbl in root.findChildren(QLabel)
            if lbl.isVisibleTo(root) and lbl.text().strip() and lbl.accessibleName().strip()
            and lbl.buddy() is None and lbl.text() not in lbl.accessibleName()
            and lbl.wordWrap()]


def test_every_section_names_its_controls(qtbot, main_window, client_id):  # noqa: F811
    main_window.show()
    missing = {}
    for key in main_window.section_keys:
        page = main_window.show_section(key)
        settle(qtbot, main_window.ctx)
        if problems := unnamed(page):
            missing[key] = problems
    assert missing == {}


def test_every_client_file_tab_names_its_controls(qtbot, ctx, client_id):  # noqa: F811
    from models.household import Relative

    ctx.book.household.add_relative(client_id, Relative("sister", adult=True, status="citizen"))
    w = open_client_file(qtbot, ctx, client_id)
    missing = {}
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        if problems := unnamed(w):
            missing[w.tabs.tabText(i)] = problems
    assert missing == {}


def test_the_new_client_dialog_names_its_controls(qtbot, ctx):
    from desktop.clients.new_client_dialog import NewClientDialog

    dialog = NewClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []


def test_editable_drop_downs_name_what_is_typed_in_them(qtbot, main_window):  # noqa: F811
    main_window.show()
    page = main_window.show_section("reports")
    settle(qtbot, main_window.ctx)
    editable = [c for c in page.findChildren(QComboBox) if c.isEditable()]
    assert editable
    # As a screen reader meets it when it takes the focus: the line edit first.
    assert all(QAccessible.queryAccessibleInterface(c.lineEdit()).text(QAccessible.Text.Name)
               == c.accessibleName() for c in editable)


def test_showing_a_screen_runs_no_accessibility_code_until_a_screen_reader_asks(
        qtbot, main_window):  # noqa: F811
    """Issue 18: drop-downs were labelled by a filter on the application, called from C++
    into Python for every event of every widget (~3,000 while the main window was built
    at unlock, a fifth of that time). They are labelled when a screen reader asks."""
    import sys

    main_window.show()
    calls: list[str] = []

    def profile(frame, event, _arg):  # noqa: ANN001, ANN202
        if event == "call" and frame.f_code.co_filename.endswith("desktop/accessibility.py"):
            calls.append(frame.f_code.co_name)

    sys.setprofile(profile)
    try:
        page = main_window.show_section("reports")  # built and shown now, with drop-downs
        settle(qtbot, main_window.ctx)
    finally:
        sys.setprofile(None)
    assert calls == []
    combos = [c for c in page.findChildren(QComboBox) if c.accessibleName()]
    assert combos and all(labelled(c) for c in combos)


def test_the_clients_search_clear_button_has_a_name(qtbot, main_window):  # noqa: F811
    main_window.show()
    page = main_window.show_section("clients")
    buttons = [b for b in page.search.findChildren(QAbstractButton)]
    assert buttons, "the search box has a clear button"
    assert all(b.accessibleName() for b in buttons)


@pytest.fixture
def announced(monkeypatch):
    from desktop import accessibility

    said: list[str] = []
    monkeypatch.setattr(accessibility, "_post_alert", lambda w: said.append(w.text()))
    return said


@pytest.fixture
def unlock_controller(qtbot, book, book_path):
    from desktop.app import AppController

    book.close()
    c = AppController(book_path, "ana")
    c.show()
    yield c
    c.shutdown()


def test_the_unlock_error_is_read_and_announced(qtbot, unlock_controller, announced):
    w = unlock_controller.unlock_window
    w.passphrase.setText("wrong passphrase here")
    w.try_unlock()
    qtbot.waitUntil(lambda: "Wrong" in w.message.text(), timeout=30000)
    assert w.message.accessibleName() in ("", w.message.text())
    assert any("Wrong" in s for s in announced)
    assert unreadable_status(w) == []


def test_the_recent_list_shows_the_casebook_right_after_unlocking(qtbot, unlock_controller):
    from tests.conftest import PASS

    w = unlock_controller.unlock_window
    w.recent.clear()  # as on a first start, before any casebook was remembered
    w.passphrase.setText(PASS)
    w.try_unlock()
    qtbot.waitUntil(lambda: unlock_controller.main is not None, timeout=30000)
    assert [w.recent.item(i).text() for i in range(w.recent.count())] == ["test.wsdb"]


def test_the_duplicate_warning_is_announced(qtbot, ctx, announced):
    from desktop.clients.new_client_dialog import NewClientDialog
    from models.clients import Client

    ctx.book.clients.add(Client("Mohammed Alsayed"))
    dialog = NewClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.name.setText("Muhammad Al-Sayed")
    qtbot.waitUntil(lambda: dialog.candidates.count() == 1)
    assert any("similar name" in s for s in announced)


def test_the_questionnaire_names_its_controls_and_relative_rows(qtbot, ctx, client_id):  # noqa: F811
    from desktop.clientfile.questionnaire import QuestionnaireDialog
    from models.household import Relative

    ctx.book.household.add_relative(client_id, Relative("brother", adult=True,
                                                        status="citizen"))
    q = QuestionnaireDialog(ctx, client_id)
    qtbot.addWidget(q)
    q.show()
    qtbot.waitUntil(lambda: q.ready, timeout=30000)  # first use validates the pack
    combos = [c for c in q.findChildren(QComboBox) if c.isVisibleTo(q)]
    assert len(combos) > 3
    assert [c.accessibleName() or c.currentText() for c in combos if not labelled(c)] == []
    assert unnamed(q) == []
