"""The demo's fictional people: names from common given and family names of the communities a
Canadian sponsorship group meets, spelled in their usual transliterations (so the duplicate
warning has variants to find), with their household, relatives in Canada, documents held,
and the answers of a screening. Phone numbers use 555-01xx and e-mail addresses example.org,
both reserved for fiction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models import names
from models.clients import Client
from models.demo.bulk import BulkWriter
from models.demo.data import (
    ABROAD,
    CANADA,
    DOCUMENT_COUNT,
    GROUP_TABLE,
    GROUPS,
    HOUSEHOLD_COUNT,
    HOUSEHOLD_RELS,
    IMMIGRATION_NOTES,
    RELATIVE_COUNT,
    RELATIVE_RELS,
    RELATIVE_STATUS,
    ROUTES,
    SAFE_CONTACT,
    SITUATIONS,
    US,
    Name,
)
from models.demo.draws import Draws

# Earlier people remembered, some of whom come back as near-duplicates.
REMEMBERED = 5000


@dataclass(frozen=True)
class NewClient:
    """A client just written, with what the casework around them is drawn from."""

    id: int
    client: Client
    owner: int
    created_days: float  # how many days ago the file was opened
    situation: str
    context: dict  # words for the notes, reasons and follow-up titles
    relatives: list[dict]
    documents: list[str]


class People:
    def __init__(self, draws: Draws, writer: BulkWriter, coordinator: int,
                 caseworker: int) -> None:
        self.d = draws
        self.writer = writer
        self.coordinator = coordinator
        self.caseworker = caseworker
        self.people: list[tuple] = []  # earlier clients, for near-duplicates

    def person(self) -> tuple[str, dict, Name, Name, str]:
        if self.people and self.d.r() < 0.03:
            key, given, family, sex = self.d.one(self.people)
            return key, GROUPS[key], given, family, sex
        key = self.d.pick(GROUP_TABLE)
        group = GROUPS[key]
        sex = "f" if self.d.r() < 0.5 else "m"
        given, family = self.d.one(group[sex]), self.d.one(group["family"])
        if len(self.people) < REMEMBERED:
            self.people.append((key, given, family, sex))
        return key, group, given, family, sex

    def full_name(self, group: dict, given: Name, family: Name, variant: int,
                  second: Name | None = None) -> str:
        g = given.spellings[variant % len(given.spellings)]
        f = family.spellings[variant % len(family.spellings)]
        if second is not None:
            f = f"{f} {second.spellings[0]}"
        return f"{f} {g}" if group.get("family_first") else f"{g} {f}"

    def client(self, index: int) -> NewClient:
        """The ``index``-th client, written with their household, relatives and documents."""
        rng, w = self.d.rng, self.writer
        key, group, given, family, sex = self.person()
        variant = self.d.below(4)
        second = (self.d.one(group["family"]) if key == "spanish" and self.d.r() < 0.6
                  else None)
        display = self.full_name(group, given, family, variant, second)
        aliases = []
        if self.d.r() < 0.5:
            alt = self.full_name(group, given, family, variant + 1)
            if alt != display:
                aliases.append(alt)
        if given.native and self.d.r() < 0.5:
            aliases.append(f"{given.native} {family.native}" if family.native else given.native)
        if group.get("family_first") and self.d.r() < 0.5:
            aliases.append(f"{names.fold(given.spellings[-1]).title()} "
                           f"{names.fold(family.spellings[-1]).title()}")

        minor = self.d.r() < 0.03
        age = self.d.between(14, 17) if minor else int(rng.triangular(18, 75, 32))
        birth = self.d.today - dt.timedelta(days=age * 365 + self.d.below(365))
        birth_mode = self.d.r()
        birth_date = birth.isoformat() if birth_mode < 0.75 else None
        birth_year = birth.year if birth_mode < 0.95 else None

        situation = self.d.pick(SITUATIONS)
        city: str
        region: str | None
        area: str | None
        if situation.startswith("in_canada") or (situation == "unknown" and self.d.r() < .5):
            city, region, area = self.d.one(CANADA)
            country = "Canada"
        elif situation.startswith("in_us") or situation == "at_border":
            city, region, area = self.d.one(US)
            country = "United States"
        else:
            city, region, country = self.d.one(ABROAD)
            area = None
        code = self.d.pick(group["code_table"])
        citizenships = (code,) if code else ()
        languages = [*group["languages"]]
        if self.d.r() < 0.5:
            languages.append(self.d.one(group["extra"]))

        flags = set()
        if minor and self.d.r() < 0.6:
            flags.add("unaccompanied_minor")
        for flag, p in (("lgbtq", 0.04), ("medical", 0.08), ("disability", 0.04),
                        ("other", 0.02)):
            if self.d.r() < p:
                flags.add(flag)
        pronouns: str | None
        gender: str | None
        if "lgbtq" in flags and self.d.r() < 0.5:
            pronouns, gender = self.d.one((("they/them", "non-binary"),
                                           ("she/her", "trans woman"), ("he/him", "trans man")))
        else:
            pronouns = ("she/her" if sex == "f" else "he/him") if self.d.r() < 0.7 else None
            gender = None
        first = names.fold(given.spellings[0]).split()[0]
        email = (f"{first}.{index}@example.org" if self.d.r() < 0.4 else None)
        owner = self.coordinator if self.d.r() < 0.4 else self.caseworker
        created_days = self.d.uniform(1, 720)
        client = Client(
            display_name=display, aliases=tuple(aliases), pronouns=pronouns,
            gender_identity=gender, birth_date=birth_date, birth_year=birth_year,
            languages=tuple(languages), citizenships=citizenships, city=city, region=region,
            country=country, immigration_situation=situation,
            immigration_notes=(self.d.one(IMMIGRATION_NOTES) if self.d.r() < 0.4 else None),
            safe_contact=(self.d.one(SAFE_CONTACT) if self.d.r() < 0.35 else None),
            phone=(self.d.phone(area) if area and self.d.r() < 0.75 else None), email=email,
            flags=frozenset(flags), status="closed" if self.d.r() < 0.12 else "active",
            owner_id=owner)
        cid = w.add_client(client, self.d.at(created_days))
        ctx = dict(first=given.spellings[0].split()[0], lang=languages[0], city=city or "town",
                   n=self.d.between(2, 6), service="legal")
        self.household(cid, group, family, age)
        relatives = self.relatives(cid, group)
        documents = self.documents(cid, situation, code)
        return NewClient(cid, client, owner, created_days, situation, ctx, relatives,
                         documents)

    def household(self, cid: int, group: dict, family: Name, age: int) -> None:
        for _ in range(self.d.pick(HOUSEHOLD_COUNT)):
            rel = self.d.pick(HOUSEHOLD_RELS)
            sex = "f" if rel in ("daughter", "mother", "sister", "niece") else (
                "m" if rel in ("son", "father", "brother") else self.d.one("fm"))
            fam = family if rel in ("son", "daughter") else self.d.one(group["family"])
            name = self.full_name(group, self.d.one(group[sex]), fam, self.d.below(3))
            years = (self.d.between(0, max(0, age - 18)) if rel in ("son", "daughter", "niece")
                     else self.d.between(max(18, age - 10), age + 25))
            self.writer.add_member(cid, name, rel, self.d.today.year - years)

    def relatives(self, cid: int, group: dict) -> list[dict]:
        out = []
        for _ in range(self.d.pick(RELATIVE_COUNT)):
            rel, status = self.d.pick(RELATIVE_RELS), self.d.pick(RELATIVE_STATUS)
            adult = self.d.r() < 0.9
            name = None
            if self.d.r() < 0.7:
                sex = self.d.one("fm")
                name = self.full_name(group, self.d.one(group[sex]),
                                      self.d.one(group["family"]), 0)
            self.writer.add_relative(cid, name, rel, adult, status, self.d.one(CANADA)[0])
            out.append({"relationship": rel, "adult": adult, "status": status})
        return out

    def documents(self, cid: int, situation: str, code: str) -> list[str]:
        rng, out = self.d.rng, []
        pool = ["passport", "national_id", "birth_certificate"]
        if situation.startswith("in_us"):
            pool += ["us_asylum_receipt", "us_work_authorization"]
        if situation.startswith("in_canada"):
            pool += ["work_permit", "study_permit"]
        if situation == "at_border":
            pool += ["temporary_resident_visa"]
        for doc in rng.sample(pool, self.d.pick(DOCUMENT_COUNT)):
            expiry = self.d.day(self.d.between(-900, 1800)) if doc not in (
                "birth_certificate", "national_id") else None
            self.writer.add_document(cid, doc, expiry)
            out.append(doc)
        return out

    def answers(self, client: Client, relatives: list[dict], documents: list[str]) -> dict:
        entry = self.d.today + dt.timedelta(days=self.d.between(-300, 60))
        claim = entry + dt.timedelta(days=self.d.one((0, 0, 0, 3, 10, 20)))
        birth = client.birth_date or f"{client.birth_year or 1990}-07-01"
        route = self.d.pick(ROUTES)
        allowed = ("pr_visa", "temporary_resident_visa", "temporary_resident_permit",
                   "study_permit", "work_permit")
        a = {"citizenships": list(client.citizenships), "entry_route": route,
             "entry_date": entry.isoformat(), "claim_date": claim.isoformat(),
             "birth_date": birth,
             "relatives_in_canada": relatives, "documents": [d for d in documents
                                                             if d in allowed],
             "visa_exempt_for_canada": "no", "visa_required_for_us": "yes",
             "refused_entry_us_no_decision": "no", "pr_returned_from_us": "no",
             "death_penalty": "no",
             "prior_claims": ([{"country": "US", "outcome": "pending"}]
                              if self.d.r() < 0.2 else []),
             "criminality_concern": self.d.one(("no", "no", "no", "unsure")),
             "removal_order_in_canada": "no"}
        if route == "airport":
            a["removal_transit"] = "no"
        if not client.citizenships:
            a["us_former_habitual_residence"] = self.d.one(("yes", "no", "unsure"))
        if birth > (entry - dt.timedelta(days=18 * 365)).isoformat():
            a.update(minor_accompanied=self.d.one(("yes", "no")), minor_has_spouse="no",
                     minor_parent_in_ca_or_us=self.d.one(("no", "unsure")))
        return a
