"""Hidden checks for ch02.gates: truth tables, return types, the structure of XOR, learning."""

import ast

import numpy as np

from grader.checks.api import call_text, check, expect_equal, expect_type, fail
from grader.i18n import _

INPUTS = [(0, 0), (0, 1), (1, 0), (1, 1)]
GATES = ("AND", "NAND", "OR", "NOR")


def _table(gates, gate) -> list:
    return [getattr(gates, gate)(x1, x2) for x1, x2 in INPUTS]


def _ones(table) -> set[int]:
    """The rows of a truth table where the gate fires."""
    return {i for i, value in enumerate(table) if np.ndim(value) == 0 and bool(value == 1)}


def _gate_mistake(got: list, want: list) -> str | None:
    """The hint for a gate that fires too often, too rarely, or always the wrong way round."""
    fired, wanted = _ones(got), _ones(want)
    if fired == set(range(4)) - wanted:
        return "gate_inverted"
    if fired > wanted:
        return "gate_too_eager"
    if fired < wanted:
        return "gate_too_strict"
    return None


def _xor_mistake(got: list, ref) -> str | None:
    """`xor_output_gate` when XOR is NAND and OR combined by another gate than AND."""
    for output in ("OR", "NAND", "NOR"):
        combined = [getattr(ref, output)(ref.NAND(a, b), ref.OR(a, b)) for a, b in INPUTS]
        if got == combined:
            return "xor_output_gate"
    return None


def _truth_table(student, ref, gate):
    got, want = _table(student, gate), _table(ref, gate)
    hint = _xor_mistake(got, ref) if gate == "XOR" else _gate_mistake(got, want)
    for (x1, x2), value, expected_value in zip(INPUTS, got, want, strict=True):
        expect_equal(value, expected_value, call=call_text(gate, x1, x2), hint=hint)


@check("perceptron_rule")
def test_perceptron_follows_the_rule(student, ref, rng):
    cases = [((1.0, 1.0), (0.5, -0.5), 0.0)]  # total exactly 0: not > 0, so 0
    for _case in range(20):
        d = int(rng.integers(1, 6))
        cases.append((rng.normal(size=d), rng.normal(size=d), float(rng.normal())))
    for x, w, b in cases:
        x, w = np.asarray(x), np.asarray(w)
        got = student.perceptron(x, w, b)
        at_zero = float(np.sum(w * x) + b) == 0 and got == 1
        expect_equal(got, ref.perceptron(x, w, b), call=call_text("perceptron", x, w, b),
                     hint="fires_at_zero" if at_zero else None)


@check("perceptron_returns_int")
def test_perceptron_returns_a_python_int(student, rng):
    for x, w, b in [((1, 1), (0.5, 0.5), -0.7), ((0, 1), (0.5, 0.5), -0.7)]:
        got = student.perceptron(np.asarray(x), np.asarray(w), b)
        if type(got) is not int:
            fail(_("{call} returned {got} of type {type}; it should return a plain int, 0 or "
                   "1.").format(call=call_text("perceptron", x, w, b), got=got,
                                type=type(got).__name__))


def _truth_table_check(gate: str):
    @check(f"{gate.lower()}_truth_table")
    def test(student, ref):
        _truth_table(student, ref, gate)

    test.__name__ = f"test_{gate.lower()}_truth_table"
    return test


test_and_truth_table = _truth_table_check("AND")
test_nand_truth_table = _truth_table_check("NAND")
test_or_truth_table = _truth_table_check("OR")
test_nor_truth_table = _truth_table_check("NOR")


@check("gates_return_int")
def test_gates_return_python_ints(student):
    for gate in (*GATES, "XOR"):
        for x1, x2 in INPUTS:
            got = getattr(student, gate)(x1, x2)
            if type(got) is not int:
                fail(_("{call} returned {got} of type {type}; it should return a plain int, 0 "
                       "or 1.").format(call=call_text(gate, x1, x2), got=got,
                                       type=type(got).__name__))


@check("gates_accept_numpy_scalars")
def test_gates_accept_numpy_scalars(student, ref):
    for kind in (np.int64, np.float64, np.int32):
        for gate in (*GATES, "XOR"):
            for x1, x2 in INPUTS:
                a, b = kind(x1), kind(x2)
                got = getattr(student, gate)(a, b)
                expect_equal(got, getattr(ref, gate)(x1, x2), call=call_text(gate, a, b))


@check("xor_truth_table")
def test_xor_truth_table(student, ref):
    _truth_table(student, ref, "XOR")


_DYNAMIC = {"globals", "vars", "setattr", "exec", "eval", "__import__"}


