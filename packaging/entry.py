"""The frozen bundles' entry point: the same `waystation` command line and desktop app.

On Windows the bundle has two executables built from this one script: `waystation.exe`
(console) and `waystation-gui.exe` (no console, what the Start menu and the .wsdb
association start); the windowed one shows a start-up failure in a message box
(desktop/startup_message.py), because it has nowhere to print it.
"""

import os
import sys
from pathlib import Path

from desktop.startup_message import run_windowed

WINDOWED = Path(sys.executable).stem.lower().endswith("-gui")

# The Linux bundle carries Qt's xcb platform, not the Wayland one (waystation.spec): a
# session that asks for wayland (QT_QPA_PLATFORM=wayland) gets xcb, through XWayland, as
# the fallback instead of Qt's abort.
_platform = os.environ.get("QT_QPA_PLATFORM", "")
if sys.platform.startswith("linux") and _platform.startswith("wayland") and \
        "xcb" not in _platform:
    os.environ["QT_QPA_PLATFORM"] = _platform + ";xcb"


def _main(argv=None) -> int:
    from desktop.cli import main  # inside: a broken bundle still gets its one sentence

    return main(argv)


if __name__ == "__main__":
    sys.exit(run_windowed(_main) if WINDOWED else _main())
