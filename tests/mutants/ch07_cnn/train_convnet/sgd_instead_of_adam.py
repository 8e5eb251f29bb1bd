"""train_convnet steps with plain gradient descent: params -= learning_rate * grads. With this
chapter's small learning rates, the network hardly moves from its random start."""
# kills: adam_first_step reaches_test_accuracy loss_falls
# hint: optimizer

from ..ch06_techniques.optimizers import SGD

Adam = SGD
