"""nnkata's grader: the `grade` command, the hidden checks and the sandbox for learners' code."""
