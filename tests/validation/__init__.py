"""Typed input: text, dates, money, and hostile input (R6)."""
