"""The ``Casebook`` facade is typed and the same in every process (issue 19, point 1)."""

from __future__ import annotations

import ast
import subprocess
import sys
import typing
from functools import cached_property

from tests.support.source_tree import ROOT

REPOSITORIES = ("clients", "partners", "consents", "referrals", "followups", "notes",
                "household", "screenings", "settings", "users", "sponsorships", "attachments",
                "audit")


def test_every_repository_is_a_property_of_the_class_with_its_return_type():
    from models.casebook import Casebook

    for name in REPOSITORIES:
        prop = Casebook.__dict__.get(name)
        assert isinstance(prop, cached_property), name
        returned = typing.get_type_hints(prop.func).get("return")
        assert isinstance(returned, type), f"Casebook.{name} has no return type"


def test_the_facade_imports_nothing_lazily_and_nothing_patches_it():
    tree = ast.parse((ROOT / "models" / "casebook.py").read_text(encoding="utf-8"))
    lazy = [node.lineno for fn in ast.walk(tree)
            if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef)
            for node in ast.walk(fn) if isinstance(node, ast.Import | ast.ImportFrom)]
    assert lazy == []
    # No module assigns attributes to Casebook (sponsorships once came that way).
    patched = []
    for path in sorted((ROOT / "models").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                patched += [f"{path.name}:{node.lineno}" for t in targets
                            if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                            and t.value.id == "Casebook"]
    assert patched == []


def test_latest_schema_version_does_not_depend_on_what_was_imported():
    code = ("from models.db import schema\n"
            "before = schema.latest_version()\n"
            "import models.casebook\n"
            "print(before, schema.latest_version())\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out[0] == out[1] == "4"
