"""The column-vector convention W.T @ x: right for one sample, wrong for a batch of rows."""
# kills: forward_batch
# hint: batch
# first hint says: en "one sample per row" · fr "un exemple par ligne" · ja "サンプルを並べた"


def forward(network, x):
    z1 = sigmoid(network["W1"].T @ x + network["b1"])
    z2 = sigmoid(network["W2"].T @ z1 + network["b2"])
    return identity_function(network["W3"].T @ z2 + network["b3"])
