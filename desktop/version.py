"""The version, in one place: pyproject reads it for the wheel, ``--version`` and About show it."""

__version__ = "0.1.0"
