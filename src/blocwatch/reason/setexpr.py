"""Set expressions over organizations, groups and states: `former-soviet - (CIS | CSTO)`.

Grammar (`&` binds tighter than `|` and `-`, which are left-associative):
    expr := term (("|" | "-") term)*
    term := atom ("&" atom)*
    atom := NAME | "(" expr ")"
A name may contain hyphens (`former-soviet`); `CIS-CSTO` is read as a difference when it is
not itself a known name but its parts are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import ExpressionError

_TOKEN = re.compile(r"\s*(?:(?P<op>[|&()\-])|(?P<name>[^\s|&()\-][^\s|&()]*))")


@dataclass(frozen=True)
class Name:
    name: str


@dataclass(frozen=True)
class Op:
    op: str
    left: "Name | Op"
    right: "Name | Op"


Node = Name | Op


def tokenize(expr: str, is_known: Callable[[str], bool]) -> list[str]:
    tokens: list[str] = []
    pos = 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if not m or m.end() == pos:
            raise ExpressionError(f"Cannot read {expr[pos:]!r} in {expr!r}: use names, | & - and parentheses.")
        pos = m.end()
        if m.group("op"):
            tokens.append(m.group("op"))
            continue
        word = m.group("name")
        # Trailing hyphen-separated parts that are not part of a known name are differences.
        if "-" in word and not is_known(word):
            parts = _known_parts(word.split("-"), is_known)
            if parts:
                for i, p in enumerate(parts):
                    if i:
                        tokens.append("-")
                    tokens.append(p)
                continue
        tokens.append(word)
    return tokens


def _known_parts(pieces: list[str], is_known: Callable[[str], bool]) -> list[str] | None:
    """Hyphen-separated pieces regrouped into known names, longest first:
    `former-soviet-CSTO` -> [former-soviet, CSTO]; None when no grouping is all known."""
    if not pieces:
        return []
    for i in range(len(pieces), 0, -1):
        head = "-".join(pieces[:i])
        if all(pieces[:i]) and is_known(head):
            rest = _known_parts(pieces[i:], is_known)
            if rest is not None:
                return [head, *rest]
    return None


def parse(expr: str, is_known: Callable[[str], bool] = lambda _: True) -> Node:
    if not expr or not expr.strip():
        raise ExpressionError("Empty set expression: give e.g. 'CIS - CSTO' or 'former-soviet'.")
    tokens = tokenize(expr, is_known)
    pos = 0

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> str:
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def atom() -> Node:
        t = peek()
        if t is None:
            raise ExpressionError(f"{expr!r} ends where a name or '(' was expected.")
        if t == "(":
            take()
            node = union()
            if peek() != ")":
                raise ExpressionError(f"Missing ')' in {expr!r}.")
            take()
            return node
        if t in "|&-)":
            raise ExpressionError(f"Unexpected {t!r} in {expr!r}: an operator needs a name or '(' on each side.")
        return Name(take())

    def term() -> Node:
        node = atom()
        while peek() == "&":
            take()
            node = Op("&", node, atom())
        return node

    def union() -> Node:
        node = term()
        while peek() in ("|", "-"):
            op = take()
            node = Op(op, node, term())
        return node

    tree = union()
    if pos != len(tokens):
        raise ExpressionError(f"Unexpected {tokens[pos]!r} in {expr!r}.")
    return tree


def names(node: Node) -> list[str]:
    if isinstance(node, Name):
        return [node.name]
    return names(node.left) + names(node.right)


def evaluate(node: Node, leaf: Callable[[str], dict]) -> dict:
    """Evaluate to a dict keyed by state; on overlap the left operand's value is kept."""
    if isinstance(node, Name):
        return leaf(node.name)
    a, b = evaluate(node.left, leaf), evaluate(node.right, leaf)
    if node.op == "|":
        return {**b, **a}
    if node.op == "&":
        return {k: v for k, v in a.items() if k in b}
    return {k: v for k, v in a.items() if k not in b}
