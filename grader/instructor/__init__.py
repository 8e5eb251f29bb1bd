"""The instructor's side of the kit: assign chapters, hand the kit out, grade a whole class.

- `assignment`: the course file (`nnkata-course.toml`): what is assigned, points, due date,
  the course's language.
- `recorded`: reference answers recorded from `solutions/` at release time and replayed in a
  released kit, which ships no solutions.
- `release`: builds the folder students receive.
- `batch` and `gradebook`: grade every submission of a class in parallel, resumably, into a
  CSV gradebook, per-student feedback and JSON (the kit's own and Gradescope's), a summary and
  a histogram.
"""
