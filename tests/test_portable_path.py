"""The path Windows takes, proven on Linux: the grading tests and the mutants, once more with
`NNKATA_PLATFORM=portable` (no fork, no `resource`, no `pass_fds`, no `killpg`, no `select` on
pipes). The hostile tests run in every mode already (see the `host` fixture).

Exam mode's wording does not depend on the platform, and the mutants of the exercises that
train on MNIST go through the same worker as the rest at a minute each: both are left to the
main run."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import KIT

PORTABLE = "portable"


@pytest.mark.skipif(os.environ.get("NNKATA_PLATFORM") == PORTABLE,
                    reason="already on the portable path")
def test_grading_and_mutants_hold_on_the_portable_path():
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "0",
         "tests/test_grading.py", "tests/test_mutants.py", "tests/test_chapter_isolation.py",
         "-k", "not exam_mode and not train_mnist and not train_convnet and not overfitting "
               "and not simple_convnet and not multi_layer_net"],
        cwd=KIT, capture_output=True, text=True, timeout=1200,
        env=dict(os.environ, NNKATA_PLATFORM=PORTABLE))
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-3000:]
    assert " passed" in run.stdout
