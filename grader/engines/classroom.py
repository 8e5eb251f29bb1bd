"""The GitHub Classroom workflow a handout carries: one `autograding-command-grader` step per
assigned exercise, each running `grade <id>`, and the reporter that adds up their points.

The workflow has the shape Classroom itself generates (its `autograding-command-grader` and
`autograding-grading-reporter` actions). That action passes only `PATH` and `HOME` on to the
command and scores a step all or nothing, with a whole number of points: an exercise's points
are rounded, and what a command needs besides (MNIST) it fetches itself.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path

from ..catalog import Exercise

WORKFLOW = Path(".github") / "workflows" / "classroom.yml"
PYTHON_VERSION = "3.11"
MINUTES_FOR_MNIST = 3  # `grade data` downloads about 11 MB once per run


def step_id(exercise: Exercise) -> str:
    """`ch03.softmax` -> `ch03-softmax`: a step id GitHub accepts, readable in the report."""
    return exercise.id.replace(".", "-").replace("_", "-")


def _command(exercise: Exercise, lang: str) -> str:
    grade = f"grade {exercise.id} --lang {lang}"
    return f"grade data && {grade}" if exercise.needs_mnist else grade


def _minutes(exercise: Exercise) -> int:
    extra = MINUTES_FOR_MNIST if exercise.needs_mnist else 0
    return max(1, math.ceil(exercise.time_limit / 60)) + 1 + extra


def workflow(exercises: list[Exercise], points: Mapping[str, float], lang: str) -> str:
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
    for exercise in exercises:
        lines += [
            f"      - name: {exercise.id}",
            f"        id: {step_id(exercise)}",
            "        uses: classroom-resources/autograding-command-grader@v1",
            "        with:",
            f"          test-name: {exercise.id}",
            "          setup-command: ''",
            f"          command: {_command(exercise, lang)}",
            f"          timeout: {_minutes(exercise)}",
            f"          max-score: {round(points.get(exercise.id, exercise.max_score))}",
        ]
    ids = [step_id(e) for e in exercises]
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
                   lang: str) -> Path:
    path = folder / WORKFLOW
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(workflow(exercises, points, lang), encoding="utf-8", newline="\n")
    return path
