"""The MNIST loader: reading the IDX files, finding them, downloading them (never from afar).

Tests that read the real files use `<repo>/../shared/mnist` (where CI puts them) and are skipped
when it is absent. Everything else runs on tiny fake MNIST sets built in `tmp_path`, served by
a local HTTP server on 127.0.0.1 or handed over by a fake opener.
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import io
import socket
import struct
import threading
import urllib.error
from functools import partial
from pathlib import Path

import numpy as np
import pytest
from conftest import SHARED_MNIST, SOLUTIONS, grade_ids
from typer.testing import CliRunner

from grader.cli import build_app
from grader.datasets import mnist
from grader.datasets.mnist import (
    DownloadError,
    IdxFile,
    MnistCorrupt,
    MnistNotFound,
    download_mnist,
    find_mnist,
    load_mnist,
    read_idx,
)
from grader.errors import message_for
from grader.i18n import set_language

needs_real_mnist = pytest.mark.skipif(
    not all((SHARED_MNIST / spec.name).is_file() for spec in mnist.FILES.values()),
    reason=f"the original MNIST files are not in {SHARED_MNIST} (CI puts them there)")

COUNTS = {"train": 6, "t10k": 4}


# ------------------------------------------------------------------ fake MNIST sets


def idx_bytes(magic: int, shape: tuple[int, ...], data: bytes) -> bytes:
    return struct.pack(f">I{len(shape)}I", magic, *shape) + data


def fake_set(seed: int = 0) -> dict[str, bytes]:
    """Four small gzip-compressed IDX files in MNIST's format: file name -> bytes."""
    rng = np.random.default_rng(seed)
    files = {}
    for prefix, n in COUNTS.items():
        images = rng.integers(0, 256, size=(n, 28, 28), dtype=np.uint8)
        labels = rng.integers(0, 10, size=n, dtype=np.uint8)
        files[f"{prefix}-images-idx3-ubyte.gz"] = gzip.compress(
            idx_bytes(2051, images.shape, images.tobytes()), mtime=0)
        files[f"{prefix}-labels-idx1-ubyte.gz"] = gzip.compress(
            idx_bytes(2049, labels.shape, labels.tobytes()), mtime=0)
    return files


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """A fake set, and the loader told that it is the published one (counts and checksums)."""
    files = fake_set()
    specs = {}
    for key, spec in mnist.FILES.items():
        count = COUNTS["train" if key.startswith("train") else "t10k"]
        specs[key] = IdxFile(spec.name, hashlib.sha256(files[spec.name]).hexdigest(),
                             spec.magic, count)
    monkeypatch.setattr(mnist, "FILES", specs)
    return files


def write_set(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may reach a real mirror or the real cache: both point somewhere harmless."""
    monkeypatch.setattr(mnist, "MIRRORS", (f"http://127.0.0.1:{closed_port()}/",))
    monkeypatch.delenv(mnist.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


def closed_port() -> int:
    """A local port where nothing listens: connecting to it is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or "part" in p.name)


# ------------------------------------------------------------------ a local HTTP server


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


class CutShort(Quiet):
    """Announces the whole file, sends half of it, and hangs up."""

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        data = (Path(self.directory) / self.path.lstrip("/")).read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 2])
        self.wfile.flush()
        self.close_connection = True


@pytest.fixture
def serve():
    """`serve(folder, handler=Quiet)` -> base URL of a server on 127.0.0.1 for that folder."""
    servers = []

    def start(folder: Path, handler=Quiet) -> str:
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                                 partial(handler, directory=str(folder)))
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


# ------------------------------------------------------------------ the real files


@pytest.fixture(scope="module")
def real():
    return load_mnist(SHARED_MNIST, download=False)


@needs_real_mnist
def test_real_files_load_as_in_the_book(real):
    (x_train, t_train), (x_test, t_test) = real
    assert x_train.shape == (60000, 784) and x_test.shape == (10000, 784)
    assert x_train.dtype == np.float32 and t_train.dtype == np.int64
    assert t_train.shape == (60000,) and t_test.shape == (10000,)
    assert 0.0 == x_train.min() and x_train.max() == 1.0
    assert t_train[:10].tolist() == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]
    assert t_test[:10].tolist() == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]
    assert np.bincount(t_train).tolist()[:3] == [5923, 6742, 5958]
    # exactly the book's pixel / 255.0, in float32
    assert np.array_equal(x_test[0], (np.round(x_test[0] * 255) / np.float32(255)))


