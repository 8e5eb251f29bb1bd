"""MNIST for the learner's code, and the kit's one reader of IDX files.

In the worker, `from grader.datasets import load_mnist` gives this module's `load_mnist`: the same
arguments and arrays as the grader's own loader (`grader.datasets.mnist`), reading the four
original files (gzip-compressed or plain) from the folder the grader lends the worker, read-only;
it never downloads. The grader's loader uses `parse_idx`, `images` and `labels` from here and
words their problems for the learner in their language.
"""

from __future__ import annotations

import gzip
import os
import struct
import zlib
from pathlib import Path
from typing import Any

import numpy as np

ENV_VAR = "NNKATA_MNIST_DIR"
IMAGE_SHAPE = (28, 28)
# split_kind: (the published name without ".gz", magic number, number of items)
SPECS = {
    "train_images": ("train-images-idx3-ubyte", 2051, 60000),
    "train_labels": ("train-labels-idx1-ubyte", 2049, 60000),
    "test_images": ("t10k-images-idx3-ubyte", 2051, 10000),
    "test_labels": ("t10k-labels-idx1-ubyte", 2049, 10000),
}


class IdxProblem(ValueError):
    """What is wrong with an IDX file: `code` names it, `details` give the numbers."""

    def __init__(self, code: str, **details: Any) -> None:
        super().__init__(f"not a valid MNIST file: {code} {details}")
        self.code = code
        self.details = details


def names(base: str) -> tuple[str, ...]:
    """The accepted file names: as published (gzip), unpacked, and unpacked as some archives
    spell it."""
    return base + ".gz", base, base.replace("-idx", ".idx")


def locate(folder: Path, base: str) -> Path | None:
    for name in names(base):
        if (folder / name).is_file():
            return folder / name
    return None


def parse_idx(raw: bytes, magic: int, count: int) -> np.ndarray:
    """The contents of one IDX file (gzip or plain) as a read-only uint8 array."""
    if raw[:2] == b"\x1f\x8b":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, zlib.error):
            raise IdxProblem("gzip") from None
    ndim = magic & 0xFF
    header = 4 + 4 * ndim
    found = int.from_bytes(raw[:4], "big")
    if len(raw) >= 4 and found != magic:
        raise IdxProblem("magic", got=found, want=magic, images=ndim == 3)
    if len(raw) < header:
        raise IdxProblem("short", size=len(raw))
    shape = struct.unpack(f">{ndim}I", raw[4:header])
    if shape[0] != count:
        raise IdxProblem("count", got=shape[0], want=count)
    if shape[1:] and shape[1:] != IMAGE_SHAPE:
        raise IdxProblem("image_size", rows=shape[1], cols=shape[2])
    size = int(np.prod(shape))
    if len(raw) - header != size:
        raise IdxProblem("data_size", got=len(raw) - header, want=size)
    data = np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(shape)
    if ndim == 1 and data.max() > 9:
        raise IdxProblem("labels")
    return data


def images(raw: np.ndarray, normalize: bool, flatten: bool, dtype: Any) -> np.ndarray:
    dtype = np.dtype(dtype)
    if normalize:
        if dtype.kind != "f":
            raise ValueError(f"normalize=True needs a floating dtype, not {dtype}")
        x = np.divide(raw, dtype.type(255), dtype=dtype)  # one pass, no float64 copy
    else:
        x = raw.astype(dtype)
    return x.reshape(len(x), -1) if flatten else x.reshape(len(x), 1, *IMAGE_SHAPE)


def labels(raw: np.ndarray, one_hot: bool, dtype: Any) -> np.ndarray:
    if one_hot:
        return np.eye(10, dtype=dtype)[raw]
    return raw.astype(np.int64)


def _read(folder: Path, kind: str) -> np.ndarray:
    base, magic, count = SPECS[kind]
    path = locate(folder, base)
    if path is None:
        raise FileNotFoundError(f"{base}.gz is not in {folder}")
    return parse_idx(path.read_bytes(), magic, count)


def load_mnist(data_dir: str | os.PathLike | None = None, *, normalize: bool = True,
               flatten: bool = True, one_hot_label: bool = False, dtype: Any = np.float32,
               download: bool = True):
    """MNIST as `((x_train, t_train), (x_test, t_test))`, as in the book (see the grader's
    `grader.datasets.load_mnist`); `download` is accepted and ignored: the grader lends the
    files."""
    folder = Path(data_dir or os.environ.get(ENV_VAR) or ".")
    options = (normalize, flatten, dtype)
    return tuple(
        (images(_read(folder, f"{split}_images"), *options),
         labels(_read(folder, f"{split}_labels"), one_hot_label, dtype))
        for split in ("train", "test"))
