"""Grading on the platforms classes already use, so that a class of thousands is graded by their
fleet, one container per submission: GitHub Classroom's autograding workflow (`classroom.py`)."""
