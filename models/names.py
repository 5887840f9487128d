"""Name matching that knows how names travel between scripts and spellings.

Every name is first written in Latin letters (``anyascii``: Arabic, Persian, Cyrillic, Ge'ez,
Chinese...), then split into tokens with the particles that come and go removed (al-, el-,
bin, de la, van...), "Abd al-Rahman" forms joined into one token, and the readings a spelling
may have kept side by side (Somali ``x`` is an h and an initial ``c`` is a vowel; Ukrainian
``г`` is an h; Arabic script writes no short vowels). Each token gets a phonetic form
(vowel classes, doubled letters collapsed) and a consonant skeleton: skeletons are indexed,
so finding candidates is an index lookup; ``similarity`` then ranks the few candidates found
by aligning tokens in any order (swapped name order, a missing middle name, a name written
in one word or two), comparing phonetic forms with rapidfuzz. Two words alike but one
telling letter apart (Farhad and Farzad, Kevin and Kelvin, Liban and Libin, Amir and
Amira) are scored as other names: only the differences transliteration explains (an h
that comes and goes, h for kh/gh, glides, vowels, doubled letters) keep one person.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Indel, Levenshtein

# Stored beside the keys (meta table); a casebook whose keys were built by another version
# rebuilds them (models.clients.Clients.ensure_name_keys).
KEY_VERSION = "2"

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_WORD = re.compile(r"[^\W_]+(?:['’`ʼʻ][^\W_]+)*", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_CJK = re.compile(r"[\u3400-\u9FFF\uF900-\uFAFF]")
_UKRAINIAN = set("іїєґІЇЄҐ")
_ALIF_START = set("اأإآعءئؤ")
_PERSIAN_Z = str.maketrans({"ض": "z", "ذ": "z", "ظ": "z"})

# Particles that join names; alone they say nothing about identity. "Hard" ones are dropped
# wherever they stand before another word; "soft" ones only inside a name, because at its
# start they are often a name themselves (Le and Do are Vietnamese family names, Ben a
# given name).
_HARD = {"al", "el", "ul", "ad", "ud", "ibn", "bint"}
_SOFT = {"bin", "ben", "de", "del", "della", "der", "den", "da", "das", "dos", "di", "du", "la",
         "le", "van", "von", "ter", "y", "e"}
_ABD = {"abd", "abdel", "abdul", "abdal", "abdil", "abdu", "abdur", "abdus", "abdou"}
_ABD_GLUED = re.compile(r"^abd(?:ul|el|al|il|ur|us|ou|u|i)?([a-z]{3,})$")
_ARTICLE_GLUED = re.compile(r"^(?:al|el|dela|del|van|ibn|bin)([^aeiouy][a-z]{2,})$")
_SAINT = {"st": "saint", "ste": "sainte", "sta": "santa", "sto": "santo"}

_DIGRAPHS = (("sch", "s"), ("tch", "c"), ("tz", "z"), ("ph", "f"), ("kh", "k"), ("gh", "g"),
             ("ck", "k"), ("sh", "s"), ("ch", "c"), ("th", "t"), ("dh", "d"), ("zh", "s"),
             ("dj", "y"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ie", "i"), ("x", "ks"))
_LETTERS = str.maketrans({"q": "k", "c": "k", "z": "s", "w": "v", "j": "y", "e": "a",
                          "o": "u"})
_LETTERS_EI = str.maketrans({"q": "k", "c": "k", "z": "s", "w": "v", "j": "y", "e": "i",
                             "o": "u"})
_LETTERS_E = str.maketrans({"q": "k", "c": "k", "z": "s", "w": "v", "j": "y", "o": "u"})
_VOWELS = set("aeiou")
_SINGLE = re.compile(r"(.)\1+")
# An h that is a sound of its own, before a vowel or at the end: not part of kh, sh, ch, zh,
# th, gh, ph, dh, wh, nor of Vietnamese nh or a pinyin syllable after n (Minh, Jianhua).
_BARE_H = re.compile(r"(?<![kscztgpdwn])h(?=[aeiouy]|$)")
_BARE_G = re.compile(r"g(?!h)")


def fold(text: str) -> str:
    """Lower case without accents: 'Zoë Núñez' -> 'zoe nunez'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(text))


