"""activation ignored: ReLU everywhere."""
# kills: predict_values
# hint: predict

ACTIVATIONS = {"relu": Relu, "sigmoid": Relu}
