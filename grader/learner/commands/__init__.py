"""The learner's loop commands: `grade watch`, `grade status`, `grade reset`, `grade solution`."""
