"""Near-identical submissions: pairs (and clusters) of students whose own code is nearly the
same once names, comments, docstrings and formatting are set aside. A place to look, never a
verdict.

The method is MOSS's (Schleimer, Wilkerson and Aiken, "Winnowing", SIGMOD 2003): every run of
`K` normalised tokens is hashed, and winnowing keeps the smallest hash of each window of
`WINDOW` hashes, so that any match of `K + WINDOW - 1` tokens or more is seen while a file keeps
about a third of its hashes. What is not the student's own is taken out before comparing:

- every run of tokens found in the stub or the reference solution of the exercise;
- passages found in more than `common_limit(n)` submissions of the class (what everybody
  writes, the textbook's code typed by many).

An inverted index from hash to students gives the pairs that share anything, so the work grows
with the class's code and the pairs that really share passages, not with the square of the
number of students. A pair is flagged when what they share is at least `THRESHOLD` of their own
code (twice the shared hashes over the sum of their own, Dice's coefficient: a copy of a whole
submission is near 1, two students who made the same slip in one function are far below) and
at least `MIN_SHARED` hashes (about five lines) long.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from .normalise import Tokens

K = 10
WINDOW = 5
THRESHOLD = 0.7
MIN_SHARED = 15
COMMON_SHARE = 0.05
COMMON_MIN = 4
_BASE = np.uint64(0x100000001B3)
_MIX = (np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))


def common_limit(students: int) -> int:
    """A passage in more submissions than this is common ground, not a sign of copying."""
    return max(COMMON_MIN, math.ceil(COMMON_SHARE * students))


_NONE = np.uint64(np.iinfo(np.uint64).max)  # a run that crosses from one file to the next


def _token_ids(files: Sequence[Tokens]) -> list[np.ndarray]:
    """Each word as a number that depends on the word only, so that results do not depend on
    which students are in the class or in what order they are read."""
    vocabulary: set[str] = set()
    for t in files:
        vocabulary.update(t.words)
    known = {w: zlib.crc32(w.encode()) + 1 for w in vocabulary}
    return [np.fromiter(map(known.__getitem__, t.words), dtype=np.uint64, count=len(t.words))
            for t in files]


def _salt(exercise_id: str) -> np.uint64:
    """Keeps the same code in two exercises apart: only one exercise's files are compared."""
    return np.uint64(zlib.crc32(exercise_id.encode()) * int(_MIX[0]) % 2**64)


def kgram_hashes(ids: np.ndarray) -> np.ndarray:
    """One well-mixed 64-bit hash per run of `K` words."""
    if len(ids) < K:
        return np.zeros(0, dtype=np.uint64)
    count = len(ids) - K + 1
    h = np.zeros(count, dtype=np.uint64)
    for j in range(K):
        h = h * _BASE + ids[j:j + count]
    h ^= h >> np.uint64(31)
    h *= _MIX[0]
    h ^= h >> np.uint64(29)
    h *= _MIX[1]
    return h ^ (h >> np.uint64(32))


def winnow(hashes: np.ndarray) -> np.ndarray:
    """Positions of the hashes kept: the smallest of each window (the rightmost on ties)."""
    if len(hashes) <= WINDOW:
        return np.array([len(hashes) - 1 - int(np.argmin(hashes[::-1]))] if len(hashes) else [],
                        dtype=np.int64)
    count = len(hashes) - WINDOW + 1
    smallest = hashes[:count].copy()
    for j in range(1, WINDOW):
        np.minimum(smallest, hashes[j:j + count], out=smallest)
    chosen = np.zeros(count, dtype=np.int64)
    for j in range(WINDOW):  # a later position overrides: the rightmost smallest
        chosen[hashes[j:j + count] == smallest] = j
    chosen += np.arange(count)
    return chosen[_firsts(chosen)]  # never decreasing: each window's choice is kept once


def _within(values: np.ndarray, ordered: np.ndarray) -> np.ndarray:
    """`np.isin` for a set already sorted and unique: a binary search, no sorting again."""
    where = np.minimum(np.searchsorted(ordered, values), max(len(ordered) - 1, 0))
    return ordered[where] == values if len(ordered) else np.zeros(len(values), dtype=bool)


def _firsts(ordered: np.ndarray) -> np.ndarray:
    """Where each run of equal values of a sorted array starts, as a mask."""
    mask = np.ones(len(ordered), dtype=bool)
    mask[1:] = ordered[1:] != ordered[:-1]
    return mask


