"""The class report's command: `grade report`."""
