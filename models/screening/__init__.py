"""Screening: rule packs (YAML data in resources/rulepacks) and the engine that runs them.

Spec: docs/screening.md. Typical use::

    pack = load_pack("ca-refugee-claim")
    result = evaluate(pack, answers, lang="fr")
    result.summary, [f.id for f in result.findings]
"""

from models.screening.engine import applicable_answers, evaluate, visible_questions
from models.screening.loader import (
    PACKS_DIR,
    available_packs,
    load_pack,
    load_pack_file,
    load_pack_text,
)
from models.screening.notice import not_legal_advice
from models.screening.pack import (
    REFERRALS,
    SEVERITIES,
    FindingRule,
    Question,
    RulePack,
    RulePackInvalid,
)
from models.screening.result import Finding, ScreeningResult
from models.screening.services import CATEGORY_SERVICES, service_for

__all__ = [
    "CATEGORY_SERVICES",
    "PACKS_DIR",
    "REFERRALS",
    "SEVERITIES",
    "Finding",
    "FindingRule",
    "Question",
    "RulePack",
    "RulePackInvalid",
    "ScreeningResult",
    "applicable_answers",
    "available_packs",
    "evaluate",
    "load_pack",
    "load_pack_file",
    "load_pack_text",
    "not_legal_advice",
    "service_for",
    "visible_questions",
]
