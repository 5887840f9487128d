"""Two demo sponsorships for ``waystation demo``: one preparing its application (readiness
screened), one whose family arrived about three months ago (check-ins, duties, money)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import TYPE_CHECKING

from models.changes import Changes
from models.clients import Client
from models.sponsorship.budget import add_months
from models.sponsorship.repository import Disbursement, Member, Pledge, Sponsorship

if TYPE_CHECKING:  # types only: the demo is handed the open casebook
    from models.casebook import Casebook

_FAMILIES = (("Haddad", ("Rana", "Samir", "Lina")), ("Abdi", ("Hodan", "Yusuf", "Amina")),
             ("Tesfaye", ("Meron", "Dawit", "Selam")), ("Karimi", ("Zahra", "Reza", "Omid")))
_MEMBERS = ("Ruth Okafor", "Tom Leblanc", "Priya Nair", "Jean Tremblay", "Mei Chen",
            "Sam Goldberg", "Ana Souza", "Luc Gagnon")


def _new_id(changes: Changes, entity: str) -> int:
    made = changes.id_of(entity)
    if made is None:  # every create reports the id it made; a demo without one is a bug
        raise RuntimeError(f"the demo made no {entity} record")
    return made


def add_demo_sponsorships(book: Casebook, rng: random.Random) -> list[int]:
    """Create the two sponsorships in ``book`` (opened by a coordinator); returns their ids."""
    today = book.store.today()
    families = rng.sample(_FAMILIES, 2)
    members = rng.sample(_MEMBERS, 8)
    return [_preparing(book, rng, today, families[0], members[:6]),
            _arrived(book, rng, today, families[1], members[6:])]


def _family(book: Casebook, sid: int, surname: str, given: tuple[str, ...], size: int,
            city: str) -> None:
    for i, name in enumerate(given[:size]):
        cid = _new_id(book.clients.add(Client(f"{name} {surname}", city=city,
                                              immigration_situation="outside_canada_us")),
                      "clients")
        book.sponsorships.link_client(sid, cid, "principal applicant" if i == 0 else None)


def _preparing(book: Casebook, rng: random.Random, today: dt.date, family: tuple,
               names: list[str]) -> int:
    surname, given = family
    sp = book.sponsorships
    sid = _new_id(sp.create(Sponsorship(
        "Maple Street Group of Five", "group_of_five", family_label=f"The {surname[0]}. family",
        application_date=(today + dt.timedelta(days=45)).isoformat())), "sponsorships")
    _family(book, sid, surname, given, 2, "Guelph")
    for i, name in enumerate(names[:5]):
        sp.add_member(Member(sid, name, role=("coordinator", "treasurer", "housing",
                                              "education", "member")[i],
                             eligible=i < 4, user_id=book.user.id if i == 0 else None))
    for who, amount in (("Group members", Decimal(15000)),
                        ("Parish fundraiser", Decimal(4500 + 500 * rng.randrange(4)))):
        sp.record_pledge(Pledge(sid, who, amount))
    sp.run_readiness(sid, {"refugee_outside_nationality": "yes", "refugee_in_canada": "no",
                           "refugee_country_of_residence": "KE",
                           "refugee_status_document": "yes"})
    return sid


def _arrived(book: Casebook, rng: random.Random, today: dt.date, family: tuple,
             names: list[str]) -> int:
    surname, given = family
    sp = book.sponsorships
    arrival = add_months(today, -3) - dt.timedelta(days=rng.randrange(10))
    sid = _new_id(sp.create(Sponsorship(
        "St Brigid's Refugee Committee", "sah", sah_name="Diocese of Riverside",
        family_label=f"The {surname[0]}. family", status="approved",
        application_date=add_months(arrival, -14).isoformat())), "sponsorships")
    _family(book, sid, surname, given, 3, "Riverside")
    mids = [_new_id(sp.add_member(Member(sid, name, role=role, eligible=True,
                                         user_id=book.user.id if role == "coordinator"
                                         else None)), "sponsorship_members")
            for name, role in zip(names, ("coordinator", "housing"), strict=True)]
    sp.record_pledge(Pledge(sid, "Parish", Decimal(20000), status="received",
                            received_on=add_months(arrival, -6).isoformat()))
    sp.record_pledge(Pledge(sid, "Committee members", Decimal(7200)))
    sp.mark_arrival(sid, arrival, checkin_member_id=mids[0])
    sp.set_status(sid, "in_support")
    for kind, member, days, done in (("airport_reception", 0, 0, True),
                                     ("housing", 1, 3, True), ("health_card", 0, 14, True),
                                     ("school_enrolment", 1, 30, False),
                                     ("language_classes", 0, 45, False),
                                     ("employment_support", 1, 150, False)):
        did = _new_id(sp.add_duty(sid, kind, arrival + dt.timedelta(days=days),
                                  mids[member]), "sponsorship_duties")
        if done:
            sp.complete_duty(did)
    for c in sp.checkins(sid)[:2]:
        if c.followup_id is not None:
            book.followups.complete(c.followup_id, "Visited; all well")
    row = sp.budget(sid)
    sp.record_disbursement(Disbursement(sid, arrival.isoformat(), Decimal(4200), "start_up",
                                        note="Furniture and first groceries"))
    for m in row.schedule[:3]:
        if m.starts is not None:  # every month has a start once the family has arrived
            sp.record_disbursement(Disbursement(sid, m.starts, m.planned, "income_support",
                                                note=f"Income support, month {m.month}"))
    return sid
