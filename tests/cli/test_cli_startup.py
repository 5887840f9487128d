"""How the command line starts (issue 14): arguments are parsed before anything heavy is
imported, every command is listed explicitly (freezers see them all), ``--version``,
``waystation PATH.wsdb`` and one sentence when there is no display."""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import _Parser, main
from desktop.cli.commands import COMMANDS
from desktop.version import __version__

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "PySide6", "shiboken6", "celpy", "models.screening", "sqlcipher3",
         "cryptography", "argon2")


def _loaded_after(argv: list[str]) -> tuple[int, list[str], str]:
    code = (
        "import sys, io, contextlib\n"
        "from desktop.cli import main\n"
        "err = io.StringIO()\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):\n"
        "    try:\n"
        f"        status = main({argv!r})\n"
        "    except SystemExit as exc:\n"
        "        status = exc.code\n"
        f"heavy = sorted({{m.split('.')[0] if not m.startswith('models.') else m\n"
        f"                for m in sys.modules if m.startswith({HEAVY!r})}})\n"
        "print(status); print(','.join(heavy)); print(err.getvalue(), end='')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.split("\n", 2)
    return int(out[0]), [m for m in out[1].split(",") if m], out[2]


def test_help_version_and_typos_import_nothing_heavy():
    for argv in (["--help"], ["--version"], ["scren"], ["--bogus"]):
        status, heavy, err = _loaded_after(argv)
        assert heavy == [], (argv, heavy)
        assert status == (0 if argv[0] in ("--help", "--version") else 2), argv
    status, _, err = _loaded_after(["scren", "x"])
    assert "invalid choice: 'scren'" in err and err.count("\n") == 1


def test_a_command_imports_only_what_it_needs():
    status, heavy, _ = _loaded_after(["screen", "--help"])
    assert status == 0 and "reportlab" not in heavy and "PySide6" not in heavy
    status, heavy, _ = _loaded_after(["list", "--help"])
    assert status == 0 and heavy == [] or "models.screening" not in heavy


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"waystation {__version__}"


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for name, (help_text, _) in COMMANDS.items():
        assert name in out and help_text.split()[0] in out


def _registered(module) -> dict[str, str]:
    parser = _Parser(prog="w")
    sub = parser.add_subparsers(parser_class=_Parser)
    module.register(sub)
    return {a.dest: a.help for a in sub._choices_actions}


def test_the_command_table_is_complete_and_matches_the_modules():
    """Every module under desktop/cli/ that registers commands is in the table, and each
    registers exactly the names the table gives it (the table's help lines are what
    `waystation --help` shows; the modules' own are shown by `waystation NAME --help`)."""
    registering = {
        p.stem for p in (ROOT / "desktop" / "cli").glob("*.py")
        if any(isinstance(n, ast.FunctionDef) and n.name == "register"
               for n in ast.parse(p.read_text(encoding="utf-8")).body)
    }
    by_module: dict[str, dict[str, str]] = {}
    for name, (help_text, load) in COMMANDS.items():
        by_module.setdefault(load().__name__.rsplit(".", 1)[1], {})[name] = help_text
    assert set(by_module) == registering
    for module_name, names in by_module.items():
        module = sys.modules[f"desktop.cli.{module_name}"]
        registered = _registered(module)
        assert set(registered) == set(names), module_name
        assert all(registered.values()) and all(names.values())


def test_the_table_uses_explicit_imports():
    """A freezer follows `from desktop.cli import x`, not a name computed at run time."""
    source = (ROOT / "desktop" / "cli" / "commands.py").read_text(encoding="utf-8")
    imported = {alias.name for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.ImportFrom) and node.module == "desktop.cli"
                for alias in node.names}
    assert {load().__name__.rsplit(".", 1)[1] for _, load in COMMANDS.values()} <= imported
    for folder in ("desktop",):
        for path in (ROOT / folder).rglob("*.py"):
            assert "import_module(" not in path.read_text(encoding="utf-8"), path


def test_a_casebook_path_opens_its_unlock_screen(tmp_path, monkeypatch, capsys):
    import types

    calls = []
    fake = types.ModuleType("desktop.app")
    fake.run_app = lambda path=None, **kw: calls.append(path) or 0
    monkeypatch.setitem(sys.modules, "desktop.app", fake)
    book = tmp_path / "our-group.wsdb"
    book.write_bytes(b"x")
    assert main([str(book)]) == 0
    assert calls == [book]
    assert main([str(tmp_path / "missing.wsdb")]) == 2
    assert "no casebook at that path" in capsys.readouterr().err
    assert calls == [book]


def test_the_unlock_screen_opens_on_the_given_casebook(qtbot, tmp_path):
    from desktop.app import AppController, make_application

    make_application()
    book = tmp_path / "our-group.wsdb"
    book.write_bytes(b"x")
    controller = AppController(book)
    try:
        assert controller.unlock_window.path == book
        assert "our-group.wsdb" in controller.unlock_window.file_label.text()
    finally:
        controller.shutdown()


@pytest.mark.parametrize("argv", [[], ["demo-run", "--kdf-fast"]])
def test_without_a_display_one_sentence_and_exit_1(tmp_path, argv):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "desktop", *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1 and "no display" in done.stderr
    assert "Traceback" not in done.stderr and "qt.qpa" not in done.stderr
    assert not any(Path(env["XDG_DATA_HOME"]).rglob("*.wsdb"))


def test_parser_type():
    assert isinstance(_Parser(prog="w"), argparse.ArgumentParser)
