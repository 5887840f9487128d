"""Which partner service serves a referral a screening suggests.

A finding suggests referral *categories* (``models.screening.pack.REFERRALS``: the rule
packs' vocabulary); the partner directory lists *services* (``models.partners.SERVICES``).
This is the rule between the two, so the desktop's "Suggested referral" and anything else
that turns a finding into a referral pick the same service."""

from __future__ import annotations

from types import MappingProxyType

# Immigration questions go to legal partners: the directory has no separate service for them.
CATEGORY_SERVICES = MappingProxyType({
    "legal": "legal", "legal_urgent": "legal", "child_welfare": "child_welfare",
    "lgbtq": "lgbtq_support", "sponsorship": "sponsorship", "immigration": "legal",
})


def service_for(category: str | None) -> str | None:
    """The partner service for a suggested referral category; None for none or unknown."""
    return CATEGORY_SERVICES.get(category or "")
