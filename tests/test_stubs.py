"""The stubs set the task and keep the answer to themselves.

A stub's comments say what to compute, why, with the formula and the shapes (its docstrings
are the contract, shared with the solution); the code belongs to the last rung of the hints and
to `grade solution`. So no comment of a stub may contain a line of the reference solution's
code: the solution's statements (and the expression a `return` or an assignment computes) are
compared with the stub's comments with spaces and quote styles ignored; names, constants,
tuples of them and very short statements (`return x`, `b = 0.0`) say nothing of the answer and
are left out.
"""

from __future__ import annotations

import ast
import io
import tokenize

import pytest
from conftest import EXERCISES, SOLUTIONS

from grader.learner.stubs import parts

PAIRS = sorted(p.relative_to(EXERCISES).as_posix() for p in EXERCISES.rglob("*.py")
               if "__pycache__" not in p.parts and (SOLUTIONS / p.relative_to(EXERCISES)).is_file())
SHORTEST = 8  # characters, once normalised: shorter statements give nothing away
_SAYS_NOTHING = (ast.Name, ast.Constant, ast.Attribute, ast.Tuple, ast.List, ast.Dict)


def normalised(text: str) -> str:
    return "".join(text.split()).replace("'", '"')


def _elements(node: ast.AST) -> list[ast.AST | None]:
    if isinstance(node, ast.Dict):
        return [*node.keys, *node.values]
    return list(getattr(node, "elts", []))


def _telling(node: ast.AST | None) -> bool:
    """Whether a fragment of code would give something away: not a bare name or constant (or
    a collection of them), and not a few characters long."""
    if node is None or isinstance(node, _SAYS_NOTHING) and all(
            isinstance(e, ast.Name | ast.Constant) for e in _elements(node)):
        return False
    return len(normalised(ast.unparse(node))) >= SHORTEST


def answer_lines(source: str) -> set[str]:
    """The solution's code, one normalised fragment per statement (and per computed value)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # a docstring
        fragments: list[ast.AST | None] = []
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign | ast.Return | ast.Expr):
            fragments = [node, node.value]
        elif isinstance(node, ast.If | ast.While):
            fragments = [node.test]
        elif isinstance(node, ast.For):
            fragments = [node.iter]
        elif isinstance(node, ast.Dict):
            fragments = list(node.values)
        found |= {normalised(ast.unparse(f)) for f in fragments if _telling(f)}
    return found


def stub_comments(source: str) -> list[str]:
    """Every comment block of a stub, normalised."""
    return [normalised(part.message) for part in parts(source) if part.kind == "comment"]


def given_away(stub_source: str, solution_source: str) -> list[str]:
    texts = stub_comments(stub_source)
    return sorted(line for line in answer_lines(solution_source)
                  if any(line in text for text in texts))


@pytest.mark.parametrize("name", PAIRS)
def test_no_comment_of_a_stub_holds_a_line_of_the_solution(name):
    stub = (EXERCISES / name).read_text(encoding="utf-8")
    solution = (SOLUTIONS / name).read_text(encoding="utf-8")
    assert given_away(stub, solution) == []


MODULES = [name for name in PAIRS if not name.endswith("__init__.py")]


@pytest.mark.parametrize("name", MODULES)
def test_every_function_of_a_stub_ends_by_raising_not_implemented_error(name):
    tree = ast.parse((EXERCISES / name).read_text(encoding="utf-8"))
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    assert functions and all(
        ast.unparse(f.body[-1]) == "raise NotImplementedError" for f in functions)


@pytest.mark.parametrize("name", MODULES)
def test_every_function_of_a_stub_says_what_to_do_in_a_todo_comment(name):
    source = (EXERCISES / name).read_text(encoding="utf-8")
    todo_lines = {token.start[0] for token in tokenize.generate_tokens(
        io.StringIO(source).readline) if token.type == tokenize.COMMENT and "TODO" in token.string}
    for function in (n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.FunctionDef)):
        assert any(function.lineno < line <= function.end_lineno for line in todo_lines), (
            function.name)


# The detector itself: it must see the answer where it is, and only there.

SOLUTION = '''
def relu(x):
    """max(0, x)."""
    return np.maximum(0, x)


def identity(x):
    return x


def forward(self, x, y):
    self.x, self.y = x, y
    for idx in np.ndindex(x.shape):
        grad[idx] = (f(x + h) - f(x - h)) / (2 * h)
    return {"W1": self.first.dW, "b1": np.zeros(hidden_size)}
'''


@pytest.mark.parametrize("comment", [
    "# TODO: return np.maximum(0, x)",
    "# TODO: np.maximum( 0 , x ) keeps the larger one",
    "# TODO: for idx in np.ndindex(x.shape) visits every position",
    "# TODO: grad[idx] = (f(x + h) - f(x - h)) / (2 * h)",
    "# TODO: {'W1': ..., 'b1': np.zeros(hidden_size)}",
])
def test_the_detector_finds_a_solution_line_in_a_comment(comment):
    stub = f"def relu(x):\n    {comment}\n    raise NotImplementedError\n"
    assert given_away(stub, SOLUTION)


@pytest.mark.parametrize("comment", [
    "# TODO: h(x) = max(0, x), element by element, in a new array",
    "# TODO: return the input unchanged: x",
    "# TODO: keep x and y on the layer",
    "# TODO: f'(x) ≈ (f(x + h) - f(x - h)) / 2h",
])
def test_the_detector_leaves_formulas_and_plain_words_alone(comment):
    stub = f"def relu(x):\n    {comment}\n    raise NotImplementedError\n"
    assert given_away(stub, SOLUTION) == []
