"""Finding, reading, validating and caching rule packs.

A pack is accepted only if it parses, every expression compiles and refers to names that
exist, its expressions stay within the cost budget, and every worked example gives its
expected findings. Validation runs the examples, so accepted packs are cached: files by
identity (path, size, modification time), texts (packs imported into a casebook) by pack id,
version and a hash of the whole text, so each is parsed once per process.

The worked examples of the packs shipped with Waystation are run when Waystation is built
(ready_made.py) and by the test suite (tests/screening/test_screening_packs.py), not by
``load_pack``, as long as the pack file and the installed celpy and lark are exactly those they
passed with: they cost ~0.7 s of CPU, paid by every ``waystation screen`` process and the
first questionnaire of every session otherwise (issue 18). A shipped pack file that differs
runs them before use, as does any other pack (a file given to ``load_pack_file``, a text
being imported or kept in a casebook).
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.errors import InvalidInput
from models.resource_files import resource_dir
from models.screening.budget import IMPORT_SECONDS, Budget, BudgetExceeded
from models.screening.engine import evaluate
from models.screening.pack import RulePack, RulePackInvalid
from models.screening.ready_made import shipped_pack
from models.screening.schema import pack_label, parse_pack

if TYPE_CHECKING:
    import yaml

PACKS_DIR = resource_dir("rulepacks")  # the installed package's folder (issue 14)
MAX_PACK_BYTES = 2_000_000  # real packs are ~100 kB; refuse anything absurd before parsing
_PACK_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")

# Files by (path, size, mtime, shipped): a pack read by load_pack_file has had its examples
# run; one read by load_pack may have been checked at build time instead.
_cache: dict[tuple[str, int, int, bool], RulePack] = {}
# Imported packs by (id, version, sha256 of the text); a few versions at most are in use.
_text_cache: OrderedDict[tuple[str, str, str], RulePack] = OrderedDict()
_TEXT_CACHE_SIZE = 16
_lock = threading.Lock()


def available_packs() -> list[str]:
    """Ids of the packs shipped with Waystation."""
    return sorted(p.stem for p in PACKS_DIR.glob("*.yaml"))


def load_pack(pack_id: str) -> RulePack:
    """A shipped pack by id (``ca-refugee-claim``), validated."""
    if not isinstance(pack_id, str) or not _PACK_ID.fullmatch(pack_id) or \
            not (PACKS_DIR / f"{pack_id}.yaml").is_file():
        raise InvalidInput.of("pack", "unknown rule pack (available: {packs})",
                              packs=", ".join(available_packs()))
    pack = _load_file(PACKS_DIR / f"{pack_id}.yaml", shipped=True)
    if pack.id != pack_id:
        raise RulePackInvalid(pack_id, f"the file declares id {pack.id}")
    return pack


def load_pack_file(path: str | Path) -> RulePack:
    """Any pack file (e.g. a newer pack a coordinator imports), validated before use."""
    return _load_file(path, shipped=False)


def _load_file(path: str | Path, shipped: bool) -> RulePack:
    path = Path(path)
    name = path.name
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, shipped)
        with _lock:
            if key in _cache:
                return _cache[key]
        if stat.st_size > MAX_PACK_BYTES:
            raise RulePackInvalid(name, "the file is too large")
        raw = path.read_bytes()
    except OSError:
        raise InvalidInput("pack", "the rule pack file cannot be read") from None
    pack = parse_text(raw, name, path, shipped=shipped)
    with _lock:
        _cache[key] = pack
    return pack


def load_pack_text(text: str, source: str = "rule pack", pack_id: str | None = None,
                   version: str | None = None) -> RulePack:
    """A pack from its YAML text (an imported pack kept inside the casebook), validated
    exactly like a file: size limit, schema, expressions and worked examples.

    Validated once: the same text again (the casebook's current pack, read on every
    screening) comes from the cache. ``pack_id`` and ``version``, when the caller knows
    them, are part of the key and must match what the text declares.
    """
    if not isinstance(text, str):
        raise InvalidInput("pack", "the rule pack must be text")
    raw = text.encode("utf-8", "surrogatepass")
    if len(raw) > MAX_PACK_BYTES:
        raise RulePackInvalid(source, "the file is too large")
    key = (pack_id or "", version or "", hashlib.sha256(raw).hexdigest())
    with _lock:
        if key in _text_cache:
            _text_cache.move_to_end(key)
            return _text_cache[key]
    pack = parse_text(text, source)
    if (pack_id is not None and pack.id != pack_id) or \
            (version is not None and pack.version != version):
        raise RulePackInvalid(source, "the text declares another pack id or version")
    with _lock:
        _text_cache[key] = pack
        while len(_text_cache) > _TEXT_CACHE_SIZE:
            _text_cache.popitem(last=False)
    return pack


def parse_text(raw: bytes | str, name: str, path: Path | None = None, *,
               shipped: bool = False) -> RulePack:
    """Validate a pack from its YAML text (safe_load only: a pack is data, not code).

    ``shipped`` only for a file of the packs folder: its ready-made form is used when the
    bytes are exactly those it was made from, and its examples are not run again when they
    passed at build time with the installed celpy and lark (ready_made.py)."""
    made = shipped_pack(raw) if shipped and isinstance(raw, bytes) else None
    data = made.data if made is not None else read_yaml(raw, name)
    pack = parse_pack(data, name, path)
    if made is None or not made.examples_checked:
        check_examples(pack, pack_label(pack.id, name))
    return pack


def read_yaml(raw: bytes | str, name: str) -> object:
    """What a pack's YAML text reads as, or ``RulePackInvalid`` saying where it is broken."""
    # Imported here: a shipped pack comes ready-made, and PyYAML costs a screen process ~20 ms.
    import yaml

    try:
        return _safe_load(raw, name)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise RulePackInvalid(name, f"not valid YAML{where}") from None
    except (ValueError, RecursionError):  # undecodable bytes, absurd nesting
        raise RulePackInvalid(name, "not valid YAML") from None


