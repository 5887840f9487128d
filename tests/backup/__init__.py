"""Backups, restore and emergency erase (R4, S11), from the API, CLI and app."""
