"""ReLU in the hidden layers instead of the sigmoid."""
# kills: forward_hidden_sigmoid forward_known_answer
# hint: hidden_activation
# first hint says: en "not ReLU" · fr "ni ReLU" · ja "ReLU や"

from .activations import relu


def forward(network, x):
    z1 = relu(np.dot(x, network["W1"]) + network["b1"])
    z2 = relu(np.dot(z1, network["W2"]) + network["b2"])
    return identity_function(np.dot(z2, network["W3"]) + network["b3"])
