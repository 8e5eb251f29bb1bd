"""sigmoid on the output layer too, as in the hidden layers."""
# kills: forward_output_identity forward_known_answer
# hint: output_identity
# first hint says: en "output layer" · fr "couche de sortie" · ja "出力層"


def forward(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]) + network["b1"])
    z2 = sigmoid(np.dot(z1, network["W2"]) + network["b2"])
    return sigmoid(np.dot(z2, network["W3"]) + network["b3"])
