"""The category→service rule (a suggested referral's partner service) lives in
models/screening, and the client file's Referrals tab uses it (issue 19, problem 3)."""

from __future__ import annotations

from models.partners import SERVICES
from models.screening import CATEGORY_SERVICES, REFERRALS, service_for


def test_every_suggested_category_has_a_partner_service():
    assert set(CATEGORY_SERVICES) == set(REFERRALS)
    assert set(CATEGORY_SERVICES.values()) <= set(SERVICES)
    assert service_for("legal_urgent") == "legal" and service_for("lgbtq") == "lgbtq_support"
    assert service_for(None) is None and service_for("astrology") is None


def test_the_desktop_uses_the_models_rule_and_keeps_no_copy():
    from desktop.clientfile import findings_view, referrals_tab

    assert referrals_tab.CATEGORY_SERVICES is CATEGORY_SERVICES
    assert not hasattr(findings_view, "CATEGORY_SERVICES")
