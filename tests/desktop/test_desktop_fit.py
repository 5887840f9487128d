"""Every section fits 1,024 x 700 with real content shown (issue 16): a sponsorship with its
budget open, and tables whose columns are wider than the screen."""

from __future__ import annotations

from tests.support.screens import SMALL_SCREEN, main_window, settle  # noqa: F401


def test_sponsorships_with_a_budget_shown_fits_a_1024_by_700_screen(qtbot, main_window,  # noqa: F811
                                                                   book):
    import random

    from models.demo.sponsorships import add_demo_sponsorships

    ids = add_demo_sponsorships(book, random.Random(7))  # the screenshots' sponsorships
    main_window.show()
    page = main_window.show_section("sponsorships")
    for sid in ids:
        page.select(sid)
        qtbot.waitUntil(lambda sid=sid: getattr(page, "detail", None) is not None
                        and page.detail.id == sid)
        settle(qtbot, main_window.ctx)
        for i in range(page.tabs.count()):
            page.tabs.setCurrentIndex(i)
            hint = main_window.minimumSizeHint()
            assert hint.width() <= SMALL_SCREEN[0] and hint.height() <= SMALL_SCREEN[1], (
                sid, page.tabs.tabText(i), hint)


def test_fitted_columns_give_way_to_the_tables_width(qtbot):
    from desktop.referrals.table import fit_columns, table_view
    from desktop.widgets.rows_model import RowsModel

    model = RowsModel([(f"Column {i}", lambda r, i=i: r * (i + 1)) for i in range(6)])
    view = table_view(model, "Wide")
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    model.set_rows(["a long value that needs room " * 2] * 3)
    fit_columns(view)
    header = view.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(header.count() - 1))
    assert used < view.viewport().width()  # the last column starts on screen
