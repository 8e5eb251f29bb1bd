"""`grade` sub-commands about datasets (discovered by `grader.cli`)."""
