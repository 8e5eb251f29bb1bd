"""Stops the interpreter as soon as it is imported, with a 'success' status."""
import sys

sys.exit(0)
