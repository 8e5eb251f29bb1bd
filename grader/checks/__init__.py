"""The hidden checks: one pytest module per exercise, `<chapter dir>/test_<name>.py`.

Each test is a check named in `course.toml` (`@check("and_truth_table")`) and receives the
fixtures of `grader.plugin`: `student` (the learner's module, living in the worker), `ref` (the
reference module, in this process), `rng` (fresh inputs, seeded per run) and `source` (the
learner's file as text). `grader.checks.api` has the assertions that word the failures.
"""
