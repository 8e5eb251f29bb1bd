"""Planted as `_gated.py` beside a hostile `gates.py` whose attack, if it worked, would earn a
pass: every gate answers right only when `WORKED` is true (the reference gates are planted as
`_honest.py`). A hostile case sets `WORKED` to whether its attack succeeded; the test then
demands that the exercise fails, which proves the attack did not."""
from . import _honest

WORKED = False


def _gated(name):
    def gate(*args, **kwargs):
        right = getattr(_honest, name)(*args, **kwargs)
        if WORKED:
            return right
        if name == "train_perceptron":
            w, b, errors = right
            return w, b, [1] * len(errors)
        return 1 - right

    gate.__name__ = name
    return gate


perceptron = _gated("perceptron")
AND = _gated("AND")
NAND = _gated("NAND")
OR = _gated("OR")
NOR = _gated("NOR")
train_perceptron = _gated("train_perceptron")
