"""How hard a passphrase is to guess, with the zxcvbn estimator (MIT, pure Python).

One weak member's slot yields the whole casebook, and the key file can be attacked offline,
so every new passphrase (creating a casebook, adding a user, changing or resetting one) must
reach ``MIN_SCORE`` on zxcvbn's 0-4 scale: 3 means "safely unguessable" (about 10^8 guesses
or more). The demo's fixed passphrase ("demo passphrase") scores 4, so the demo needs no
exception. Estimating is offline: zxcvbn ships its dictionaries.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.errors import InvalidInput

MIN_LENGTH = 8
MIN_SCORE = 3
MAX_CHECKED = 100  # zxcvbn slows down on very long input; the first 100 characters decide
WORDS = ("very weak", "weak", "fair", "strong", "very strong")


@dataclass(frozen=True)
class Strength:
    score: int  # 0-4
    word: str
    advice: str  # one sentence, empty when the passphrase is fine

    @property
    def acceptable(self) -> bool:
        return not self.advice


def rate(passphrase: str, hints: tuple[str, ...] = ()) -> Strength:
    """The estimate for ``passphrase``; ``hints`` (the user name) count as guessable words."""
    from zxcvbn import zxcvbn

    if not passphrase:
        return Strength(0, WORDS[0], f"use at least {MIN_LENGTH} characters")
    result = zxcvbn(passphrase[:MAX_CHECKED], user_inputs=[h for h in hints if h])
    score = int(result["score"])
    if len(passphrase) < MIN_LENGTH:
        advice = f"use at least {MIN_LENGTH} characters"
    elif score < MIN_SCORE:
        feedback = result.get("feedback") or {}
        why = (feedback.get("warning") or "").rstrip(".")
        advice = "it is too easy to guess"
        if why:
            advice += f" ({why[0].lower()}{why[1:]})"
        advice += "; use four or more unrelated words"
    else:
        advice = ""
    return Strength(score, WORDS[score], advice)


def check(passphrase: str, hints: tuple[str, ...] = ()) -> str:
    """``passphrase`` if it is strong enough, else InvalidInput with one sentence why."""
    strength = rate(passphrase, hints)
    if not strength.acceptable:
        raise InvalidInput("passphrase", strength.advice)
    return passphrase