# -- writing every name in Latin letters -------------------------------------------------
def _plain(text: str) -> str:
    return "".join(ch for ch in anyascii(text).lower() if ch.isalnum())


def _arabic_readings(word: str) -> tuple[str, ...]:
    """Arabic and Persian script: the article joined to the word goes, a leading alif or
    ayin is a vowel, taa marbuta is an a, and waw/yaa may be long vowels (Yusuf, Marwan)."""
    if word.startswith("ال") and len(word) > 3 and word != "الله":
        word = word[2:]
    out = []
    for w in dict.fromkeys((word, word.translate(_PERSIAN_Z))):
        lead = "a" if w[0] in _ALIF_START else ""
        body = w[1:] if lead else w
        text = lead + _plain(body.replace("ة", "a").replace("ع", ""))
        out.append(text)
        if "w" in text[1:]:
            out.append(text[0] + text[1:].replace("w", ""))
        # Latin spellings drop an h after a consonant or at the end (Farhad is often
        # heard as Farad; Saleh, Abdallah), so keep a reading without those too.
        bare = text[0] + re.sub(r"(?<=[^aeiouh])h|h$", "", text[1:])
        if bare != text and len(bare) >= 2:
            out.append(bare)
    return tuple(dict.fromkeys(t for t in out if t))


def _somali(word: str) -> str | None:
    """Somali spelling: x is the h sound (Maxamed), c an ayin (Cali = Ali, Jaamac = Jama)."""
    if "x" not in word and "c" not in word:
        return None
    w = word.replace("x", "h")
    w = re.sub(r"c(?!h)", "", w)
    return w if len(w) >= 2 and w != word else None


def _spellings(word: str) -> list[str]:
    """Other ways the same sounds are written: Somali, French ch (Aicha = Aisha), q and gh
    for one Persian letter (Sadeqi = Sadeghi), th read as s (Othman = Osman)."""
    out = [s for s in (_somali(word),) if s]
    if re.search(r"(?<![st])ch", word):
        out.append(re.sub(r"(?<![st])ch", "sh", word))
    if "q" in word:
        out.append(word.replace("q", "gh"))
    if "th" in word:
        out.append(word.replace("th", "s"))
    return out


class _Token:
    """One word of a name: the Latin spellings it may stand for, and whether it was written
    without short vowels (compared by skeleton only), and whether it is two written words
    joined (Louis-Jeune as Louijeune: a letter lost at the join is no other name). Hashed
    once: token pairs are cached."""

    __slots__ = ("readings", "abjad", "joined", "_hash")

    def __init__(self, readings: tuple[str, ...], abjad: bool, joined: bool = False) -> None:
        self.readings = readings
        self.abjad = abjad
        self.joined = joined
        self._hash = hash((readings, abjad, joined))

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return self is other or (isinstance(other, _Token) and self._hash == other._hash
                                 and self.readings == other.readings
                                 and self.abjad == other.abjad
                                 and self.joined == other.joined)


def _words(name: str) -> list[_Token]:
    out: list[_Token] = []
    for raw in _WORD.findall(name):
        if _ARABIC.search(raw):
            readings = _arabic_readings(raw)
            if readings:
                out.append(_Token(readings, True))
            continue
        if _CJK.search(raw):
            # anyascii writes each syllable capitalised: 王小明 -> WangXiaoMing.
            for syllable in re.findall(r"[A-Z][a-z]*|[a-z]+", anyascii(raw)):
                out.append(_Token((syllable.lower(),), False))
            continue
        if any(ch in _UKRAINIAN for ch in raw):
            raw = raw.replace("г", "h").replace("Г", "H")
        text = _plain(raw)
        if text:
            out.append(_Token((text,), False))
    return out


