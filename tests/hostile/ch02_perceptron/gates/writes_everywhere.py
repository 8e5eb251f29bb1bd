"""Tries to overwrite the grader's checks and its own file in the workspace."""
import os

try:
    import grader

    checks = os.path.join(os.path.dirname(grader.__file__), "checks", "ch02_perceptron",
                          "test_gates.py")
    with open(checks, "w") as f:
        f.write("def test_everything():\n    pass\n")
except (ImportError, OSError):
    pass
try:
    with open(os.path.abspath(__file__), "a") as f:
        f.write("\n# tampered\n")
except OSError:
    pass


def AND(x1, x2):
    return 0
