"""Which language a rule pack's texts are shown in, and how: the packs carry English and
French, so in Spanish their English stands in, translated through the catalogue
(context "rulepacks", desktop/clientfile/rulepack_labels.py).

- ``interface_lang`` says which language the interface speaks (desktop/i18n.py), and
  ``screening_lang`` which of the rule packs' languages (en, fr) the questionnaire and the
  findings are shown in: the interface's when a pack carries it, English otherwise.
- ``pack_text``, ``finding_message``, ``country_lang``, ``english_word`` and ``date_words`` show a
  pack's texts, country names, words and dates that way.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from desktop.model_labels import model_words
from models.screening import words
from models.screening.messages import PLACEHOLDER
from models.screening.pack import LANGUAGES as PACK_LANGUAGES


def interface_lang() -> str:
    """The interface's language: "en", "fr" or "es" (desktop/i18n.py)."""
    try:
        from desktop import i18n
    except ImportError:  # a tree without the language setting speaks English
        return "en"
    return i18n.current()


def screening_lang() -> str:
    """The rule packs' language that matches the interface: "fr" in French, "en" in English
    and in Spanish (the packs carry English and French only; the screening's words around
    the pack's texts are still translated through ``shown``)."""
    lang = interface_lang()
    return lang if lang in PACK_LANGUAGES else "en"


def stands_in(lang: str) -> bool:
    """True when the pack's English stands in for an interface language the packs do not
    carry (Spanish)."""
    return lang == "en" and interface_lang() not in PACK_LANGUAGES


def pack_text(text: str, lang: str) -> str:
    """A rule pack's text in ``lang`` as shown: English standing in for Spanish goes through
    the catalogue (context "rulepacks", listed in desktop/clientfile/rulepack_labels.py);
    otherwise the pack's own text."""
    return QCoreApplication.translate("rulepacks", text) if text and stands_in(lang) else text


def country_lang(lang: str) -> str:
    """The language country names are shown in next to a pack in ``lang``: the
    interface's when English stands in for it (CLDR has Spanish names), else ``lang``."""
    return interface_lang() if stands_in(lang) else lang


def english_word(text: str) -> str:
    """A screening word in English (models/screening/words.py), through the catalogue
    (context "models") when the interface speaks a language the rule packs do not carry
    (Spanish); as it is in English and French."""
    return text if interface_lang() in PACK_LANGUAGES else model_words(text)


def finding_message(message: str, finding_id: str, pack: Any, lang: str) -> str:
    """A finding's message as shown: when English stands in for the interface's language,
    the pack's English template it was rendered from (the message or one of its variants)
    is found, its translation taken from the catalogue (context "rulepacks") and filled
    with the values read back from the English message; otherwise, or when no template
    matches or none is translated, the message as saved."""
    if pack is None or not message or not stands_in(lang):
        return message
    rule = next((f for f in pack.findings if f.id == finding_id), None)
    if rule is None:
        return message
    for texts in (rule.messages, *(m for _when, m in rule.variants)):
        shown_text = _refill(texts.get("en", ""), message)
        if shown_text is not None:
            return shown_text
    return message


def _refill(template: str, message: str) -> str | None:
    translated = QCoreApplication.translate("rulepacks", template) if template else template
    if not template or translated == template:
        return None
    pattern, names, start = "", [], 0
    for match in PLACEHOLDER.finditer(template):
        pattern += re.escape(template[start:match.start()]) + f"(?P<v{len(names)}>.+?)"
        names.append(match.group(0))
        start = match.end()
    pattern += re.escape(template[start:])
    found = re.fullmatch(pattern, message, re.DOTALL)
    if found is None:
        return None
    values = {name: found.group(f"v{i}") for i, name in enumerate(names)}
    for name, value in values.items():
        if name.endswith(":questions}"):  # “Date of entry”; “Way of entry”
            values[name] = "; ".join(
                "«" + pack_text(part.strip("“”"), "en") + "»" for part in value.split("; "))
    return PLACEHOLDER.sub(lambda m: values.get(m.group(0), m.group(0)), translated)


def date_words(iso: str, lang: str) -> str:
    """A date spelled out next to a pack's texts: the models' words in English and French,
    the interface's locale when English stands in for it ("31 may 2026")."""
    if not stands_in(lang):
        return words.date_words(iso, lang)
    day = QDate.fromString(str(iso), Qt.DateFormat.ISODate)
    return QLocale().toString(day, "d MMM yyyy") if day.isValid() else str(iso)