def _normalise(words: list[_Token]) -> list[_Token]:
    """Particles out, Abd-compounds joined, glued articles and Somali readings added."""
    out: list[_Token] = []
    i = 0
    while i < len(words):
        w = words[i]
        head = w.readings[0]
        rest = len(words) - i - 1
        if head in _ABD and rest:
            j = i + 1
            if words[j].readings[0] in _HARD and j + 1 < len(words):
                j += 1
            nxt = words[j]
            out.append(_Token(tuple(dict.fromkeys("abd" + r for r in nxt.readings)),
                              nxt.abjad))
            i = j + 1
            continue
        if rest and not w.abjad and (head in _HARD or (head in _SOFT and out)):
            i += 1
            continue
        readings = [_SAINT.get(r, r) for r in w.readings]
        if not w.abjad:
            readings += [v for r in w.readings for v in _spellings(r)]
        for k, r in enumerate(list(readings)):
            m = _ABD_GLUED.match(r)
            if m:
                readings[k] = r = "abd" + m.group(1)
            m = _ARTICLE_GLUED.match(r)
            if m:
                readings.append(m.group(1))
        out.append(_Token(tuple(dict.fromkeys(readings)), w.abjad))
        i += 1
    return out


# -- phonetic forms and skeletons --------------------------------------------------------
@lru_cache(maxsize=65536)
def phonetic(reading: str, abjad: bool = False, e: str = "a") -> str:
    """Vowels in classes, look-alike consonants merged, doubled letters collapsed:
    Mohammed, Muhammad and Mohamad all give 'muhamad'. An e stands for an a or an i
    (Mohammed, Khaled); ``e`` says which ("e" keeps it: pinyin Feng is not Fang)."""
    t = reading
    if len(t) > 1 and t[0] == "i" and t[1] in _VOWELS:
        t = "y" + t[1:]   # Iuliia = Yuliia
    for a, b in _DIGRAPHS:
        t = t.replace(a, b)
    t = re.sub(r"c(?=[eiy])", "s", t)                # Yacine = Yassin
    t = t.translate(_LETTERS if e == "a" else _LETTERS_EI if e == "i" else _LETTERS_E)
    if not abjad:  # a script without short vowels writes every h after a consonant
        t = re.sub(r"(?<=[^aeiuh])h", "", t)         # Mebrhat = Mebrat, Jhon = John
        t = re.sub(r"(?<=[aeiou])h$", "", t)         # Fatimah = Fatima
    t = re.sub(r"y(?![aeiou])", "i", t)              # Andriy = Andrii, Husayn = Husain
    return re.sub(r"(.)\1+", r"\1", t)


@lru_cache(maxsize=65536)
def skeleton(reading: str, abjad: bool = False) -> str:
    """Consonants only (y too), the first letter kept as 'a' when a vowel: Mohammed and
    محمد (mhmd) both give 'mhmd'."""
    p = phonetic(reading, abjad)
    if not p:
        return ""
    head = "a" if p[0] in _VOWELS or p[0] == "y" else p[0]
    body = [ch for ch in p[1:] if ch not in _VOWELS and ch != "y"]
    out = [head]
    for ch in body:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=32768)
def _parse(name: str) -> tuple[_Token, ...]:
    return tuple(_normalise(_words(name)))


def _key(reading: str, abjad: bool) -> str:
    """The skeleton; for short names whose skeleton is one letter (Li, Le, Zhao, Mejia) the
    phonetic form, marked so that it never equals a skeleton."""
    k = skeleton(reading, abjad)
    return k if len(k) >= 2 else "=" + phonetic(reading, abjad)


def name_keys(*names: str) -> set[str]:
    """Index keys: the skeleton of every reading of every token, and of each pair of
    neighbouring tokens written as one word (Abu Bakr = Abubakar, Xiao Ming = Xiaoming)."""
    keys: set[str] = set()
    for name in names:
        toks = _parse(name)
        for t in toks:
            keys.update(_key(r, t.abjad) for r in t.readings)
        for a, b in itertools.pairwise(toks):
            keys.add(_key(a.readings[0] + b.readings[0], a.abjad or b.abjad))
    return {k for k in keys if len(k) >= 2}


