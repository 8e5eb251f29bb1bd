"""The instructor's command for Gradescope: `grade gradescope ZIP`."""
