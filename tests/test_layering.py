"""models/ and reports/ stay free of Qt and of network code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
