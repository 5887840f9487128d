"""Screens and keys (issue 16): windows open inside the available screen area, every section
fits a 1,024 × 700 screen, and no window offers one Alt+letter for two things."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QWidget,
)

from tests.support.screens import (  # noqa: F401 - fixtures
    SMALL_SCREEN,
    client_id,
    main_window,
    mnemonic_clashes,
    open_client_file,
    settle,
)


def inside_screen(widget: QWidget) -> bool:
    area = QGuiApplication.primaryScreen().availableGeometry()
    return area.contains(widget.frameGeometry())


# -- sizes ---------------------------------------------------------------------------------
def test_the_letter_preview_opens_inside_the_screen(qtbot):
    from desktop.documents import DocumentPreview
    from reports import referral_letter, samples

    dialog = DocumentPreview(referral_letter(samples.letter()), "Letter", "l.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    assert inside_screen(dialog), (dialog.frameGeometry(),
                                   QGuiApplication.primaryScreen().availableGeometry())


def test_the_client_file_opens_inside_the_screen(qtbot, ctx, client_id):  # noqa: F811 - the imported fixture
    w = open_client_file(qtbot, ctx, client_id)
    assert inside_screen(w), w.frameGeometry()


def test_the_main_window_opens_inside_the_screen(qtbot, main_window):  # noqa: F811 - the imported fixture
    main_window.show()
    assert inside_screen(main_window), main_window.frameGeometry()


def test_every_section_fits_a_1024_by_700_screen(qtbot, main_window, client_id):  # noqa: F811 - the imported fixture
    main_window.show()
    too_big = {}
    for key in main_window.section_keys:
        main_window.show_section(key)
        settle(qtbot, main_window.ctx)
        hint = main_window.minimumSizeHint()
        if hint.width() > SMALL_SCREEN[0] or hint.height() > SMALL_SCREEN[1]:
            too_big[key] = (hint.width(), hint.height())
    assert too_big == {}


def test_the_client_file_has_no_mnemonic_clash(qtbot, ctx, client_id):  # noqa: F811 - the imported fixture
    w = open_client_file(qtbot, ctx, client_id)
    clashes = {}
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        clashes.update({f"{w.tabs.tabText(i)}: {k}": v
                        for k, v in mnemonic_clashes(w).items()})
    assert clashes == {}


def test_no_section_of_the_main_window_has_a_mnemonic_clash(qtbot, main_window, client_id):  # noqa: F811 - the imported fixture
    main_window.show()
    clashes = {}
    for key in main_window.section_keys:
        page = main_window.show_section(key)
        settle(qtbot, main_window.ctx)
        clashes.update({f"{key}: {k}": v for k, v in mnemonic_clashes(page).items()})
    assert clashes == {}


def test_the_new_client_dialog_has_no_mnemonic_clash(qtbot, ctx):
    from desktop.clients.new_client_dialog import NewClientDialog

    dialog = NewClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert mnemonic_clashes(dialog) == {}


# -- words and small things ------------------------------------------------------------------
def test_counts_are_singular_for_one():
    from desktop.counts import counted

    assert counted(1, "%n minute(s)") == "1 minute"
    assert counted(5, "%n minute(s)") == "5 minutes"
    assert counted(1, "Imported %n client(s)") == "Imported 1 client"
    assert counted(12000, "Imported %n client(s)") == "Imported 12,000 clients"


def test_the_lock_delay_says_minute_for_one(qtbot, main_window):  # noqa: F811 - the imported fixture
    said = []
    main_window.ctx.status_message.connect(said.append)
    page = main_window.show_section("settings")
    settle(qtbot, main_window.ctx)
    page.auto_lock.setValue(1)
    assert page.auto_lock.text().endswith("1 minute")
    page.save_auto_lock()
    qtbot.waitUntil(lambda: bool(said))
    assert said[-1] == "The casebook now locks after 1 minute without use."
    page.auto_lock.setValue(2)
    assert page.auto_lock.text().endswith("2 minutes")


def test_lgbtq_is_written_as_people_write_it(qtbot, main_window):  # noqa: F811 - the imported fixture
    from desktop.widgets.rows_model import label

    assert label("lgbtq_support") == "LGBTQ+ support"
    page = main_window.show_section("partners")
    settle(qtbot, main_window.ctx)
    services = [page.service.itemText(i) for i in range(page.service.count())]
    assert "LGBTQ+ support" in services and "Lgbtq support" not in services


def test_two_screenings_in_one_minute_can_be_told_apart(qtbot, ctx, client_id):  # noqa: F811 - the imported fixture
    from types import SimpleNamespace

    w = open_client_file(qtbot, ctx, client_id)
    date_of = w.screenings.model._columns[0][1]
    first = date_of(SimpleNamespace(created_at="2026-11-30T15:40:05+00:00"))
    second = date_of(SimpleNamespace(created_at="2026-11-30T15:40:41+00:00"))
    assert first != second


def test_preparing_a_letter_clears_once_the_preview_shows(qtbot, ctx, monkeypatch):
    from desktop import documents
    from reports import referral_letter, samples

    said = []
    ctx.status_message.connect(said.append)
    shown = []
    pdf = referral_letter(samples.letter())
    documents.preview_bytes(None, ctx, lambda _b: pdf, "Referral letter", "l.pdf",
                            on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    shown[0].close()
    assert said[0] == "Preparing referral letter…"
    assert said[-1] == ""


def test_the_move_to_list_is_wide_enough_for_every_status(qtbot, ctx, client_id):  # noqa: F811 - the imported fixture
    w = open_client_file(qtbot, ctx, client_id)
    combo = w.referrals.next_status
    for status in ("Acknowledged", "Consent recorded"):
        needed = combo.fontMetrics().horizontalAdvance(status)
        assert combo.minimumSizeHint().width() > needed, status


def test_the_restored_draft_notice_is_not_shown_as_an_error(qtbot, ctx):
    from desktop.clients.new_client_dialog import NewClientDialog

    dialog = NewClientDialog(ctx)
    qtbot.addWidget(dialog)
    # Restored input is told in a notice of its own, not in the red error line.
    assert dialog.notice is not dialog.message
    assert dialog.notice.objectName() != "formError"
    assert dialog.message.objectName() == "formError"


def test_the_questionnaire_has_no_mnemonic_clash(qtbot, ctx, client_id):  # noqa: F811 - the imported fixture
    from desktop.clientfile.questionnaire import QuestionnaireDialog

    q = QuestionnaireDialog(ctx, client_id)
    qtbot.addWidget(q)
    q.show()
    qtbot.waitUntil(lambda: q.ready, timeout=30000)  # first use validates the pack
    assert mnemonic_clashes(q) == {}


def test_the_unlock_window_has_no_mnemonic_clash(qtbot, book, book_path):
    from desktop.app import AppController

    book.close()
    c = AppController(book_path, "ana")
    c.show()
    try:
        assert mnemonic_clashes(c.unlock_window) == {}
    finally:
        c.shutdown()


def test_no_empty_band_beside_the_section_list(qtbot, main_window):  # noqa: F811 - the imported fixture
    main_window.resize(*SMALL_SCREEN)
    main_window.show()
    page = main_window.show_section("clients")
    settle(qtbot, main_window.ctx)
    left_of_page = page.mapTo(main_window, page.rect().topLeft()).x()
    nav_right = main_window.nav.mapTo(main_window, main_window.nav.rect().topRight()).x()
    assert left_of_page - nav_right < 30
