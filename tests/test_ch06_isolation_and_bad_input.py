"""Chapter 6 counts a mistake once, and answers bad output from the learner's code with a
clear message naming the call.

The multi-layer network imports the layers of chapter 5, batch normalization and dropout: a
broken one fails its own exercise and leaves the network green. A layer or an optimizer that
returns the wrong shape, a list or NaN, or that raises, fails its check with the call it
failed in, never with a traceback or a message blaming the grader."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MUTANTS, grade_ids

BROKEN = {
    "ch05_backprop/layers.py": MUTANTS / "ch05_backprop" / "layers" / "affine_db_not_summed.py",
    "ch06_techniques/batch_norm.py":
        MUTANTS / "ch06_techniques" / "batch_norm" / "backward_ignores_the_statistics.py",
    "ch06_techniques/dropout.py":
        MUTANTS / "ch06_techniques" / "dropout" / "not_scaled_at_test_time.py",
}


def _append(workspace: Path, module: str, code: str) -> None:
    target = workspace / module
    target.write_text(target.read_text(encoding="utf-8") + "\n\n" + code, encoding="utf-8")


def test_a_broken_layer_fails_only_its_own_exercise(solved_workspace: Path):
    for module, mutant in BROKEN.items():
        _append(solved_workspace, module, mutant.read_text(encoding="utf-8"))

    result = grade_ids(solved_workspace, "ch05.layers", "ch06.batch_norm", "ch06.dropout",
                       "ch06.multi_layer_net")
    by_id = {e.id: e for e in result.exercises}

    assert not any(by_id[i].passed for i in ("ch05.layers", "ch06.batch_norm", "ch06.dropout"))
    network = by_id["ch06.multi_layer_net"]
    assert network.passed, network.first_failure()
    note = " ".join(network.notes)
    assert all(i in note for i in ("ch05.layers", "ch06.batch_norm", "ch06.dropout"))


BAD = {
    "layer returns a list": ("ch06.batch_norm", "ch06_techniques/batch_norm.py", '''
class BatchNormalization(BatchNormalization):
    def forward(self, x, train_flg=True):
        return super().forward(x, train_flg).tolist()
''', "forward_train", "layer.forward("),
    "layer returns the wrong shape": ("ch06.dropout", "ch06_techniques/dropout.py", '''
class Dropout(Dropout):
    def forward(self, x, train_flg=True):
        return super().forward(x, train_flg)[:, :1]
''', "test_scaling", "layer.forward("),
    "layer returns NaN": ("ch06.batch_norm", "ch06_techniques/batch_norm.py", '''
class BatchNormalization(BatchNormalization):
    def backward(self, dout):
        return super().backward(dout) * np.nan
''', "backward_dx", "layer.backward("),
    "optimizer raises": ("ch06.optimizers", "ch06_techniques/optimizers.py", '''
class Adam(Adam):
    def update(self, params, grads):
        raise KeyError("W9")
''', "adam_update", "KeyError"),
    "network returns the wrong shape": ("ch06.multi_layer_net",
                                        "ch06_techniques/multi_layer_net.py", '''
class MultiLayerNet(MultiLayerNet):
    def predict(self, x, train_flg=False):
        return super().predict(x, train_flg).T
''', "predict_values", "net.predict("),
    "activations are not a list": ("ch06.weight_init", "ch06_techniques/weight_init.py", '''
_layers = activation_histograms


def activation_histograms(*args, **kwargs):
    return np.stack(_layers(*args, **kwargs))
''', "histogram_shapes", "activation_histograms("),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_output_gets_a_clear_message_naming_the_call(case: str, solved_workspace: Path):
    exercise_id, module, code, check_id, named = BAD[case]
    _append(solved_workspace, module, code)

    result = grade_ids(solved_workspace, exercise_id).exercises[0]
    check = {c.id: c for c in result.checks}[check_id]

    assert not check.passed
    assert named in check.message, check.message
    assert "Traceback" not in check.message and "not your fault" not in check.message
    assert check.hint
