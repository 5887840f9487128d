"""One write path (issue 19): the demo casebook is written by the repositories' own row
functions and column specs, so a rule added to a repository also holds for the demo, and the
demo has no SQL and no copied columns or rules of its own."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from models import followups, household, referrals
from models.clients import Client
from models.demo import build as demo
from models.errors import InvalidInput
from models.household import Document
from models.partners import Partner

ROOT = Path(__file__).resolve().parents[2]


def _demo_sources() -> list[Path]:
    found = sorted((ROOT / "models" / "demo").rglob("*.py"))
    assert len(found) > 1, "no demo modules found"
    return found


def _without(values: tuple[str, ...], value: str) -> tuple[str, ...]:
    assert value in values
    return tuple(v for v in values if v != value)


@pytest.mark.parametrize("rule", ["no passports", "no cancelled follow-ups",
                                  "referrals in English only"])
def test_a_rule_added_to_a_repository_holds_for_the_demo_too(book, monkeypatch, rule):
    """A vocabulary narrowed in the repository: the app refuses the row, and so does the
    demo, because it goes through the same code (it once imported copies of the names)."""
    cid = book.clients.add(Client("Amal Haddad")).id_of("clients")
    if rule == "no passports":
        monkeypatch.setattr(household, "DOCUMENT_TYPES",
                            _without(household.DOCUMENT_TYPES, "passport"))
        with pytest.raises(InvalidInput):
            book.household.add_document(cid, Document("passport"))
    elif rule == "no cancelled follow-ups":
        # The app creates follow-ups open; only an imported one can arrive cancelled.
        monkeypatch.setattr(followups, "STATUSES", _without(followups.STATUSES, "cancelled"))
    else:
        monkeypatch.setattr(referrals, "LANGUAGES", ("en",))
        pid = book.partners.add(Partner("Lantern Legal Clinic", services=("legal",))
                                ).id_of("partners")
        with pytest.raises(InvalidInput):
            book.referrals.create(referrals.Referral(cid, pid, "legal", lang="fr"))
    # 60 clients are enough for each to come up: a passport, a cancelled follow-up (the
    # first manual follow-ups take every bucket in turn), a referral in French or Spanish.
    with pytest.raises(InvalidInput):
        demo.generate(book, 60, seed=3)


def test_the_demo_has_no_sql_and_uses_no_private_name_of_another_module():
    for path in _demo_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words = node.value.upper().split()
                for verb in ("INSERT", "UPDATE", "DELETE", "SELECT"):
                    assert not (verb in words and ("INTO" in words or "FROM" in words
                                                   or "SET" in words)), \
                        f"{path.name}: SQL in the demo: {node.value[:60]!r}"
            if isinstance(node, ast.ImportFrom) and node.module and \
                    node.module.startswith("models"):
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, f"{path.name} imports {private} from {node.module}"
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") and \
                    not node.attr.startswith("__") and isinstance(node.value, ast.Name) and \
                    node.value.id not in ("self", "cls"):
                raise AssertionError(f"{path.name}: uses {node.value.id}.{node.attr}")


def test_no_module_uses_the_private_helpers_of_models_clients():
    """``_from_row``, ``_SELECT``, ``_COLUMNS`` were imported from outside; the public
    names are ``from_row``, ``SELECT``, ``COLUMNS``, ``TABLE``."""
    offenders = []
    for path in ROOT.glob("**/*.py"):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in (".venv", "tests", "build", "dist") or rel.name == "clients.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("clients") \
                    and any(a.name.startswith("_") for a in node.names):
                offenders.append(str(rel))
            if isinstance(node, ast.Attribute) and node.attr.startswith("_") and \
                    not node.attr.startswith("__") and isinstance(node.value, ast.Name) and \
                    node.value.id == "clients":
                offenders.append(f"{rel}: clients.{node.attr}")
    assert not offenders


def test_the_apps_import_and_the_demo_write_clients_with_the_same_bulk_insert(book,
                                                                             monkeypatch):
    """``Clients.add_many`` (``waystation import``, the import assistant) and the demo both
    write clients with ``clients.TABLE.insert_many``, audited as an import."""
    from models import clients
    from models.db.table_spec import TableSpec

    seen: list[tuple[str, int, str]] = []
    real = TableSpec.insert_many

    def spy(self, store, rows, **kw):  # noqa: ANN001, ANN202
        if self is clients.TABLE:
            seen.append((self.table, len(rows), kw.get("audit_action", "import")))
        return real(self, store, rows, **kw)

    monkeypatch.setattr(TableSpec, "insert_many", spy)
    changes = book.clients.add_many([Client("Amal Haddad", aliases=("Amal Hadad",)),
                                     Client("Yusuf Abdi")])
    assert seen == [("clients", 2, "import")]
    ids = sorted(i for _, i in changes.ids)
    assert [book.clients.get(i, audit=False).display_name for i in ids] == \
        ["Amal Haddad", "Yusuf Abdi"]
    assert book.clients.search("hadad") == [ids[0]]  # the search index and the name keys
    assert [d.id for d in book.clients.duplicates("Amal Hadaad")] == [ids[0]]
    assert [(e.action, e.entity_id) for e in book.audit.recent(2)] == \
        [("import", ids[1]), ("import", ids[0])]
    demo.generate(book, 3, seed=2)
    assert seen[1:] and all(table == "clients" for table, _, _ in seen[1:])
