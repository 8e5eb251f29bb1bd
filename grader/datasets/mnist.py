"""MNIST from the four original IDX files: where they are, how they are fetched, how they are read.

Where: the `data_dir` argument (`grade data --data-dir`), then the folder named by the
NNKATA_MNIST_DIR environment variable, then the user's cache folder; the first folder that holds
all four files wins. Only when none does are they downloaded (into `data_dir` when given, else
into the cache), each checked against its SHA-256 and renamed into place only once complete,
so no folder ever holds half a file. Files may be gzip-compressed, as published, or plain.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..i18n import _
from ..sandbox.datasets import IdxProblem, images, labels, parse_idx

ENV_VAR = "NNKATA_MNIST_DIR"
# Public mirrors of the original files (byte-identical, checked by SHA-256), tried in order.
MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)
SIZE_MB = 11  # the four compressed files together
CHUNK = 1 << 16


@dataclass(frozen=True)
class IdxFile:
    name: str  # as published: gzip-compressed
    sha256: str
    magic: int  # 2051 for images (3 dimensions), 2049 for labels (1 dimension)
    count: int

    @property
    def ndim(self) -> int:
        return self.magic & 0xFF

    @property
    def names(self) -> tuple[str, ...]:
        """Accepted names: as published, unpacked, and unpacked the way some archives spell it."""
        plain = self.name.removesuffix(".gz")
        return self.name, plain, plain.replace("-idx", ".idx")


FILES = {  # split_kind: the published file
    "train_images": IdxFile("train-images-idx3-ubyte.gz",
                            "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
                            2051, 60000),
    "train_labels": IdxFile("train-labels-idx1-ubyte.gz",
                            "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
                            2049, 60000),
    "test_images": IdxFile("t10k-images-idx3-ubyte.gz",
                           "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
                           2051, 10000),
    "test_labels": IdxFile("t10k-labels-idx1-ubyte.gz",
                           "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
                           2049, 10000),
}
FILE_NAMES = ", ".join(f.name for f in FILES.values())


# ------------------------------------------------------------------ errors


class DatasetError(Exception):
    """A data problem the user can fix; `message` says how, in their language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MnistNotFound(DatasetError):
    def __init__(self, searched: list[Path]) -> None:
        places = ", ".join(str(p) for p in searched)
        super().__init__(_(
            "The MNIST files were not found (looked in: {places}). Run `grade data` to download "
            "them (about {size} MB), or set the environment variable NNKATA_MNIST_DIR to a "
            "folder that holds the four files {files}.").format(
            places=places, size=SIZE_MB, files=FILE_NAMES))
        self.searched = searched


