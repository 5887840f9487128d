"""models/ and reports/ stay free of Qt and of network code."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.support.source_tree import ROOT, imported_modules


def test_models_and_reports_do_not_import_qt():
    code = (
        "import sys, pkgutil, importlib, models, reports\n"
        "for pkg in (models, reports):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == ""


NETWORK = re.compile(
    r"^\s*(import|from)\s+(socket|urllib|requests|http\.client|httpx|ftplib|smtplib)\b"
    r"|QNetwork|QtNetwork|QWebEngine",
    re.M,
)


def test_no_network_code_anywhere():
    hits = []
    for folder in ("desktop", "models", "reports"):
        for path in (ROOT / folder).rglob("*.py"):
            if NETWORK.search(path.read_text(encoding="utf-8")):
                hits.append(str(path.relative_to(ROOT)))
    assert hits == []


def test_models_import_neither_reports_nor_desktop_and_reports_no_desktop():
    # issue 19: the domain is the bottom layer; printing sits on it; the interface on both.
    forbidden = {"models": ("reports", "desktop"), "reports": ("desktop",)}
    hits = []
    for folder, layers in forbidden.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            for name in imported_modules(path):
                if name.split(".")[0] in layers:
                    hits.append(f"{path.relative_to(ROOT)} imports {name}")
    assert hits == []


def test_the_command_line_runs_without_qt(new_book, book_path, tmp_path):
    """issue 19: the command line imports no PySide6 — not at start, and not while it opens,
    lists, verifies and prints (commands that open windows, demo-run and bench, aside)."""
    book, _ = new_book
    book.close()
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    opened = ["--user", "ana", "--passphrase-file", str(secret), str(book_path)]
    runs = [
        ["list", *opened, "clients", "--json"],
        ["verify", *opened],
        ["report", *opened, "--out", str(tmp_path / "caseload.pdf")],
    ]
    code = (
        "import sys, io, contextlib\n"
        "from desktop.cli import main\n"
        "statuses = []\n"
        f"for argv in {runs!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        statuses.append(main(argv))\n"
        "print(statuses)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    assert out == ["[0, 0, 0]", "[]"]
    assert (tmp_path / "caseload.pdf").stat().st_size > 0
