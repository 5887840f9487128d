"""The screening's CEL evaluator (models/screening/expressions.py) gives celpy's own values
and errors: its overrides only skip work (typing casts, debug lines, a name search written
out), issue 18's in-process evaluation under 10 ms. An undeclared name's error leaves out
the activation dump, and && and || stop at a decided left side (their own tests)."""

from __future__ import annotations

import celpy
import pytest
from celpy.evaluation import Activation, CELEvalError, Evaluator

from models.screening import expressions

CASES = [
    '1 < 2', '"a" < 1', 'x in [1, 2]', 'x != null', '[1, 2] == [1, 2]', 'type(1) == int',
    '!true', '!1', '-5', '-s', '-(-9223372036854775807 - 1)', '-(1 / 0)', '!(1 / 0)',
    'size("abc")', 'size(1, 2)', 'size(1 / 0)', 'int("x")', 'int(s)',
    '9223372036854775807 + 1', '"ab" + 1', 'l.exists(v, v > 1)', 'l.all(v, v < "a")',
    'm.k == 1', 'm.z', 'size(l) >= 2 ? "y" : "n"', 'days_between("2026-01-01", s)',
    'age_on("2000-02-29", "2026-02-28")', 'x', 'l', 'm',
]


VALUES = {"s": "txt", "x": 1, "l": [1, 2, 3], "m": {"k": 1}}


def _ours(source: str) -> str:
    try:
        value = expressions.Scope(VALUES).evaluate(expressions.compile_expression(source))
    except expressions.ExpressionError as exc:
        return f"error {exc}"
    return f"{type(value).__name__} {value!r}"


def _celpys(source: str) -> str:
    """celpy's Evaluator on the same tree, names and functions."""
    activation = Activation(annotations=dict(celpy.googleapis),
                            functions=dict(expressions.CUSTOM_FUNCTIONS))
    activation = activation.nested_activation(vars={k: celpy.json_to_cel(v)
                                                    for k, v in VALUES.items()})
    try:
        value = Evaluator(ast=expressions.parse(source), activation=activation).evaluate()
    except CELEvalError as exc:
        # As the screening shows it: the first argument, without celpy's activation dump.
        return f"error {str(exc.args[0]).split(' (in activation')[0][:160]}"
    return f"{type(value).__name__} {value!r}"


@pytest.mark.parametrize("source", CASES)
def test_values_and_errors_are_celpys(source):
    assert _ours(source) == _celpys(source)
