"""Reference solutions, mirroring `exercises/` file for file."""
