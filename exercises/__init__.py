"""Your workspace: fill in each module, then run `grade`."""
