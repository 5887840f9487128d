"""The application icon for windows, the taskbar and the About dialog, from the PNG sizes
shipped in ``resources/icons`` (no SVG plugin needed)."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from models.resource_files import read_bytes

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

_icon: QIcon | None = None


def icon_pixmap(size: int) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(read_bytes("icons", f"waystation-{size}.png"), "PNG")
    return pixmap


def app_icon() -> QIcon:
    global _icon
    if _icon is None:
        icon = QIcon()
        for size in SIZES:
            icon.addPixmap(icon_pixmap(size))
        _icon = icon
    return _icon
