"""Start-up errors of the windowed launcher (``waystation-gui``: the Windows Start menu entry
and the ``.wsdb`` file association), which has no console to print them on.

Every start-up failure already ends in one sentence on stderr, ``waystation: …`` (no
display, no casebook at that path, bad arguments, a missing part of the installation). The
windowed launcher runs the same ``main`` with stderr passed through (to wherever it goes: a
terminal, a log, or nowhere when Windows gives the process no stderr at all) while keeping
the last such sentence; when the app ends with a failure status, Windows shows that sentence
in a native message box. Other platforms keep stderr only: a macOS app's stderr goes to the
system log, and on Linux the desktop launcher is the same ``waystation`` command.

Standard library only, so that a message can be shown however broken the rest is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import TextIO

PREFIX = "waystation: "
TITLE = "Waystation"
INCOMPLETE = "this installation is incomplete ({name} is missing); reinstall Waystation."
INTERNAL = "internal error ({kind}); nothing was changed."
_MB_ICONERROR = 0x10
_MB_SETFOREGROUND = 0x10000  # a launcher started from Explorer must not hide it behind


def on_windows() -> bool:
    return sys.platform == "win32"


def message_box(text: str) -> None:
    """Windows' own message box (user32 MessageBoxW), so nothing but ctypes is needed."""
    import ctypes

    ctypes.windll.user32.MessageBoxW(None, text, TITLE, _MB_ICONERROR | _MB_SETFOREGROUND)


class _LastSentence:
    """A stderr that passes everything on and remembers the last ``waystation: …`` line."""

    def __init__(self, target: TextIO | None) -> None:
        self.target = target
        self.line = ""
        self.sentence = ""

    def write(self, text: str) -> int:
        if self.target is not None:
            self.target.write(text)
        for char in text:
            if char == "\n":
                if self.line.startswith(PREFIX):
                    self.sentence = self.line[len(PREFIX):].strip()
                self.line = ""
            else:
                self.line += char
        return len(text)

    def flush(self) -> None:
        if self.target is not None:
            self.target.flush()

    def last(self) -> str:
        if self.line.startswith(PREFIX):  # a message without its newline
            return self.line[len(PREFIX):].strip()
        return self.sentence


def run_windowed(main: Callable[[Sequence[str] | None], int],
                 argv: Sequence[str] | None = None) -> int:
    """``main(argv)``'s exit status; on Windows, a failure's sentence in a message box."""
    real_stderr = sys.stderr
    recorder = _LastSentence(real_stderr)
    sys.stderr = recorder  # type: ignore[assignment]
    try:
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse: it has printed its sentence already
            status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except ImportError as exc:
            print(PREFIX + INCOMPLETE.format(name=exc.name or "a module"), file=sys.stderr)
            status = 1
        except Exception as exc:  # noqa: BLE001 - never a traceback, and never silence
            print(PREFIX + INTERNAL.format(kind=type(exc).__name__), file=sys.stderr)
            status = 1
    finally:
        sys.stderr = real_stderr
    status = int(status or 0)
    sentence = recorder.last()
    if status != 0 and sentence and on_windows():
        message_box(sentence[:1].upper() + sentence[1:])
    return status
