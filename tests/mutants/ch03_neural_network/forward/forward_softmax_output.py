"""softmax at the output, as for a classifier, where this network's output is the identity."""
# kills: forward_output_identity forward_known_answer
# hint: output_identity
# first hint says: en "output layer" · fr "couche de sortie" · ja "出力層"

from .softmax import softmax


def forward(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]) + network["b1"])
    z2 = sigmoid(np.dot(z1, network["W2"]) + network["b2"])
    return softmax(np.dot(z2, network["W3"]) + network["b3"])
