"""The frozen bundles' entry point: the same `waystation` command line and desktop app.

On Windows the bundle has two executables built from this one script: `waystation.exe`
(console) and `waystation-gui.exe` (no console, what the Start menu and the .wsdb
association start); the windowed one shows a start-up failure in a message box
(desktop/startup_message.py), because it has nowhere to print it.
"""

import sys
from pathlib import Path

from desktop.startup_message import run_windowed

WINDOWED = Path(sys.executable).stem.lower().endswith("-gui")


def _main(argv=None) -> int:
    from desktop.cli import main  # inside: a broken bundle still gets its one sentence

    return main(argv)


if __name__ == "__main__":
    sys.exit(run_windowed(_main) if WINDOWED else _main())
