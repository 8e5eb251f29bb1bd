"""Chapter 7's checks beyond the mutants: the grader's own convolution agrees with the
reference, a broken im2col is counted once, a layer that returns nonsense or raises gets a
message that names the call, and Adam's first step is what the probe of train_convnet expects.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from conftest import grade_ids

from grader.checks.ch07_cnn import convnet_scores, convolve, max_pool, window_gaps
from solutions.ch06_techniques.optimizers import Adam
from solutions.ch07_cnn.conv_layers import Convolution, Pooling
from solutions.ch07_cnn.simple_convnet import SimpleConvNet

CONV_CASES = [((2, 3, 7, 7), (4, 3, 3, 3), 1, 0), ((2, 3, 8, 7), (2, 3, 3, 2), 2, 1),
              ((3, 2, 9, 9), (5, 2, 5, 5), 2, 2), ((1, 1, 4, 4), (1, 1, 4, 4), 1, 0)]


@pytest.mark.parametrize(("x_shape", "w_shape", "stride", "pad"), CONV_CASES)
def test_the_graders_convolution_is_the_reference_layer(x_shape, w_shape, stride, pad):
    rng = np.random.default_rng(0)
    x, W, b = rng.normal(size=x_shape), rng.normal(size=w_shape), rng.normal(size=w_shape[0])
    assert np.allclose(convolve(x, W, b, stride, pad), Convolution(W, b, stride, pad).forward(x))


@pytest.mark.parametrize(("shape", "size", "stride"), [((2, 3, 8, 8), 2, 2), ((2, 3, 7, 7), 3, 2),
                                                       ((1, 2, 6, 6), 2, 1)])
def test_the_graders_pooling_is_the_reference_layer(shape, size, stride):
    x = np.random.default_rng(1).normal(size=shape)
    assert np.allclose(max_pool(x, size, size, stride), Pooling(size, size, stride).forward(x))


def test_window_gaps_are_zero_on_ties():
    x = np.array([[[[1.0, 3.0], [2.0, 3.0]], [[1.0, 4.0], [2.0, 3.0]]]])
    assert window_gaps(x, 2, 2, 2).ravel().tolist() == [0.0, 1.0]


def test_the_graders_network_is_the_reference_network():
    net = SimpleConvNet(weight_init_std=0.1, seed=3)
    x = np.random.default_rng(2).random((7, 1, 28, 28))
    assert np.allclose(convnet_scores(net.params, x), net.predict(x))


def test_one_adam_step_moves_each_output_bias_by_the_learning_rate():
    """What the check adam_first_step relies on: with 25 images no class makes exactly a tenth
    of the batch, so every output bias has a real gradient, and Adam's first step is lr."""
    rng = np.random.default_rng(4)
    net = SimpleConvNet(seed=5)
    net.params["b3"][...] = 0
    Adam(lr=0.0123).update(net.params, net.gradient(rng.random((25, 1, 28, 28)),
                                                    rng.integers(0, 10, 25)))
    assert np.allclose(np.abs(net.params["b3"]), 0.0123, rtol=1e-3)


BROKEN_IM2COL = '''
def im2col(input_data, filter_h, filter_w, stride=1, pad=0):
    return np.zeros((1, 1))
'''


def test_a_broken_im2col_fails_only_its_own_exercise(solved_workspace: Path):
    target = solved_workspace / "ch07_cnn" / "im2col.py"
    target.write_text(target.read_text(encoding="utf-8") + BROKEN_IM2COL, encoding="utf-8")
    result = grade_ids(solved_workspace, "ch07.im2col", "ch07.conv_layers", "ch07.simple_convnet")
    by_id = {e.id: e for e in result.exercises}
    assert not by_id["ch07.im2col"].passed
    for exercise_id in ("ch07.conv_layers", "ch07.simple_convnet"):
        assert by_id[exercise_id].passed, (exercise_id, by_id[exercise_id].first_failure())
        assert "ch07.im2col" in " ".join(by_id[exercise_id].notes)


BAD_FORWARDS = {
    "a_list": ("return super().forward(x).tolist()", "of type list"),
    "wrong_shape": ("return super().forward(x)[:, :1]", "returned shape"),
    "nan": ("return super().forward(x) * np.nan", "NaN"),
    "raises": ("raise ValueError('shapes do not match')", "ValueError: shapes do not match"),
}


@pytest.mark.parametrize("mistake", sorted(BAD_FORWARDS))
def test_a_layer_returning_nonsense_gets_a_message_naming_the_call(solved_workspace: Path,
                                                                   mistake: str):
    body, words = BAD_FORWARDS[mistake]
    target = solved_workspace / "ch07_cnn" / "conv_layers.py"
    target.write_text(target.read_text(encoding="utf-8") + f'''

_Reference = Convolution


class Convolution(_Reference):
    def forward(self, x):
        {body}
''', encoding="utf-8")
    exercise = grade_ids(solved_workspace, "ch07.conv_layers").exercises[0]
    check = {c.id: c for c in exercise.checks}["conv_forward"]
    assert not check.passed
    assert "layer.forward(x)" in check.message and words in check.message
    assert "not your fault" not in check.message
    assert {c.id: c for c in exercise.checks}["pool_forward"].passed

