"""The tests' own layout (issue 19, problem 7): every test module lives in a feature
folder, and no test module imports another one; shared helpers live in tests/support/."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def test_test_modules_live_in_feature_folders_with_an_init() -> None:
    assert sorted(p.name for p in TESTS.glob("test_*.py")) == []
    for path in TESTS.rglob("test_*.py"):
        assert (path.parent / "__init__.py").exists(), path


def test_no_test_module_imports_another_test_module() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                if name.split(".")[-1].startswith("test_") and name.startswith("tests."):
                    offenders.append(f"{path.relative_to(TESTS)} imports {name}")
    assert offenders == []