class MnistCorrupt(DatasetError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(_(
            "{path} is not a valid MNIST file: {reason}. Delete it and run `grade data` to "
            "download a fresh copy.").format(path=path, reason=reason))
        self.path = path
        self.reason = reason


class DownloadError(DatasetError):
    """`kind`: offline, http, truncated, checksum or disk."""

    def __init__(self, kind: str, message: str, url: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.url = url


# ------------------------------------------------------------------ where the files are


def cache_dir() -> Path:
    """The user's cache folder for MNIST (the XDG cache on Linux, Caches on macOS)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "nnkata" / "mnist"


def _candidates(data_dir: str | os.PathLike | None) -> list[Path]:
    folders = [data_dir, os.environ.get(ENV_VAR) or None, cache_dir()]
    return [Path(os.path.expanduser(f)).resolve() for f in folders if f is not None]


def _locate(folder: Path, spec: IdxFile) -> Path | None:
    for name in spec.names:
        path = folder / name
        if path.is_file():
            return path
    return None


def find_mnist(data_dir: str | os.PathLike | None = None) -> Path | None:
    """The first folder holding all four files: `data_dir`, NNKATA_MNIST_DIR, then the cache."""
    for folder in _candidates(data_dir):
        if all(_locate(folder, spec) is not None for spec in FILES.values()):
            return folder
    return None


def mnist_dir(data_dir: str | os.PathLike | None = None, *, download: bool = True,
              progress: bool = True) -> Path:
    """The folder to read MNIST from, downloading the files first when no folder has them."""
    found = find_mnist(data_dir)
    if found is not None:
        return found
    if not download:
        raise MnistNotFound(_candidates(data_dir))
    target = Path(os.path.expanduser(data_dir)).resolve() if data_dir else cache_dir()
    return download_mnist(target, progress=progress)


# ------------------------------------------------------------------ reading


def _corrupt(path: Path, reason: str) -> MnistCorrupt:
    return MnistCorrupt(path, reason)


def _problem_text(problem: IdxProblem) -> str:
    """What is wrong with an IDX file, in the learner's language."""
    d = problem.details
    if problem.code == "gzip":
        return _("its gzip data is damaged or cut short")
    if problem.code == "magic":
        text = (_("it starts with the number {got}, where an MNIST image file starts with "
                  "{want}") if d["images"] else
                _("it starts with the number {got}, where an MNIST label file starts with "
                  "{want}"))
        return text.format(got=d["got"], want=d["want"])
    if problem.code == "short":
        return _("it is too short to hold an IDX header ({size} bytes)").format(size=d["size"])
    if problem.code == "count":
        return _("it says it holds {got} items instead of {want}").format(got=d["got"],
                                                                          want=d["want"])
    if problem.code == "image_size":
        return _("its images are {rows}×{cols} pixels instead of 28×28").format(
            rows=d["rows"], cols=d["cols"])
    if problem.code == "data_size":
        return _("it has {got} bytes of data where {want} were expected").format(
            got=d["got"], want=d["want"])
    return _("it holds labels outside 0 to 9")


def read_idx(path: Path, spec: IdxFile) -> np.ndarray:
    """One IDX file (gzip or plain) as a read-only uint8 array, after checking its header."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise _corrupt(path, _("it cannot be read ({reason})").format(reason=exc.strerror)) \
            from None
    try:
        return parse_idx(raw, spec.magic, spec.count)
    except IdxProblem as problem:
        raise _corrupt(path, _problem_text(problem)) from None


def _split(folder: Path, split: str, normalize: bool, flatten: bool, one_hot_label: bool,
           dtype: Any) -> tuple[np.ndarray, np.ndarray]:
    x_file, t_file = FILES[f"{split}_images"], FILES[f"{split}_labels"]
    x = read_idx(_locate(folder, x_file) or folder / x_file.name, x_file)
    t = read_idx(_locate(folder, t_file) or folder / t_file.name, t_file)
    return images(x, normalize, flatten, dtype), labels(t, one_hot_label, dtype)


def load_mnist(data_dir: str | os.PathLike | None = None, *, normalize: bool = True,
               flatten: bool = True, one_hot_label: bool = False, dtype: Any = np.float32,
               download: bool = True):
    """MNIST as `((x_train, t_train), (x_test, t_test))`, as in the book.

    x: `(60000, 784)` and `(10000, 784)` images in `dtype`, scaled to [0, 1] when `normalize`
    (else 0 to 255), or `(N, 1, 28, 28)` when not `flatten`. t: int64 labels 0-9 of shape `(N,)`,
    or `(N, 10)` one-hot rows in `dtype` when `one_hot_label`. The files are looked for in
    `data_dir`, NNKATA_MNIST_DIR and the user's cache, and downloaded when `download` allows.
    """
    folder = mnist_dir(data_dir, download=download)
    options = (normalize, flatten, one_hot_label, dtype)
    return _split(folder, "train", *options), _split(folder, "test", *options)


def load_mnist_test(data_dir: str | os.PathLike | None = None, *, normalize: bool = True,
                    flatten: bool = True, dtype: Any = np.float32,
                    download: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Only the 10,000 test images and their labels, as `load_mnist` returns them."""
    return _split(mnist_dir(data_dir, download=download), "test", normalize, flatten, False,
                  dtype)


# ------------------------------------------------------------------ checking and downloading


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _check_file(path: Path, spec: IdxFile) -> None:
    """A compressed file must match its published SHA-256; an unpacked one must parse."""
    if path.name == spec.name:
        if sha256_of(path) != spec.sha256:
            raise _corrupt(path, _("its SHA-256 checksum is not the published one"))
    else:
        read_idx(path, spec)


def verify_mnist(folder: str | os.PathLike) -> dict[str, Path | None]:
    """Each file's path in `folder`, or None when it is missing; `MnistCorrupt` for a wrong one."""
    found: dict[str, Path | None] = {}
    for key, spec in FILES.items():
        path = _locate(Path(folder), spec)
        if path is not None:
            _check_file(path, spec)
        found[key] = path
    return found


Opener = Callable[[str, float], Any]


def _urlopen(url: str, timeout: float):
    import urllib.request  # only when downloading: it is slow to import

    request = urllib.request.Request(url, headers={"User-Agent": "nnkata"})
    return urllib.request.urlopen(request, timeout=timeout)


class _Bar:
    """A rich progress bar on stderr, or one plain line per file when stderr is not a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.progress = None
        if enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
                TransferSpeedColumn,
            )

            console = Console(stderr=True)
            if console.is_terminal:
                self.progress = Progress(TextColumn("{task.description}"), BarColumn(),
                                         DownloadColumn(), TransferSpeedColumn(),
                                         TimeRemainingColumn(), console=console)
        self.task = None

    @contextmanager
    def running(self) -> Iterator[_Bar]:
        if self.progress is None:
            yield self
            return
        with self.progress:
            yield self

    def start(self, name: str, url: str, total: int | None) -> None:
        if self.progress is not None:
            self.task = self.progress.add_task(name, total=total)
        elif self.enabled:
            print(_("Downloading {url}").format(url=url), file=sys.stderr, flush=True)

    def advance(self, n: int) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.advance(self.task, n)


def _offline(url: str, reason: object, folder: Path) -> DownloadError:
    return DownloadError("offline", _(
        "Could not download MNIST from {url}: there seems to be no network connection "
        "({reason}). Connect to the internet and run `grade data` again, or copy the four files "
        "{files} into {folder} by other means.").format(
        url=url, reason=reason, files=FILE_NAMES, folder=folder), url)


def _disk(folder: Path, exc: OSError) -> DownloadError:
    return DownloadError("disk", _(
        "Could not write the MNIST files into {folder} ({reason}). Choose another folder with "
        "`grade data --data-dir PATH`.").format(folder=folder, reason=exc.strerror or exc))


def _content_length(response: Any) -> int | None:
    headers = getattr(response, "headers", None)
    value = headers.get("Content-Length") if headers is not None else None
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _fetch(url: str, target: Path, spec: IdxFile, opener: Opener, timeout: float,
           bar: _Bar) -> None:
    """Download `url` into `target`: a temporary file beside it, checked, then renamed."""
    import http.client
    import urllib.error

    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                        dir=target.parent)
    except OSError as exc:
        raise _disk(target.parent, exc) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            digest, got, total = hashlib.sha256(), 0, None
            try:
                with opener(url, timeout) as response:
                    total = _content_length(response)
                    bar.start(spec.name, url, total)
                    while chunk := response.read(CHUNK):
                        try:
                            out.write(chunk)
                        except OSError as exc:
                            raise _disk(target.parent, exc) from None
                        digest.update(chunk)
                        got += len(chunk)
                        bar.advance(len(chunk))
            except urllib.error.HTTPError as exc:
                raise DownloadError("http", _(
                    "The server at {url} answered “{status} {reason}”, so MNIST could not be "
                    "downloaded. Try again later.").format(
                    url=url, status=exc.code, reason=exc.reason), url) from None
            except urllib.error.URLError as exc:
                raise _offline(url, exc.reason, target.parent) from None
            except (http.client.HTTPException, OSError) as exc:
                if got == 0:  # refused, unreachable, unknown host, timed out before any data
                    raise _offline(url, exc, target.parent) from None
                cut = True  # the connection broke in the middle of the file
            else:
                cut = total is not None and got != total
            if cut:
                raise DownloadError("truncated", _(
                    "The download of {url} stopped after {got} of {total} bytes; nothing was "
                    "kept. Run `grade data` again.").format(
                    url=url, got=got, total="?" if total is None else total), url)
            if digest.hexdigest() != spec.sha256:
                raise DownloadError("checksum", _(
                    "The file downloaded from {url} is not the published one (its SHA-256 "
                    "checksum does not match), so it was not kept. Try again later; if this "
                    "keeps happening, the mirror has changed.").format(url=url), url)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        raise _disk(target.parent, exc) from None
    finally:
        tmp.unlink(missing_ok=True)


def download_mnist(folder: str | os.PathLike | None = None, *,
                   mirrors: tuple[str, ...] | None = None, opener: Opener | None = None,
                   progress: bool = True, timeout: float = 30.0) -> Path:
    """Make sure `folder` (default: the cache) holds the four files, verified; returns it.

    Files already there and sound are kept; missing or wrong ones are downloaded from the first
    of `mirrors` (default `MIRRORS`) that serves them whole and with the published SHA-256.
    `opener(url, timeout)` returns a response with `read(n)` and `headers` (default: urllib).
    """
    target = Path(os.path.expanduser(folder)).resolve() if folder is not None else cache_dir()
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _disk(target, exc) from None
    wanted = []
    for spec in FILES.values():
        path = _locate(target, spec)
        try:
            if path is not None:
                _check_file(path, spec)
                continue
        except MnistCorrupt:
            pass  # replaced below: a fresh .gz takes precedence over an unpacked copy
        wanted.append(spec)
    bar = _Bar(progress)
    with bar.running():
        for spec in wanted:
            error: DownloadError | None = None
            for base in MIRRORS if mirrors is None else mirrors:
                try:
                    _fetch(base + spec.name, target / spec.name, spec, opener or _urlopen,
                           timeout, bar)
                    error = None
                    break
                except DownloadError as exc:
                    if exc.kind == "disk":
                        raise
                    error = exc
            if error is not None:
                raise error
    verify_mnist(target)
    return target
