"""The shipped rule packs, ready-made: read, parsed and checked when Waystation is built, not
again in every process.

A ``waystation screen`` process used to read the pack's YAML (~30 ms of CPU) and parse its
~90 CEL expressions with lark (~70 ms), out of a target of 500 ms for the whole process
(issue 18). ``python -m models.screening.ready_made_build`` writes
``resources/screening/ready-made-packs.json`` with, for each shipped pack, the SHA-256 of its
YAML file, the data that YAML reads as, and the worked examples' count once they all passed;
and, for every expression of those packs, the tree lark parses it into. All of it is tied to
the installed parsing and evaluating code (lark's version, celpy's, and celpy's grammar):
when any of that differs, nothing here is used: the packs are read and parsed, and their
examples run.

Why this cannot be poisoned: the file is installed with the code, read-only like it, and is
looked up only by the exact bytes of a shipped pack file or the exact text of an expression.
Nothing a casebook holds or a user imports is written to it or read from it in its place;
an imported pack with an expression a shipped pack also has gets the tree lark would give
it (tests/screening/test_ready_made_packs.py parses every one and compares, position by
position). It is plain JSON, never unpickled.

Worked examples: a shipped pack whose bytes and installed libraries are exactly those its
examples passed with at build time is not checked again (the test suite also runs them).
Any other shipped pack file, e.g. one edited after installation or running on another
celpy, has its examples run before use, like an imported pack.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import lark
from lark.tree import Meta

from models.resource_files import read_bytes

FILE = ("screening", "ready-made-packs.json")
_TOKEN_FIELDS = ("start_pos", "line", "column", "end_line", "end_column", "end_pos")


@dataclass(frozen=True)
class ShippedPack:
    """What the build recorded for one shipped pack file."""

    data: Any  # what the YAML reads as (JSON types only: a test checks it reads the same)
    examples_checked: bool


@functools.cache
def fingerprint() -> str:
    """The installed parsing and evaluating code the file must have been made with: lark's
    version, celpy's (the name of its dist-info folder, which wheels install beside it and
    the bundle copies for the About box; not its sources, which a bundle does not hold) and
    the hash of celpy's CEL grammar. Unknown, it matches no file: everything is worked out."""
    from pathlib import Path

    import celpy

    folder = Path(celpy.__file__).parent
    try:
        grammar = hashlib.sha256((folder / "cel.lark").read_bytes()).hexdigest()
        celpy_dists = sorted(p.name for p in folder.parent.glob("cel_python-*.dist-info"))
    except OSError:
        return "unknown"
    if len(celpy_dists) != 1:  # none, or several versions side by side: cannot tell which
        return "unknown"
    return f"lark {lark.__version__}; {celpy_dists[0]}; grammar {grammar}"


_ignored = False  # while the file is being made, from lark's and YAML's work only


@contextlib.contextmanager
def ignored() -> Iterator[None]:
    """Read and parse everything as if the file were not there (to make it anew)."""
    global _ignored
    _ignored = True
    try:
        yield
    finally:
        _ignored = False


def _contents() -> Mapping[str, Any]:
    return {} if _ignored else _file_contents()


@functools.cache
def _file_contents() -> Mapping[str, Any]:
    """The file's contents when it was made for the installed code, else nothing."""
    try:
        contents = json.loads(read_bytes(*FILE))
    except (OSError, ValueError):  # not installed, or unreadable: work everything out
        return {}
    if not isinstance(contents, dict) or contents.get("fingerprint") != fingerprint():
        return {}
    return contents


def shipped_pack(raw: bytes) -> ShippedPack | None:
    """The ready-made form of a shipped pack file with exactly these bytes, if there is one."""
    packs = _contents().get("packs", {})
    entry = packs.get(hashlib.sha256(raw).hexdigest())
    if entry is None:
        return None
    # Kept as JSON text and read anew each time: the pack gets data of its own, as from YAML.
    return ShippedPack(json.loads(entry["data"]), bool(entry["examples_checked"]))


def shipped_tree(source: str) -> lark.Tree | None:
    """The tree lark parses ``source`` into (already flattened by the expressions module), or
    None when the source is not one of the shipped packs' expressions."""
    encoded = _contents().get("trees", {}).get(source)
    return None if encoded is None else decode(encoded)


# The positions lark's meta holds for a rule when it has any (propagate_positions), in the
# order they are written: a list of values instead of 13 named fields halves the file.
_META_FIELDS = ("empty", "line", "column", "start_pos", "container_line", "container_column",
                "container_start_pos", "end_line", "end_column", "end_pos",
                "container_end_line", "container_end_column", "container_end_pos")


def encode(node: lark.Tree | lark.Token) -> Any:
    """A tree as JSON: a rule as [name, meta, children], a token as [type, value, positions…];
    meta is null (none made), a list (_META_FIELDS) or, for any other set of fields, a dict."""
    if isinstance(node, lark.Token):
        if not isinstance(node.value, str):
            raise TypeError(f"token {node.type} has a value that is not text")
        return [node.type, node.value, *(getattr(node, f) for f in _TOKEN_FIELDS)]
    if not isinstance(node.data, str) or isinstance(node.data, lark.Token):
        raise TypeError("a rule name that is not plain text")
    meta: Any = None
    if node._meta is not None:  # noqa: SLF001 - lark makes a meta only when asked for one
        meta = dict(vars(node._meta))  # noqa: SLF001
        if tuple(meta) == _META_FIELDS:
            meta = list(meta.values())
    return [node.data, meta, [encode(c) for c in node.children]]


def decode(encoded: Any) -> Any:
    if len(encoded) != 3:
        return lark.Token(*encoded)
    data, meta, children = encoded
    tree_meta = None
    if meta is not None:
        tree_meta = Meta()
        fields = meta if isinstance(meta, dict) else zip(_META_FIELDS, meta, strict=True)
        vars(tree_meta).update(fields)
    return lark.Tree(data, [decode(c) for c in children], tree_meta)
