"""Chapter 2 texts: the perceptron."""

from ..i18n import N_
from . import ExerciseText

CHAPTER_TITLE = N_("Perceptron")

# The last rung of each ladder: the code of the answer, the same in every language.
_PERCEPTRON = """def perceptron(x, w, b):
    return int(np.sum(np.asarray(w, dtype=float) * np.asarray(x, dtype=float)) + b > 0)"""
_AND = """def AND(x1, x2):
    return perceptron((x1, x2), (0.5, 0.5), -0.7)"""
_GATES = _AND + """


def NAND(x1, x2):
    return perceptron((x1, x2), (-0.5, -0.5), 0.7)


def OR(x1, x2):
    return perceptron((x1, x2), (0.5, 0.5), -0.2)


def NOR(x1, x2):
    return perceptron((x1, x2), (-0.5, -0.5), 0.2)"""
_XOR = """def XOR(x1, x2):
    return AND(NAND(x1, x2), OR(x1, x2))"""
_TRAIN = """def train_perceptron(X, y, lr=0.1, epochs=20, seed=0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    w = rng.normal(0.0, 0.01, size=X.shape[1])
    b = 0.0
    errors_per_epoch = []
    for _ in range(epochs):
        errors = 0
        for i in rng.permutation(len(X)):
            delta = y[i] - perceptron(X[i], w, b)
            w = w + lr * delta * X[i]
            b = b + lr * delta
            errors += int(delta != 0)
        errors_per_epoch.append(errors)
    return w, b, errors_per_epoch"""
_SIGNATURES = """def perceptron(x, w, b): ...
def AND(x1, x2): ...
def NAND(x1, x2): ...
def OR(x1, x2): ...
def NOR(x1, x2): ...
def XOR(x1, x2): ...
def train_perceptron(X, y, lr=0.1, epochs=20, seed=0): ..."""

_BIAS_COUNTS_INPUTS = N_(
    "The bias decides how many inputs must be 1 before the gate fires: with weights of 0.5 "
    "each, a bias of -0.7 needs both inputs (AND), a bias of -0.2 only one (OR).")

