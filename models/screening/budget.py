"""Bounds on how much work a rule pack may ask for.

CEL cannot loop forever, but nested macros multiply: ``l.map(a, l.map(b, l.map(c, …)))``
over lists of 50 answers is 50³ evaluations of the innermost body, and a small imported pack
can keep the program busy for minutes. Two guards:

- at import, a static estimate of the steps each expression can take (every macro multiplies
  the cost of its body by the longest list its target can be), per expression and per pack;
- at evaluation, a time budget checked every time a macro body is evaluated.
"""

from __future__ import annotations

import time

import lark

# Methods celpy treats as macros: their last argument is evaluated once per element.
MACROS = frozenset({"map", "filter", "all", "exists", "exists_one", "reduce", "min"})
# The shipped packs estimate at a few thousand steps per expression and ~50 000 per pack;
# celpy walks roughly 100 000 steps a second, so these keep any accepted pack well under a
# second per screening.
MAX_EXPRESSION_COST = 100_000
MAX_PACK_COST = 1_000_000
# Wall-clock limit of one screening (every fact and finding), and of checking a pack's
# worked examples at import.
EVALUATION_SECONDS = 2.0
IMPORT_SECONDS = 30.0


class BudgetExceeded(Exception):
    """Evaluation ran past its time budget. Internal; the engine refuses the pack."""


class Budget:
    """A deadline shared by every expression of one evaluation."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() >= self.deadline:
            raise BudgetExceeded(f"took longer than {self.seconds:g} s")


def estimate_cost(ast: lark.Tree, list_size: int) -> int:
    """An upper estimate of the evaluation steps of a compiled expression.

    ``list_size`` is the longest list a name can hold (answers are capped by ``max_items``,
    constants by their length); list literals and concatenations are counted exactly.
    """
    return _walk(ast, list_size)[0]


def _walk(node: lark.Tree, n: int) -> tuple[int, int]:
    """(cost, the longest list this node can produce)."""
    kids = [c for c in node.children if isinstance(c, lark.Tree)]
    if node.data == "member_dot_arg" and len(node.children) > 2 \
            and str(node.children[1]) in MACROS and isinstance(node.children[2], lark.Tree):
        target_cost, target_size = _walk(node.children[0], n)
        args = [c for c in node.children[2].children if isinstance(c, lark.Tree)]
        body_cost = sum(_walk(a, n)[0] for a in args[1:]) or 1
        cost = target_cost + target_size * (body_cost + 1) + 1
        size = target_size if str(node.children[1]) in ("map", "filter") else 1
        return cost, size
    if node.data == "ident":
        return 1, n
    walked = [_walk(k, n) for k in kids]
    cost = 1 + sum(c for c, _ in walked)
    if node.data == "list_lit":
        items = kids[0].children if kids and kids[0].data == "exprlist" else []
        return cost, max(1, len(items))
    if node.data in ("addition", "addition_add"):
        return cost, max(1, sum(s for _, s in walked))
    return cost, max([s for _, s in walked] or [1])
