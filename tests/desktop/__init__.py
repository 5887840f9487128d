"""The desktop shell and what every window shares: unlock, screens, settings, unsaved input,
accessibility."""
