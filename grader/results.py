"""The result of a grading run: one object, rendered as a table, as JSON or into a gradebook."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from .i18n import listing, ngettext


@dataclass
class CheckResult:
    id: str
    passed: bool
    message: str
    hint: str
    points: float
    max_points: float
    hint_key: str = ""


@dataclass
class ExerciseResult:
    id: str
    title: str
    checks: list[CheckResult]
    # e.g. "graded with the reference softmax": what the learner should know about the verdict
    notes: list[str] = field(default_factory=list)
    digest: str | None = None  # of the learner's file as graded (`state.json` keeps it)
    # the exercises it uses, graded with their reference versions, and with the learner's own
    graded_with: list[str] = field(default_factory=list)
    graded_with_own: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        return float(sum(c.points for c in self.checks))

    @property
    def max_score(self) -> float:
        return float(sum(c.max_points for c in self.checks))

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.checks)

    def first_failure(self) -> CheckResult | None:
        return next((c for c in self.checks if not c.passed), None)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "passed": self.passed,
            "score": self.score,
            "max_score": self.max_score,
            "notes": list(self.notes),
            "graded_with": list(self.graded_with),
            "graded_with_own": list(self.graded_with_own),
            "checks": [
                {k: v for k, v in asdict(c).items() if k not in ("points", "max_points")}
                | {"score": c.points, "max_score": c.max_points}
                for c in self.checks
            ],
        }


def reference_note(graded_with: list[str]) -> str:
    """The note of an exercise graded with the reference versions of the ones it uses."""
    return ngettext(
        "Graded with the reference version of {exercises}, run by the grader (yours does not "
        "pass yet), so a mistake there does not count twice.",
        "Graded with the reference versions of {exercises}, run by the grader (yours do not "
        "pass yet), so a mistake there does not count twice.",
        len(graded_with)).format(exercises=listing(graded_with))


def own_note(graded_with_own: list[str]) -> str:
    """The note of an exercise graded with the learner's own, passing, versions of the ones it
    uses."""
    return ngettext("Graded with your own version of {exercises}, which passes.",
                    "Graded with your own versions of {exercises}, which pass.",
                    len(graded_with_own)).format(exercises=listing(graded_with_own))


@dataclass
class RunResult:
    exercises: list[ExerciseResult]
    seed: int
    lang: str
    isolation: str = ""  # "bubblewrap" or "audit hooks": how the learner's code was contained
    # isolations that could not start here, and why: {"isolation": ..., "reason": ...}
    fallbacks: list[dict] = field(default_factory=list)

    @property
    def score(self) -> float:
        return float(sum(e.score for e in self.exercises))

    @property
    def max_score(self) -> float:
        return float(sum(e.max_score for e in self.exercises))

    @property
    def passed(self) -> bool:
        return all(e.passed for e in self.exercises)

    def to_dict(self) -> dict:
        return {
            "score": self.score,
            "max_score": self.max_score,
            "exercises": [e.to_dict() for e in self.exercises],
            "seed": self.seed,
            "lang": self.lang,
            "isolation": self.isolation,
        } | ({"isolation_fallbacks": self.fallbacks} if self.fallbacks else {})
