"""One module per `grade` sub-command; each exposes `register(app)`."""
