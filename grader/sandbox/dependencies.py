"""The reference versions of earlier exercises, served from the grader's process to the learner's
code in the worker, which never holds their code.

When an exercise uses another whose learner version does not pass, the worker imports a
`DependencyModule` in its place (see `modules.py`): every name the learner's code takes from it is
an object of this `DependencyServer`, named by handle, and every use of it (a call, an attribute,
an item) is a request the grader answers by running the reference here. Arrays crossing keep
their identity on both sides (`SharedArrays`), so a reference layer built on the learner's
`params["W1"]` sees the training step that changed it in place. Names with double underscores
are refused: the learner's code cannot reach a reference function's code or globals.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .protocol import Decoder, ProtocolError


class DependencyRefused(AttributeError):
    """The learner's code asked a served dependency for something it does not give."""


class DependencyServer:
    """Reference modules by dotted name (`ch03_neural_network.softmax`), and the objects taken
    from them, by handle."""

    def __init__(self, modules: dict[str, Callable[[], Any]]) -> None:
        self._modules = modules  # dotted name -> how to get the reference module
        self._objects: dict[int, Any] = {}
        self._next = 1

    @property
    def served(self) -> list[str]:
        return sorted(self._modules)

    def keep(self, obj: Any) -> dict:
        handle = self._next
        self._next += 1
        self._objects[handle] = obj
        return {"$ref": handle, "type": type(obj).__name__, "callable": callable(obj)}

    def resolve(self, tag: dict) -> Any:
        try:
            return self._objects[tag["$ref"]]
        except (KeyError, TypeError) as exc:
            raise ProtocolError("unknown reference handle") from exc

    def drop(self, handles: Any) -> None:
        for handle in handles if isinstance(handles, list) else []:
            if type(handle) is int:
                self._objects.pop(handle, None)

    @staticmethod
    def _name(request: dict) -> str:
        name = str(request.get("name", ""))
        if name.startswith("__"):
            raise DependencyRefused(f"{name} is not available from a reference version")
        return name

    def handle(self, request: dict, decoder: Decoder) -> Any:
        op = request.get("op")
        if op == "import":
            dotted = str(request.get("module", ""))
            if dotted not in self._modules:
                raise ImportError(f"{dotted} is not served by the grader")
            return self._modules[dotted]()
        target = self.resolve(request.get("target") or {})
        if op == "getattr":
            return getattr(target, self._name(request))
        if op == "setattr":
            return setattr(target, self._name(request), decoder.decode(request.get("value")))
        if op == "getitem":
            return target[decoder.decode(request.get("key"))]
        if op == "setitem":
            target[decoder.decode(request.get("key"))] = decoder.decode(request.get("value"))
            return None
        if op == "instancecheck":
            return isinstance(target, type) and isinstance(decoder.decode(request.get("value")),
                                                           target)
        if op == "call":
            return target(*decoder.decode(request.get("args", [])),
                          **decoder.decode(request.get("kwargs", {"$dict": {}})))
        raise ProtocolError(f"unknown op {op!r}")
