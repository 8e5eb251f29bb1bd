"""train_convnet steps with plain gradient descent: params -= learning_rate * grads. With this
chapter's small learning rates, the network hardly moves from its random start."""
# kills: adam_first_step reaches_test_accuracy loss_falls
# hint: optimizer
# first hint says: en "not with plain gradient descent" · fr "pas avec une simple descente de gradient" · ja "ただの勾配降下法"

from ..ch06_techniques.optimizers import SGD

Adam = SGD
