"""No network, process hygiene, nothing readable on disk (S1, S8, S12)."""
