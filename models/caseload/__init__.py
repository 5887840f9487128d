"""Caseload figures for a board or funder (``figures``) and the counters a deletion for good keeps
(``tallies``). The PDF report that prints them is ``reports.caseload``."""
