"""Name matching that tolerates transliteration and spelling variants.

Each name token is reduced to a consonant skeleton (Mohammed, Muhammad and Mohamad all give
``mhmd``; Nguyen and Ngyuen give ``ngn``). Skeletons are indexed, so finding candidates is an
index lookup; a string similarity then ranks the few candidates found.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

_VOWELS = set("aeiouy")
_DIGRAPHS = (("ph", "f"), ("kh", "k"), ("gh", "g"), ("ck", "k"), ("sch", "s"), ("sh", "s"),
             ("ch", "c"), ("th", "t"), ("dh", "d"), ("ou", "u"))
_LETTER_MAP = str.maketrans({"q": "k", "c": "k", "z": "s", "w": "v", "j": "g"})
# Particles that join names in many languages; alone they say nothing about identity.
_PARTICLES = {"al", "el", "ul", "ud", "bin", "ibn", "bint", "abu", "de", "da", "del", "di",
              "van", "von", "der", "la", "le", "dos", "das"}
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents: 'Zoë Núñez' -> 'zoe nunez'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


def skeleton(token: str, x_sound: str = "k") -> str:
    """Consonant skeleton. ``x`` is "ks" in Aleksandr/Alexander but "h" in Somali spellings
    (Maxamed = Mohamed), so callers index both readings."""
    if not token.isascii():
        return token  # scripts without Latin vowels: match the folded token itself
    t = token.replace("x", x_sound)
    for a, b in _DIGRAPHS:
        t = t.replace(a, b)
    t = t.translate(_LETTER_MAP)
    head = "a" if t[0] in _VOWELS else t[0]
    body = [ch for ch in t[1:] if ch not in _VOWELS]
    out = [head]
    for ch in body:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def name_keys(*names: str) -> set[str]:
    words = [t for name in names for t in tokens(name) if len(t) >= 2 and t not in _PARTICLES]
    return {skeleton(t, x) for t in words for x in ("k", "h")}


def similarity(a: str, b: str) -> float:
    """0..1, comparing folded names with their tokens sorted (order-insensitive)."""
    fa, fb = " ".join(sorted(tokens(a))), " ".join(sorted(tokens(b)))
    best = difflib.SequenceMatcher(None, fa, fb).ratio()
    for x in ("k", "h"):
        sa = " ".join(sorted(skeleton(t, x) for t in tokens(a) if t not in _PARTICLES))
        sb = " ".join(sorted(skeleton(t, x) for t in tokens(b) if t not in _PARTICLES))
        best = max(best, 0.95 * difflib.SequenceMatcher(None, sa, sb).ratio())
    return best


def sort_key(name: str) -> str:
    return fold(name).strip()


def fts_query(text: str) -> str | None:
    """An FTS5 query that prefix-matches every word typed, or None when nothing to search."""
    words = tokens(text)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words[:8])
