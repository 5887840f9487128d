"""Conditions of a rule pack, written in CEL (Common Expression Language) and run by celpy.

CEL was chosen because it is a specified, portable language (Go, Java, C++ and JS runtimes
exist) that cannot loop forever or touch the machine, so a coordinator can import a pack
without trusting it. Only the interpreted runner is used: celpy's "compiled" runner turns
the expression into Python source and execs it, which is exactly what we refuse to do.

Dates travel through CEL as ISO ``YYYY-MM-DD`` strings: they compare correctly as strings,
stay readable in the YAML, and the few calendar operations the law needs are the small
functions registered below.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import celpy
import lark
from celpy import celtypes
from celpy.evaluation import Activation, CELEvalError, Evaluator, NameContainer, Referent

from models.screening.budget import Budget, BudgetExceeded
from models.screening.ready_made import shipped_tree

# Methods whose first argument is a variable bound by the macro, not a name to resolve.
_MACROS = frozenset({"map", "filter", "all", "exists", "exists_one"})

# Functions the CEL standard library of celpy provides, callable as f(x).
_BUILTIN_FUNCTIONS = frozenset({
    "size", "int", "double", "string", "bool", "type", "has", "dyn", "timestamp", "duration",
    "uint", "bytes", "list", "map",
})


def _date(value: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected a date string, got {type(value).__name__}")
    return dt.date.fromisoformat(value)


def add_years_to(day: dt.date, years: int) -> dt.date:
    """Same month and day ``years`` later; 29 February falls on 1 March in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 3, 1)


def _cel_days_between(start: Any, end: Any) -> celtypes.IntType:
    return celtypes.IntType((_date(end) - _date(start)).days)


def _cel_add_years(day: Any, years: Any) -> celtypes.StringType:
    if not isinstance(years, int) or isinstance(years, bool):
        raise TypeError("years must be an integer")
    return celtypes.StringType(add_years_to(_date(day), int(years)).isoformat())


def _cel_age_on(birth: Any, day: Any) -> celtypes.IntType:
    born, on = _date(birth), _date(day)
    # Counted with add_years so a 29 February birthday is reached on 1 March, like the
    # one-year limit; the two must never disagree on the same calendar.
    age = on.year - born.year
    if add_years_to(born, age) > on:
        age -= 1
    return celtypes.IntType(age)


def _cel_known(value: Any) -> celtypes.BoolType:
    # An answer is known when given and not "unsure"; both lead to REVIEW_UNSURE in packs.
    # celpy's numbers refuse to be compared with strings, so test the type first.
    unsure = isinstance(value, str) and value == "unsure"
    return celtypes.BoolType(value is not None and not unsure)


CUSTOM_FUNCTIONS: Mapping[str, Any] = {
    "days_between": _cel_days_between,
    "add_years": _cel_add_years,
    "age_on": _cel_age_on,
    "known": _cel_known,
}
FUNCTION_NAMES = frozenset(CUSTOM_FUNCTIONS) | _BUILTIN_FUNCTIONS

@functools.cache
def _env() -> celpy.Environment:
    """celpy builds its Lark parser when the environment is made (about a second here), so
    it is made on first use, and only for an expression the shipped packs do not have."""
    # The module itself, not the package: models.screening's __init__ imports this file.
    import models.screening.cel_parser as cel_parser

    cel_parser.install()  # the shipped, ready-made parser when it fits (~0.25 s less)
    return celpy.Environment()


