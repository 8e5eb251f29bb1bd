"""SimpleConvNet.numerical_gradient perturbs copies of the parameters: the loss never
changes, and every gradient comes out 0."""
# kills: numerical_gradient_values
# hint: net_gradient
# first hint says: en "numerical gradient" · fr "gradient numérique" · ja "数値微分"

_Reference = SimpleConvNet


class SimpleConvNet(_Reference):
    def numerical_gradient(self, x, t):
        loss_w = lambda _w: self.loss(x, t)  # noqa: E731
        return {key: numerical_gradient(loss_w, value.copy())
                for key, value in self.params.items()}
