"""Turning the parsed YAML of a rule pack into a ``RulePack``, refusing anything malformed.

Checks here are structural (fields, types, vocabularies), that every expression compiles,
and that every name an expression or message uses exists and is already known at the point
where it is evaluated. Running the worked examples happens in ``loader``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from models.screening.budget import MAX_EXPRESSION_COST, MAX_PACK_COST, estimate_cost
from models.screening.expressions import Expression, ExpressionError, compile_expression
from models.screening.messages import placeholder_roots
from models.screening.pack import (
    FIELD_TYPES,
    LANGUAGES,
    QUESTION_TYPES,
    REFERRALS,
    SEVERITIES,
    Constraint,
    Example,
    Fact,
    Field,
    FindingRule,
    Question,
    RulePack,
    RulePackInvalid,
    Table,
)

_TOP_KEYS = {
    "id", "version", "title", "law_current_to", "effective_from", "effective_until",
    "languages", "sources", "constants", "tables", "questionnaire", "facts", "constraints",
    "findings", "examples", "vocabulary",
    "anchors",  # YAML anchors shared by examples; ignored by the engine
}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PACK_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_VERSION = re.compile(r"\d{4}\.\d{2}\.\d+")
# CEL reserves these; a question or fact with such a name could never be referred to.
_RESERVED = {
    "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for",
    "function", "if", "import", "let", "loop", "package", "namespace", "return", "var",
    "void", "while",
}
UNRESOLVED = "unresolved"  # the list of decisive answers that are missing or unsure
TABLES = "tables"


class _Ctx:
    """Where we are in the pack, so every refusal names the exact place."""

    def __init__(self, pack: str) -> None:
        self.pack = pack

    def fail(self, where: str, problem: str) -> RulePackInvalid:
        return RulePackInvalid(self.pack, f"{where}: {problem}" if where else problem)

    def mapping(self, value: object, where: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
            raise self.fail(where, "must be a mapping")
        return value

    def seq(self, value: object, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, "must be a list")
        return value

    def text(self, value: object, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "must be non-empty text")
        return value

    def date(self, value: object, where: str) -> str:
        # YAML turns an unquoted 2026-05-31 into a date; accept both spellings.
        if isinstance(value, dt.date):
            return value.isoformat()
        text = self.text(value, where)
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise self.fail(where, "not a date (use YYYY-MM-DD)") from None
        return text

    def texts(self, value: object, where: str) -> dict[str, str]:
        m = self.mapping(value, where)
        missing = [lang for lang in LANGUAGES if lang not in m]
        if missing:
            raise self.fail(where, f"missing the {missing[0]} text")
        return {lang: self.text(m[lang], f"{where}.{lang}") for lang in LANGUAGES}

    def keys(self, m: Mapping[str, Any], where: str, required: Iterable[str],
             optional: Iterable[str] = ()) -> None:
        required = tuple(required)
        for key in required:
            if key not in m:
                raise self.fail(where, f"missing {key}")
        extra = set(m) - set(required) - set(optional)
        if extra:
            raise self.fail(where, f"unknown field {sorted(extra)[0]}")

    def name(self, value: object, where: str) -> str:
        if not isinstance(value, str) or not _NAME.fullmatch(value) or value in _RESERVED:
            raise self.fail(where, "not a valid name (letters, digits, underscores)")
        return value

    def expr(self, value: object, where: str) -> Expression:
        if isinstance(value, bool):  # `shown_when: true` is natural to write in YAML
            value = "true" if value else "false"
        try:
            return compile_expression(self.text(value, where))
        except ExpressionError as exc:
            raise self.fail(where, f"expression {exc}") from None

    def refs(self, expr: Expression, allowed: set[str], where: str) -> None:
        unknown = sorted(expr.names - allowed)
        if unknown:
            raise self.fail(where, f"unknown name {unknown[0]}")


def parse_pack(data: object, name: str, path: Path | None = None) -> RulePack:
    ctx = _Ctx(name)
    top = ctx.mapping(data, "")
    ctx.keys(top, "", ("id", "version", "title", "law_current_to", "effective_from",
                       "questionnaire", "findings", "examples"), _TOP_KEYS)
    pack_id = ctx.text(top["id"], "id")
    if not _PACK_ID.fullmatch(pack_id):
        raise ctx.fail("id", "use lower-case letters, digits and hyphens")
    ctx = _Ctx(pack_label(pack_id, name))
    version = str(top["version"])
    if not _VERSION.fullmatch(version):
        raise ctx.fail("version", "use YYYY.MM.N, e.g. 2026.05.1")
    languages = ctx.seq(top.get("languages", list(LANGUAGES)), "languages")
    if sorted(languages) != sorted(LANGUAGES):
        raise ctx.fail("languages", f"must be {', '.join(LANGUAGES)}")
    effective_until = top.get("effective_until")

    constants = {ctx.name(key, f"constants.{key}"): _plain(ctx, value, f"constants.{key}")
                 for key, value in ctx.mapping(top.get("constants", {}), "constants").items()}
    tables = _tables(ctx, top.get("tables", {}))
    questions = _questions(ctx, top["questionnaire"])
    facts = _facts(ctx, top.get("facts", []))
    constraints = _constraints(ctx, top.get("constraints", []))
    findings = _findings(ctx, top["findings"])
    examples = _examples(ctx, top["examples"])

    _check_names_unique(ctx, constants, questions, facts, findings)
    _check_references(ctx, constants, questions, facts, constraints, findings)
    _check_examples_refer_to_findings(ctx, examples, findings)
    _check_cost(ctx, constants, tables, questions, facts, constraints, findings)
    vocabulary = _vocabulary(ctx, top.get("vocabulary", {}), questions)

    return RulePack(
        id=pack_id,
        version=version,
        titles=ctx.texts(top["title"], "title"),
        law_current_to=ctx.date(top["law_current_to"], "law_current_to"),
        effective_from=ctx.date(top["effective_from"], "effective_from"),
        effective_until=None if effective_until is None
        else ctx.date(effective_until, "effective_until"),
        sources=tuple(ctx.text(s, "sources") for s in ctx.seq(top.get("sources", []),
                                                                 "sources")),
        constants=constants,
        tables=tables,
        questions=questions,
        facts=facts,
        constraints=constraints,
        findings=findings,
        examples=examples,
        path=path,
        vocabulary=vocabulary,
    )


def pack_label(pack_id: str, name: str) -> str:
    """How refusals name a pack: its id, plus the file name when that says something else."""
    return pack_id if name in (pack_id, f"{pack_id}.yaml") else f"{name} ({pack_id})"


def _plain(ctx: _Ctx, value: object, where: str) -> Any:
    """Constants become CEL values: only JSON-like data, with YAML dates as ISO strings."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, list):
        return [_plain(ctx, v, where) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(ctx, v, where) for k, v in value.items()}
    raise ctx.fail(where, "must be text, numbers, lists or mappings")


