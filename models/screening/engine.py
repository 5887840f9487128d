"""The generic evaluator: answers in, findings out. All the law lives in the pack."""

from __future__ import annotations

from typing import Any

from models.errors import InvalidInput
from models.screening.answers import check_answers
from models.screening.expressions import Expression, ExpressionError, Scope, from_cel
from models.screening.messages import render
from models.screening.pack import Question, RulePack, RulePackInvalid, check_lang
from models.screening.result import Finding, ScreeningResult, summarize
from models.screening.schema import TABLES, UNRESOLVED, reads_unresolved


def evaluate(pack: RulePack, answers: dict[str, Any], lang: str = "en") -> ScreeningResult:
    """Screen ``answers`` with ``pack``; only ``InvalidInput`` (bad answers) can be raised."""
    check_lang(lang)
    values = check_answers(pack, answers)
    run = _Run(pack, values)
    run.check_constraints()
    run.derive_facts()
    findings: list[Finding] = []
    for rule in pack.findings:
        if reads_unresolved(rule) and UNRESOLVED not in run.scope.names:
            run.plain[UNRESOLVED] = run.unresolved()
            run.scope.set_plain(UNRESOLVED, run.plain[UNRESOLVED])
        holds = run.truth(rule.when, f"finding {rule.id}")
        run.scope.set_plain(rule.id, holds)
        if not holds:
            continue
        findings.append(Finding(
            id=rule.id,
            severity=rule.severity,
            message=render(rule.messages[lang], run.plain, lang),
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
    )


def visible_questions(pack: RulePack, answers: dict[str, Any]) -> list[Question]:
    """The questions that apply given the answers so far, in questionnaire order."""
    run = _Run(pack, check_answers(pack, answers))
    run.check_constraints()
    run.derive_facts()
    return [q for q in pack.questions
            if q.shown_when is None or run.truth(q.shown_when, f"question {q.key}.shown_when")]


class _Run:
    """One evaluation: the CEL scope plus plain copies of values for messages."""

    def __init__(self, pack: RulePack, values: dict[str, Any]) -> None:
        self.pack = pack
        self.answers = values
        self.plain: dict[str, Any] = {
            **pack.constants,
            **values,
            TABLES: {name: t.as_data() for name, t in pack.tables.items()},
        }
        self.scope = Scope(self.plain)

    def value(self, expr: Expression, where: str) -> Any:
        try:
            return self.scope.evaluate(expr)
        except ExpressionError:
            raise self._refused(where) from None

    def truth(self, expr: Expression, where: str) -> bool:
        try:
            return self.scope.truth(expr)
        except ExpressionError:
            raise self._refused(where) from None

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