# -- scoring -------------------------------------------------------------------------------
def _gendered(a: str, b: str) -> bool:
    """Amir and Amira, Daniel and Daniela, Oleksandr and Oleksandra: a man's and a woman's
    name one letter apart (Ali and Alia, Ivan and Ivanna too), or Mario and Maria: most
    often siblings or spouses rather than one person."""
    if a[:3] != b[:3] or abs(len(a) - len(b)) > 4:
        return False  # most pairs: no shared stem (this runs for every pair of readings)
    short, long_ = sorted((_SINGLE.sub(r"\1", a), _SINGLE.sub(r"\1", b)), key=len)
    if len(short) >= 4 and len(short) == len(long_) and short[:-2] == long_[:-2] \
            and {short[-2:], long_[-2:]} == {"io", "ia"}:
        return True
    return (len(short) >= 3 and (short[-1] not in "aeiouy" or short[-1] == "i")
            and long_ in (short + "a", short + "ia", short + "iia"))


def _telling(ca: str, cb: str, ra: str, rb: str, short: bool) -> bool:
    """Whether one edit between two phonetic forms (``ca`` -> ``cb``, '' for none) changes
    the name rather than its spelling. Spellings of one name differ by an h that comes and
    goes (Jhon, Zabiullah), h for kh or gh (Rahel, Bohdan = Bogdan, Oleh = Oleg), a glide
    (Naziya, Luwam = Luam), j and z for one sound (Kalonji, Kalonzi) or a vowel (Yusuf,
    Yousef); a consonant more, less or other is another name (Farhad and Farzad, Kevin
    and Kelvin, Patrick and Patrice), and so are a and i where no e was written (Liban,
    Libin; Yang, Ying)."""
    pair = {ca, cb} - {""}
    if pair <= {"h", "y"} or pair in ({"h", "k"}, {"h", "g"}, {"y", "i"}):
        return False
    if pair == {"g"}:
        return "h" not in ra + rb            # Serhii = Sergii: an h read as a g
    if pair == {"v"}:
        return "w" not in ra + rb            # Luwam = Luam: a w between vowels
    if pair == {"y", "s"}:
        return not ({"j", "z"} <= set(ra + rb))
    if pair <= _VOWELS:
        if short:                            # Lan and Loan, Le and Li: every sound counts
            return True
        return pair == {"a", "i"} and "e" not in ra + rb
    return True


@lru_cache(maxsize=262144)
def _distinct(ra: str, rb: str) -> bool:
    """Two Latin spellings that are alike but name different people: they differ by a
    telling edit (``_telling``) under every reading of e. A short name (three sounds or
    fewer: Vietnamese and Chinese syllables) is compared with its e kept, so Lei and Li,
    Lan and Loan stay apart while Lee and Li meet. Sh and s are kept apart here (Shevchenko,
    Savchenko) though the index keys merge them."""
    if _SINGLE.sub(r"\1", ra) == _SINGLE.sub(r"\1", rb):
        return False                          # Le and Lee, Jaber and Jabber: doubled letters
    ra, rb = ra.replace("sh", "ʃ"), rb.replace("sh", "ʃ")
    pa, pb = phonetic(ra, e="e"), phonetic(rb, e="e")
    if pa == pb:
        return False
    if min(len(pa), len(pb)) <= _SHORT:
        return any(_telling(ca, cb, ra, rb, True) for ca, cb in _edits(pa, pb))
    for e in ("a", "i"):
        pa, pb = phonetic(ra, e=e), phonetic(rb, e=e)
        if not any(_telling(ca, cb, ra, rb, False) for ca, cb in _edits(pa, pb)):
            return False
    return True


def _edits(pa: str, pb: str) -> Iterator[tuple[str, str]]:
    """Each edit turning ``pa`` into ``pb`` as the sounds it swaps: (from, to), with ""
    for the missing side of an insert or a delete."""
    for op in Levenshtein.editops(pa, pb):
        yield (pa[op.src_pos:op.src_pos + 1] if op.tag != "insert" else "",
               pb[op.dest_pos:op.dest_pos + 1] if op.tag != "delete" else "")


