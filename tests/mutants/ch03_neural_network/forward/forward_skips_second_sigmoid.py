"""The second layer's weighted sum goes on without its sigmoid."""
# kills: forward_hidden_sigmoid forward_known_answer
# hint: hidden_activation
# first hint says: en "skip it" · fr "s'en passer" · ja "省略してはいけません"


def forward(network, x):
    z1 = sigmoid(np.dot(x, network["W1"]) + network["b1"])
    a2 = np.dot(z1, network["W2"]) + network["b2"]
    return identity_function(np.dot(a2, network["W3"]) + network["b3"])