@functools.cache
def _cel_recursion_limit() -> None:
    """What ``celpy.Environment`` does first: raise the recursion limit for CEL's nesting
    minimums. Done when the first expression is compiled, as when every compile made the
    environment, whether or not the expressions are ready-made."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 2500))


@functools.cache
def _activation() -> Activation:
    """The functions and annotations of every evaluation, built once.

    What ``celpy.Environment`` gives an activation, without making its parser (~20 ms)
    when every expression is ready-made: the standard annotations."""
    _cel_recursion_limit()
    return Activation(annotations=dict(celpy.googleapis), functions=dict(CUSTOM_FUNCTIONS))


# celpy's names for the operators of relation and unary nodes.
_RELATIONS = {
    "relation_lt": "_<_", "relation_le": "_<=_", "relation_ge": "_>=_", "relation_gt": "_>_",
    "relation_eq": "_==_", "relation_ne": "_!=_", "relation_in": "_in_",
}
_UNARIES = {"unary_not": "!_", "unary_neg": "-_"}


class _Evaluator(Evaluator):
    """celpy's interpreter, with && and || evaluated left to right.

    celpy evaluates both sides and then combines them, as CEL's commutative error rules
    permit; stopping early on a decided left side gives the same results (``false && x``
    is false whatever ``x`` is) and makes a screening several times faster, because most
    rules start with a guard such as ``stca_applies && ...``.
    """

    budget: Budget | None = None

    def sub_evaluator(self, ast: lark.Tree) -> Evaluator:
        sub = _Evaluator(ast, activation=self.activation)
        sub.budget = self.budget
        return sub

    def evaluate(self, context: Any = None) -> Any:
        # Macros evaluate their body through a sub-evaluator once per element, so this is
        # where nested macros spend their time: check the deadline here.
        if self.budget is not None:
            self.budget.check()
        return super().evaluate(context)

    def ident_value(self, name: str, root_scope: bool = False) -> Any:
        # Same lookup as Activation.resolve_variable, minus a typing.cast(Union[...]) that
        # rebuilds a Union on every call and took a third of the evaluation time.
        activation = self.activation
        if not activation.package:
            # What NameContainer.resolve_name finds for a plain name outside any package,
            # without its debug lines (which list every name, logged or not): the first
            # container up the chain that has the name (all its matches are one name long,
            # and max() keeps the first of equals).
            container: NameContainer | None = activation.identifiers
            while container is not None:
                if name in container:
                    return dict.__getitem__(container, name).value
                container = container.parent
            return activation.functions[name]
        try:
            return activation.identifiers.resolve_name(activation.package, name).value
        except KeyError:
            return activation.functions[name]

    # relation, unary and function_eval: celpy's own, line for line, without the
    # typing.cast(Tuple[List[Result], Result], ...) each builds and hashes on every call
    # (a third of a screening's time) and without debug lines on the way that succeeds.

    def relation(self, tree: lark.Tree) -> Any:
        if len(tree.children) != 2:
            return super().relation(tree)
        left_op = tree.children[0]
        op_name = _RELATIONS[left_op.data]
        func = self.activation.resolve_function(op_name)
        values: Any = self.visit_children(tree)  # [[left], right]
        (left, *_), right = values
        try:
            return func(left, right)
        except TypeError as ex:
            err = (
                f"found no matching overload for {left_op.data!r} "
                f"applied to '({type(left)}, {type(right)})'"
            )
            value = CELEvalError(err, ex.__class__, ex.args, tree=tree)
            value.__cause__ = ex
            return value

    def unary(self, tree: lark.Tree) -> Any:
        if len(tree.children) != 2:
            return super().unary(tree)
        op_tree = tree.children[0]
        op_name = _UNARIES[op_tree.data]
        func = self.activation.resolve_function(op_name)
        values: Any = self.visit_children(tree)  # [[], right]
        _, right = values
        try:
            return func(right)
        except TypeError as ex:
            err = (
                f"found no matching overload for {op_tree.data!r} "
                f"applied to '({type(right)})'"
            )
            value = CELEvalError(err, ex.__class__, ex.args, tree=tree)
            value.__cause__ = ex
            return value
        except ValueError as ex:
            value = CELEvalError(
                "return error for overflow", ex.__class__, ex.args, tree=tree
            )
            value.__cause__ = ex
            return value

    def function_eval(self, name_token: lark.Token, exprlist: Any = None) -> Any:
        try:
            function = self.activation.resolve_function(name_token.value)
        except KeyError as ex:
            err = (
                f"undeclared reference to '{name_token}' "
                f"(in activation '{self.activation}')"
            )
            value = CELEvalError(err, ex.__class__, ex.args, token=name_token)
            value.__cause__ = ex
            return value
        if isinstance(exprlist, CELEvalError):
            return exprlist
        try:
            list_exprlist = exprlist or []
            for expr in list_exprlist:
                if isinstance(expr, CELEvalError):
                    return expr
            return function(*list_exprlist)
        except ValueError as ex:
            value = CELEvalError(
                "return error for overflow", ex.__class__, ex.args, token=name_token
            )
            value.__cause__ = ex
            return value
        except (TypeError, AttributeError) as ex:
            value = CELEvalError(
                "no such overload", ex.__class__, ex.args, token=name_token
            )
            value.__cause__ = ex
            return value

    def primary(self, tree: lark.Tree) -> Any:
        # Fast paths for names and function calls, the most common nodes: celpy's own
        # method builds typing subscriptions (Tuple[...], Iterable[...]) on every call,
        # whose hashing took a quarter of a screening. Everything else goes to celpy.
        child = tree.children[0] if len(tree.children) == 1 else None
        if isinstance(child, lark.Tree):
            if child.data == "ident":
                name = str(child.children[0])
                try:
                    return self.ident_value(name)
                except KeyError as exc:
                    return CELEvalError(f"undeclared reference to '{name}'", exc.__class__,
                                        exc.args, tree=tree)
            # The grammar makes ident_arg's first child the function's name, a Token.
            if child.data == "ident_arg" and len(child.children) == 2 \
                    and isinstance(fn := child.children[0], lark.Token) \
                    and str(fn) not in ("has", "dyn"):
                return self.function_eval(fn, self.visit_children(child.children[1]))
        return super().primary(tree)

    def conditionaland(self, tree: lark.Tree) -> Any:
        return self._logical(tree, "_&&_", stop_on=False) if len(tree.children) == 2 \
            else super().conditionaland(tree)

    def conditionalor(self, tree: lark.Tree) -> Any:
        return self._logical(tree, "_||_", stop_on=True) if len(tree.children) == 2 \
            else super().conditionalor(tree)

    def _logical(self, tree: lark.Tree, op: str, stop_on: bool) -> Any:
        left = self.visit(tree.children[0])
        if isinstance(left, celtypes.BoolType) and bool(left) is stop_on:
            return left
        right = self.visit(tree.children[1])
        try:
            return self.activation.resolve_function(op)(left, right)
        except TypeError as exc:
            return CELEvalError(f"no matching overload for {op}", exc.__class__, exc.args,
                                tree=tree)


class ExpressionError(Exception):
    """An expression does not compile, or failed on some input. Internal to the package."""


@dataclass(frozen=True)
class Expression:
    source: str
    ast: lark.Tree
    names: frozenset[str]  # free identifiers it reads, for reference checks at load time


def compile_expression(source: str) -> Expression:
    if not isinstance(source, str) or not source.strip():
        raise ExpressionError("empty expression")
    _cel_recursion_limit()
    # An expression of a shipped pack comes ready-made: the tree lark gives it, flattened.
    ast = shipped_tree(source)
    if ast is None:
        ast = _parse(source)
        names, functions = _free_names(ast)
        ast = _flatten(ast)
    else:
        names, functions = _free_names(ast)  # the same names: a flattened level has none
    unknown_functions = functions - FUNCTION_NAMES
    if unknown_functions:
        raise ExpressionError(f"unknown function {sorted(unknown_functions)[0]}()")
    return Expression(source, ast, frozenset(names))


def parse(source: str) -> lark.Tree:
    """The tree an expression runs as: lark's, without its pass-through levels."""
    return _flatten(_parse(source))


