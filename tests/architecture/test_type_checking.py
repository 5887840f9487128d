"""mypy over models/ and reports/ runs in `make lint` and in CI (issue 19): its settings stay
strict enough to mean something, and every silenced line says which check and why."""

from __future__ import annotations

import re
import tomllib

from tests.support.source_tree import ROOT

IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[^\]]*\])?(?P<rest>.*)$")


def test_mypy_runs_in_make_lint_and_ci_over_models_and_reports() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mypy = project["tool"]["mypy"]
    assert mypy["files"] == ["models", "reports"]
    assert mypy["python_version"] == "3.11"
    assert mypy["check_untyped_defs"] and mypy["warn_unused_ignores"]
    assert mypy["disallow_untyped_defs"]
    # Missing types are let through per library, never for every import at once.
    assert "ignore_missing_imports" not in mypy
    let_through = {m for o in mypy.get("overrides", []) if o.get("ignore_missing_imports")
                   for m in o["module"]}
    assert let_through <= {"sqlcipher3", "sqlcipher3.*"}
    # A fresh `make lint` has mypy and the stubs it needs.
    extra = " ".join(project["project"]["optional-dependencies"]["test"])
    for package in ("mypy>=", "types-PyYAML>=", "types-reportlab>=", "types-openpyxl>="):
        assert package in extra
    lint = re.search(r"^lint:.*\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text(), re.M)
    assert lint and "$(BIN)/mypy" in lint.group(1) and "$(BIN)/ruff check ." in lint.group(1)
    ci = (ROOT / ".ci" / "run").read_text().splitlines()
    assert "make lint" in ci and ci.index("make lint") < ci.index("make test")


def test_every_silenced_line_names_its_check_and_says_why() -> None:
    bad = []
    for folder in ("models", "reports"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            lines = path.read_text(encoding="utf-8").splitlines()
            for i, line in enumerate(lines):
                m = IGNORE.search(line)
                if not m:
                    continue
                before = line[:m.start()]
                said = ("#" in m.group("rest") or "#" in before
                        or any(x.lstrip().startswith("#") for x in lines[max(0, i - 2):i]))
                if not m.group("codes") or not said:
                    bad.append(f"{path.relative_to(ROOT)}:{i + 1}")
    assert bad == [], "a type: ignore without [code] or without a comment saying why"
