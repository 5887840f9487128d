"""Sponsorships: budget, duties, readiness, roles, support and the app."""
