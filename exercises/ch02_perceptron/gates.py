"""Chapter 2: logic gates as perceptrons, and the perceptron learning rule.

Run `grade show ch02.gates` for the full statement, `grade ch02.gates` to check your work and
`grade hint ch02.gates` when you are stuck.
"""

import numpy as np


def perceptron(x, w, b):
    """Fire (1) when the weighted sum `sum(w*x) + b` is positive, else 0.

    x, w: arrays (or tuples) of the same length D; b: a number. Returns a Python `int`.
    """
    # TODO: the weighted sum of the inputs plus the bias,
    #           a = Σᵢ wᵢ·xᵢ + b,
    #       decides: the perceptron fires (1) when a > 0 and stays at 0 otherwise (a = 0 too).
    #       x and w may be tuples: NumPy turns them into arrays, multiplies them element by
    #       element and adds the products up. Return a plain Python int, not a NumPy bool.
    raise NotImplementedError


def AND(x1, x2):
    """1 only when both inputs are 1. Inputs and output are 0 or 1."""
    # TODO: one perceptron, with two weights (w₁, w₂) and a bias b that you choose so that
    #       w₁·x₁ + w₂·x₂ + b > 0 for (x₁, x₂) = (1, 1) only. Write the four inequalities,
    #       one per input pair, and pick numbers that satisfy them all.
    raise NotImplementedError


def NAND(x1, x2):
    """NOT AND: 0 only when both inputs are 1."""
    # TODO: NAND answers the opposite of AND everywhere. Negating every weight and the bias
    #       negates the weighted sum, so the perceptron's answers swap (as long as the sum is
    #       never exactly 0).
    raise NotImplementedError


def OR(x1, x2):
    """1 when at least one input is 1."""
    # TODO: like AND, with weights and a bias such that w₁·x₁ + w₂·x₂ + b > 0 as soon as one
    #       input is 1, and ≤ 0 for (0, 0): the bias decides how many active inputs it takes.
    raise NotImplementedError


def NOR(x1, x2):
    """NOT OR: 1 only when both inputs are 0."""
    # TODO: NOR answers the opposite of OR everywhere: negate OR's weights and bias, as NAND
    #       does with AND's.
    raise NotImplementedError


def XOR(x1, x2):
    """1 when exactly one input is 1. No single perceptron can do this: stack two layers."""
    # TODO: no straight line separates {(0, 1), (1, 0)} from {(0, 0), (1, 1)}, so one
    #       perceptron cannot compute XOR; two layers can. x₁ XOR x₂ is 1 when at least one
    #       input is 1 (OR) and not both are (NAND): compute those two gates side by side, then
    #       combine their outputs with a third gate. Use only the gates above: no `^`, no `!=`,
    #       no table of answers.
    raise NotImplementedError


def train_perceptron(X, y, lr=0.1, epochs=20, seed=0):
    """Learn w and b from examples with the perceptron learning rule.

    X: (N, D) inputs, y: (N,) targets in {0, 1}, lr: learning rate, epochs: passes over the
    data, seed: for the random start and the order of examples.
    Returns `(w, b, errors_per_epoch)`: w of shape (D,), b a number, and a list with the number
    of wrong answers in each epoch.
    """
    # TODO: Rosenblatt's rule. Start from small random weights w, shape (D,), and b = 0; one
    #       random generator, np.random.default_rng seeded with seed, draws the weights and, in
    #       each epoch, the order in which the N examples are visited. For an example x
    #       with target t and output o = perceptron(x, w, b):
    #           w ← w + lr·(t - o)·x
    #           b ← b + lr·(t - o)
    #       A right answer (t = o) changes nothing; a wrong one moves the boundary towards the
    #       example. Count the wrong answers of each epoch: the list shows whether the rule
    #       converged (it reaches 0 on AND, OR and NAND) or not (never on XOR).
    raise NotImplementedError
