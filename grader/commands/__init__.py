"""One module per `grade` sub-command; each exposes `register(app)`.

Every command module is imported whenever `grade` starts (to build the app), so it imports only
what declaring its options needs; what running it needs (the grader with pytest and NumPy,
matplotlib, the batch machinery) is imported in its body. `tests/test_launch.py` checks that
building the app loads none of them.
"""