TEXTS = {
    "ch02.gates": ExerciseText(
        title=N_("Logic gates with perceptrons"),
        statement=N_(
            "A perceptron takes inputs x1, x2, multiplies each by a weight, adds a bias b, and "
            "outputs 1 when the total is positive:\n"
            "\n"
            "    y = 1 if w1*x1 + w2*x2 + b > 0 else 0\n"
            "\n"
            "In ch02_perceptron/gates.py, write:\n"
            "- perceptron(x, w, b): the rule above for any number of inputs, returning a Python "
            "int;\n"
            "- AND, NAND, OR and NOR: one perceptron each, with weights and a bias you choose;\n"
            "- XOR: it cannot be one perceptron (its 1s cannot be separated from its 0s by a "
            "straight line), so build it in two layers from the gates above: NAND and OR, then "
            "AND;\n"
            "- train_perceptron(X, y, lr, epochs, seed): find w and b from examples with the "
            "perceptron learning rule, and count the mistakes in each epoch.\n"
            "\n"
            "Known answers: AND gives 0 0 0 1 for the inputs (0,0) (0,1) (1,0) (1,1); NAND gives "
            "1 1 1 0; OR gives 0 1 1 1; NOR gives 1 0 0 0; XOR gives 0 1 1 0. Training reaches "
            "zero mistakes on AND, OR and NAND, and never on XOR."
        ),
        hints={
            "perceptron": (
                N_("Compute the weighted sum of the inputs plus the bias, then compare it with 0."),
                N_("Turn x and w into NumPy arrays so that w * x multiplies them element by "
                   "element; np.sum adds the products up."),
                N_("The result is 1 when np.sum(w * x) + b > 0, else 0, as a Python int."),
                _PERCEPTRON,
            ),
            "fires_at_zero": (
                N_("When the weighted sum plus the bias is exactly 0, the perceptron gives 0: "
                   "the rule is total > 0, not total >= 0."),
                N_("Look at the comparison in perceptron: with >, a total of exactly 0 stays on "
                   "the side of 0; with >=, it fires."),
                _PERCEPTRON,
            ),
            "return_int": (
                N_("The grader expects a plain Python int (0 or 1), not a bool or a NumPy type."),
                N_("A comparison such as total > 0 gives a bool (or np.bool_); int(...) turns it "
                   "into 0 or 1."),
                N_("Write the last line as: return int(total > 0), and let the gates return what "
                   "perceptron returns."),
                _PERCEPTRON + "\n\n" + _AND,
            ),
            "gate_weights": (
                N_("Each gate is one call to perceptron with two weights and a bias that you "
                   "pick."),
                N_("Draw the four inputs (0,0) (0,1) (1,0) (1,1) on paper: the line "
                   "w1*x1 + w2*x2 + b = 0 must leave the 1s on its positive side."),
                N_("AND: w=(0.5, 0.5), b=-0.7. OR: same weights, b=-0.2. NAND and NOR: the same "
                   "numbers with every sign flipped."),
                _GATES,
            ),
            "gate_too_eager": (
                N_("Your gate gives 1 for inputs where it should give 0: its bias is not "
                   "negative enough, so a single input already lifts the total above 0."),
                _BIAS_COUNTS_INPUTS,
                _GATES,
            ),
            "gate_too_strict": (
                N_("Your gate gives 0 for inputs where it should give 1: its bias is too "
                   "negative, so the inputs that should switch it on cannot lift the total "
                   "above 0."),
                _BIAS_COUNTS_INPUTS,
                _GATES,
            ),
            "gate_inverted": (
                N_("Your gate gives exactly the opposite of what it should, 1 where 0 is "
                   "expected and 0 where 1 is: the signs of its weights and bias are the wrong "
                   "way round."),
                N_("NAND is AND upside down: weights (-0.5, -0.5) and bias 0.7 instead of "
                   "(0.5, 0.5) and -0.7. NOR is OR upside down in the same way."),
                _GATES,
            ),
            "numpy_inputs": (
                N_("Your gates give other answers when x1 and x2 are NumPy numbers such as "
                   "np.int64(1): a test like x1 is 1 or type(x1) == int only holds for "
                   "Python's own ints."),
                N_("Compute with the values instead of testing what they are: np.asarray and "
                   "arithmetic treat 1 and np.int64(1) alike."),
                N_("Let perceptron do the arithmetic with np.asarray(...), and convert only the "
                   "final answer with int(...)."),
                _PERCEPTRON + "\n\n" + _AND,
            ),
            "xor_layers": (
                N_("XOR is 1 when the inputs differ. Look at which gates are 1 in that case."),
                N_("NAND(x1, x2) is 0 only for (1,1); OR(x1, x2) is 0 only for (0,0). XOR is 1 "
                   "exactly when both of them are 1."),
                _XOR,
            ),
            "xor_output_gate": (
                N_("The first layer of your XOR can stay, NAND and OR side by side, but the gate "
                   "of the second layer is the wrong one: XOR is 1 exactly when NAND and OR "
                   "are both 1."),
                N_("Which of your gates gives 1 only when both its inputs are 1? That one "
                   "combines the outputs of NAND and OR."),
                _XOR,
            ),
            "xor_structure": (
                N_("The point of this exercise is to build XOR from other perceptrons, as a "
                   "network with two layers: not with ^, != or a table of answers."),
                N_("XOR must call the gates you wrote: NAND and OR on the inputs, then AND on "
                   "their outputs."),
                _XOR,
            ),
            "learning_rule": (
                N_("After each example, move the weights a little towards the right answer, and "
                   "count the examples that were wrong."),
                N_("With o = perceptron(X[i], w, b) and delta = y[i] - o, update "
                   "w = w + lr * delta * X[i] and b = b + lr * delta; nothing moves when "
                   "delta is 0."),
                N_("Use one generator rng = np.random.default_rng(seed) for both the starting "
                   "weights and the order of examples (rng.permutation(len(X))), so that the same "
                   "seed always gives the same result."),
                _TRAIN,
            ),
            "bias_not_learned": (
                N_("Your perceptron's bias never moves during training: AND needs a negative "
                   "bias, so the learning rule must update b as well as w."),
                N_("After each example, with delta = y[i] - perceptron(X[i], w, b): "
                   "w = w + lr * delta * X[i] and b = b + lr * delta."),
                _TRAIN,
            ),
            "train_seed": (
                N_("Two runs with the same seed gave different results: every random number of "
                   "the training must come from one generator made from seed."),
                N_("np.random.default_rng() without seed, np.random.shuffle and np.random.rand "
                   "draw other numbers on every run. Make rng = np.random.default_rng(seed) "
                   "once, and draw the starting weights and the order of the examples from it."),
                _TRAIN,
            ),
            "xor_not_separable": (
                N_("Your training reports an epoch without a mistake on XOR, which no single "
                   "perceptron can learn: the mistakes are not counted."),
                N_("On XOR no straight line separates the 1s from the 0s, so every epoch gets "
                   "at least one example wrong. Count every example whose prediction differs "
                   "from its target."),
                N_("Count the mistakes while you train, before each update, and append that count "
                   "to errors_per_epoch at the end of every epoch."),
                _TRAIN,
            ),
            "interface": (
                N_("The grader calls perceptron(x, w, b), the gates with two inputs, and "
                   "train_perceptron(X, y, lr=..., epochs=..., seed=...), with the names of the "
                   "statement: a parameter named otherwise, or one more that is required, makes "
                   "the call fail before your code runs."),
                N_("Keep the names and the defaults of the statement: lr=0.1, epochs=20 and "
                   "seed=0 for train_perceptron."),
                _SIGNATURES,
            ),
        },
    ),
}
