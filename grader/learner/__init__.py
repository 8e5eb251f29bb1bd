"""The learner's loop: watch mode, progress, resetting a stub, solutions after solving.

- `watch`: re-grades the exercise being edited on every save, with keys for hints and moving on.
- `progress`: what the state file says about each chapter (`grade status`, the watch list).
- `files`: where a stub and a reference solution come from, and backups of the learner's work.
- `settings`: the course file's `[settings]` table (solutions, exam mode).
- `errors`: the learner's errors worded in their language; `helptext`: `--help` in it too.
- `completion`: exercise ids for shell completion.
"""
