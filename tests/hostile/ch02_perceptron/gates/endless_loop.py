"""Never returns."""


def perceptron(x, w, b):
    while True:
        pass


def AND(x1, x2):
    while True:
        pass
