"""Only plain data crosses from the worker: `.npy` blobs are checked before NumPy reads them."""

from __future__ import annotations

import io

import numpy as np
import pytest

from grader.sandbox.protocol import Decoder, Encoder, ProtocolError, load_npy


def _npy(array: np.ndarray, allow_pickle: bool = False) -> bytes:
    buf = io.BytesIO()
    np.lib.format.write_array(buf, array, allow_pickle=allow_pickle)
    return buf.getvalue()


def test_arrays_and_scalars_round_trip():
    encoder = Encoder(lambda v: pytest.fail("no objects expected"))
    value = {"a": np.arange(6.0).reshape(2, 3), "b": np.int64(3), "c": (1, 2.5, None, "x")}
    body = encoder.encode(value)
    back = Decoder(encoder.blobs, on_handle=None).decode(body)
    np.testing.assert_array_equal(back["a"], value["a"])
    assert type(back["b"]) is np.int64 and back["c"] == (1, 2.5, None, "x")


def test_object_arrays_are_refused():
    with pytest.raises(ProtocolError):
        load_npy(_npy(np.array([object()], dtype=object), allow_pickle=True))


def test_a_header_that_lies_about_the_size_is_refused():
    data = _npy(np.zeros(10))
    with pytest.raises(ProtocolError):
        load_npy(data[:-8])


def test_a_huge_declared_shape_is_refused_before_reading():
    data = _npy(np.zeros(4)).replace(b"(4,)", b"(99999999999,)")
    with pytest.raises(ProtocolError):
        load_npy(data)


def test_subclasses_arrive_as_plain_arrays():
    class Liar(np.ndarray):
        def __eq__(self, other):
            return True

    encoder = Encoder(lambda v: None)
    body = encoder.encode(np.zeros(3).view(Liar))
    back = Decoder(encoder.blobs, on_handle=None).decode(body)
    assert type(back) is np.ndarray
    assert not np.array_equal(back, np.ones(3))


def test_unknown_tags_are_refused():
    with pytest.raises(ProtocolError):
        Decoder([], on_handle=None).decode({"$pickle": "..."})
