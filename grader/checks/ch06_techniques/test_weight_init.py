"""Hidden checks for ch06.weight_init: Xavier's and He's scales, and the book's experiment of
activations through five layers.

The learner's activations come from their own random numbers, so no value can be compared
one for one. What each layer's activations look like can: their mean and standard deviation,
measured here and held to those of the same experiment written out below and run with a few
random draws. The allowed distance grows with depth, as the spread from one draw to the next
does (measured over 40 draws: about 0.01 in the logarithm of the standard deviation at the
first layer, 0.14 at the fifth), with a margin of five times that spread."""

from __future__ import annotations

import numpy as np

from grader.checks.api import call_text, check, expect_close, fail, reveal, show
from grader.i18n import _, number

LAYERS, NODES, SAMPLES = 5, 100, 1000
# allowed |log(std) - log(expected std)| per layer, and |mean - expected| in expected stds
TOLERANCE = (0.05, 0.2, 0.35, 0.5, 0.7)
ORACLE_DRAWS = 3
FUNCTIONS = {"sigmoid": lambda a: 1 / (1 + np.exp(-a)), "tanh": np.tanh,
             "relu": lambda a: np.maximum(a, 0)}
XAVIER, HE = float(np.sqrt(1 / NODES)), float(np.sqrt(2 / NODES))


def experiment(activation: str, weight_std: float, rng: np.random.Generator) -> list:
    """The book's experiment, written out: standard-normal input, then LAYERS layers of NODES
    units without biases."""
    x = rng.standard_normal((SAMPLES, NODES))
    found = []
    for _layer in range(LAYERS):
        x = FUNCTIONS[activation](x @ (weight_std * rng.standard_normal((NODES, NODES))))
        found.append(x)
    return found


def _stats(layers: list) -> np.ndarray:
    """(mean, standard deviation) of each layer's activations."""
    return np.array([(float(np.mean(a)), float(np.std(a))) for a in layers])


def expected_stats(activation: str, weight_std: float, rng: np.random.Generator) -> np.ndarray:
    draws = [_stats(experiment(activation, weight_std, rng)) for _ in range(ORACLE_DRAWS)]
    return np.mean(draws, axis=0)


def _close(got: np.ndarray, want: np.ndarray) -> np.ndarray:
    """Per layer: whether the mean and the standard deviation are within the tolerance."""
    tiny = 1e-12
    log_ratio = np.abs(np.log(np.maximum(got[:, 1], tiny)) - np.log(np.maximum(want[:, 1],
                                                                                 tiny)))
    shift = np.abs(got[:, 0] - want[:, 0]) / np.maximum(want[:, 1], tiny)
    tolerance = np.asarray(TOLERANCE[:len(got)])
    return (log_ratio <= tolerance) & (shift <= tolerance)


def _layers(student, activation: str, weight_std: float) -> tuple[list, str]:
    """The learner's activations for the book's sizes, after checking their form."""
    call = call_text("activation_histograms", activation, weight_std, layers=LAYERS, nodes=NODES,
                     samples=SAMPLES)
    got = student.activation_histograms(activation, weight_std, layers=LAYERS, nodes=NODES,
                                        samples=SAMPLES)
    _expect_layers(got, call, LAYERS, (SAMPLES, NODES))
    return [np.asarray(a, dtype=float) for a in got], call


def _expect_layers(got, call: str, layers: int, shape: tuple[int, int]) -> None:
    if not isinstance(got, (list, tuple)) or len(got) != layers:
        fail(_("{call} returned {got}; it should return a list with one array of activations "
               "per layer, {layers} in all.").format(call=call, got=show(got), layers=layers),
             hint="shapes")
    for k, a in enumerate(got, start=1):
        if not isinstance(a, np.ndarray) or a.shape != shape or a.dtype.kind not in "biuf":
            fail(_("{call}: the activations of layer {k} are {got}; each layer's should be an "
                   "array of shape {shape}, one row per sample and one column per unit.").format(
                call=call, k=k, got=show(a), shape=shape), hint="shapes")
        if not np.all(np.isfinite(a)):
            fail(_("{call}: the activations of layer {k} hold NaN or infinity: {got}.").format(
                call=call, k=k, got=show(a)))


def _describe(stats: np.ndarray) -> str:
    return "; ".join(_("layer {k}: mean {mean}, std {std}").format(
        k=k, mean=number(m, 4), std=number(s, 4)) for k, (m, s) in enumerate(stats, start=1))


def _like_the_first_layer(stats: np.ndarray, tolerance: float = 0.05) -> bool:
    """Whether every layer's mean and spread are those of the first, within the spread from one
    draw to the next of a single layer: what happens when layers are not chained."""
    log_ratio = np.abs(np.log(np.maximum(stats[:, 1], 1e-12) / max(stats[0, 1], 1e-12)))
    shift = np.abs(stats[:, 0] - stats[0, 0]) / max(stats[0, 1], 1e-12)
    return bool(np.all(log_ratio <= tolerance) and np.all(shift <= tolerance))


