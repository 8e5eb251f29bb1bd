"""The notebook's command: `grade notebook CHAPTER`."""
