"""The textbook's own code gets full marks: `tests/book_style/` holds a workspace written the
way the book writes its code (no `seed` in the networks, `np.random.randn`, `gradient_descent`
returning `(x, x_history)`, accuracy on one-hot targets...), and every check passes on it. An
interface that differs from the contract costs the checks that need it, and only those."""

from __future__ import annotations

from pathlib import Path

from conftest import MNIST_HERE, MUTANTS, NEEDS_MNIST, copy_workspace, grade_ids
from mutant_helpers import mutated_workspace

from grader.catalog import load_course

BOOK_STYLE = Path(__file__).with_name("book_style")


def _written_the_books_way() -> list[str]:
    """Every exercise the book-style workspace holds (chapters add theirs as they come), but
    chapter 7's training, which `test_book_style_ch07.py` grades on its own."""
    return [e.id for e in load_course().exercises
            if (BOOK_STYLE / e.module_path).is_file() and (MNIST_HERE or e.id not in NEEDS_MNIST)
            and e.id != "ch07.train_convnet"]


def test_the_books_code_gets_full_marks(tmp_path):
    ids = _written_the_books_way()
    assert {"ch02.gates", "ch04.two_layer_net", "ch05.two_layer_net"} <= set(ids)
    result = grade_ids(copy_workspace(BOOK_STYLE, tmp_path / "book"), *ids)
    failed = {f"{e.id}::{c.id}": c.message for e in result.exercises for c in e.checks
              if not c.passed}
    assert not failed


def test_a_parameter_named_otherwise_costs_only_the_check_that_passes_it(tmp_path):
    mutant = MUTANTS / "ch04_learning" / "two_layer_net" / "init_std_named_otherwise.py"
    result = grade_ids(mutated_workspace(mutant, tmp_path / "ws"), "ch04.two_layer_net")
    failed = [c for c in result.exercises[0].checks if not c.passed]
    assert [c.id for c in failed] == ["params_init"]
    assert failed[0].hint_key == "interface"
    assert "weight_init_std" in failed[0].message and "Traceback" not in failed[0].message
