"""The windowed launcher (``waystation-gui``, no console on Windows) shows a start-up failure's
one sentence in a native message box (issue 14). Windows is simulated: the platform check
and ``ctypes.windll.user32.MessageBoxW`` are replaced."""

from __future__ import annotations

import ctypes
import sys

import pytest

from desktop import startup_message
from desktop.cli import gui_main
from desktop.display import NO_DISPLAY


class _User32:
    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def MessageBoxW(self, *args) -> int:  # noqa: N802 - the Windows name
        self.calls.append(args)
        return 1


@pytest.fixture
def windows(monkeypatch):
    """A pretend Windows: the platform check says so and MessageBoxW records its calls."""
    user32 = _User32()
    monkeypatch.setattr(startup_message, "on_windows", lambda: True)
    monkeypatch.setattr(ctypes, "windll", type("WinDLL", (), {"user32": user32}),
                        raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # a display, unless a test says not
    return user32


def _shown(user32: _User32) -> str:
    assert len(user32.calls) == 1, user32.calls
    owner, text, title, flags = user32.calls[0]
    assert owner is None and title == "Waystation" and flags & 0x10  # an error icon
    return text


def test_no_display_is_shown_in_a_message_box_and_exits_1(windows, monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("desktop.display.sys.platform", "linux")  # no display exists here
    assert gui_main([]) == 1
    assert _shown(windows) == NO_DISPLAY[0].upper() + NO_DISPLAY[1:]
    assert capsys.readouterr().err == f"waystation: {NO_DISPLAY}\n"  # stderr kept as well


def test_a_missing_casebook_is_shown(windows, tmp_path):
    assert gui_main([str(tmp_path / "our-group.wsdb")]) == 2
    assert _shown(windows) == "There is no casebook at that path."


def test_bad_arguments_are_shown_without_a_traceback(windows, capsys):
    assert gui_main(["--no-such-option"]) == 2
    assert _shown(windows) == "Unrecognized arguments: --no-such-option"
    assert "Traceback" not in capsys.readouterr().err


def test_a_missing_part_of_the_installation_is_shown(windows, monkeypatch):
    monkeypatch.setitem(sys.modules, "desktop.app", None)  # import fails like a lost module
    assert gui_main([]) == 1
    assert _shown(windows) == ("This installation is incomplete (desktop.app is missing); "
                               "reinstall Waystation.")


def test_an_unexpected_failure_is_one_sentence_not_a_traceback(windows, monkeypatch):
    def broken(argv):
        raise RuntimeError("with a name: Ahmad")

    assert startup_message.run_windowed(broken, []) == 1
    assert _shown(windows) == "Internal error (RuntimeError); nothing was changed."


def test_without_any_stderr_the_box_still_appears(windows, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "stderr", None)  # what Windows gives a windowed process
    assert gui_main([str(tmp_path / "gone.wsdb")]) == 2
    assert _shown(windows) == "There is no casebook at that path."


def test_success_shows_nothing(windows, capsys):
    assert gui_main(["--version"]) == 0  # argparse exits 0 after printing the version
    assert windows.calls == []
    assert capsys.readouterr().out.startswith("waystation ")


def test_other_platforms_keep_stderr_only(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(startup_message, "on_windows", lambda: False)
    monkeypatch.setattr(startup_message, "message_box",
                        lambda text: pytest.fail("no message box outside Windows"))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert gui_main([str(tmp_path / "gone.wsdb")]) == 2
    assert capsys.readouterr().err == "waystation: there is no casebook at that path.\n"
