"""Waits for keyboard input that will never come."""
ANSWER = input("password? ")
