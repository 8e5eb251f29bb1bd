"""Datasets the exercises train on. Today: MNIST, read from the four original IDX files.

    from grader.datasets import load_mnist
    (x_train, t_train), (x_test, t_test) = load_mnist()

`grade data` downloads and verifies the files once; after that nothing touches the network.
"""

from typing import Any

__all__ = ["DatasetError", "DownloadError", "MnistCorrupt", "MnistNotFound", "cache_dir",
           "download_mnist", "find_mnist", "load_mnist", "load_mnist_test",
           "mnist_dir", "verify_mnist"]


def __getattr__(name: str) -> Any:
    """The loader's names, from `mnist.py` when first asked for: the `grade` commands under this
    package do not load NumPy until they need it."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import mnist

    return getattr(mnist, name)
