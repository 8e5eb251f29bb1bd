"""The class report: what a class graded by `grade batch` got wrong, and near-identical work.

- `graded_class`: the batch's results folder read back (no regrading).
- `snapshot`: the student's code, attempts and hints, kept by `grade batch` for the report.
- `normalise`, `similarity`, `sources`: near-identical submissions (winnowed fingerprints and
  an inverted index; the stubs and reference solutions left out).
- `failures`, `figures`: the numbers, as data (`grade report --format json`).
- `page`, `histogram`, `markup`, `assets`: the one-file HTML page.
"""