@dataclass
class _Files:
    """Every file of the class end to end, winnowed in one go: the fingerprints kept, each with
    its file and the word where its run starts."""

    hashes: np.ndarray
    file: np.ndarray
    start: np.ndarray

    @classmethod
    def of(cls, files: Sequence[Tokens], salts: np.ndarray) -> _Files:
        ids = _token_ids(files)
        lengths = np.array([len(i) for i in ids], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(lengths)])
        hashes = kgram_hashes(np.concatenate(ids or [np.zeros(0, np.uint64)]))
        file = np.repeat(np.arange(len(files)), lengths)[:len(hashes)]
        hashes ^= salts[file]
        hashes[np.arange(len(hashes)) + K > offsets[file + 1]] = _NONE
        kept = winnow(hashes)
        kept = kept[hashes[kept] != _NONE]
        return cls(hashes[kept], file[kept], kept - offsets[file[kept]])

    def without(self, hashes: np.ndarray) -> _Files:
        mine = ~_within(self.hashes, hashes)
        return _Files(self.hashes[mine], self.file[mine], self.start[mine])

    def of_file(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        first, last = np.searchsorted(self.file, [index, index + 1])
        return self.hashes[first:last], self.start[first:last]


def _boilerplate(boilerplate: Mapping[str, Sequence[Tokens]],
                 exercise_ids: list[str]) -> np.ndarray:
    """Every run of words of the stubs and reference solutions, salted as the students' are."""
    files = [(e, t) for e in exercise_ids for t in boilerplate.get(e, ())]
    ids = _token_ids([t for _e, t in files])
    hashes = [kgram_hashes(x) ^ _salt(e) for (e, _t), x in zip(files, ids, strict=True)]
    return np.unique(np.concatenate(hashes)) if hashes else np.zeros(0, np.uint64)


@dataclass
class _Index:
    """The inverted index: hash -> the students whose files hold it (each once)."""

    hashes: np.ndarray
    student: np.ndarray
    exercise: np.ndarray
    counts: np.ndarray  # per group of equal hashes
    firsts: np.ndarray

    @classmethod
    def of(cls, files: _Files, student_of: np.ndarray, exercise_of: np.ndarray) -> _Index:
        student = student_of[files.file]
        order = np.lexsort((student, files.hashes))
        hashes, student = files.hashes[order], student[order]
        fresh = _firsts(hashes) | _firsts(student)
        hashes, student = hashes[fresh], student[fresh]
        exercise = exercise_of[files.file[order][fresh]]
        firsts = np.flatnonzero(_firsts(hashes))
        counts = np.diff(np.append(firsts, len(hashes)))
        return cls(hashes, student, exercise, counts, firsts)

    def common(self, limit: int) -> np.ndarray:
        return self.hashes[self.firsts[self.counts > limit]]

    def own(self, limit: int, size: int) -> np.ndarray:
        """Per student, the fingerprints that are theirs: neither boilerplate nor common."""
        mine = np.repeat(self.counts <= limit, self.counts)
        return np.bincount(self.student[mine], minlength=size)

    def shared(self, limit: int, size: int, exercises: int) -> tuple[np.ndarray, np.ndarray]:
        """Codes `(a * size + b) * exercises + e` (a < b) of the pairs sharing fingerprints in
        exercise e, and how many each. Common hashes are left out, so a hash yields at most
        `limit` squared pairs: the work grows with the class's code, not with its square."""
        codes = []
        sizes = np.unique(self.counts[(self.counts >= 2) & (self.counts <= limit)])
        for group in sizes.tolist():
            firsts = self.firsts[self.counts == group]
            members = self.student[firsts[:, None] + np.arange(group)]
            a, b = np.triu_indices(group, 1)
            pairs = members[:, a] * size + members[:, b]
            codes.append((pairs * exercises + self.exercise[firsts][:, None]).ravel())
        if not codes:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        return np.unique(np.concatenate(codes), return_counts=True)


@dataclass
class SharedExercise:
    id: str
    shared: int
    lines: tuple[list[int], list[int]]  # the matching lines in each student's module


@dataclass
class Pair:
    students: tuple[str, str]
    shared: int
    own: tuple[int, int]
    exercises: list[SharedExercise] = field(default_factory=list)

    @property
    def similarity(self) -> float:
        """How much of what the two wrote themselves is the same (Dice's coefficient)."""
        return 2 * self.shared / max(1, sum(self.own))

    def to_dict(self) -> dict:
        return {"students": list(self.students), "similarity": round(self.similarity, 3),
                "shared": self.shared, "own": list(self.own),
                "exercises": [{"id": e.id, "shared": e.shared,
                               "lines": [e.lines[0], e.lines[1]]} for e in self.exercises]}


@dataclass
class Similarity:
    compared: int
    common_limit: int
    pairs: list[Pair]
    clusters: list[list[str]]

    def to_dict(self) -> dict:
        return {"compared": self.compared, "common_limit": self.common_limit,
                "settings": {"k": K, "window": WINDOW, "threshold": THRESHOLD,
                             "min_shared": MIN_SHARED},
                "pairs": [p.to_dict() for p in self.pairs], "clusters": self.clusters}


def _clusters(pairs: list[Pair]) -> list[list[str]]:
    """Groups of three or more students joined by flagged pairs."""
    parent: dict[str, str] = {}

    def root(name: str) -> str:
        while parent.setdefault(name, name) != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for pair in pairs:
        parent[root(pair.students[0])] = root(pair.students[1])
    groups: dict[str, list[str]] = {}
    for name in parent:
        groups.setdefault(root(name), []).append(name)
    return sorted((sorted(g) for g in groups.values() if len(g) > 2), key=lambda g: (-len(g), g))


def _covered(size: int, starts: np.ndarray) -> np.ndarray:
    """Which of `size` words lie in at least one run of `K` starting at `starts`."""
    edges = np.zeros(size + K + 1, dtype=np.int64)
    np.add.at(edges, starts, 1)
    np.add.at(edges, starts + K, -1)
    return np.cumsum(edges)[:size] > 0


def _lines(tokens: Tokens, salt: np.uint64, shared: np.ndarray, known: np.ndarray) -> list[int]:
    """The lines holding words of the shared runs, less the words that sit in a run of the
    stub or the reference (a shared run may reach back into the reference's last lines)."""
    hashes = kgram_hashes(_token_ids([tokens])[0]) ^ salt
    theirs = _covered(len(tokens.words), np.flatnonzero(_within(hashes, known)))
    mine = _covered(len(tokens.words), shared) & ~theirs
    return sorted({int(tokens.lines[i]) for i in np.flatnonzero(mine)})


def find_similar(works: Mapping[str, Mapping[str, Tokens]],
                 boilerplate: Mapping[str, Sequence[Tokens]]) -> Similarity:
    """`works`: student -> exercise id -> their module's tokens; `boilerplate`: exercise id ->
    the stub's and the reference solution's tokens."""
    students = sorted(works)
    size = len(students)
    limit = common_limit(size)
    exercise_ids = sorted({e for w in works.values() for e in w})
    width = max(1, len(exercise_ids))
    keys = [(i, x) for i, s in enumerate(students) for x, e in enumerate(exercise_ids)
            if e in works[s]]
    tokens = [works[students[i]][exercise_ids[x]] for i, x in keys]
    file_index = {key: n for n, key in enumerate(keys)}
    salts = np.array([_salt(exercise_ids[x]) for _i, x in keys], dtype=np.uint64)
    known = _boilerplate(boilerplate, exercise_ids)
    files = _Files.of(tokens, salts).without(known)
    index = _Index.of(files, np.array([i for i, _x in keys], dtype=np.int64),
                      np.array([x for _i, x in keys], dtype=np.int64))
    common = index.common(limit)
    own = index.own(limit, size)
    codes, counts = index.shared(limit, size, width)
    pair_codes, inverse = np.unique(codes // width, return_inverse=True)
    totals = np.bincount(inverse, weights=counts).astype(np.int64)
    first, second = np.divmod(pair_codes, max(size, 1))
    flagged = (totals >= MIN_SHARED) & (2 * totals >= THRESHOLD * (own[first] + own[second]))
    pairs = []
    for pair_code, shared in zip(pair_codes[flagged].tolist(), totals[flagged].tolist(),
                                 strict=True):
        a, b = divmod(pair_code, size)
        pair = Pair((students[a], students[b]), shared, (int(own[a]), int(own[b])))
        for x, exercise_id in enumerate(exercise_ids):
            where = int(np.searchsorted(codes, pair_code * width + x))
            if where == len(codes) or codes[where] != pair_code * width + x:
                continue
            fa, fb = file_index[(a, x)], file_index[(b, x)]
            (ha, sa), (hb, sb) = files.of_file(fa), files.of_file(fb)
            both = np.setdiff1d(np.intersect1d(ha, hb), common)
            pair.exercises.append(SharedExercise(
                exercise_id, int(counts[where]),
                (_lines(tokens[fa], salts[fa], sa[_within(ha, both)], known),
                 _lines(tokens[fb], salts[fb], sb[_within(hb, both)], known))))
        pair.exercises.sort(key=lambda e: -e.shared)
        pairs.append(pair)
    pairs.sort(key=lambda p: (-p.similarity, -p.shared, p.students))
    return Similarity(size, limit, pairs, _clusters(pairs))
