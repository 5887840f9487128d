"""Which partner New referral starts with (issue 16): one serving the client's city and the
chosen service, never an arbitrary first row."""

from __future__ import annotations

from models.partners import Partner, default_for_referral, rank_for_referral

CLINIC_TO = Partner("Toronto Legal Clinic", 1, ("legal",), ("Toronto",), ("fr",))
CLINIC_HFX = Partner("Halifax Refugee Law Clinic", 2, ("legal",), ("Halifax", "Dartmouth"))
ANYWHERE = Partner("A Law Line", 3, ("legal",), ())
FOOD_HFX = Partner("Food Bank", 4, ("food",), ("Halifax",))
CLOSED = Partner("Aardvark Legal (closed)", 5, ("legal",), ("Halifax",), active=False)
ALL = [ANYWHERE, CLOSED, CLINIC_TO, FOOD_HFX, CLINIC_HFX]


def test_the_default_serves_the_city_and_the_service():
    assert default_for_referral(ALL, "legal", "Halifax") == CLINIC_HFX
    assert default_for_referral(ALL, "legal", " dartmouth ") == CLINIC_HFX
    assert default_for_referral(ALL, "food", "HALIFAX") == FOOD_HFX


def test_no_default_when_no_partner_serves_the_city_or_the_service():
    assert default_for_referral(ALL, "legal", "Moncton") is None
    assert default_for_referral(ALL, "legal", None) is None
    assert default_for_referral(ALL, "health", "Halifax") is None
    assert default_for_referral([CLOSED], "legal", "Halifax") is None  # inactive


def test_ranking_puts_the_city_first_then_the_service_then_the_rest():
    ranked = [p.name for p in rank_for_referral(ALL, "legal", "Halifax")]
    assert ranked[0] == "Halifax Refugee Law Clinic"
    assert ranked.index("A Law Line") < ranked.index("Food Bank")
    assert ranked[-1] == "Aardvark Legal (closed)"
    montreal = Partner("Clinique juridique", 6, ("legal",), ("Montréal",))
    assert default_for_referral([montreal], "legal", "Montreal") == montreal


def test_a_shared_language_breaks_a_tie():
    other_to = Partner("B Toronto Legal", 7, ("legal",), ("Toronto",))
    ranked = rank_for_referral([other_to, CLINIC_TO], "legal", "Toronto", ("fr",))
    assert ranked[0] == CLINIC_TO
