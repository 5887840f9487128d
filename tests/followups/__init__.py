"""Follow-ups and the Today view."""
