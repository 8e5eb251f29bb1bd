"""What the class report's tests share: a copy dressed up the way a student hides it."""

from __future__ import annotations

import ast
import builtins


class _Renamer(ast.NodeTransformer):
    def __init__(self, names: set[str]) -> None:
        self.names = names

    def visit_Name(self, node: ast.Name) -> ast.Name:
        node.id = f"my_{node.id}" if node.id in self.names else node.id
        return node

    def visit_arg(self, node: ast.arg) -> ast.arg:
        node.arg = f"my_{node.arg}" if node.arg in self.names else node.arg
        return node


def disguised(source: str) -> str:
    """What a student hiding a copy does: rename the variables and parameters, reword the
    docstrings and comments, reformat everything, indent by two."""
    tree = ast.parse(source)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            positional = node.args.args[:len(node.args.args) - len(node.args.defaults)]
            names.update(a.arg for a in positional if a.arg != "self")
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.Module) and node.body and \
                isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            node.body[0].value.value = "All my own work, written last night."
    tree = _Renamer(names - set(dir(builtins)) - {"np"}).visit(tree)
    lines = []
    for line in ast.unparse(tree).splitlines():
        depth = len(line) - len(line.lstrip(" "))
        lines.append(" " * (depth // 2) + line.lstrip(" ") + ("  # done" if line.endswith(")")
                                                              else ""))
    return "# homework, by me\n" + "\n".join(lines) + "\n"
