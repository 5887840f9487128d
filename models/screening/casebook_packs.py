"""Which rule pack a casebook uses: the newest of the shipped pack and any a coordinator
imported. Imported packs are stored inside the encrypted casebook with their full text, so a
screening made under any version can be explained later."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from models.changes import Changes
from models.db.store import Store
from models.errors import InvalidInput
from models.permissions import Action


def _version_key(version: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in version.replace("-", ".").split("."))


def current_pack(store: Store, pack_id: str) -> Any:
    from models.screening import load_pack, load_pack_text

    shipped = load_pack(pack_id)
    row = store.one("SELECT version, body FROM rulepacks WHERE pack_id = ?"
                    " ORDER BY imported_at DESC LIMIT 1", (pack_id,))
    if row and _version_key(row[0]) > _version_key(shipped.version):
        # Cached by id, version and text hash: parsed and its examples run once per process,
        # not on every screening (issue 18: 42 ms became 2.5 s per evaluation).
        return load_pack_text(row[1], source=f"{pack_id} {row[0]}", pack_id=pack_id,
                              version=row[0])
    return shipped


def import_pack(store: Store, path: Path | str) -> Changes:
    """Validate a pack file (schema, expressions, worked examples) and make it current."""
    store.require(Action.IMPORT_RULEPACK)
    from models.screening import load_pack, load_pack_text

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise InvalidInput("rule pack", "the file cannot be read as text") from None
    pack = load_pack_text(text, source=path.name)
    current = current_pack(store, pack.id) if _known(pack.id, load_pack) else None
    if current is not None and _version_key(pack.version) <= _version_key(current.version):
        raise InvalidInput.of("rule pack", "version {version} is not newer than the current "
                              "{current}", version=pack.version, current=current.version)
    with store.tx():
        store.x("INSERT INTO rulepacks (pack_id, version, body, imported_by, imported_at)"
                " VALUES (?,?,?,?,?)", (pack.id, pack.version, text, store.user.id,
                                        store.now_iso()))
        store.audit("import", "rulepack")
    return Changes.of("rulepacks")


def _known(pack_id: str, load_pack: Callable[[str], object]) -> bool:
    try:
        load_pack(pack_id)
        return True
    except InvalidInput:
        return False


def versions(store: Store) -> list[tuple[str, str, str]]:
    """(pack id, version in use, where it comes from) for the settings screen."""
    from models.screening import available_packs

    out = []
    for pack_id in available_packs():
        pack = current_pack(store, pack_id)
        out.append((pack_id, pack.version, pack.law_current_to))
    return out
