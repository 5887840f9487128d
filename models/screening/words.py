"""Screening results in words a person reads: severities, summaries, referral categories,
answers with their values ("Date of entry: 1 Sept 2026"), in English and French.

Codes (finding ids, question keys, answer values, pack ids) stay in the data and in
``--json``; everything shown to a person goes through here or through the pack's own
texts (question labels and short names, its vocabulary).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from models.screening.countries import country_name, resolve
from models.screening.messages import money
from models.screening.pack import Question, RulePack, check_lang

SEVERITY = {
    "en": {"bar": "Bar", "exception": "Exception", "review": "Needs review",
           "info": "Information"},
    "fr": {"bar": "Obstacle", "exception": "Exception", "review": "À vérifier",
           "info": "Information"},
}
SUMMARY = {
    "en": {"bar": "A bar is likely — get legal help urgently.",
           "review": "Needs review by someone with legal training.",
           "clear": "No bar found on these answers."},
    "fr": {"bar": "Un obstacle est probable — obtenez de l'aide juridique d'urgence.",
           "review": "À faire vérifier par une personne ayant une formation juridique.",
           "clear": "Aucun obstacle trouvé d'après ces réponses."},
}
SUMMARY_SHORT = {
    "en": {"bar": "Bar", "review": "Needs review", "clear": "No bar found"},
    "fr": {"bar": "Obstacle", "review": "À vérifier", "clear": "Aucun obstacle"},
}
REFERRAL = {
    "en": {"legal": "Legal help", "legal_urgent": "Legal help (urgent)",
           "child_welfare": "Child welfare", "lgbtq": "LGBTQ+ support",
           "sponsorship": "Sponsorship", "immigration": "Immigration"},
    "fr": {"legal": "Aide juridique", "legal_urgent": "Aide juridique (urgent)",
           "child_welfare": "Protection de l'enfance", "lgbtq": "Soutien LGBTQ+",
           "sponsorship": "Parrainage", "immigration": "Immigration"},
}
UI = {
    "en": {"result": "Result", "citation": "Citation", "because": "Because of",
           "referrals": "Suggested referrals", "refer": "Suggested referral",
           "none": "No findings.", "law": "law current to", "version": "version",
           "not_answered": "not answered", "stateless": "stateless (no citizenship)",
           "none_given": "none", "same_day": "the same day", "days_later": "{n} days later",
           "day_later": "1 day later"},
    "fr": {"result": "Résultat", "citation": "Référence", "because": "En raison de",
           "referrals": "Orientations suggérées", "refer": "Orientation suggérée",
           "none": "Aucune constatation.", "law": "droit à jour au", "version": "version",
           "not_answered": "sans réponse", "stateless": "apatride (aucune citoyenneté)",
           "none_given": "aucun", "same_day": "le même jour",
           "days_later": "{n} jours plus tard", "day_later": "1 jour plus tard"},
}


def ui(word: str, lang: str = "en") -> str:
    return UI[check_lang(lang)][word]


def labelled(label: str, text: str, lang: str = "en") -> str:
    """``Label: text``; French puts a (no-break) space before the colon."""
    return f"{label}\u00a0: {text}" if lang == "fr" else f"{label}: {text}"


def country(code: str, lang: str = "en") -> str:
    """A country answer by name; an alias as typed ("UK") by the country it stands for."""
    iso, _aliased = resolve(str(code))
    return country_name(iso or str(code).upper(), lang)


def severity(code: str, lang: str = "en") -> str:
    return SEVERITY[check_lang(lang)].get(code, code)


def summary(code: str, lang: str = "en") -> str:
    return SUMMARY[check_lang(lang)].get(code, code)


def summary_short(code: str, lang: str = "en") -> str:
    return SUMMARY_SHORT[check_lang(lang)].get(code, code)


def referral(code: str, lang: str = "en") -> str:
    return REFERRAL[check_lang(lang)].get(code, code)


def date_words(iso: str, lang: str = "en") -> str:
    """``2026-09-01`` as ``1 Sept 2026`` / ``1 sept. 2026``."""
    try:
        day = dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso)
    from babel.dates import format_date  # only for a report in words, not for --json

    return format_date(day, "d MMM y", locale="en_GB" if lang == "en" else "fr_CA")


def answer_words(pack: RulePack, q: Question, value: Any, lang: str = "en") -> str:
    """One answer in words: values from the pack's vocabulary, countries by name, dates
    spelled out, lists joined, records such as a relative in one phrase."""
    if value is None:
        return ui("not_answered", lang)
    if q.type == "date":
        return date_words(value, lang)
    if q.type == "code" and not q.values:
        return country(value, lang)
    if q.type == "list-of-codes":
        if not value:
            return ui("stateless", lang) if not q.values else ui("none_given", lang)
        if q.values:
            return ", ".join(pack.word(v, lang) for v in value)
        return ", ".join(country(v, lang) for v in value)
    if q.type == "list-of-objects":
        if not value:
            return ui("none_given", lang)
        return "; ".join(_record(pack, q, item, lang) for item in value
                         if isinstance(item, Mapping))
    if q.type == "amount" and isinstance(value, int | float):
        return money(value, lang)
    if isinstance(value, str):
        return pack.word(value, lang)
    return str(value)


def _record(pack: RulePack, q: Question, item: Mapping[str, Any], lang: str) -> str:
    parts = []
    for f in q.fields:
        v = item.get(f.name)
        if f.type == "boolean":
            parts.append(pack.word(f"{f.name}:{str(bool(v)).lower()}", lang))
        elif f.type == "code":
            parts.append(country(v, lang) if v else "?")
        else:
            parts.append(pack.word(str(v), lang) if v is not None else "?")
    head, rest = parts[0], [p for p in parts[1:] if p]
    return f"{head} ({', '.join(rest)})" if rest else head


@dataclass(frozen=True)
class FactWords:
    """How ``because`` words one fact ("Short name: value") and the days between two dates;
    the interface passes its own (translated through its catalogue) for a language the pack
    does not carry."""

    fact: Callable[[Question, Any], str]
    gap: Callable[[int], str]


def pack_fact_words(pack: RulePack, lang: str) -> FactWords:
    """The pack's own words in ``lang``."""
    def gap(days: int) -> str:
        return (ui("same_day", lang) if days == 0 else ui("day_later", lang) if days == 1
                else ui("days_later", lang).format(n=days))

    return FactWords(
        fact=lambda q, value: labelled(q.short(lang), answer_words(pack, q, value, lang), lang),
        gap=gap)


def iso_day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def because(pack: RulePack, keys: list[str] | tuple[str, ...], answers: Mapping[str, Any],
            lang: str = "en", words: FactWords | None = None) -> list[str]:
    """The answers behind a finding, each as "Short name: value in words". A date after
    another one in the list says how many days later it is ("the same day").

    Empty when none of the answers was given (REVIEW_UNSURE already names them)."""
    if all(answers.get(k) is None for k in keys):
        return []
    say = words or pack_fact_words(pack, lang)
    out = []
    previous: dt.date | None = None
    for key in keys:
        q = pack.question(key)
        if q is None:
            continue
        value = answers.get(key)
        text = say.fact(q, value)
        day = iso_day(value) if q.type == "date" else None
        if day is not None and previous is not None and 0 <= (day - previous).days <= 400:
            text += f" ({say.gap((day - previous).days)})"
        previous = day or previous
        out.append(text)
    return out
