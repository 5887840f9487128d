"""Which questions apply, and which answers count: answers to questions that do not apply
(hidden by their ``shown_when``) are dropped.

The rule used to live in the desktop questionnaire only, so ``waystation screen`` and
``Screenings.run`` could reach other findings for the same answers. It is the engine's rule
now (``evaluate`` applies it); this module is where callers that show or store answers get it.
"""

from __future__ import annotations

from models.screening.engine import applicable_answers, visible_questions

__all__ = ["applicable_answers", "visible_questions"]
