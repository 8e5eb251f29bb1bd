"""Datasets the exercises train on. Today: MNIST, read from the four original IDX files.

    from grader.datasets import load_mnist
    (x_train, t_train), (x_test, t_test) = load_mnist()

`grade data` downloads and verifies the files once; after that nothing touches the network.
"""

from .mnist import (
    DatasetError,
    DownloadError,
    MnistCorrupt,
    MnistNotFound,
    cache_dir,
    download_mnist,
    find_mnist,
    load_mnist,
    load_mnist_test,
    mnist_dir,
    verify_mnist,
)

__all__ = ["DatasetError", "DownloadError", "MnistCorrupt", "MnistNotFound", "cache_dir",
           "download_mnist", "find_mnist", "load_mnist", "load_mnist_test",
           "mnist_dir", "verify_mnist"]
