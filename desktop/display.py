"""Whether a window can be shown at all, asked before Qt is loaded.

Without a display Qt's xcb plugin prints several lines and aborts the process (exit 134);
a person deserves one sentence instead. Windows and macOS always have a display.
"""

from __future__ import annotations

import os
import sys

NO_DISPLAY = ("there is no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY "
              "is set); start Waystation from a desktop session, or use the command-line "
              "commands (waystation --help).")


def missing_display() -> str | None:
    """The sentence to show when no window can be opened, else None."""
    if sys.platform in ("win32", "darwin"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs …: the person chose a platform that needs none
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY
