"""models/ has no import cycles (issue 19, point 2).

The graph counts every import a module makes, at the top or inside a function: a lazy import
hides a cycle from Python at start-up but still ties the two modules together, which is what
made the shared helpers of the facade (``check_passphrase``, ``casebook_files``,
``unseal_slot``, …) impossible to move or type.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.source_tree import ROOT, imported_modules


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(folder: str = "models") -> dict[str, set[str]]:
    """Module -> the modules of ``folder`` it imports, at the top or inside a function
    (``from models import audit`` counts as importing ``models.audit``)."""
    paths = sorted((ROOT / folder).rglob("*.py"))
    modules = {_module_name(p) for p in paths}
    graph: dict[str, set[str]] = {}
    for path in paths:
        name = _module_name(path)
        targets = {m for m in imported_modules(path) if m in modules}
        targets |= _from_package_names(path, modules)
        graph[name] = {t for t in targets if t in modules and t != name}
    return graph


def _from_package_names(path: Path, modules: set[str]) -> set[str]:
    """``from models import audit, keyslots`` and ``from . import x``: the submodules named."""
    import ast

    package = _module_name(path)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            for alias in node.names:
                if f"{base}.{alias.name}" in modules:
                    found.add(f"{base}.{alias.name}")
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_cycles_finds_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_the_graph_sees_lazy_and_relative_imports():
    graph = import_graph()
    # models/casebook.py imports models.audit at the top.
    assert "models.audit" in graph["models.casebook"]
    # A relative import inside a package resolves to the module it names.
    assert any(graph[m] for m in graph if m.startswith("models.screening."))


def test_models_has_no_import_cycles():
    found = cycles(import_graph())
    assert found == [], "import cycles in models/: " + "; ".join(
        " <-> ".join(c) for c in found)
