"""Crashes, corruption, one writer at a time and read-only media (R1-R6)."""
