"""activation ignored: ReLU everywhere."""
# kills: predict_values
# hint: predict
# first hint says: en "predict is every layer's forward" · fr "predict" · ja "predict は"

ACTIVATIONS = {"relu": Relu, "sigmoid": Relu}