def _tables(ctx: _Ctx, raw: object) -> dict[str, Table]:
    tables: dict[str, Table] = {}
    for tname, value in ctx.mapping(raw, "tables").items():
        where = f"tables.{tname}"
        ctx.name(tname, where)
        m = ctx.mapping(value, where)
        ctx.keys(m, where, ("date", "source", "columns", "rows"), ("each_more",))
        columns = tuple(ctx.name(c, f"{where}.columns")
                        for c in ctx.seq(m["columns"], f"{where}.columns"))
        rows = []
        for i, row in enumerate(ctx.seq(m["rows"], f"{where}.rows")):
            rows.append(_table_row(ctx, row, columns, f"{where}.rows[{i}]"))
        if not rows:
            raise ctx.fail(f"{where}.rows", "is empty")
        each_more = m.get("each_more")
        if each_more is not None:
            each_more = _table_row(ctx, each_more, columns[1:], f"{where}.each_more")
        tables[tname] = Table(tname, ctx.date(m["date"], f"{where}.date"),
                              ctx.text(m["source"], f"{where}.source"), columns,
                              tuple(rows), each_more)
    return tables


def _table_row(ctx: _Ctx, row: object, columns: tuple[str, ...], where: str) -> dict[str, int]:
    m = ctx.mapping(row, where)
    ctx.keys(m, where, columns)
    for col in columns:
        if isinstance(m[col], bool) or not isinstance(m[col], int) or m[col] < 0:
            raise ctx.fail(f"{where}.{col}", "must be a whole number of at least 0")
    return dict(m)


