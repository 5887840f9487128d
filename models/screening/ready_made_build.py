"""Writes ``resources/screening/ready-made-packs.json`` (see ready_made.py):
``python -m models.screening.ready_made_build``, run after a shipped pack or lark or celpy
changes; tests/screening/test_ready_made_packs.py fails until it is."""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields, is_dataclass
from typing import Any

from models.screening.expressions import Expression, parse
from models.screening.loader import PACKS_DIR, parse_text, read_yaml
from models.screening.ready_made import FILE, encode, fingerprint, ignored


def build() -> dict[str, Any]:
    """The file's contents, from the shipped packs as lark and celpy read them now; a pack
    whose worked examples fail is refused here, so it never gets a record."""
    if fingerprint() == "unknown":
        raise RuntimeError("lark's and celpy's versions cannot be told: no file is made")
    with ignored():
        return _build()


def _build() -> dict[str, Any]:
    packs: dict[str, Any] = {}
    trees: dict[str, Any] = {}
    for path in sorted(PACKS_DIR.glob("*.yaml")):
        raw = path.read_bytes()
        data = read_yaml(raw, path.name)
        text = json.dumps(data, ensure_ascii=False)  # in the YAML's order: findings' order
        if not same_data(json.loads(text), data):
            raise ValueError(f"{path.name} reads as data JSON cannot hold (dates? numbers "
                             "as keys?): quote them in the YAML")
        pack = parse_text(raw, path.name, path)  # not shipped=True: runs the examples
        packs[hashlib.sha256(raw).hexdigest()] = {
            "pack": pack.id, "version": pack.version, "data": text,
            "examples_checked": len(pack.examples)}
        for source in sorted(expression_sources(pack)):
            trees[source] = encode(parse(source))
    return {"fingerprint": fingerprint(), "packs": packs, "trees": trees}


def same_data(a: Any, b: Any) -> bool:
    """Equal, in the same order and of the same types all the way down (``==`` takes 1 for
    1.0 and True, and dicts in any order)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same_data(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_data(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def expression_sources(value: Any) -> set[str]:
    """The source of every expression in a pack (found by walking its dataclasses)."""
    if isinstance(value, Expression):
        return {value.source}
    if is_dataclass(value) and not isinstance(value, type):
        return set().union(*(expression_sources(getattr(value, f.name))
                             for f in fields(value)))
    if isinstance(value, tuple | list):
        return set().union(*(expression_sources(v) for v in value))
    if isinstance(value, dict):
        return set().union(*(expression_sources(v) for v in value.values()))
    return set()


if __name__ == "__main__":  # writes the shipped file beside the source tree's resources
    from models.db.atomic import atomic_write_bytes
    from models.resource_files import resource_dir

    target = resource_dir(FILE[0]) / FILE[1]
    text = json.dumps(build(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    atomic_write_bytes(target, text.encode("utf-8") + b"\n", mode=0o644)
    print(f"wrote {target}")