MAX_EXPANDED_NODES = 200_000  # the shipped packs expand to ~10 000 nodes


def _safe_load(raw: bytes | str, name: str) -> object:
    """yaml.safe_load, refusing documents whose aliases expand to something enormous.

    Anchors and aliases are handy for worked examples, but nested aliases can make a small
    file expand to billions of nodes ("billion laughs"); measure before constructing.
    """
    import yaml

    # libyaml's loader where PyYAML was built with it (its wheels are): the same safe
    # constructors and nodes, 7x faster than PyYAML's own.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(raw)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _expanded_size(node, {}, yaml) > MAX_EXPANDED_NODES:
            raise RulePackInvalid(name, "the YAML expands to too much data")
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _expanded_size(node: yaml.Node, memo: dict[int, int], lib: Any) -> int:
    # lib: the yaml module, imported only when a YAML text is read.
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = MAX_EXPANDED_NODES + 1  # a node that contains itself is refused too
    if isinstance(node, lib.SequenceNode):
        size = 1 + sum(_expanded_size(child, memo, lib) for child in node.value)
    elif isinstance(node, lib.MappingNode):
        size = 1 + sum(_expanded_size(k, memo, lib) + _expanded_size(v, memo, lib)
                       for k, v in node.value)
    else:
        size = 1
    memo[key] = min(size, MAX_EXPANDED_NODES + 1)
    return memo[key]


def check_examples(pack: RulePack, label: str | None = None,
                   seconds: float = IMPORT_SECONDS) -> None:
    """Every worked example must give its expected findings, all within ``seconds``, or
    the pack is refused."""
    label = label or pack.id
    budget = Budget(seconds)
    for ex in pack.examples:
        where = f"example {ex.name!r}"
        try:
            budget.check()
            result = evaluate(pack, ex.answers,
                              seconds=max(0.0, budget.deadline - time.monotonic()))
        except BudgetExceeded as exc:
            raise RulePackInvalid(label, f"checking the worked examples {exc}") from None
        except RulePackInvalid as exc:
            raise RulePackInvalid(label, f"{where}: {exc.problem}") from None
        except InvalidInput as exc:
            raise RulePackInvalid(label, f"{where}: invalid answers ({exc})") from None
        found = set(result.ids())
        missing = [fid for fid in ex.must if fid not in found]
        if missing:
            raise RulePackInvalid(label, f"{where}: expected {missing[0]}, not found")
        unwanted = [fid for fid in ex.must_not if fid in found]
        if unwanted:
            raise RulePackInvalid(label, f"{where}: {unwanted[0]} found but must not be")
        if ex.summary is not None and result.summary != ex.summary:
            raise RulePackInvalid(
                label, f"{where}: summary is {result.summary}, expected {ex.summary}")
