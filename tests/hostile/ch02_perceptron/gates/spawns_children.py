"""Starts a long-lived child process that would outlive the grader if nobody killed it."""
import subprocess


def perceptron(x, w, b):
    subprocess.Popen(["sleep", "987.654321"])
    while True:
        pass
