"""The demo casebook."""