def _parse(source: str) -> lark.Tree:
    try:
        return _env().compile(source)
    except Exception as exc:  # celpy raises several parser error types
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise ExpressionError(f"does not compile ({first_line})") from None


# Grammar levels that, with a single child, only pass their child's value up.
_PASS_THROUGH = frozenset({
    "expr", "conditionalor", "conditionaland", "relation", "addition", "multiplication",
    "unary", "member",
})


def _flatten(node: lark.Tree) -> lark.Tree:
    """Drop pass-through levels: ``x`` parses ten levels deep, each one a Python call.

    celpy documents AST transformation as the place for optimisations; this one does not
    change any value, it only stops the interpreter from walking empty levels.
    """
    while node.data in _PASS_THROUGH and len(node.children) == 1 \
            and isinstance(node.children[0], lark.Tree):
        node = node.children[0]
    node.children = [_flatten(c) if isinstance(c, lark.Tree) else c for c in node.children]
    return node


def _free_names(ast: lark.Tree) -> tuple[set[str], set[str]]:
    idents: set[str] = set()
    functions: set[str] = set()
    bound: set[str] = set()
    for node in ast.iter_subtrees():
        if node.data == "ident":
            idents.add(str(node.children[0]))
        elif node.data == "ident_arg":
            functions.add(str(node.children[0]))
        elif node.data == "member_dot_arg":
            method = str(node.children[1])
            args = node.children[2] if len(node.children) > 2 else None
            if method in _MACROS and isinstance(args, lark.Tree) and args.children:
                bound |= {
                    str(t.children[0]) for t in args.children[0].iter_subtrees()
                    if t.data == "ident"
                }
    # Macro variables are scoped, but packs are small; a name used both as a macro
    # variable and as a free name would only hide a typo, which the examples still catch.
    return idents - bound, functions


