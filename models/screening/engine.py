"""The generic evaluator: answers in, findings out. All the law lives in the pack.

Answers to questions that do not apply (hidden by their ``shown_when``) are dropped before
anything is decided, so the command line, the casebook and the desktop questionnaire give the
same findings for the same answers.
"""

from __future__ import annotations

from typing import Any

from models.errors import InvalidInput
from models.screening.answers import AliasNote, check_answers
from models.screening.budget import EVALUATION_SECONDS, Budget, BudgetExceeded
from models.screening.expressions import Expression, ExpressionError, Scope, from_cel
from models.screening.messages import render
from models.screening.notice import not_legal_advice
from models.screening.pack import Question, RulePack, RulePackInvalid, check_lang
from models.screening.result import Finding, ScreeningResult, summarize
from models.screening.schema import TABLES, UNRESOLVED, reads_unresolved


def evaluate(pack: RulePack, answers: dict[str, Any], lang: str = "en", *,
             seconds: float = EVALUATION_SECONDS) -> ScreeningResult:
    """Screen ``answers`` with ``pack``; only ``InvalidInput`` (bad answers) can be raised,
    or ``RulePackInvalid`` when the pack fails or runs past ``seconds``."""
    check_lang(lang)
    notes: list[AliasNote] = []
    values = check_answers(pack, answers, notes)
    run = _applicable_run(pack, values, Budget(seconds))
    findings: list[Finding] = []
    for rule in pack.findings:
        if reads_unresolved(rule) and UNRESOLVED not in run.scope.names:
            run.plain[UNRESOLVED] = run.unresolved()
            run.scope.set_plain(UNRESOLVED, run.plain[UNRESOLVED])
        holds = run.truth(rule.when, f"finding {rule.id}")
        run.scope.set_plain(rule.id, holds)
        if not holds:
            continue
        text = next((texts[lang] for i, (when, texts) in enumerate(rule.variants)
                     if run.truth(when, f"finding {rule.id}.variants[{i}]")),
                    rule.messages[lang])
        findings.append(Finding(
            id=rule.id,
            severity=rule.severity,
            message=render(text, run.plain, lang, _question_words(pack, lang)),
            citation=rule.citation,
            referrals=rule.referrals,
            triggered_by=run.triggered_by(rule.id, rule.triggered_by),
        ))
    return ScreeningResult(
        pack_id=pack.id,
        pack_version=pack.version,
        law_current_to=pack.law_current_to,
        summary=summarize([f.severity for f in findings]),
        findings=tuple(findings),
        notice=not_legal_advice(lang),
        notes=tuple(n.text(lang) for n in notes),
    )


def visible_questions(pack: RulePack, answers: dict[str, Any]) -> list[Question]:
    """The questions that apply given the answers so far, in questionnaire order (answers
    to questions that do not apply count as not given)."""
    run = _applicable_run(pack, check_answers(pack, answers), Budget(EVALUATION_SECONDS))
    return [q for q in pack.questions if run.shown(q)]


def applicable_answers(pack: RulePack, answers: dict[str, Any]) -> dict[str, Any]:
    """``answers`` without those to questions that do not apply, as given (not normalised):
    what a screening is decided on and what a saved screening keeps."""
    run = _applicable_run(pack, check_answers(pack, answers), Budget(EVALUATION_SECONDS))
    shown = {q.key for q in pack.questions if run.shown(q)}
    return {k: v for k, v in answers.items() if k in shown}


def _applicable_run(pack: RulePack, values: dict[str, Any], budget: Budget) -> _Run:
    """A run whose facts are derived from the answers to shown questions only.

    Dropping a hidden answer can hide another question (or show one), so repeat until the
    set of dropped answers is stable; each round drops at least one more, so it ends.
    """
    while True:
        run = _Run(pack, values, budget)
        run.check_constraints()
        run.derive_facts()
        hidden = [q.key for q in pack.questions
                  if values.get(q.key) is not None and not run.shown(q)]
        if not hidden:
            return run
        values = {**values, **dict.fromkeys(hidden)}


def _question_words(pack: RulePack, lang: str) -> Any:
    def words(key: str) -> str:
        q = pack.question(key)
        return q.short(lang) if q is not None else key
    return words


class _Run:
    """One evaluation: the CEL scope plus plain copies of values for messages."""

    def __init__(self, pack: RulePack, values: dict[str, Any], budget: Budget) -> None:
        self.pack = pack
        self.answers = values
        self.plain: dict[str, Any] = {
            **pack.constants,
            **values,
            TABLES: {name: t.as_data() for name, t in pack.tables.items()},
        }
        self.scope = Scope(self.plain, budget)

    def value(self, expr: Expression, where: str) -> Any:
        try:
            return self.scope.evaluate(expr)
        except ExpressionError:
            raise self._refused(where) from None
        except BudgetExceeded as exc:
            raise RulePackInvalid(self.pack.id, f"{where} {exc}") from None

    def truth(self, expr: Expression, where: str) -> bool:
        try:
            return self.scope.truth(expr)
        except ExpressionError:
            raise self._refused(where) from None
        except BudgetExceeded as exc:
            raise RulePackInvalid(self.pack.id, f"{where} {exc}") from None

    def shown(self, q: Question) -> bool:
        return q.shown_when is None or self.truth(q.shown_when, f"question {q.key}.shown_when")

    def _refused(self, where: str) -> RulePackInvalid:
        # The answers were valid, so the pack failed: refuse it rather than guess. The
        # CEL detail may quote answer values, which must not reach an error message.
        return RulePackInvalid(self.pack.id, f"{where} failed on these answers")

    def check_constraints(self) -> None:
        for c in self.pack.constraints:
            if not self.truth(c.rule, f"constraint on {c.key}"):
                raise InvalidInput(c.key, c.reason)

    def derive_facts(self) -> None:
        for fact in self.pack.facts:
            result = self.value(fact.expr, f"fact {fact.name}")
            self.scope.set(fact.name, result)
            self.plain[fact.name] = from_cel(result)

    def unresolved(self) -> list[str]:
        """Decisive answers that are missing or unsure, in questionnaire order."""
        keys = []
        for q in self.pack.questions:
            value = self.answers.get(q.key)
            unknown = value is None or value == "unsure"
            if q.decisive_when is not None and unknown and \
                    self.truth(q.decisive_when, f"question {q.key}.decisive_when"):
                keys.append(q.key)
            elif q.unclear_when is not None and \
                    self.truth(q.unclear_when, f"question {q.key}.unclear_when"):
                keys.append(q.key)
        return keys

    def triggered_by(self, fid: str, spec: tuple[str, ...] | Expression) -> tuple[str, ...]:
        if isinstance(spec, Expression):
            keys = from_cel(self.value(spec, f"finding {fid}.triggered_by"))
            if not isinstance(keys, list) or not all(
                    isinstance(k, str) and self.pack.question(k) for k in keys):
                raise RulePackInvalid(self.pack.id,
                                      f"finding {fid}.triggered_by is not a list of keys")
            return tuple(keys)
        # Only answers actually given can have triggered anything.
        return tuple(k for k in spec if self.answers.get(k) is not None)
