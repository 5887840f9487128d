"""Render the application icon (resources/icons/waystation.svg) into every size a platform
wants: PNGs for the window and Linux (resources/icons/), ICO for Windows and ICNS for macOS
(packaging/icons/). Run after changing the SVG; the outputs are checked in so a build needs
neither Qt's SVG renderer nor Pillow at that moment.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "waystation.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    from PySide6.QtCore import QBuffer

    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    for size in PNG_SIZES:
        render(renderer, size).save(ROOT / "resources" / "icons" / f"waystation-{size}.png",
                                    optimize=True)
    out = ROOT / "packaging" / "icons"
    out.mkdir(exist_ok=True)
    big = render(renderer, 1024)
    big.save(out / "waystation.ico", sizes=[(s, s) for s in ICO_SIZES])
    big.save(out / "waystation.icns")
    print("icons written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