def _recognised(student_stats: np.ndarray, activation: str, weight_std: float,
                rng: np.random.Generator) -> tuple[str, str] | None:
    """The misconception that the learner's statistics show, when it is a known one."""
    if _like_the_first_layer(student_stats) and not _like_the_first_layer(
            expected_stats(activation, weight_std, rng)):
        return (_("Every layer looks like the first: each layer should take the previous "
                  "layer's activations as its input, not the original data."), "chain_layers")
    for other in FUNCTIONS:
        if other != activation and np.all(_close(student_stats,
                                                 expected_stats(other, weight_std, rng))):
            return (_("These are the activations of {other}, not of {activation}.").format(
                other=other, activation=activation), "activation_name")
    return None


def expect_experiment(student, rng: np.random.Generator, activation: str, weight_std: float,
                      fact: str) -> None:
    got, call = _layers(student, activation, weight_std)
    mine, want = _stats(got), expected_stats(activation, weight_std, rng)
    if np.all(_close(mine, want)):
        return
    recognised = _recognised(mine, activation, weight_std, rng)
    reason, hint = recognised if recognised else ("", None)
    fail(_("{call} gives activations with {stats}.").format(call=call, stats=_describe(mine)),
         reveal(_("The book's experiment gives about: {stats}.").format(stats=_describe(want))),
         reason, fact, hint=hint)


def _expect_scale(student, rng, name: str, numerator: float, other: float,
                  swapped: str) -> None:
    """`name(n_in)` is √(numerator / n_in); `swapped` explains the other scale, √(other / n)."""
    for n_in in (100, int(rng.integers(2, 1000))):
        call = call_text(name, n_in)
        got = getattr(student, name)(n_in)
        if np.ndim(got) == 0 and isinstance(got, (float, int, np.number)) and np.isclose(
                float(got), np.sqrt(other / n_in)):
            fail(_("{call} returned {got}.").format(call=call, got=show(got)), swapped,
                 hint="swapped")
        expect_close(got, np.sqrt(numerator / n_in), call=call, rtol=1e-9)


@check("xavier_std")
def test_xavier_std(student, rng):
    _expect_scale(student, rng, "xavier_std", 1.0, 2.0, _(
        "That is He's scale, sqrt(2 / n_in): Xavier's is sqrt(1 / n_in)."))


@check("he_std")
def test_he_std(student, rng):
    _expect_scale(student, rng, "he_std", 2.0, 1.0, _(
        "That is Xavier's scale, sqrt(1 / n_in): He's is sqrt(2 / n_in), twice the variance, "
        "because ReLU zeroes half of its inputs."))


@check("histogram_shapes")
def test_one_array_per_layer(student, rng):
    layers, nodes, samples = (int(rng.integers(2, 7)), int(rng.integers(3, 30)),
                              int(rng.integers(5, 50)))
    for activation in FUNCTIONS:
        call = call_text("activation_histograms", activation, 0.5, layers=layers, nodes=nodes,
                         samples=samples)
        got = student.activation_histograms(activation, 0.5, layers=layers, nodes=nodes,
                                            samples=samples)
        _expect_layers(got, call, layers, (samples, nodes))


@check("sigmoid_experiments")
def test_sigmoid_through_five_layers(student, rng):
    expect_experiment(student, rng, "sigmoid", 1.0, _(
        "With weights of standard deviation 1, the sigmoid's inputs are large: its outputs pile "
        "up near 0 and 1, where its slope vanishes."))
    expect_experiment(student, rng, "sigmoid", 0.01, _(
        "With weights of standard deviation 0.01, every output is close to 0.5: all the units "
        "say the same thing."))
    expect_experiment(student, rng, "sigmoid", XAVIER, _(
        "With Xavier's scale, sqrt(1 / 100) = 0.1, the outputs stay spread out from layer to "
        "layer."))


@check("tanh_experiment")
def test_tanh_with_xavier(student, rng):
    expect_experiment(student, rng, "tanh", XAVIER, _(
        "tanh is centred on 0: with Xavier's scale its outputs stay spread around 0, layer "
        "after layer."))


@check("relu_experiments")
def test_relu_through_five_layers(student, rng):
    expect_experiment(student, rng, "relu", 0.01, _(
        "With weights of standard deviation 0.01, ReLU's outputs shrink about 14 times at "
        "every layer."))
    expect_experiment(student, rng, "relu", XAVIER, _(
        "With Xavier's scale, ReLU's outputs still shrink from layer to layer, by about 1.4."))
    expect_experiment(student, rng, "relu", HE, _(
        "With He's scale, sqrt(2 / 100), ReLU's outputs keep the same spread layer after "
        "layer."))
