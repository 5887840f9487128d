"""models/ and reports/ use no private name of another module (issue 19, problem 5).

A name with a leading underscore that another module imports or calls is a public API in
disguise: nobody reading its module knows it has callers elsewhere, so it gets changed as if
it had none. Shared helpers get public names instead (sponsorship records, the audit chain's
digest, the atomic writer's sweep, consents and follow-ups inserted inside another
operation's transaction).
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support.source_tree import ROOT

FIRST_PARTY = ("models", "reports", "desktop")


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def private_names_borrowed(path: Path) -> list[str]:
    """Where ``path`` imports a private name from another first-party module, or reaches
    one through a module or class it imported (``consents._insert(...)``,
    ``Followups(s)._insert(...)``, ``Casebook._connect(...)``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported: set[str] = set()
    hits = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.level or (
                node.module or "").split(".")[0] in FIRST_PARTY):
            for alias in node.names:
                if _private(alias.name):
                    hits.append(f"line {node.lineno}: imports {alias.name} from {node.module}")
                imported.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in FIRST_PARTY:
                    imported.add(alias.asname or alias.name.split(".")[0])
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _private(node.attr):
            owner = node.value.func if isinstance(node.value, ast.Call) else node.value
            if isinstance(owner, ast.Name) and owner.id in imported:
                hits.append(f"line {node.lineno}: uses {owner.id}.{node.attr}")
    return hits


def test_models_and_reports_use_no_private_name_of_another_module():
    found = []
    for folder in ("models", "reports"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            found += [f"{path.relative_to(ROOT)} {hit}" for hit in private_names_borrowed(path)]
    assert found == []


def test_the_check_sees_each_way_of_borrowing(tmp_path):
    source = tmp_path / "borrower.py"
    source.write_text(
        "from models.db.atomic import _sweep\n"
        "from models.consents import Consents\n"
        "from models import followups\n"
        "Consents(s)._insert(c)\n"
        "followups._helper()\n"
        "self._own()\n"
        "local = Local()\n"
        "local._fine()\n",
        encoding="utf-8")
    assert private_names_borrowed(source) == [
        "line 1: imports _sweep from models.db.atomic",
        "line 4: uses Consents._insert",
        "line 5: uses followups._helper",
    ]
