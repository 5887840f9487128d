"""Windows open inside the part of the screen they may use (above a taskbar, beside a dock).

A window asks for the size it would like; ``fit`` gives it that or the available area,
whichever is smaller, and moves it so that no edge lies off the screen (a letter preview
820 pixels wide and 940 high opened partly below a 900-pixel screen before)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(widget: QWidget) -> QRect:
    """The screen area the widget (or its parent window) is on, less taskbars and docks."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen() \
        or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to (width, height) or less so that the whole frame fits the available area,
    and keep the window's top-left corner inside it."""
    area = available_area(widget)
    # The frame (title bar, borders) is not known before the window is shown; leave room.
    frame_w, frame_h = 16, 40
    w = max(min(width, area.width() - frame_w), widget.minimumWidth())
    h = max(min(height, area.height() - frame_h), widget.minimumHeight())
    widget.resize(w, h)
    geometry = widget.frameGeometry()
    x = min(max(geometry.x(), area.left()), area.right() + 1 - w - frame_w)
    y = min(max(geometry.y(), area.top()), area.bottom() + 1 - h - frame_h)
    widget.move(max(x, area.left()), max(y, area.top()))


def fits(widget: QWidget, area: QRect) -> bool:
    """The widget's size lies within the area (the check the tests make on every window)."""
    return widget.width() <= area.width() and widget.height() <= area.height()