@lru_cache(maxsize=262144)
def _token_sim(a: _Token, b: _Token) -> float:
    pairs = list(itertools.product(a.readings, b.readings))
    if not (a.abjad or b.abjad):
        # Ukrainian h is Russian g (Halyna, Galina; Hennadii, Gennady; Yevhen, Evgeny): a
        # name with an h is also read with a g, against a name written with a g alone (gh
        # is another letter: Hassan and Ghassan are two names).
        pairs += [(_BARE_H.sub("g", x), y) for x, y in pairs
                  if _BARE_G.search(y) and _BARE_H.search(x)]
        pairs += [(x, _BARE_H.sub("g", y)) for x, y in pairs
                  if _BARE_G.search(x) and _BARE_H.search(y)]
    best = 0.0
    for ra, rb in pairs:
        if _gendered(ra, rb):
            s = 0.5
        else:
            sa, sb = skeleton(ra, a.abjad), skeleton(rb, b.abjad)
            s = Indel.normalized_similarity(sa, sb)
            if not (a.abjad or b.abjad):
                # Consonants carry a name across spellings; vowels vary (Khalid, Khaled).
                pa, pb = phonetic(ra), phonetic(rb)
                vowels = max(Indel.normalized_similarity(pa, pb),
                             Indel.normalized_similarity(phonetic(ra, e="i"),
                                                         phonetic(rb, e="i")))
                s = _CONSONANTS * s + (1 - _CONSONANTS) * vowels
                if s > _DISTINCT and not (a.joined or b.joined) and _distinct(ra, rb):
                    s = min(s, _DISTINCT)
                short, long_ = sorted((pa, pb), key=len)
                if len(short) >= 4 and len(long_) - len(short) >= 3 and long_.startswith(short):
                    s = max(s, _SHORT_FORM)  # Selam, Selamawit; Najib, Najibullah
        best = max(best, s)
    return best


def _merged(toks: tuple[_Token, ...]) -> list[tuple[_Token, ...]]:
    """The name as written, and with each pair of neighbouring tokens joined."""
    out = [toks]
    if 2 <= len(toks) <= 5:
        for i in range(len(toks) - 1):
            a, b = toks[i], toks[i + 1]
            joined = _Token(tuple(dict.fromkeys(x + y for x in a.readings[:2]
                                                for y in b.readings[:2])), a.abjad or b.abjad,
                            True)
            out.append((*toks[:i], joined, *toks[i + 2:]))
    return out


_CONSONANTS = 0.5
_SHORT_FORM = 0.88
_SHORT = 3       # sounds in a name compared sound by sound (_distinct)
_DISTINCT = 0.6   # alike, yet another name (_distinct): below the pivot
_PIVOT = 0.9
_STEEP = 2.0


def _align(a: tuple[_Token, ...], b: tuple[_Token, ...]) -> float:
    pairs = sorted(((_token_sim(x, y), i, j) for i, x in enumerate(a) for j, y in enumerate(b)),
                   reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    total = weight = 0.0
    for s, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        w = (len(a[i].readings[0]) + len(b[j].readings[0])) / 2
        if s < _PIVOT:  # every word of one person's name matches well: a poor one weighs more
            s -= _STEEP * (_PIVOT - s)
        total += s * w
        weight += w
    if not weight:
        return 0.0
    extra = abs(len(a) - len(b))
    # A missing middle name costs a little; a one-word name matching one word of a longer
    # name says much less than two words matching.
    factor = 1.0 - 0.06 * extra - (0.12 if extra and min(len(a), len(b)) == 1 else 0.0)
    return max(0.0, total / weight * factor)


def similarity(a: str, b: str) -> float:
    """0..1: how likely two written names are one person's name."""
    ta, tb = _parse(a), _parse(b)
    if not ta or not tb:
        return 0.0
    best = _align(ta, tb)
    # A name written in one word on one side and two on the other (Xiaoming, Xiao Ming):
    # join neighbours on the side with more words.
    if best < 1.0 and len(ta) != len(tb):
        if len(ta) > len(tb):
            best = max([best, *(_align(va, tb) for va in _merged(ta)[1:])])
        else:
            best = max([best, *(_align(ta, vb) for vb in _merged(tb)[1:])])
    return min(best, 1.0)


def sort_key(name: str) -> str:
    return fold(name).strip()


def fts_query(text: str) -> str | None:
    """An FTS5 query that prefix-matches every word typed, or None when nothing to search."""
    words = tokens(text)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words[:8])
