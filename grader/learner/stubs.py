"""Stubs and solutions in the learner's language: the same code, with translated docstrings and
comments.

Every docstring of a module (cleaned as `inspect.cleandoc` cleans it) and every block of
consecutive comment lines (`#` and one space taken off each line, the lines kept as they are)
is one message of a gettext domain: `stubs` for the kit's `exercises/`, `solutions` for its
`solutions/`. `extract_stubs` is the Babel extractor that `grader.i18n.catalogs` runs over those
folders; `translate_stub` and `translate_solution` put the translations back in place of the
original tokens, re-indented, and leave every other character alone, so the code a learner reads
is the same in every language.
"""

from __future__ import annotations

import ast
import inspect
import io
import re
import tokenize
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..i18n import domain_translations

DOMAIN = "stubs"
SOLUTIONS_DOMAIN = "solutions"
# Comments that tools read: never translated.
_PRAGMA = re.compile(r"#\s*(noqa|type:|pragma:|fmt:|ruff:|-\*-)|#!")
_DEFINITIONS = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


@dataclass(frozen=True)
class Part:
    """One translatable piece of a stub: where its tokens are, and its message."""

    kind: str  # "docstring" or "comment"
    start: tuple[int, int]  # (line, column) as `tokenize` counts them
    end: tuple[int, int]
    message: str
    owner: str  # the function, class or module it belongs to, for translators
    inline: bool = False  # a comment after code on the same line
    closing_alone: bool = False  # a docstring whose closing quotes stand on their own line

    @property
    def note(self) -> str:
        if self.kind == "docstring":
            return f"Docstring of {self.owner}."
        return f"Comment in {self.owner}: keep code, names and formulas as they are."

    def render(self, text: str) -> str:
        """The source text that replaces this part's tokens, for the translation `text`."""
        indent = " " * self.start[1]
        if self.kind == "comment":
            if self.inline:
                return "# " + " ".join(text.split("\n"))
            return f"\n{indent}".join(f"# {line}".rstrip() if line else "#"
                                      for line in text.split("\n"))
        body = text.replace("\\", "\\\\")
        if '"""' in body or body.endswith('"'):
            body = body.replace('"', '\\"')
        lines = body.split("\n")
        body = "\n".join([lines[0], *(indent + line if line else "" for line in lines[1:])])
        return f'"""{body}\n{indent}"""' if self.closing_alone else f'"""{body}"""'


def _owners(tree: ast.Module) -> dict[int, str]:
    """First line of each docstring -> the name of what it documents."""
    owners: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, _DEFINITIONS) and node.body:
            first = node.body[0]
            if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                    and isinstance(first.value.value, str)):
                name = "the module" if isinstance(node, ast.Module) else f"`{node.name}`"
                owners[first.lineno] = name
    return owners


def _enclosing(tree: ast.Module) -> dict[int, str]:
    """Line -> the innermost function or class around it, for the notes on comments."""
    where: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, _DEFINITIONS[1:]):
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                where[line] = f"`{node.name}`"  # outer definitions are walked first
    return where


def _comment_text(token: tokenize.TokenInfo) -> str:
    text = token.string[1:].rstrip()
    return text[1:] if text.startswith(" ") else text


def parts(source: str) -> list[Part]:
    """The docstrings and comment blocks of a stub's source, in order."""
    tree = ast.parse(source)
    owners, enclosing = _owners(tree), _enclosing(tree)
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    found: list[Part] = []
    block: list[tokenize.TokenInfo] = []

    def close_block() -> None:
        if block:
            found.append(Part("comment", block[0].start, block[-1].end,
                              "\n".join(_comment_text(t) for t in block),
                              enclosing.get(block[0].start[0], "the module")))
            block.clear()

    for i, token in enumerate(tokens):
        alone = not token.line[:token.start[1]].strip()
        if token.type == tokenize.COMMENT and not _PRAGMA.match(token.string):
            if not alone:
                found.append(Part("comment", token.start, token.end, _comment_text(token),
                                  enclosing.get(token.start[0], "the module"), inline=True))
                continue
            if block and (token.start[0] != block[-1].start[0] + 1
                          or token.start[1] != block[0].start[1]):
                close_block()
            block.append(token)
            continue
        if token.type not in (tokenize.NL, tokenize.INDENT, tokenize.DEDENT):
            close_block()
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if (token.type == tokenize.STRING and alone and token.start[0] in owners
                and following is not None and following.type == tokenize.NEWLINE):
            last_line = token.string.rsplit("\n", 1)[-1]
            found.append(Part("docstring", token.start, token.end,
                              _docstring(token.string), owners[token.start[0]],
                              closing_alone=last_line.strip() in ('"""', "'''")))
    close_block()
    # An empty message would be gettext's header: blank comments and docstrings stay as they are.
    return sorted((p for p in found if p.message.strip()), key=lambda p: p.start)


def _docstring(literal: str) -> str:
    return inspect.cleandoc(ast.literal_eval(literal))


def render(source: str, translate: Callable[[str], str]) -> str:
    """`source` with each docstring and comment block replaced by `translate(message)`."""
    starts = [0]
    for line in io.StringIO(source).readlines():  # lines as `tokenize` counts them
        starts.append(starts[-1] + len(line))

    def offset(position: tuple[int, int]) -> int:
        return starts[position[0] - 1] + position[1]

    pieces, done = [], 0
    for part in parts(source):
        text = translate(part.message)
        if text == part.message:
            continue  # untranslated (or English): the original characters stay
        pieces += [source[done:offset(part.start)], part.render(text)]
        done = offset(part.end)
    pieces.append(source[done:])
    return "".join(pieces)


def translate_stub(source: str, lang: str) -> str:
    """A stub's source with its docstrings and comments in `lang`; the code is untouched."""
    return render(source, domain_translations(lang, DOMAIN).gettext)


def translate_solution(source: str, lang: str) -> str:
    """A reference solution's source with its docstrings and comments in `lang`."""
    return render(source, domain_translations(lang, SOLUTIONS_DOMAIN).gettext)


def extract_stubs(fileobj, keywords, comment_tags, options) -> Iterator[tuple]:
    """Babel extraction method: one message per docstring and per comment block."""
    for part in parts(fileobj.read().decode("utf-8")):
        yield part.start[0], None, part.message, [part.note]
