"""Adam whose default learning rate is SGD's 0.01 instead of 0.001."""
# kills: defaults
# hint: defaults
# first hint says: en "Created without arguments" · fr "Créé sans argument" · ja "引数なしで作ったオプティマイザは"


class Adam(Adam):
    def __init__(self, lr=0.01, beta1=0.9, beta2=0.999):
        super().__init__(lr, beta1, beta2)
