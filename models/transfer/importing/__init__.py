"""Bringing a group's spreadsheet in: reading CSV/XLSX (``source``), mapping columns to
Waystation fields (``mapping``), checking and previewing rows (``plan``), matching rows to
existing clients (``duplicates``) and writing all rows or none (``plan.commit``).

No Qt here: the desktop assistant and ``waystation import --mapping`` drive the same model.
"""
