"""Words that come from models/ (which never imports Qt) shown in the client file, the client
list and Today, in the interface language.

- ``LABELS`` lists, for lupdate, the English words of stored codes as
  ``rows_model.label`` spells them ("Permanent resident", "Consent recorded") and the
  screening's own English words (models/screening/words.py); they are translated where
  shown with ``QCoreApplication.translate("models", english)``.
- ``pack_text`` and ``country_lang`` show a rule pack's English texts and country names in
  Spanish, which the packs do not carry (catalogue context "rulepacks").
- ``interface_lang`` says which language the interface speaks (desktop/i18n.py), and
  ``screening_lang`` which of the rule packs' languages (en, fr) the questionnaire and the
  findings are shown in: the interface's when a pack carries it, English otherwise.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt

from models.screening import words
from models.screening.messages import PLACEHOLDER
from models.screening.pack import LANGUAGES as PACK_LANGUAGES

LABELS = (
    # client file status
    QT_TRANSLATE_NOOP("models", 'Active'),
    QT_TRANSLATE_NOOP("models", 'Closed'),
    # referral status
    QT_TRANSLATE_NOOP("models", 'Draft'),
    QT_TRANSLATE_NOOP("models", 'Consent recorded'),
    QT_TRANSLATE_NOOP("models", 'Sent'),
    QT_TRANSLATE_NOOP("models", 'Acknowledged'),
    QT_TRANSLATE_NOOP("models", 'Accepted'),
    QT_TRANSLATE_NOOP("models", 'Declined'),
    QT_TRANSLATE_NOOP("models", 'Completed'),
    QT_TRANSLATE_NOOP("models", 'Withdrawn'),
    # partner service
    QT_TRANSLATE_NOOP("models", 'Legal'),
    QT_TRANSLATE_NOOP("models", 'Legal aid'),
    QT_TRANSLATE_NOOP("models", 'Shelter housing'),
    QT_TRANSLATE_NOOP("models", 'Health'),
    QT_TRANSLATE_NOOP("models", 'Mental health'),
    QT_TRANSLATE_NOOP("models", 'Cash assistance'),
    QT_TRANSLATE_NOOP("models", 'Food'),
    QT_TRANSLATE_NOOP("models", 'Employment'),
    QT_TRANSLATE_NOOP("models", 'Education'),
    QT_TRANSLATE_NOOP("models", 'LGBTQ+ support'),
    QT_TRANSLATE_NOOP("models", 'Child welfare'),
    QT_TRANSLATE_NOOP("models", 'Interpretation'),
    QT_TRANSLATE_NOOP("models", 'Transport'),
    QT_TRANSLATE_NOOP("models", 'Sponsorship'),
    QT_TRANSLATE_NOOP("models", 'Other'),
    # relationship
    QT_TRANSLATE_NOOP("models", 'Spouse'),
    QT_TRANSLATE_NOOP("models", 'Common law partner'),
    QT_TRANSLATE_NOOP("models", 'Legal guardian'),
    QT_TRANSLATE_NOOP("models", 'Child'),
    QT_TRANSLATE_NOOP("models", 'Father'),
    QT_TRANSLATE_NOOP("models", 'Mother'),
    QT_TRANSLATE_NOOP("models", 'Brother'),
    QT_TRANSLATE_NOOP("models", 'Sister'),
    QT_TRANSLATE_NOOP("models", 'Grandfather'),
    QT_TRANSLATE_NOOP("models", 'Grandmother'),
    QT_TRANSLATE_NOOP("models", 'Grandchild'),
    QT_TRANSLATE_NOOP("models", 'Uncle'),
    QT_TRANSLATE_NOOP("models", 'Aunt'),
    QT_TRANSLATE_NOOP("models", 'Nephew'),
    QT_TRANSLATE_NOOP("models", 'Niece'),
    QT_TRANSLATE_NOOP("models", 'Cousin'),
    QT_TRANSLATE_NOOP("models", 'In law'),
    QT_TRANSLATE_NOOP("models", 'Friend'),
    QT_TRANSLATE_NOOP("models", 'Half sibling'),
    QT_TRANSLATE_NOOP("models", 'Step parent'),
    QT_TRANSLATE_NOOP("models", 'Step sibling'),
    QT_TRANSLATE_NOOP("models", 'Step child'),
    # status in Canada
    QT_TRANSLATE_NOOP("models", 'Citizen'),
    QT_TRANSLATE_NOOP("models", 'Permanent resident'),
    QT_TRANSLATE_NOOP("models", 'Protected person'),
    QT_TRANSLATE_NOOP("models", 'Removal stayed'),
    QT_TRANSLATE_NOOP("models", 'Claimant referred'),
    QT_TRANSLATE_NOOP("models", 'Claim ended'),
    QT_TRANSLATE_NOOP("models", 'Work permit'),
    QT_TRANSLATE_NOOP("models", 'Work permit unenforceable'),
    QT_TRANSLATE_NOOP("models", 'Study permit'),
    QT_TRANSLATE_NOOP("models", 'Study permit invalid'),
    QT_TRANSLATE_NOOP("models", 'Visitor'),
    QT_TRANSLATE_NOOP("models", 'No status'),
    QT_TRANSLATE_NOOP("models", 'Unknown'),
    # document
    QT_TRANSLATE_NOOP("models", 'Passport'),
    QT_TRANSLATE_NOOP("models", 'National id'),
    QT_TRANSLATE_NOOP("models", 'Birth certificate'),
    QT_TRANSLATE_NOOP("models", 'PR visa'),
    QT_TRANSLATE_NOOP("models", 'Temporary resident visa'),
    QT_TRANSLATE_NOOP("models", 'Temporary resident permit'),
    QT_TRANSLATE_NOOP("models", 'Travel document a31'),
    QT_TRANSLATE_NOOP("models", 'Refugee travel document'),
    QT_TRANSLATE_NOOP("models", 'Temporary travel document r151'),
    QT_TRANSLATE_NOOP("models", 'Transit visa'),
    QT_TRANSLATE_NOOP("models", 'Eta'),
    QT_TRANSLATE_NOOP("models", 'Us work authorization'),
    QT_TRANSLATE_NOOP("models", 'Us asylum receipt'),
    # how consent was given
    QT_TRANSLATE_NOOP("models", 'Verbal'),
    QT_TRANSLATE_NOOP("models", 'Written'),
    QT_TRANSLATE_NOOP("models", 'Verbal with interpreter'),
    # shareable field
    QT_TRANSLATE_NOOP("models", 'Display name'),
    QT_TRANSLATE_NOOP("models", 'Pronouns'),
    QT_TRANSLATE_NOOP("models", 'Languages'),
    QT_TRANSLATE_NOOP("models", 'Phone'),
    QT_TRANSLATE_NOOP("models", 'Email'),
    QT_TRANSLATE_NOOP("models", 'City'),
    QT_TRANSLATE_NOOP("models", 'Birth date'),
    QT_TRANSLATE_NOOP("models", 'Citizenships'),
    QT_TRANSLATE_NOOP("models", 'Immigration situation'),
    QT_TRANSLATE_NOOP("models", 'Safe contact'),
    QT_TRANSLATE_NOOP("models", 'Household'),
    QT_TRANSLATE_NOOP("models", 'Relatives'),
    QT_TRANSLATE_NOOP("models", 'Documents'),
    QT_TRANSLATE_NOOP("models", 'Vulnerabilities'),
    QT_TRANSLATE_NOOP("models", 'Screening'),
    QT_TRANSLATE_NOOP("models", 'Reason'),
    QT_TRANSLATE_NOOP("models", 'Request'),
    # follow-up status
    QT_TRANSLATE_NOOP("models", 'Open'),
    QT_TRANSLATE_NOOP("models", 'Done'),
    QT_TRANSLATE_NOOP("models", 'Cancelled'),
    # questionnaire row field
    QT_TRANSLATE_NOOP("models", 'Adult'),
    QT_TRANSLATE_NOOP("models", 'Country'),
    QT_TRANSLATE_NOOP("models", 'Outcome'),
    QT_TRANSLATE_NOOP("models", 'Relationship'),
    QT_TRANSLATE_NOOP("models", 'Status'),
    # screening words (models/screening/words.py, English), shown for languages the
    # rule packs do not carry
    QT_TRANSLATE_NOOP("models", 'Bar'),
    QT_TRANSLATE_NOOP("models", 'Exception'),
    QT_TRANSLATE_NOOP("models", 'Needs review'),
    QT_TRANSLATE_NOOP("models", 'Information'),
    QT_TRANSLATE_NOOP("models", 'A bar is likely — get legal help urgently.'),
    QT_TRANSLATE_NOOP("models", 'Needs review by someone with legal training.'),
    QT_TRANSLATE_NOOP("models", 'No bar found on these answers.'),
    QT_TRANSLATE_NOOP("models", 'No bar found'),
    QT_TRANSLATE_NOOP("models", 'Legal help'),
    QT_TRANSLATE_NOOP("models", 'Legal help (urgent)'),
    QT_TRANSLATE_NOOP("models", 'Immigration'),
    QT_TRANSLATE_NOOP("models", 'Result'),
    QT_TRANSLATE_NOOP("models", 'Citation'),
    QT_TRANSLATE_NOOP("models", 'Because of'),
    QT_TRANSLATE_NOOP("models", 'Suggested referral'),
    QT_TRANSLATE_NOOP("models", 'No findings.'),
    QT_TRANSLATE_NOOP("models", 'law current to'),
    QT_TRANSLATE_NOOP("models", 'version'),
    QT_TRANSLATE_NOOP("models", 'none'),
    QT_TRANSLATE_NOOP(
            "models", "This screening is not legal advice: the law and each person's facts "
            "can differ, so have a lawyer or legal clinic confirm it before anyone acts on it."),
)

def shown(english: str) -> str:
    """A word from models/ in the interface language (context "models")."""
    return QCoreApplication.translate("models", english) if english else ""


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
    return text if interface_lang() in PACK_LANGUAGES else shown(text)


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
