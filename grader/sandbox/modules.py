"""How the learner's code is imported in the worker.

- The learner's modules come from the sources the grader read and sent (`install`), under the
  package `nnkata_ws` laid out like the workspace's folders. Nothing is read from the disk, so no
  `.pyc`, no package folder beside a module and no link can run instead of what the grader read.
- A dependency the grader serves (the reference version of an earlier exercise, where the
  learner's own one does not pass) is a `DependencyModule`: every name in it lives in the grader,
  and using it is a request (`Worker.ask`). Its code never enters this process.
- `grader.datasets` is the kit's MNIST loader (`datasets.py` of this package): the one part of the
  kit that learner code imports.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import linecache
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .worker import Worker

PACKAGE = "nnkata_ws"


class GraderObject:
    """An object living in the grader (a reference function, class or layer): its attributes,
    items and calls are requests to the grader."""

    __slots__ = ("_nnkata_worker", "_nnkata_id", "_nnkata_type", "__weakref__")

    def __init__(self, worker: Worker, tag: dict) -> None:
        object.__setattr__(self, "_nnkata_worker", worker)
        object.__setattr__(self, "_nnkata_id", tag["$ref"])
        object.__setattr__(self, "_nnkata_type", str(tag.get("type", "object"))[:100])

    def __new__(cls, worker: Worker, tag: dict) -> GraderObject:
        known = worker.grader_objects.get(tag["$ref"])  # one proxy per object: identity holds
        if known is not None:
            return known
        proxy = super().__new__(cls)
        worker.grader_objects[tag["$ref"]] = proxy
        return proxy

    def _nnkata_ask(self, op: str, **message: Any) -> Any:
        return self._nnkata_worker.ask({"op": op, "target": {"$ref": self._nnkata_id},
                                        **message})

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return self._nnkata_ask("getattr", name=name)

    def __setattr__(self, name: str, value: Any) -> None:
        self._nnkata_ask("setattr", name=name, value=value)

    def __getitem__(self, key: Any) -> Any:
        return self._nnkata_ask("getitem", key=key)

    def __setitem__(self, key: Any, value: Any) -> None:
        self._nnkata_ask("setitem", key=key, value=value)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._nnkata_ask("call", args=list(args), kwargs=kwargs)

    def __instancecheck__(self, instance: Any) -> bool:
        """`isinstance(layer, Affine)` where `Affine` is served: only the grader's objects can
        be instances of the grader's classes, and the grader knows which."""
        return isinstance(instance, GraderObject) and bool(
            self._nnkata_ask("instancecheck", value=instance))

    def __del__(self) -> None:
        self._nnkata_worker.dropped.append(self._nnkata_id)

    def __repr__(self) -> str:
        return f"<{self._nnkata_type}: a reference version, run by the grader>"


class DependencyModule(types.ModuleType):
    """A module whose names all live in the grader; each is fetched once, on first use."""

    def __init__(self, name: str, worker: Worker, dotted: str) -> None:
        super().__init__(name)
        self.__dict__["_nnkata_ask"] = worker.ask
        self.__dict__["_nnkata_dotted"] = dotted
        self.__dict__["_nnkata_root"] = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        root = self.__dict__["_nnkata_root"]
        if root is None:
            root = self._nnkata_ask({"op": "import", "module": self._nnkata_dotted})
            self.__dict__["_nnkata_root"] = root
        value = getattr(root, name)
        self.__dict__[name] = value
        return value


class SourceFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves `nnkata_ws.*` from the grader's sources and dependencies, `grader.datasets` from
    this package; anything else of `nnkata_ws` does not exist."""

    def __init__(self, sources: dict[str, str], dependencies: set[str], worker: Worker) -> None:
        self.sources = sources
        plain, inits = {}, {}
        for path in sources:
            parts = path[:-3].split("/")
            if parts[-1] != "__init__":
                plain[".".join(parts)] = path
            elif len(parts) > 1:
                inits[".".join(parts[:-1])] = path
        folders = {".".join(path.split("/")[:i]) for path in sources
                   for i in range(1, path.count("/") + 1)}
        # a served module's chapter folder exists even where the learner has none of its files
        folders |= {".".join(name.split(".")[:i]) for name in dependencies
                    for i in range(1, name.count(".") + 1)}
        self.modules = {**inits, **plain}  # a module file wins over a folder of that name
        self.packages = (folders | set(inits)) - set(plain)
        self.dependencies = dependencies
        self.worker = worker

    def find_spec(self, fullname: str, path: Any = None, target: Any = None):
        if not fullname.startswith(PACKAGE + "."):
            return None
        name = fullname[len(PACKAGE) + 1:]
        if name in self.dependencies:
            return importlib.machinery.ModuleSpec(fullname, self)
        if name in self.modules or name in self.packages:
            origin = self.modules.get(name)
            is_package = name in self.packages
            spec = importlib.machinery.ModuleSpec(fullname, self, origin=origin,
                                                  is_package=is_package)
            spec.has_location = origin is not None
            if is_package:
                spec.submodule_search_locations = []
            return spec
        return None

    def create_module(self, spec: importlib.machinery.ModuleSpec):
        name = spec.name[len(PACKAGE) + 1:]
        if name in self.dependencies:
            return DependencyModule(spec.name, self.worker, name)
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        if isinstance(module, DependencyModule):
            return
        origin = module.__spec__.origin if module.__spec__ else None
        if origin is None:
            return  # a folder without __init__.py: an empty package
        code = compile(self.sources[origin], origin, "exec", dont_inherit=True)
        exec(code, module.__dict__)


def _datasets_alias() -> None:
    """`from grader.datasets import load_mnist` in learner code finds the kit's loader."""
    datasets = importlib.import_module(__name__.rpartition(".")[0] + ".datasets")
    package = types.ModuleType("grader")
    package.__path__ = []
    package.datasets = datasets
    sys.modules["grader"] = package
    sys.modules["grader.datasets"] = datasets


def install(setup: dict, worker: Worker) -> set[str]:
    """Make the learner's package importable from the setup frame; the names of its files."""
    sources = {str(k): str(v) for k, v in dict(setup.get("sources") or {}).items()
               if str(k).endswith(".py")}
    dependencies = {str(d) for d in setup.get("dependencies") or ()}
    for path, text in sources.items():  # so tracebacks show the learner's lines
        linecache.cache[path] = (len(text), None, text.splitlines(True), path)
    package = types.ModuleType(PACKAGE)
    package.__path__ = []
    package.__package__ = PACKAGE
    sys.modules[PACKAGE] = package
    sys.meta_path.insert(0, SourceFinder(sources, dependencies, worker))
    _datasets_alias()
    return set(sources)
