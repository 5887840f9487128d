"""Nothing the command line can import pulls in Qt (issue 19, problem 7).

``test_layering.py::test_the_command_line_runs_without_qt`` runs three commands and looks at
``sys.modules``; this reads every module of ``desktop/cli/`` and everything they import, at
the top or inside a function, so a command the run does not try (``screen``, ``sponsorship``,
``import``, ``users``, …) cannot load Qt unnoticed either. The three doors to Qt are named:
the window (``desktop.app``), the libraries' self-test (``desktop.self_test``, which checks
Qt's own plugins) and the developer tools (``desktop.devtools``: bench, screenshots).
"""

from __future__ import annotations

from pathlib import Path

from tests.support.source_tree import ROOT, imported_modules

QT = ("PySide6", "shiboken6")
DOORS_TO_QT = ("desktop.app", "desktop.self_test", "desktop.devtools")


def _source(module: str, root: Path) -> Path | None:
    base = root.joinpath(*module.split("."))
    for path in (base / "__init__.py", base.with_suffix(".py")):
        if path.exists():
            return path
    return None


def qt_reached_from_the_command_line(root: Path = ROOT) -> list[str]:
    """Each Qt module the command line's modules reach, as the chain of imports leading to it."""
    start = ["desktop.cli" if p.stem == "__init__" else f"desktop.cli.{p.stem}"
             for p in sorted((root / "desktop" / "cli").glob("*.py"))]
    came_from: dict[str, str | None] = dict.fromkeys(start)
    todo = list(start)
    found = []
    while todo:
        module = todo.pop()
        if module.split(".")[0] in QT:
            chain = [module]
            while (before := came_from[chain[-1]]) is not None:
                chain.append(before)
            found.append(" <- ".join(chain))
            continue
        if module.split(".")[0] not in ("desktop", "models", "reports") or any(
                module == door or module.startswith(door + ".") for door in DOORS_TO_QT):
            continue
        path = _source(module, root)
        for name in sorted(imported_modules(path)) if path else ():
            if name not in came_from:
                came_from[name] = module
                todo.append(name)
    return sorted(found)


def test_no_module_the_command_line_imports_reaches_qt():
    assert qt_reached_from_the_command_line() == []


def test_a_lazy_qt_import_behind_a_command_is_found(tmp_path, monkeypatch):
    from tests.support import source_tree

    monkeypatch.setattr(source_tree, "ROOT", tmp_path)  # imported_modules names by it
    cli = tmp_path / "desktop" / "cli"
    cli.mkdir(parents=True)
    (tmp_path / "desktop" / "__init__.py").write_text("", encoding="utf-8")
    (cli / "__init__.py").write_text("from desktop.cli import screen\n", encoding="utf-8")
    (cli / "screen.py").write_text(
        "def run():\n    from desktop.preview import show\n", encoding="utf-8")
    (tmp_path / "desktop" / "preview.py").write_text(
        "from PySide6.QtWidgets import QWidget\n", encoding="utf-8")
    (tmp_path / "desktop" / "app.py").write_text(
        "import PySide6.QtWidgets\n", encoding="utf-8")  # a named door: not reported
    assert qt_reached_from_the_command_line(tmp_path) == [
        "PySide6.QtWidgets <- desktop.preview <- desktop.cli.screen"]