def _questions(ctx: _Ctx, raw: object) -> tuple[Question, ...]:
    out = []
    for i, item in enumerate(ctx.seq(raw, "questionnaire")):
        m = ctx.mapping(item, f"questionnaire[{i}]")
        key = ctx.name(m.get("key"), f"questionnaire[{i}].key")
        where = f"question {key}"
        ctx.keys(m, where, ("key", "type", "label", "help"),
                 ("values", "required", "shown_when", "decisive_when", "unclear_when",
                  "fields", "min", "max", "max_items", "short"))
        kind = m["type"]
        if kind not in QUESTION_TYPES:
            raise ctx.fail(where, f"unknown type {kind!r}")
        values: tuple[str, ...] = ()
        if kind == "enum" or (kind in ("code", "list-of-codes") and "values" in m):
            values = _values(ctx, m.get("values"), f"{where}.values")
        fields: tuple[Field, ...] = ()
        if kind == "list-of-objects":
            fields = _fields(ctx, m.get("fields"), f"{where}.fields")
        out.append(Question(
            key=key,
            type=kind,
            values=values,
            required=bool(m.get("required", False)),
            labels=ctx.texts(m["label"], f"{where}.label"),
            helps=ctx.texts(m["help"], f"{where}.help"),
            shown_when=_opt_expr(ctx, m, "shown_when", where),
            decisive_when=_opt_expr(ctx, m, "decisive_when", where),
            unclear_when=_opt_expr(ctx, m, "unclear_when", where),
            fields=fields,
            minimum=_number(ctx, m.get("min"), f"{where}.min"),
            maximum=_number(ctx, m.get("max"), f"{where}.max"),
            max_items=_max_items(ctx, m.get("max_items", 50), f"{where}.max_items"),
            shorts={} if m.get("short") is None else ctx.texts(m["short"], f"{where}.short"),
        ))
    if not out:
        raise ctx.fail("questionnaire", "is empty")
    return tuple(out)


MAX_ITEMS_LIMIT = 500  # a list answer longer than this is not a questionnaire answer


def _max_items(ctx: _Ctx, raw: object, where: str) -> int:
    # Bounded, because the cost estimate of every macro over an answer list depends on it.
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= MAX_ITEMS_LIMIT:
        raise ctx.fail(where, f"must be a whole number from 1 to {MAX_ITEMS_LIMIT}")
    return raw


def _vocabulary(ctx: _Ctx, raw: object,
                questions: tuple[Question, ...]) -> dict[str, dict[str, str]]:
    vocabulary = {value: ctx.texts(words, f"vocabulary.{value}")
                  for value, words in ctx.mapping(raw, "vocabulary").items()}
    if vocabulary:  # a pack that gives words must give them for every value it offers
        for q in questions:
            values = list(q.values) + [v for f in q.fields for v in f.values]
            missing = [v for v in values if v not in vocabulary]
            if missing:
                raise ctx.fail("vocabulary", f"no words for {missing[0]} (question {q.key})")
    return vocabulary