def to_cel(value: Any) -> Any:
    """Plain JSON-like data into CEL values (None stays None: CEL's null)."""
    return celpy.json_to_cel(value)


_IDENT = re.compile(r"[_a-zA-Z][_a-zA-Z0-9]*")  # celpy's IDENT (from cel.lark)


@functools.lru_cache(maxsize=4096)  # a pack's names, met on every evaluation
def _plain_name(name: str) -> bool:
    return _IDENT.fullmatch(name) is not None


def _load_values(container: NameContainer, values: Mapping[str, Any]) -> None:
    """NameContainer.load_values, with plain names (all a pack has) set directly: the same
    Referent holding the value, without two regular expressions per name on every
    evaluation (a third of its time); dotted names still go through celpy."""
    dotted = {}
    for name, value in values.items():
        if _plain_name(name):
            dict.setdefault(container, name, Referent()).value = value
        else:
            dotted[name] = value
    if dotted:
        container.load_values(dotted)


class Scope:
    """The variables of one evaluation; grows as facts and findings are computed."""

    def __init__(self, values: Mapping[str, Any], budget: Budget | None = None) -> None:
        self._activation = _activation().nested_activation()
        _load_values(self._activation.identifiers, {name: to_cel(v) for name, v in values.items()})
        self.names: set[str] = set(values)
        self.budget = budget

    def set(self, name: str, value: Any) -> None:
        _load_values(self._activation.identifiers, {name: value})
        self.names.add(name)

    def set_plain(self, name: str, value: Any) -> None:
        self.set(name, to_cel(value))

    def evaluate(self, expr: Expression) -> Any:
        evaluator = _Evaluator(ast=expr.ast, activation=self._activation)
        evaluator.budget = self.budget
        try:
            value = evaluator.evaluate()
        except BudgetExceeded:
            raise
        except CELEvalError as exc:
            raise ExpressionError(_short(exc)) from None
        except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError,
                RecursionError, lark.exceptions.LarkError) as exc:
            # celpy lets some Python errors through on odd values; they are the pack's
            # fault as far as the user is concerned, never a crash.
            raise ExpressionError(type(exc).__name__) from None
        if isinstance(value, CELEvalError):
            raise ExpressionError(_short(value))
        return value

    def truth(self, expr: Expression) -> bool:
        value = self.evaluate(expr)
        if not isinstance(value, celtypes.BoolType | bool):
            raise ExpressionError("is not true or false")
        return bool(value)


def _short(exc: Exception) -> str:
    args: Iterable[Any] = getattr(exc, "args", ()) or ()
    text = str(next(iter(args), exc))
    return text.split(" (in activation")[0][:160]


def from_cel(value: Any) -> Any:
    """CEL values back to plain Python (for messages and triggered_by lists)."""
    if isinstance(value, celtypes.BoolType | bool):  # before int: both subclass int
        return bool(value)
    if isinstance(value, celtypes.StringType):
        return str(value)
    if isinstance(value, celtypes.IntType | celtypes.UintType):
        return int(value)
    if isinstance(value, celtypes.DoubleType):
        return float(value)
    if isinstance(value, list):
        return [from_cel(v) for v in value]
    if isinstance(value, dict):
        return {from_cel(k): from_cel(v) for k, v in value.items()}
    return value
