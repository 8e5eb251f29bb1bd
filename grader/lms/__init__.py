"""A gradebook the LMS takes: what `grade batch --roster --overrides --export` adds to a
graded class.

- `durations`: "15m", "2d" — the grace period and extensions.
- `late`: the course file's late policy, and what it takes off a late total.
- `roster`: the class list (id, name, email, folder, submission time, extension) that maps
  submissions to students.
- `overrides`: the instructor's manual changes, applied last.
- `marks`: one row per student: points, original total, late penalty, adjusted total,
  overrides and the final total.
- `export`: those rows in the columns Canvas, Moodle, Blackboard or a spreadsheet import.
- `publish`: what `grade batch` calls once the class is graded.
"""
