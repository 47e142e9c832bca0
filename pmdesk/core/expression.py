"""A small, safe arithmetic language for custom prioritisation formulas.

Grammar (a tokenizer plus a recursive-descent parser; nothing is ever handed to ``eval``)::

    expr    := term (("+" | "-") term)*
    term    := unary (("*" | "/") unary)*
    unary   := ("-" | "+") unary | power
    power   := primary ("^" unary)?          # right-associative; -2^2 == -(2^2)
    primary := NUMBER | NAME | NAME "(" expr ("," expr)* ")" | "(" expr ")"

Functions: min, max (one or more arguments), sqrt, abs (one), log (natural log, or
``log(x, base)``). Names are the criteria of a scoring model. Evaluation gives a float, or
None when an input is missing or the result is undefined (division by zero, sqrt of a
negative number, overflow) — a formula never turns a missing input into 0.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, TypeAlias

from pmdesk.core.errors import PmdeskError

MAX_LENGTH = 2000  # characters; a formula is a line, not a program
MAX_DEPTH = 64  # nesting of parentheses / unary operators / calls
# Evaluation recurses over the tree, whose depth grows with a chain like 1+1+1+...: bounding
# the tokens keeps it far below Python's recursion limit.
MAX_TOKENS = 400

_TOKEN = re.compile(
    r"\s*(?:"
    r"(?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op>[-+*/^(),])"
    r")"
)

# name -> (min args, max args or None for any)
FUNCTIONS: dict[str, tuple[int, int | None]] = {
    "min": (1, None),
    "max": (1, None),
    "sqrt": (1, 1),
    "log": (1, 2),
    "abs": (1, 1),
}


class ParseError(PmdeskError):
    """A formula that is not in the grammar; the message says where and what."""


class _Undefined(Exception):
    """Raised inside evaluation for a missing input or an undefined result."""


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # number / name / op / end
    text: str
    pos: int


def tokenize(text: str) -> list[_Token]:
    if len(text) > MAX_LENGTH:
        raise ParseError(f"The formula is longer than {MAX_LENGTH} characters.")
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos or match.lastgroup is None:
            bad = text[pos:].lstrip()[:1]
            where = pos + (len(text[pos:]) - len(text[pos:].lstrip()))
            raise ParseError(
                f"Unexpected character {bad!r} at position {where + 1} of the formula."
            )
        kind = match.lastgroup
        tokens.append(_Token(kind, match.group(kind), match.start(kind)))
        if len(tokens) > MAX_TOKENS:
            raise ParseError(f"The formula has more than {MAX_TOKENS} parts.")
        pos = match.end()
    tokens.append(_Token("end", "", len(text)))
    return tokens


# The parsed tree is made of tuples: ("num", value) ("name", str) ("neg", node)
# ("bin", op, left, right) ("call", fname, (args...)).
_Node: TypeAlias = (
    tuple[Literal["num"], float]
    | tuple[Literal["name"], str]
    | tuple[Literal["neg"], "_Node"]
    | tuple[Literal["bin"], str, "_Node", "_Node"]
    | tuple[Literal["call"], str, tuple["_Node", ...]]
)


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.index = 0
        self.depth = 0

    @property
    def current(self) -> _Token:
        return self.tokens[self.index]

    def advance(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, text: str) -> None:
        token = self.current
        if token.kind != "op" or token.text != text:
            found = "the end" if token.kind == "end" else repr(token.text)
            raise ParseError(
                f"Expected {text!r} at position {token.pos + 1} of the formula, found {found}."
            )
        self.advance()

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ParseError("The formula is nested too deeply.")

    def parse(self) -> _Node:
        if self.current.kind == "end":
            raise ParseError("The formula is empty.")
        node = self.expr()
        if self.current.kind != "end":
            token = self.current
            raise ParseError(
                f"Unexpected {token.text!r} at position {token.pos + 1} of the formula."
            )
        return node

    def expr(self) -> _Node:
        node = self.term()
        while self.current.kind == "op" and self.current.text in "+-":
            op = self.advance().text
            node = ("bin", op, node, self.term())
        return node

    def term(self) -> _Node:
        node = self.unary()
        while self.current.kind == "op" and self.current.text in "*/":
            op = self.advance().text
            node = ("bin", op, node, self.unary())
        return node

    def unary(self) -> _Node:
        token = self.current
        if token.kind == "op" and token.text in "+-":
            self.advance()
            self.enter()
            operand = self.unary()
            self.depth -= 1
            return ("neg", operand) if token.text == "-" else operand
        return self.power()

    def power(self) -> _Node:
        base = self.primary()
        if self.current.kind == "op" and self.current.text == "^":
            self.advance()
            self.enter()
            exponent = self.unary()
            self.depth -= 1
            return ("bin", "^", base, exponent)
        return base

    def primary(self) -> _Node:
        token = self.current
        if token.kind == "number":
            self.advance()
            return ("num", float(token.text))
        if token.kind == "name":
            self.advance()
            if self.current.kind == "op" and self.current.text == "(":
                return self.call(token)
            if token.text in FUNCTIONS:
                raise ParseError(f"{token.text} is a function: write {token.text}(...).")
            return ("name", token.text)
        if token.kind == "op" and token.text == "(":
            self.advance()
            self.enter()
            node = self.expr()
            self.depth -= 1
            self.expect(")")
            return node
        found = "the end of the formula" if token.kind == "end" else repr(token.text)
        raise ParseError(
            f"Expected a number, a name or '(' at position {token.pos + 1}, found {found}."
        )

    def call(self, name: _Token) -> _Node:
        if name.text not in FUNCTIONS:
            known = ", ".join(FUNCTIONS)
            raise ParseError(f"Unknown function {name.text!r}; the functions are {known}.")
        self.expect("(")
        self.enter()
        args = [self.expr()]
        while self.current.kind == "op" and self.current.text == ",":
            self.advance()
            args.append(self.expr())
        self.depth -= 1
        self.expect(")")
        low, high = FUNCTIONS[name.text]
        if len(args) < low or (high is not None and len(args) > high):
            raise ParseError(f"{name.text}() does not take {len(args)} argument(s).")
        return ("call", name.text, tuple(args))


def _evaluate(node: _Node, values: Mapping[str, float | None]) -> float:
    # Tests on node[0] itself (not a local copy) let mypy narrow the tuple to its kind.
    if node[0] == "num":
        return node[1]
    if node[0] == "name":
        value = values.get(node[1])
        if value is None:
            raise _Undefined(node[1])
        number = float(value)
        if not math.isfinite(number):
            raise _Undefined(node[1])
        return number
    if node[0] == "neg":
        return -_evaluate(node[1], values)
    if node[0] == "bin":
        left = _evaluate(node[2], values)
        right = _evaluate(node[3], values)
        op = node[1]
        if op == "+":
            return left + right
        if op == "-":
            return left - right
        if op == "*":
            return left * right
        if op == "/":
            if right == 0:
                raise _Undefined("/0")
            return left / right
        # "^": a complex result (negative base, fractional exponent) is undefined here.
        result = math.pow(left, right)
        return result
    # call
    fname, args = node[1], [_evaluate(arg, values) for arg in node[2]]
    if fname == "min":
        return min(args)
    if fname == "max":
        return max(args)
    if fname == "abs":
        return abs(args[0])
    if fname == "sqrt":
        return math.sqrt(args[0])
    if len(args) == 2:
        return math.log(args[0], args[1])
    return math.log(args[0])


class Expression:
    """A parsed formula: ``Expression("reach * impact / effort").evaluate({...})``."""

    __slots__ = ("text", "_tree", "names")

    def __init__(self, text: str) -> None:
        self.text = text
        self._tree = _Parser(text).parse()
        self.names: frozenset[str] = frozenset(_names(self._tree))

    def evaluate(self, values: Mapping[str, float | None]) -> float | None:
        """The formula's value, or None when an input is missing or the result is undefined."""
        try:
            result = _evaluate(self._tree, values)
        except (_Undefined, ValueError, OverflowError, ZeroDivisionError):
            return None
        if not math.isfinite(result):
            return None
        return result

    def __repr__(self) -> str:
        return f"Expression({self.text!r})"


def _names(node: _Node) -> set[str]:
    if node[0] == "name":
        return {node[1]}
    if node[0] == "neg":
        return _names(node[1])
    if node[0] == "bin":
        return _names(node[2]) | _names(node[3])
    if node[0] == "call":
        found: set[str] = set()
        for arg in node[2]:
            found |= _names(arg)
        return found
    return set()


def parse(text: str) -> Expression:
    """Parse a formula; raises ParseError with a readable reason when it is not in the grammar."""
    return Expression(text)
