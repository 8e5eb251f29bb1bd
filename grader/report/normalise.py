"""A learner's module as the similarity search sees it: words with names, comments,
docstrings and formatting taken out, each word with the line it came from.

The module's syntax tree is written out node by node, so renaming variables, rewording
comments and docstrings, reflowing lines, re-indenting, changing quotes or adding parentheses
leaves the words as they were, and a copy dressed up that way still matches. What a name means
to Python is kept: builtins (`len`, `range`), the functions and classes a module defines or
imports (the exercise's contract: `relu` is not `sigmoid`), modules under any alias (`np` is
`numpy`), attributes (`np.exp` gives `.exp`; `self.mask` is the author's own name, and goes)
and the keywords of a call (`axis=`). Numbers are written one way (`1e-4` and `0.0001` are
the same word). A file Python cannot parse is read token by token instead, with the same rules
as far as tokens allow.
"""

from __future__ import annotations

import ast
import builtins
import io
import keyword
import tokenize
from collections.abc import Sequence
from dataclasses import dataclass

NAME = "V"
STRING = "S"
_SKIPPED = {tokenize.COMMENT, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING,
            tokenize.ENDMARKER}
# Python 3.12 splits f-strings into parts; the start stands for the whole literal.
_FSTRING_START = getattr(tokenize, "FSTRING_START", None)
_FSTRING_REST = {getattr(tokenize, name) for name in ("FSTRING_MIDDLE", "FSTRING_END")
                 if hasattr(tokenize, name)}
_KEPT_NAMES = frozenset(dir(builtins)) | frozenset(keyword.kwlist)


@dataclass(frozen=True)
class Tokens:
    """Normalised words and, for each, its line in the original file (1-based)."""

    words: Sequence[str]
    lines: Sequence[int]

    def to_json(self) -> dict:
        return {"tokens": " ".join(self.words), "lines": list(self.lines)}

    @classmethod
    def from_json(cls, data: dict) -> Tokens:
        words = str(data.get("tokens", "")).split()
        lines = data.get("lines", [])
        if not isinstance(lines, list) or len(words) != len(lines):
            raise ValueError("tokens and lines differ in length")
        return cls(words, lines)


def _logical_lines(source: str) -> list[list[tokenize.TokenInfo]]:
    """The meaningful tokens, grouped by logical line; a file Python cannot read gives the
    lines before the problem."""
    lines: list[list[tokenize.TokenInfo]] = []
    current: list[tokenize.TokenInfo] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.NEWLINE:
                lines.append(current)
                current = []
            elif token.type not in _SKIPPED and token.type not in _FSTRING_REST:
                current.append(token)
    except (tokenize.TokenError, SyntaxError):
        pass
    lines.append(current)
    return [line for line in lines if line]


def _is_bare_string(line: list[tokenize.TokenInfo]) -> bool:
    """A docstring, or any string standing alone as a statement."""
    return all(t.type == tokenize.STRING or t.type == _FSTRING_START for t in line)


def _number(text: str) -> str:
    try:
        return repr(ast.literal_eval(text))
    except (ValueError, SyntaxError):
        return text


def _word(line: list[tokenize.TokenInfo], i: int, depth: int) -> str:
    token = line[i]
    if token.type == tokenize.NAME:
        after_dot = i > 0 and line[i - 1].string == "."
        # in a call, not in a `def`'s parameters, which are the author's own names
        keyword_argument = (depth > 0 and i + 1 < len(line) and line[i + 1].string == "="
                            and line[0].string not in ("def", "async"))
        kept = token.string in _KEPT_NAMES or after_dot or keyword_argument
        return token.string if kept else NAME
    if token.type == tokenize.STRING or token.type == _FSTRING_START:
        return STRING
    if token.type == tokenize.NUMBER:
        return _number(token.string)
    return "".join(token.string.split())


def _tokenized(source: str) -> Tokens:
    """The tokens of a file Python cannot parse (up to where it stops making sense)."""
    words: list[str] = []
    lines: list[int] = []
    for line in _logical_lines(source):
        if _is_bare_string(line):
            continue
        depth = 0
        for i, token in enumerate(line):
            word = _word(line, i, depth)
            if token.string in ("(", "[", "{"):
                depth += 1
            elif token.string in (")", "]", "}"):
                depth = max(0, depth - 1)
            if word:
                words.append(word)
                lines.append(token.start[0])
    return Tokens(words, lines)


# Names the author chose, type hints, and what only the compiler reads.
_SKIPPED_FIELDS = {"ctx", "type_comment", "type_ignores", "annotation", "returns", "kind",
                   "name", "asname"}


def _is_docstring(node: ast.AST) -> bool:
    return (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str))


class _Walker:
    """The syntax tree in source order, one word per node (with the leaf's own value where it
    says something about the code rather than its author), each at its node's line."""

    def __init__(self, known: dict[str, str]) -> None:
        self.known = known  # names that mean the same in every submission
        self.words: list[str] = []
        self.lines: list[int] = []

    def emit(self, word: str, line: int) -> None:
        self.words.append(word)
        self.lines.append(line)

    def visit(self, node: ast.AST, line: int) -> None:
        line = getattr(node, "lineno", line)
        if _is_docstring(node):
            return
        leaf = self._leaf(node)
        if leaf is not None:
            self.emit(leaf, line)
            return
        if isinstance(node, ast.Attribute | ast.keyword):
            self.visit(node.value, line)
            self.emit(self._member(node), line)
            return
        self.emit(type(node).__name__, line)
        for name, value in ast.iter_fields(node):
            if name in _SKIPPED_FIELDS:
                continue
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, ast.AST):
                    self.visit(child, line)

    @staticmethod
    def _member(node: ast.Attribute | ast.keyword) -> str:
        """`.exp` or `axis=`; an object's own attribute (`self.mask`) is the author's name."""
        if isinstance(node, ast.keyword):
            return f"{node.arg}="
        own = isinstance(node.value, ast.Name) and node.value.id == "self"
        return "." + (NAME if own else node.attr)

    def _leaf(self, node: ast.AST) -> str | None:
        """The one word of a node that stands for itself, or None for a node with parts."""
        if isinstance(node, ast.Name):
            return node.id if node.id in _KEPT_NAMES else self.known.get(node.id, NAME)
        if isinstance(node, ast.arg):
            return NAME
        if isinstance(node, ast.Constant):
            return STRING if isinstance(node.value, str | bytes) else repr(node.value)
        if isinstance(node, ast.JoinedStr):
            return STRING
        if isinstance(node, ast.alias):
            return node.name  # the module imported, not what this file calls it
        return None


def _module_names(tree: ast.Module) -> dict[str, str]:
    """Names the module defines or imports at its top: the functions of the exercise's
    contract (`relu` is not `sigmoid`) and modules under any alias (`np` is `numpy`)."""
    known: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            known[node.name] = node.name
        elif isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                known[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname or isinstance(node, ast.ImportFrom)
                    else alias.name.split(".")[0])
    return known


def normalise(source: str) -> Tokens:
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return _tokenized(source)
    walker = _Walker(_module_names(tree))
    try:
        walker.visit(tree, 1)
    except RecursionError:
        return _tokenized(source)
    return Tokens(walker.words, walker.lines)