def _values(ctx: _Ctx, raw: object, where: str) -> tuple[str, ...]:
    # YAML 1.1 reads bare yes/no as booleans; insist on quoted strings so "no" stays "no".
    values = ctx.seq(raw, where)
    if not values or not all(isinstance(v, str) and v for v in values):
        raise ctx.fail(where, "must be a non-empty list of quoted strings")
    if len(set(values)) != len(values):
        raise ctx.fail(where, "has duplicates")
    return tuple(values)


def _fields(ctx: _Ctx, raw: object, where: str) -> tuple[Field, ...]:
    out = []
    for i, item in enumerate(ctx.seq(raw, where)):
        m = ctx.mapping(item, f"{where}[{i}]")
        ctx.keys(m, f"{where}[{i}]", ("name", "type"), ("values",))
        fname = ctx.name(m["name"], f"{where}[{i}].name")
        if m["type"] not in FIELD_TYPES:
            raise ctx.fail(f"{where}.{fname}", f"unknown type {m['type']!r}")
        values = _values(ctx, m.get("values"), f"{where}.{fname}.values") \
            if m["type"] == "enum" else ()
        out.append(Field(fname, m["type"], values))
    if not out:
        raise ctx.fail(where, "is empty")
    return tuple(out)


def _number(ctx: _Ctx, raw: object, where: str) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise ctx.fail(where, "must be a number")
    return raw


def _opt_expr(ctx: _Ctx, m: Mapping[str, Any], key: str, where: str) -> Expression | None:
    return None if m.get(key) is None else ctx.expr(m[key], f"{where}.{key}")


def _facts(ctx: _Ctx, raw: object) -> tuple[Fact, ...]:
    out = []
    for i, item in enumerate(ctx.seq(raw, "facts")):
        m = ctx.mapping(item, f"facts[{i}]")
        fname = ctx.name(m.get("name"), f"facts[{i}].name")
        ctx.keys(m, f"fact {fname}", ("name", "expr"), ("help",))
        out.append(Fact(fname, ctx.expr(m["expr"], f"fact {fname}")))
    return tuple(out)


def _constraints(ctx: _Ctx, raw: object) -> tuple[Constraint, ...]:
    out = []
    for i, item in enumerate(ctx.seq(raw, "constraints")):
        where = f"constraints[{i}]"
        m = ctx.mapping(item, where)
        ctx.keys(m, where, ("key", "rule", "reason"))
        out.append(Constraint(ctx.name(m["key"], f"{where}.key"),
                              ctx.expr(m["rule"], f"{where}.rule"),
                              ctx.text(m["reason"], f"{where}.reason")))
    return tuple(out)


def _findings(ctx: _Ctx, raw: object) -> tuple[FindingRule, ...]:
    out = []
    for i, item in enumerate(ctx.seq(raw, "findings")):
        m = ctx.mapping(item, f"findings[{i}]")
        fid = ctx.name(m.get("id"), f"findings[{i}].id")
        where = f"finding {fid}"
        ctx.keys(m, where, ("id", "severity", "when", "message", "citation", "referrals"),
                 ("triggered_by", "variants"))
        severity = m["severity"]
        if severity not in SEVERITIES:
            raise ctx.fail(where, f"unknown severity {severity!r}")
        referrals = tuple(ctx.seq(m["referrals"], f"{where}.referrals"))
        for r in referrals:
            if r not in REFERRALS:
                raise ctx.fail(where, f"unknown referral category {r!r}")
        if severity == "bar" and "legal_urgent" not in referrals:
            raise ctx.fail(where, "a bar must suggest legal_urgent")
        trig = m.get("triggered_by", [])
        triggered_by: tuple[str, ...] | Expression
        if isinstance(trig, str):
            triggered_by = ctx.expr(trig, f"{where}.triggered_by")
        else:
            triggered_by = tuple(ctx.name(k, f"{where}.triggered_by")
                                 for k in ctx.seq(trig, f"{where}.triggered_by"))
        out.append(FindingRule(
            id=fid,
            severity=severity,
            when=ctx.expr(m["when"], f"{where}.when"),
            messages=ctx.texts(m["message"], f"{where}.message"),
            citation=ctx.text(m["citation"], f"{where}.citation"),
            referrals=referrals,
            triggered_by=triggered_by,
            variants=_variants(ctx, m.get("variants", []), f"{where}.variants"),
        ))
    if not out:
        raise ctx.fail("findings", "is empty")
    return tuple(out)


