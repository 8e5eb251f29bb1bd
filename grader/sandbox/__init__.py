"""Running the learner's code in a separate, limited worker process, and talking to it."""
