"""What a loaded rule pack is: questions, derived facts, findings and worked examples."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.errors import InvalidInput
from models.screening.expressions import Expression

LANGUAGES = ("en", "fr")
SEVERITIES = ("bar", "exception", "review", "info")
REFERRALS = ("legal", "legal_urgent", "child_welfare", "lgbtq", "sponsorship", "immigration")
QUESTION_TYPES = (
    "date", "enum", "code", "list-of-codes", "list-of-objects", "integer", "amount",
)
FIELD_TYPES = ("enum", "code", "boolean")


class RulePackInvalid(InvalidInput):
    """A rule pack is refused. ``field`` is the pack's id (or file name) so users see which."""

    def __init__(self, pack: str, problem: str) -> None:
        super().__init__(pack, f"rule pack refused: {problem}")
        self.pack = pack
        self.problem = problem


def check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise InvalidInput.of("lang", "use one of {choices}", choices=", ".join(LANGUAGES))
    return lang


@dataclass(frozen=True)
class Field:
    """One field of an object in a list-of-objects answer."""

    name: str
    type: str
    values: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Question:
    key: str
    type: str
    values: tuple[str, ...]
    required: bool
    labels: dict[str, str]
    helps: dict[str, str]
    shown_when: Expression | None = None
    # When the answer can change the outcome; missing or "unsure" then means REVIEW_UNSURE.
    decisive_when: Expression | None = None
    # When a given answer is still not enough (e.g. a prior claim whose outcome is unknown).
    unclear_when: Expression | None = None
    fields: tuple[Field, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    max_items: int = 50
    # A few words naming the question ("Date of entry"), for findings that list answers;
    # empty when the pack gives none (the full label is used then).
    shorts: dict[str, str] = field(default_factory=dict)

    def label(self, lang: str = "en") -> str:
        return self.labels[check_lang(lang)]

    def short(self, lang: str = "en") -> str:
        return self.shorts.get(check_lang(lang)) or self.labels[lang]

    def help(self, lang: str = "en") -> str:
        return self.helps[check_lang(lang)]


@dataclass(frozen=True, eq=False)
class Fact:
    name: str
    expr: Expression


@dataclass(frozen=True, eq=False)
class Constraint:
    """A rule between answers that must hold, else the named answer is invalid input."""

    key: str
    rule: Expression
    reason: str


@dataclass(frozen=True, eq=False)
class FindingRule:
    id: str
    severity: str
    when: Expression
    messages: dict[str, str]
    citation: str
    referrals: tuple[str, ...]
    # Either fixed answer keys, or an expression giving them (REVIEW_UNSURE lists the
    # unresolved keys).
    triggered_by: tuple[str, ...] | Expression = ()
    # Other wordings for particular cases: the first whose condition holds is used.
    variants: tuple[tuple[Expression, dict[str, str]], ...] = ()


@dataclass(frozen=True, eq=False)
class Table:
    """Versioned reference data, such as the sponsorship cost table."""

    name: str
    date: str
    source: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]
    each_more: dict[str, Any] | None

    def as_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"date": self.date, "rows": [dict(r) for r in self.rows]}
        if self.each_more is not None:
            data["each_more"] = dict(self.each_more)
        return data


@dataclass(frozen=True, eq=False)
class Example:
    name: str
    answers: dict[str, Any]
    must: tuple[str, ...]
    must_not: tuple[str, ...]
    summary: str | None


@dataclass(frozen=True, eq=False)
class RulePack:
    id: str
    version: str
    titles: dict[str, str]
    law_current_to: str
    effective_from: str
    effective_until: str | None
    sources: tuple[str, ...]
    constants: dict[str, Any]
    tables: dict[str, Table]
    questions: tuple[Question, ...]
    facts: tuple[Fact, ...]
    constraints: tuple[Constraint, ...]
    findings: tuple[FindingRule, ...]
    examples: tuple[Example, ...]
    path: Path | None = None
    # Answer values in words: {"land_port": {"en": "a land port", "fr": …}}.
    vocabulary: dict[str, dict[str, str]] = field(default_factory=dict)
    _by_key: dict[str, Question] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._by_key.update({q.key: q for q in self.questions})

    def question(self, key: str) -> Question | None:
        return self._by_key.get(key)

    def title(self, lang: str = "en") -> str:
        return self.titles[check_lang(lang)]

    def word(self, value: str, lang: str = "en") -> str:
        """An answer value in words, from the pack's vocabulary (else the value, readable)."""
        words = self.vocabulary.get(value)
        if words and check_lang(lang) in words:
            return words[lang]
        return value.replace("_", " ")

    @property
    def finding_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.findings)
