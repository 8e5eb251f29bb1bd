"""The biases are forgotten: only the weighted sums."""
# kills: forward_known_answer forward_batch
# hint: biases
# first hint says: en "leaves out the biases" · fr "oublie les biais" · ja "バイアスが抜けています"


def forward(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]))
    z2 = sigmoid(np.dot(z1, network["W2"]))
    return identity_function(np.dot(z2, network["W3"]))
