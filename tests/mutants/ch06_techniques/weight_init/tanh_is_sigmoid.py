"""The name "tanh" mapped to the sigmoid."""
# kills: tanh_experiment
# hint: activation_name

ACTIVATIONS = {"sigmoid": sigmoid, "tanh": sigmoid, "relu": relu}
