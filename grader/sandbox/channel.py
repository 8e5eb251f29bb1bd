"""The grader's end of a worker process: its channel, what it prints, how it is stopped.

A `Connection` reads frames in a thread of its own into a queue, so waiting with a deadline is a
queue timeout on every operating system (no `select` on pipes, which Windows lacks). An
`OutputCapture` drains what the learner's code prints through a pipe opened before it ran, keeping
the last part of it; the grader never opens a file the worker could have planted.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from typing import BinaryIO

from .protocol import ProtocolError, pack, read_frame

OUTPUT_KEPT = 64 * 1024


class WorkerStartError(Exception):
    """A worker could not be started or set up: the grader's problem, never the learner's."""


class Connection:
    """Frames to and from one worker process; `receive` waits until a deadline at most."""

    def __init__(self, reader: BinaryIO, writer: BinaryIO | None,
                 send: Callable[[bytes], None] | None = None) -> None:
        self._writer = writer
        self._send = send
        self._frames: queue.Queue = queue.Queue()
        self._closed = False
        thread = threading.Thread(target=self._read, args=(reader,), daemon=True,
                                  name="nnkata-channel")
        thread.start()

    def _read(self, reader: BinaryIO) -> None:
        while True:
            try:
                self._frames.put(read_frame(reader))
            except (EOFError, OSError, ValueError):
                self._frames.put(EOFError())
                return
            except ProtocolError as exc:
                self._frames.put(exc)
                return

    def send(self, header: dict, blobs: list[bytes] | tuple = ()) -> None:
        data = pack(header, list(blobs))
        if self._send is not None:
            self._send(data)
        else:
            assert self._writer is not None
            self._writer.write(data)
            self._writer.flush()

    def receive(self, deadline: float | None = None) -> tuple[dict, list[bytes]]:
        """The next frame; TimeoutError past `deadline` (a `time.monotonic()` value), EOFError
        when the worker has gone, ProtocolError when it sent something unreadable."""
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        try:
            item = self._frames.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError from None
        if isinstance(item, BaseException):
            self._frames.put(item)  # every later receive fails the same way
            raise item
        return item

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._writer is not None:
            try:
                self._writer.close()
            except OSError:
                pass


class OutputCapture:
    """What a process writes to a pipe, drained by a thread (so it never blocks on a full
    pipe); the last `OUTPUT_KEPT` bytes are kept."""

    def __init__(self, stream: BinaryIO) -> None:
        self._kept = bytearray()
        self._lock = threading.Lock()
        self.finished = threading.Event()
        threading.Thread(target=self._drain, args=(stream,), daemon=True,
                         name="nnkata-output").start()

    def _drain(self, stream: BinaryIO) -> None:
        try:
            while chunk := stream.read1(65536) if hasattr(stream, "read1") else stream.read(
                    65536):
                with self._lock:
                    self._kept += chunk
                    if len(self._kept) > 2 * OUTPUT_KEPT:
                        del self._kept[:-OUTPUT_KEPT]
        except (OSError, ValueError):
            pass
        finally:
            self.finished.set()
            try:
                stream.close()
            except OSError:
                pass

    def text(self, limit: int = 2000, wait: float = 0.0) -> str:
        """The last `limit` bytes; with `wait`, first up to that long for the process's last
        words (a process that has gone may still have them in the pipe)."""
        if wait:
            self.finished.wait(wait)
        with self._lock:
            data = bytes(self._kept[-limit:])
        return data.decode("utf-8", "replace")
