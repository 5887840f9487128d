"""The Settings section: users, letterhead, auto-lock, rule packs."""