def _bindings(tree: ast.Module, name: str) -> list[int]:
    """The lines that bind `name` in the module: defs, classes, assignments, imports, `global`
    statements, and `globals()["XOR"] = ...` or `setattr(..., "XOR", ...)` kinds of tricks."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
                and node.name == name:
            lines.append(node.lineno)
        elif isinstance(node, ast.Name) and node.id == name and \
                isinstance(node.ctx, (ast.Store, ast.Del)):
            lines.append(node.lineno)
        elif isinstance(node, ast.alias) and (node.asname or node.name) == name:
            lines.append(node.lineno)
        elif isinstance(node, ast.Global) and name in node.names:
            lines.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in _DYNAMIC and any(
                    isinstance(n, ast.Constant) and n.value == name for n in ast.walk(node)):
            lines.append(node.lineno)
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) \
                and node.slice.value == name and isinstance(node.ctx, ast.Store):
            lines.append(node.lineno)
    return sorted(lines)


def _xor_function(tree: ast.Module) -> ast.FunctionDef:
    """The one definition of XOR, which is what runs: a name bound twice, or bound some other
    way, could run something other than the code read here."""
    found = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "XOR"]
    if not found:
        fail(_("There is no function XOR in your file."))
    lines = _bindings(tree, "XOR")
    if len(lines) > 1:
        fail(_("XOR is defined or assigned more than once (lines {lines}); keep a single def "
               "XOR(x1, x2), so that the XOR that runs is the one built from gates.").format(
            lines=", ".join(map(str, lines))))
    return found[-1]


@check("xor_built_from_gates")
def test_xor_is_built_from_the_other_gates(source):
    xor = _xor_function(source.tree())
    for node in ast.walk(xor):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitXor):
            fail(_("XOR uses the ^ operator; build it from NAND, OR and AND instead."))
        if isinstance(node, ast.Compare):
            fail(_("XOR compares its inputs (line {line}); build it from NAND, OR and AND "
                   "instead.").format(line=node.lineno))
        if isinstance(node, (ast.Subscript, ast.Dict)):
            fail(_("XOR looks its answer up in a table (line {line}); build it from NAND, OR "
                   "and AND instead.").format(line=node.lineno))
    calls = [n.func.id for n in ast.walk(xor)
             if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in GATES]
    if len(calls) < 3 or len(set(calls)) < 2:
        fail(_("XOR should be a two-layer network of gates: two gates on the inputs, one gate "
               "on their outputs. It calls {calls}.").format(calls=", ".join(calls) or "-"))


def _accuracy_errors(X, y, w, b):
    w = np.asarray(w, dtype=float)
    return int(np.sum((X @ w + float(b) > 0).astype(int) != y))


def _train(student, X, y, seed, epochs=20):
    call = call_text("train_perceptron", X, y, lr=0.1, epochs=epochs, seed=seed)
    result = student.train_perceptron(X, y, lr=0.1, epochs=epochs, seed=seed)
    expect_type(result, tuple, call=call, expected=_("a tuple (w, b, errors_per_epoch)"))
    if len(result) != 3:
        fail(_("{call} returned {n} values; it should return (w, b, errors_per_epoch).").format(
            call=call, n=len(result)))
    w, b, errors = result
    if np.shape(w) != (X.shape[1],):
        fail(_("{call} returned w of shape {shape}; it should have one weight per input, shape "
               "{want}.").format(call=call, shape=np.shape(w), want=(X.shape[1],)))
    if not isinstance(errors, list) or len(errors) != epochs:
        fail(_("{call} returned errors_per_epoch = {errors}; it should be a list with one count "
               "per epoch ({epochs}).").format(call=call, errors=errors, epochs=epochs))
    return call, w, b, errors


@check("train_learns_linear_gates")
def test_training_learns_and_or_nand(student, ref, rng):
    X = np.array(INPUTS, dtype=float)
    for gate in ("AND", "OR", "NAND"):
        y = np.array([getattr(ref, gate)(a, b) for a, b in INPUTS])
        seed = int(rng.integers(1000))
        call, w, b, errors = _train(student, X, y, seed)
        wrong = _accuracy_errors(X, y, w, b)
        if wrong or errors[-1] != 0:
            fail(_("{call} (the {gate} gate) ends with w={w}, b={b}: {wrong} of 4 examples "
                   "still wrong, errors per epoch {errors}.").format(
                call=call, gate=gate, w=np.round(np.asarray(w, dtype=float), 3), b=b,
                wrong=wrong, errors=errors),
                 hint="bias_not_learned" if float(b) == 0 else None)


@check("train_never_solves_xor")
def test_training_never_solves_xor(student, rng):
    X = np.array(INPUTS, dtype=float)
    y = np.array([0, 1, 1, 0])
    call, w, b, errors = _train(student, X, y, int(rng.integers(1000)), epochs=30)
    if min(errors) == 0 or _accuracy_errors(X, y, w, b) == 0:
        fail(_("{call} (the XOR gate) reports errors per epoch {errors}, but no single "
               "perceptron can learn XOR: some example must be wrong in every epoch.").format(
            call=call, errors=errors))


@check("train_is_reproducible")
def test_training_is_reproducible(student, rng):
    X = np.array(INPUTS, dtype=float)
    y = np.array([0, 0, 0, 1])
    seed = int(rng.integers(1000))
    call, w1, b1, e1 = _train(student, X, y, seed)
    _again, w2, b2, e2 = _train(student, X, y, seed)
    if not (np.array_equal(w1, w2) and float(b1) == float(b2) and e1 == e2):
        fail(_("{call} gave two different results for the same seed: w={w1} then w={w2}. Draw "
               "every random number from np.random.default_rng(seed).").format(
            call=call, w1=w1, w2=w2), hint="train_seed")