def _variants(ctx: _Ctx, raw: object,
              where: str) -> tuple[tuple[Expression, dict[str, str]], ...]:
    out = []
    for i, item in enumerate(ctx.seq(raw, where)):
        m = ctx.mapping(item, f"{where}[{i}]")
        ctx.keys(m, f"{where}[{i}]", ("when", "message"))
        out.append((ctx.expr(m["when"], f"{where}[{i}].when"),
                    ctx.texts(m["message"], f"{where}[{i}].message")))
    return tuple(out)


def _examples(ctx: _Ctx, raw: object) -> tuple[Example, ...]:
    out = []
    for i, item in enumerate(ctx.seq(raw, "examples")):
        m = ctx.mapping(item, f"examples[{i}]")
        name = ctx.text(m.get("name"), f"examples[{i}].name")
        where = f"example {name!r}"
        ctx.keys(m, where, ("name", "answers", "must"), ("must_not", "summary"))
        summary = m.get("summary")
        if summary not in (None, "bar", "review", "clear"):
            raise ctx.fail(where, f"unknown summary {summary!r}")
        out.append(Example(
            name=name,
            # An unquoted 2026-09-01 is a YAML date; answers take ISO strings.
            answers=_plain(ctx, ctx.mapping(m["answers"], f"{where}.answers"),
                           f"{where}.answers"),
            must=tuple(ctx.seq(m["must"], f"{where}.must")),
            must_not=tuple(ctx.seq(m.get("must_not", []), f"{where}.must_not")),
            summary=summary,
        ))
    if not out:
        raise ctx.fail("examples", "is empty")
    if len({e.name for e in out}) != len(out):
        raise ctx.fail("examples", "two examples have the same name")
    return tuple(out)


def _check_names_unique(ctx: _Ctx, constants: Mapping[str, Any],
                        questions: tuple[Question, ...], facts: tuple[Fact, ...],
                        findings: tuple[FindingRule, ...]) -> None:
    seen: set[str] = {UNRESOLVED, TABLES}
    names = [*constants, *(q.key for q in questions), *(f.name for f in facts),
             *(f.id for f in findings)]
    for n in names:
        if n in seen:
            raise ctx.fail("", f"name {n} is defined twice (or is reserved)")
        seen.add(n)


