"""Chapter 2 texts: the perceptron."""

from ..i18n import N_
from . import ExerciseText

CHAPTER_TITLE = N_("Perceptron")

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
                N_("return int(np.sum(np.asarray(w) * np.asarray(x)) + b > 0)"),
            ),
            "return_int": (
                N_("The grader expects a plain Python int (0 or 1), not a bool or a NumPy type."),
                N_("A comparison such as total > 0 gives a bool (or np.bool_); int(...) turns it "
                   "into 0 or 1."),
                N_("Write the last line as: return int(total > 0), and let the gates return what "
                   "perceptron returns."),
            ),
            "gate_weights": (
                N_("Each gate is one call to perceptron with two weights and a bias that you "
                   "pick."),
                N_("Draw the four inputs (0,0) (0,1) (1,0) (1,1) on paper: the line "
                   "w1*x1 + w2*x2 + b = 0 must leave the 1s on its positive side."),
                N_("AND: w=(0.5, 0.5), b=-0.7. OR: same weights, b=-0.2. NAND and NOR: the same "
                   "numbers with every sign flipped."),
            ),
            "numpy_inputs": (
                N_("Your gates must also work when x1 and x2 are NumPy numbers such as "
                   "np.int64(1) or np.float64(0.0)."),
                N_("Avoid tests like x1 is 1 or type(x1) == int: compute with the values "
                   "instead."),
                N_("Let perceptron do the arithmetic with np.asarray(...), and convert only the "
                   "final answer with int(...)."),
            ),
            "xor_layers": (
                N_("XOR is 1 when the inputs differ. Look at which gates are 1 in that case."),
                N_("NAND(x1, x2) is 0 only for (1,1); OR(x1, x2) is 0 only for (0,0). XOR is 1 "
                   "exactly when both of them are 1."),
                N_("s1 = NAND(x1, x2); s2 = OR(x1, x2); return AND(s1, s2)"),
            ),
            "xor_structure": (
                N_("The point of this exercise is to build XOR from other perceptrons, as a "
                   "network with two layers."),
                N_("XOR must call the gates you wrote (NAND, OR and AND) and must not use ^, != "
                   "or a table of answers."),
                N_("The body of XOR can be a single line: return AND(NAND(x1, x2), OR(x1, x2))"),
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
            ),
            "xor_not_separable": (
                N_("On XOR, no straight line separates the 1s from the 0s, so a single "
                   "perceptron always gets at least one example wrong."),
                N_("If your training reports 0 errors on XOR, it is not counting the mistakes "
                   "honestly: count every example where the prediction differs from the target."),
                N_("Count the mistakes while you train, before each update, and append that count "
                   "to errors_per_epoch at the end of every epoch."),
            ),
        },
    ),
}
