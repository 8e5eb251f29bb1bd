"""An exception while the module is imported."""
raise RuntimeError("boom at import")