def _check_references(ctx: _Ctx, constants: Mapping[str, Any],
                      questions: tuple[Question, ...], facts: tuple[Fact, ...],
                      constraints: tuple[Constraint, ...],
                      findings: tuple[FindingRule, ...]) -> None:
    keys = {q.key for q in questions}
    base = set(constants) | keys | {TABLES}
    for c in constraints:
        if c.key not in keys:
            raise ctx.fail("constraints", f"unknown question key {c.key}")
        ctx.refs(c.rule, base, f"constraint on {c.key}")
    visible = set(base)
    for fact in facts:
        ctx.refs(fact.expr, visible, f"fact {fact.name}")
        visible.add(fact.name)
    for q in questions:
        if q.shown_when is not None:
            ctx.refs(q.shown_when, visible, f"question {q.key}.shown_when")

    # ``unresolved`` is computed once, just before the first finding that reads it, so
    # decisive_when / unclear_when may only use findings decided before that point.
    first_use = next((i for i, f in enumerate(findings) if reads_unresolved(f)),
                     len(findings))
    before_unresolved = visible | {f.id for f in findings[:first_use]}
    for q in questions:
        for attr in ("decisive_when", "unclear_when"):
            expr = getattr(q, attr)
            if expr is not None:
                ctx.refs(expr, before_unresolved, f"question {q.key}.{attr}")

    decided: set[str] = set()
    for f in findings:
        scope = visible | decided | {UNRESOLVED}
        ctx.refs(f.when, scope, f"finding {f.id}")
        for i, (when, texts) in enumerate(f.variants):
            ctx.refs(when, scope, f"finding {f.id}.variants[{i}]")
            for lang, text in texts.items():
                unknown = sorted(placeholder_roots(text) - visible - {UNRESOLVED})
                if unknown:
                    raise ctx.fail(f"finding {f.id}.variants[{i}].message.{lang}",
                                   f"unknown placeholder {unknown[0]}")
        if isinstance(f.triggered_by, Expression):
            ctx.refs(f.triggered_by, scope | {f.id}, f"finding {f.id}.triggered_by")
        else:
            for k in f.triggered_by:
                if k not in keys:
                    raise ctx.fail(f"finding {f.id}.triggered_by", f"unknown key {k}")
        for lang, text in f.messages.items():
            unknown = sorted(placeholder_roots(text) - visible - {UNRESOLVED})
            if unknown:
                raise ctx.fail(f"finding {f.id}.message.{lang}",
                               f"unknown placeholder {unknown[0]}")
        decided.add(f.id)


def reads_unresolved(f: FindingRule) -> bool:
    trig = f.triggered_by
    return UNRESOLVED in f.when.names or (
        isinstance(trig, Expression) and UNRESOLVED in trig.names)


def _check_examples_refer_to_findings(ctx: _Ctx, examples: tuple[Example, ...],
                                      findings: tuple[FindingRule, ...]) -> None:
    ids = {f.id for f in findings}
    for ex in examples:
        for fid in (*ex.must, *ex.must_not):
            if fid not in ids:
                raise ctx.fail(f"example {ex.name!r}", f"unknown finding {fid}")
    covered = {fid for ex in examples for fid in ex.must}
    missing = [f.id for f in findings if f.id not in covered]
    if missing:
        raise ctx.fail(f"finding {missing[0]}", "no worked example expects it")


def _check_cost(ctx: _Ctx, constants: Mapping[str, Any], tables: Mapping[str, Table],
                questions: tuple[Question, ...], facts: tuple[Fact, ...],
                constraints: tuple[Constraint, ...], findings: tuple[FindingRule, ...]) -> None:
    """Refuse a pack whose expressions could take too long (nested macros multiply)."""
    lists = [q.max_items for q in questions]
    lists += [len(v) for v in constants.values() if isinstance(v, list | dict)]
    lists += [len(t.rows) for t in tables.values()]
    n = max([50, *lists])
    named: list[tuple[str, Expression | None]] = []
    for q in questions:
        named += [(f"question {q.key}.{a}", getattr(q, a))
                  for a in ("shown_when", "decisive_when", "unclear_when")]
    named += [(f"fact {f.name}", f.expr) for f in facts]
    named += [(f"constraint on {c.key}", c.rule) for c in constraints]
    for f in findings:
        named.append((f"finding {f.id}", f.when))
        if isinstance(f.triggered_by, Expression):
            named.append((f"finding {f.id}.triggered_by", f.triggered_by))
        named += [(f"finding {f.id}.variants", when) for when, _texts in f.variants]
    total = 0
    for where, expr in named:
        if expr is None:
            continue
        cost = estimate_cost(expr.ast, n)
        if cost > MAX_EXPRESSION_COST:
            raise ctx.fail(where, f"the expression could take about {cost:,} steps, more "
                                  f"than the {MAX_EXPRESSION_COST:,} a pack may ask for")
        total += cost
    if total > MAX_PACK_COST:
        raise ctx.fail("", f"its expressions could take about {total:,} steps per screening, "
                           f"more than the {MAX_PACK_COST:,} a pack may ask for")