@needs_real_mnist
def test_real_files_other_layouts(real, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(mnist.ENV_VAR, str(SHARED_MNIST))
    (x, t), _test = load_mnist(normalize=False, flatten=False, one_hot_label=True,
                               dtype=np.uint8)
    assert x.shape == (60000, 1, 28, 28) and x.dtype == np.uint8
    assert t.shape == (60000, 10) and t.dtype == np.uint8 and np.all(t.sum(axis=1) == 1)
    assert np.array_equal(t.argmax(axis=1), real[0][1])
    assert np.array_equal(x.reshape(60000, -1) / np.float32(255), real[0][0])


@needs_real_mnist
def test_grade_data_checks_the_real_files():
    result = CliRunner().invoke(build_app(), ["data", "--data-dir", str(SHARED_MNIST),
                                              "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"found_by_default": false' in result.output
    assert mnist.FILES["train_images"].sha256 in result.output


# ------------------------------------------------------------------ reading and validating


def test_fake_set_loads_gzip_or_plain(fake, tmp_path: Path):
    folder = write_set(tmp_path / "gz", fake)
    (x, t), (xt, tt) = load_mnist(folder, download=False)
    assert x.shape == (6, 784) and xt.shape == (4, 784) and t.shape == (6,)
    plain = tmp_path / "plain"
    plain.mkdir()
    for name, data in fake.items():  # unpacked, some with the dotted spelling of old archives
        name = name.removesuffix(".gz")
        if "t10k" in name:
            name = name.replace("-idx", ".idx")
        (plain / name).write_bytes(gzip.decompress(data))
    (x2, t2), (xt2, tt2) = load_mnist(plain, download=False)
    assert np.array_equal(x, x2) and np.array_equal(tt, tt2)
    assert mnist.verify_mnist(plain)["test_images"].name == "t10k-images.idx3-ubyte"


def corrupt_cases(fake: dict[str, bytes]) -> dict[str, tuple[str, bytes, str]]:
    images = gzip.decompress(fake["train-images-idx3-ubyte.gz"])
    labels = gzip.decompress(fake["train-labels-idx1-ubyte.gz"])
    pixels = images[16:]
    return {
        "truncated gzip": ("train_images", fake["train-images-idx3-ubyte.gz"][:-40], "gzip"),
        "not gzip, not idx": ("train_images", b"<html>Not Found</html>", "starts with"),
        "empty": ("train_labels", b"", "too short"),
        "cut short": ("train_images", images[:-100], "bytes of data"),
        "too long": ("train_images", images + b"\0", "bytes of data"),
        "labels as images": ("train_images", labels, "starts with"),
        "wrong count": ("train_images", idx_bytes(2051, (5, 28, 28), pixels[: 5 * 784]),
                        "5 items"),
        "wrong size": ("train_images", idx_bytes(2051, (6, 32, 32), bytes(6 * 32 * 32)),
                       "32×32"),
        "bad label": ("train_labels", idx_bytes(2049, (6,), bytes([1, 2, 3, 4, 5, 12])),
                      "outside 0 to 9"),
    }


@pytest.mark.parametrize("case", ["truncated gzip", "not gzip, not idx", "empty", "cut short",
                                  "too long", "labels as images", "wrong count", "wrong size",
                                  "bad label"])
def test_a_corrupt_file_gets_a_clear_message(fake, tmp_path: Path, case: str):
    key, data, words = corrupt_cases(fake)[case]
    folder = write_set(tmp_path / "set", fake)
    bad = folder / mnist.FILES[key].name
    bad.write_bytes(data if case == "truncated gzip" else gzip.compress(data))
    with pytest.raises(MnistCorrupt) as caught:
        load_mnist(folder, download=False)
    assert caught.value.path == bad
    assert words in caught.value.message and "grade data" in caught.value.message
    error = message_for(caught.value)
    assert error is not None and error.code == 2 and str(bad) in error.message


def test_read_idx_accepts_what_it_checks(fake, tmp_path: Path):
    path = tmp_path / "labels"
    path.write_bytes(gzip.decompress(fake["t10k-labels-idx1-ubyte.gz"]))
    labels = read_idx(path, mnist.FILES["test_labels"])
    assert labels.shape == (4,) and labels.dtype == np.uint8


def test_the_error_speaks_the_learners_language(fake, tmp_path: Path):
    folder = write_set(tmp_path / "set", fake)
    (folder / "t10k-labels-idx1-ubyte.gz").write_bytes(b"garbage")
    set_language("fr")
    with pytest.raises(MnistCorrupt) as caught:
        load_mnist(folder, download=False)
    assert "MNIST" in caught.value.message and "n'est pas" in caught.value.message


# ------------------------------------------------------------------ where the files are found


def test_lookup_order_argument_then_environment_then_cache(fake, tmp_path, monkeypatch):
    argument, env = write_set(tmp_path / "arg", fake), write_set(tmp_path / "env", fake)
    cache = write_set(tmp_path / "xdg-cache" / "nnkata" / "mnist", fake)
    assert mnist.cache_dir() == cache
    assert find_mnist() == cache
    monkeypatch.setenv(mnist.ENV_VAR, str(env))
    assert find_mnist() == env
    assert find_mnist(argument) == argument
    (argument / "train-labels-idx1-ubyte.gz").unlink()  # incomplete: the next place is used
    assert find_mnist(argument) == env


def test_nothing_found_and_no_download_says_how_to_get_it(fake, tmp_path):
    with pytest.raises(MnistNotFound) as caught:
        load_mnist(tmp_path / "nowhere", download=False)
    message = caught.value.message
    assert "grade data" in message and "NNKATA_MNIST_DIR" in message
    assert str(tmp_path / "nowhere") in message and str(mnist.cache_dir()) in message


# ------------------------------------------------------------------ downloading


def test_download_from_a_local_server_into_the_cache(fake, tmp_path, serve):
    url = serve(write_set(tmp_path / "mirror", fake))
    got = download_mnist(mirrors=(url,), progress=False)
    assert got == mnist.cache_dir()
    assert sorted(p.name for p in got.iterdir()) == sorted(fake)
    assert (got / "train-images-idx3-ubyte.gz").read_bytes() == fake["train-images-idx3-ubyte.gz"]
    (x, _t), _test = load_mnist(download=False)
    assert x.shape == (6, 784)


def test_load_mnist_downloads_when_nothing_is_found(fake, tmp_path, serve, monkeypatch):
    monkeypatch.setattr(mnist, "MIRRORS", (serve(write_set(tmp_path / "mirror", fake)),))
    target = tmp_path / "chosen"
    (x, _t), _test = load_mnist(target)
    assert x.shape == (6, 784) and find_mnist(target) == target.resolve()


def test_a_second_mirror_is_tried_when_the_first_is_down(fake, tmp_path, serve):
    url = serve(write_set(tmp_path / "mirror", fake))
    down = f"http://127.0.0.1:{closed_port()}/"
    folder = download_mnist(tmp_path / "data", mirrors=(down, url), progress=False)
    assert mnist.verify_mnist(folder)["train_labels"] is not None


def test_a_checksum_mismatch_keeps_nothing(fake, tmp_path, serve):
    mirror = write_set(tmp_path / "mirror", fake)
    (mirror / "t10k-images-idx3-ubyte.gz").write_bytes(gzip.compress(b"tampered", mtime=0))
    target = tmp_path / "data"
    with pytest.raises(DownloadError) as caught:
        download_mnist(target, mirrors=(serve(mirror),), progress=False)
    assert caught.value.kind == "checksum" and "SHA-256" in caught.value.message
    assert not (target / "t10k-images-idx3-ubyte.gz").exists()
    assert leftovers(target) == []


def test_a_truncated_download_keeps_nothing(fake, tmp_path, serve):
    url = serve(write_set(tmp_path / "mirror", fake), CutShort)
    target = tmp_path / "data"
    with pytest.raises(DownloadError) as caught:
        download_mnist(target, mirrors=(url,), progress=False)
    assert caught.value.kind == "truncated" and "grade data" in caught.value.message
    assert list(target.iterdir()) == []


def test_offline_gives_a_plain_message(fake, tmp_path):
    target = tmp_path / "data"
    with pytest.raises(DownloadError) as caught:
        download_mnist(target, progress=False)  # the mirror is a closed local port
    assert caught.value.kind == "offline"
    assert "no network connection" in caught.value.message
    assert "grade data" in caught.value.message and str(target) in caught.value.message
    assert list(target.iterdir()) == []


def test_an_http_error_is_reported_with_its_status(fake, tmp_path, serve):
    (tmp_path / "empty-mirror").mkdir()
    url = serve(tmp_path / "empty-mirror")
    with pytest.raises(DownloadError) as caught:
        download_mnist(tmp_path / "data", mirrors=(url,), progress=False)
    assert caught.value.kind == "http" and "404" in caught.value.message


class FakeResponse(io.BytesIO):
    def __init__(self, data: bytes, announced: int | None = None, fail_after: int | None = None):
        super().__init__(data)
        self.headers = {"Content-Length": str(len(data) if announced is None else announced)}
        self.fail_after = fail_after

    def read(self, n: int = -1) -> bytes:
        if self.fail_after is not None and self.tell() >= self.fail_after:
            raise ConnectionResetError("connection reset by peer")
        return super().read(min(n, 10))


def fake_opener(files: dict[str, bytes], calls: list[str], **response):
    def opener(url: str, timeout: float):
        calls.append(url)
        return FakeResponse(files[url.rsplit("/", 1)[-1]], **response)

    return opener


def test_sound_files_are_not_downloaded_again(fake, tmp_path):
    folder = write_set(tmp_path / "data", fake)
    calls: list[str] = []
    download_mnist(folder, opener=fake_opener(fake, calls), progress=False)
    assert calls == []


def test_a_damaged_file_is_replaced(fake, tmp_path):
    folder = write_set(tmp_path / "data", fake)
    (folder / "train-labels-idx1-ubyte.gz").write_bytes(b"half a fi")
    calls: list[str] = []
    download_mnist(folder, mirrors=("https://mirror.invalid/mnist/",),
                   opener=fake_opener(fake, calls), progress=False)
    assert calls == ["https://mirror.invalid/mnist/train-labels-idx1-ubyte.gz"]
    assert (folder / "train-labels-idx1-ubyte.gz").read_bytes() == fake[
        "train-labels-idx1-ubyte.gz"]


def test_a_broken_connection_midway_is_atomic(fake, tmp_path):
    target = tmp_path / "data"
    with pytest.raises(DownloadError) as caught:
        download_mnist(target, opener=fake_opener(fake, [], fail_after=20), progress=False)
    assert caught.value.kind == "truncated"
    assert list(target.iterdir()) == []


def test_a_refused_connection_through_the_opener_is_offline(fake, tmp_path):
    def refuse(url: str, timeout: float):
        raise urllib.error.URLError(ConnectionRefusedError(111, "Connection refused"))

    with pytest.raises(DownloadError) as caught:
        download_mnist(tmp_path / "data", opener=refuse, progress=False)
    assert caught.value.kind == "offline" and "Connection refused" in caught.value.message


def test_an_unwritable_folder_is_reported(fake, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DownloadError) as caught:
        download_mnist(blocker / "data", opener=fake_opener(fake, []), progress=False)
    assert caught.value.kind == "disk" and "--data-dir" in caught.value.message


# ------------------------------------------------------------------ `grade data`


def test_grade_data_downloads_into_data_dir(fake, tmp_path, serve, monkeypatch):
    monkeypatch.setattr(mnist, "MIRRORS", (serve(write_set(tmp_path / "mirror", fake)),))
    target = tmp_path / "data"
    result = CliRunner().invoke(build_app(), ["data", "--data-dir", str(target), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "MNIST is ready in" in result.output and "NNKATA_MNIST_DIR=" in result.output
    assert sorted(p.name for p in target.iterdir()) == sorted(fake)


def test_grade_data_offline_exits_with_a_message(fake, tmp_path):
    result = CliRunner().invoke(build_app(), ["data", "--lang", "en"])
    assert result.exit_code == 2
    text = " ".join(result.output.split())  # rich wraps long lines
    assert "no network connection" in text and "Traceback" not in text


# ------------------------------------------------------------------ the hidden check


def test_grading_without_mnist_says_how_to_get_it(tmp_path):
    """No MNIST anywhere: every check of ch05.train_mnist fails at once, pointing at `grade data`
    (and nothing is downloaded: the grader never does)."""
    result = grade_ids(SOLUTIONS, "ch05.train_mnist").exercises[0]
    assert result.score == 0
    for check in result.checks:
        assert "grade data" in check.message and check.hint_key == "get_mnist"
    assert not (tmp_path / "xdg-cache").exists()
