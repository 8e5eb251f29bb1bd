"""The GitHub Classroom workflow a handout carries: one `autograding-command-grader` step per
assigned exercise (`grade <id>`) or per check group (`grade <id> --check ...`), and the reporter
that adds up their points.

The workflow has the shape Classroom itself generates (its `autograding-command-grader` and
`autograding-grading-reporter` actions). That action passes only `PATH` and `HOME` on to the
command and scores a step all or nothing, with a whole number of points: a step's points are
rounded, and what a command needs besides (MNIST) it fetches itself. A check group is the checks
that share a hint (the four gate truth tables): the course file's `classroom_steps = "group"`
gives each its own step, so one wrong gate no longer costs the whole exercise.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..catalog import Exercise

WORKFLOW = Path(".github") / "workflows" / "classroom.yml"
PYTHON_VERSION = "3.11"
MINUTES_FOR_MNIST = 3  # `grade data` downloads about 11 MB once per run


@dataclass(frozen=True)
class Step:
    """One command-grader step: a name, an id GitHub accepts, a command and whole points."""

    name: str
    id: str
    command: str
    minutes: int
    points: int


def _step_id(name: str) -> str:
    """`ch03.softmax` -> `ch03-softmax`: a step id GitHub accepts, readable in the report."""
    return name.replace(".", "-").replace("_", "-").replace("/", "-")


def _command(exercise: Exercise, lang: str, checks: tuple[str, ...] = ()) -> str:
    grade = " ".join([f"grade {exercise.id}", *(f"--check {c}" for c in checks),
                      f"--lang {lang}"])
    return f"grade data && {grade}" if exercise.needs_mnist else grade


def _minutes(exercise: Exercise) -> int:
    extra = MINUTES_FOR_MNIST if exercise.needs_mnist else 0
    return max(1, math.ceil(exercise.time_limit / 60)) + 1 + extra


def whole_shares(total: float, parts: list[float]) -> list[int]:
    """`round(total)` whole points shared in proportion to `parts`, largest remainders first,
    so that a class's steps add up to the points the course file gives the exercise."""
    whole = round(total)
    exact = [whole * p / sum(parts) for p in parts]
    shares = [math.floor(x) for x in exact]
    by_remainder = sorted(range(len(parts)), key=lambda i: shares[i] - exact[i])
    for i in by_remainder[:whole - sum(shares)]:
        shares[i] += 1
    return shares


def steps(exercises: list[Exercise], points: Mapping[str, float], lang: str,
          per: str = "exercise") -> list[Step]:
    """The grader steps, one per exercise or (`per="group"`) one per check group; an
    exercise's points are shared among its groups in proportion to their catalog points."""
    found = []
    for exercise in exercises:
        weight = points.get(exercise.id, exercise.max_score)
        if per != "group":
            found.append(Step(exercise.id, _step_id(exercise.id), _command(exercise, lang),
                              _minutes(exercise), round(weight)))
            continue
        groups = exercise.groups()
        shares = whole_shares(weight, [sum(c.points for c in g) for g in groups.values()])
        for (group, checks), share in zip(groups.items(), shares, strict=True):
            name = f"{exercise.id}/{group}"
            found.append(Step(name, _step_id(name),
                              _command(exercise, lang, tuple(c.id for c in checks)),
                              _minutes(exercise), share))
    return found


def workflow(exercises: list[Exercise], points: Mapping[str, float], lang: str,
             per: str = "exercise") -> str:
    """The YAML text of the workflow (written by hand: the kit does not depend on a YAML
    library, and every value here is a plain word or a quoted string)."""
    lines = [
        "name: Autograding Tests",
        "'on':",
        "  - push",
        "  - repository_dispatch",
        "  - workflow_dispatch",
        "permissions:",
        "  checks: write",
        "  actions: read",
        "  contents: read",
        "jobs:",
        "  run-autograding-tests:",
        "    runs-on: ubuntu-latest",
        "    if: github.actor != 'github-classroom[bot]'",
        "    steps:",
        "      - name: Checkout code",
        "        uses: actions/checkout@v4",
        "      - name: Set up Python",
        "        uses: actions/setup-python@v5",
        "        with:",
        f"          python-version: '{PYTHON_VERSION}'",
        "      - name: Install the kit",
        "        run: sudo apt-get install -y bubblewrap && pip install -e .",
    ]
    graders = steps(exercises, points, lang, per)
    for step in graders:
        lines += [
            f"      - name: {step.name}",
            f"        id: {step.id}",
            "        uses: classroom-resources/autograding-command-grader@v1",
            "        with:",
            f"          test-name: {step.name}",
            "          setup-command: ''",
            f"          command: {step.command}",
            f"          timeout: {step.minutes}",
            f"          max-score: {step.points}",
        ]
    ids = [step.id for step in graders]
    lines += [
        "      - name: Autograding Reporter",
        "        uses: classroom-resources/autograding-grading-reporter@v1",
        "        env:",
        *(f"          {i.upper()}_RESULTS: \"${{{{steps.{i}.outputs.result}}}}\"" for i in ids),
        "        with:",
        f"          runners: {','.join(ids)}",
    ]
    return "\n".join(lines) + "\n"


def write_workflow(folder: Path, exercises: list[Exercise], points: Mapping[str, float],
                   lang: str, per: str = "exercise") -> Path:
    path = folder / WORKFLOW
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(workflow(exercises, points, lang, per), encoding="utf-8", newline="\n")
    return path
