"""Fault harnesses that prove the casebook's promises for the whole program (security.md).

``python -m tests.harness.crash`` is the crash harness behind ``make crashtest``.
"""
