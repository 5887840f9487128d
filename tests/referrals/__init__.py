"""Referrals, partners, consent and what may be disclosed (S9)."""
