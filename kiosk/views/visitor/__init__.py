"""The visitor touchscreen pages."""
