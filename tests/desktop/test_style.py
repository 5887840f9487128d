"""The app's look is applied once: a second make_application leaves live widgets alone."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_a_second_make_application_keeps_the_style_under_live_widgets(qtbot):
    from desktop.app import make_application

    app = make_application()
    label = QLabel("still here")
    qtbot.addWidget(label)
    style, sheet = app.style(), app.styleSheet()
    destroyed: list[bool] = []
    style.destroyed.connect(lambda *_: destroyed.append(True))
    # Replacing the style re-polished every widget, including ones waiting for their
    # deferred delete: the suite crashed there once (tests/cli/test_cli_startup.py).
    make_application()
    assert not destroyed
    assert app.styleSheet() == sheet
    assert label.style() is not None
