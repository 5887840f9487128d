"""What may leave the casebook in a referral letter or packet: only what the person consented
to share with that partner (S9).

This is the single place where a client's data is filtered for printing. Documents receive a
``Disclosure`` and print what is in it; they never see the full client record.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from models.clients import Clients
from models.consents import Consent, Consents
from models.db.store import Store
from models.errors import Conflict
from models.household import Household
from models.partners import Partner, Partners
from models.permissions import Action
from models.referrals import Referral, Referrals
from models.screening.saved import SavedScreening, Screenings
from models.settings import Letterhead, Settings


@dataclass(frozen=True)
class Disclosure:
    referral: Referral  # without its reason and request: those are ``reason``/``request``
    partner: Partner
    consent: Consent  # its consenting_person is "" unless the name was consented
    recorded_by: str  # user name of whoever recorded the consent
    fields: dict[str, Any]  # keys from SHAREABLE_FIELDS that were consented and are known
    screening: SavedScreening | None  # only when "screening" was consented; no answers
    letterhead: Letterhead
    reason: str | None = None  # the referral's reason, only when "reason" was consented
    request: str | None = None  # what is asked of the partner, only when consented


def disclose(store: Store, referral_id: int) -> Disclosure:
    """The consented view of a referral's client. Refuses without a valid consent record."""
    store.require(Action.PRINT_LETTER)
    referral = Referrals(store).get(referral_id)
    consent = Consents(store).get(referral.consent_id) if referral.consent_id else None
    if consent is None or not consent.valid_on(store.today()):
        raise Conflict("Nothing can be printed for this referral: there is no valid consent "
                       "to share information with this partner.")
    allowed = set(consent.fields)
    cid = referral.client_id  # the client's id, known to be set (Client.id is optional)
    client = Clients(store).get(cid, audit=False)
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
        known["household"] = tuple(household.members(cid)) or None
    if "relatives" in allowed:
        known["relatives"] = tuple(household.relatives(cid)) or None
    if "documents" in allowed:
        known["documents"] = tuple(household.documents(cid)) or None
    fields = {k: v for k, v in known.items() if k in allowed and v not in (None, "", ())}
    screening = None
    if "screening" in allowed:
        screenings = Screenings(store)
        if referral.screening_id:
            screening = screenings.get(referral.screening_id)
        else:
            screening = next(iter(screenings.for_client(cid)), None)
        if screening is not None and screening.client_id != client.id:
            screening = None  # only this person's screening, never another's
        if screening is not None:
            screening = replace(screening, answers={})  # documents print findings only
    names = dict(store.q("SELECT id, name FROM users"))
    with store.tx():
        store.audit("disclose", "referral", referral_id, referral.client_id)
    # Whoever gave consent is named only when the name may be shared: the consent form then
    # leaves a line to write it by hand. The referral's own words go only where ticked.
    shown_consent = consent if "display_name" in allowed else replace(consent,
                                                                       consenting_person="")
    return Disclosure(replace(referral, reason=None, request=None),
                      Partners(store).get(referral.partner_id), shown_consent,
                      names.get(consent.recorded_by, ""), fields, screening,
                      Settings(store).letterhead(),
                      reason=referral.reason if "reason" in allowed else None,
                      request=referral.request if "request" in allowed else None)
