"""The instructor's commands: `grade assign`, `grade release`, `grade batch`."""
