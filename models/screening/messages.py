"""Finding messages with placeholders such as ``{cost_row.total:money}``.

A pack may come from outside (a coordinator imports a newer one), so placeholders are
looked up by a plain regular expression in plain data — never ``str.format``, whose
attribute access would let a pack reach into Python objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

PLACEHOLDER = re.compile(
    r"\{([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?::(money|questions))?\}")


def placeholder_roots(text: str) -> set[str]:
    return {m.group(1).split(".")[0] for m in PLACEHOLDER.finditer(text)}


def render(text: str, values: Mapping[str, Any], lang: str,
           question_words: Callable[[str], str] = str) -> str:
    """Fill the placeholders; ``{keys:questions}`` names a list of question keys in words."""

    def one(match: re.Match[str]) -> str:
        value: Any = values
        for part in match.group(1).split("."):
            value = value.get(part) if isinstance(value, Mapping) else None
        if value is None:
            return "?"
        if match.group(2) == "money" and isinstance(value, int | float):
            return _money(value, lang)
        if match.group(2) == "questions" and isinstance(value, list):
            quote = ("« ", " »") if lang == "fr" else ("“", "”")
            return "; ".join(f"{quote[0]}{question_words(str(v))}{quote[1]}" for v in value)
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value)

    return PLACEHOLDER.sub(one, text)


def money(amount: float, lang: str) -> str:
    """An amount in dollars as written in ``lang``: $16,500 or 16 500 $."""
    return _money(amount, lang)


def _money(amount: float, lang: str) -> str:
    # Cents only when there are some: a shortfall of 50 cents must not print as equal.
    text = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    if lang == "fr":
        # French Canadian style: 16 500,50 $ with no-break spaces.
        return text.replace(",", "\u00a0").replace(".", ",") + "\u00a0$"
    return f"${text}"
