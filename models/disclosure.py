"""What may leave the casebook in a referral letter or packet: only what the person consented
to share with that partner (S9).

This is the single place where a client's data is filtered for printing. Documents receive a
``Disclosure`` and print what is in it; they never see the full client record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.clients import Clients
from models.consents import Consent, Consents
from models.errors import Conflict
from models.household import Household
from models.partners import Partner, Partners
from models.permissions import Action
from models.referrals import Referral, Referrals
from models.screenings import SavedScreening, Screenings
from models.settings import Letterhead, Settings
from models.store import Store


@dataclass(frozen=True)
class Disclosure:
    referral: Referral
    partner: Partner
    consent: Consent
    recorded_by: str  # user name of whoever recorded the consent
    fields: dict[str, Any]  # keys from SHAREABLE_FIELDS that were consented and are known
    screening: SavedScreening | None  # only when "screening" was consented
    letterhead: Letterhead


def disclose(store: Store, referral_id: int) -> Disclosure:
    """The consented view of a referral's client. Refuses without a valid consent record."""
    store.require(Action.PRINT_LETTER)
    referral = Referrals(store).get(referral_id)
    consent = Consents(store).get(referral.consent_id) if referral.consent_id else None
    if consent is None or not consent.valid_on(store.today()):
        raise Conflict("Nothing can be printed for this referral: there is no valid consent "
                       "to share information with this partner.")
    allowed = set(consent.fields)
    client = Clients(store).get(referral.client_id, audit=False)
    household = Household(store)
    known: dict[str, Any] = {
        "display_name": client.display_name, "pronouns": client.pronouns,
        "languages": client.languages or None, "phone": client.phone, "email": client.email,
        "city": client.city, "birth_date": client.birth_date or client.birth_year,
        "citizenships": client.citizenships or None,
        "immigration_situation": client.immigration_situation,
        "safe_contact": client.safe_contact,
        "vulnerabilities": tuple(sorted(client.flags)) or None,
    }
    if "household" in allowed:
        known["household"] = tuple(household.members(client.id)) or None
    if "relatives" in allowed:
        known["relatives"] = tuple(household.relatives(client.id)) or None
    if "documents" in allowed:
        known["documents"] = tuple(household.documents(client.id)) or None
    fields = {k: v for k, v in known.items() if k in allowed and v not in (None, "", ())}
    screening = None
    if "screening" in allowed:
        screenings = Screenings(store)
        if referral.screening_id:
            screening = screenings.get(referral.screening_id)
        else:
            screening = next(iter(screenings.for_client(client.id)), None)
    names = dict(store.q("SELECT id, name FROM users"))
    with store.tx():
        store.audit("disclose", "referral", referral_id, referral.client_id)
    return Disclosure(referral, Partners(store).get(referral.partner_id), consent,
                      names.get(consent.recorded_by, ""), fields, screening,
                      Settings(store).letterhead())
