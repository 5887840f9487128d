"""The sentence every screening result carries (docs/screening.md: "Not legal advice")."""

from __future__ import annotations

from models.screening.pack import check_lang

_NOT_LEGAL_ADVICE = {
    "en": "This screening is not legal advice: the law and each person's facts can differ, "
          "so have a lawyer or legal clinic confirm it before anyone acts on it.",
    "fr": "Ce dépistage n'est pas un avis juridique : le droit et la situation de chaque "
          "personne peuvent différer; faites-le confirmer par un avocat ou une clinique "
          "juridique avant toute démarche.",
}


def not_legal_advice(lang: str = "en") -> str:
    return _NOT_LEGAL_ADVICE[check_lang(lang)]
