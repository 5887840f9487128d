"""Screening: rule packs, the engine, answers, prefill, visibility and the questionnaire."""
