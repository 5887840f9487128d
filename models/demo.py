"""A realistic, entirely fictional casebook for demos, screenshots and the benchmark.

Everything is drawn from ``random.Random(seed)``, and every date is an offset from the
casebook clock's today, so one seed gives the same casebook (shifted to the day it is built).
Rows go through the same validators as the app's forms (``models.clients.validate``,
``models.partners.validate``, the referral workflow's transitions, ...) and then in bulk:
``executemany`` inside one transaction per batch of clients, with the name keys and the
search index maintained and one hash-chained audit entry per record written, like the
one-at-a-time path. Screenings run through ``book.screenings.run`` itself.

Names are made up from common given and family names of the communities a Canadian
sponsorship group meets, spelled in their usual transliterations, so the duplicate warning
has variants to find. Phone numbers use 555-01xx and e-mail addresses example.org, both
reserved for fiction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from models import names
from models.audit import AuditLog
from models.clients import Client
from models.consents import GIVEN_HOW, SHAREABLE_FIELDS
from models.demo_bulk import BulkWriter
from models.demo_data import (
    ABROAD,
    CANADA,
    DOCUMENT_COUNT,
    EPOCH,
    FOLLOWUP_MIX,
    FOLLOWUP_TITLES,
    GROUP_TABLE,
    GROUPS,
    HOUSEHOLD_COUNT,
    HOUSEHOLD_RELS,
    IMMIGRATION_NOTES,
    INTAKE,
    NOTE_BODIES,
    NOTE_COUNT,
    OUTCOMES,
    PARTNER_KINDS,
    PARTNER_WORDS,
    REASONS,
    REFERRAL_MIX,
    RELATIVE_COUNT,
    RELATIVE_RELS,
    RELATIVE_STATUS,
    REQUESTS,
    ROUTES,
    SAFE_CONTACT,
    SITUATIONS,
    US,
    Name,
)
from models.errors import InvalidInput
from models.keyslots import KdfParams
from models.partners import Partner
from models.permissions import Action
from models.referrals import STATUSES as REFERRAL_STATUSES
from models.settings import Letterhead

if TYPE_CHECKING:
    from models.casebook import Casebook

DEMO_USER = "demo"
DEMO_LETTERHEAD = Letterhead(
    org_name="Riverside Refugee Support Circle (demo)",
    address="410 Water Street, Suite 2\nPeterborough ON  K9H 3L9",
    contact="+1 705 555 0148 · hello@riverside-circle.example.org",
    signatory_name="Ruth Okafor", signatory_title="Settlement coordinator")
OTHER_USERS = (("caseworker", "caseworker"), ("volunteer", "volunteer"))
SCREENING_PACK = "ca-refugee-claim"
BATCH = 1000
REFERRALS_PER_CLIENT = 3
FOLLOWUPS_PER_CLIENT = 5
CLIENTS_PER_PARTNER = 50
MIN_PARTNERS = 20
MAX_SCREENINGS = 100

@dataclass(frozen=True)
class DemoSummary:
    clients: int
    partners: int
    referrals: int
    followups: int
    consents: int
    notes: int
    screenings: int
    sponsorships: int
    audit_entries: int
    users: tuple[tuple[str, str], ...]
    screenings_skipped: str | None = None


# -- the generator ----------------------------------------------------------------------------
Progress = Callable[[int, int], None]


class _Generator:
    def __init__(self, book: Casebook, n: int, seed: int) -> None:
        self.book = book
        self.n = n
        self.seed = seed
        self.rng = random.Random(seed)
        self.r = self.rng.random
        self.now = book.store.now().astimezone(dt.UTC).replace(microsecond=0)
        self._now_ts = int(self.now.timestamp())
        self._days: dict[int, str] = {}
        self._offsets: dict[int, str] = {}
        self.today = book.store.today()
        self.writer = BulkWriter(book.store)
        me = book.store.user.id
        users = {u.name: u.id for u in book.users.list()}
        self.coordinator = me
        self.caseworker = users.get("caseworker", me)
        self.volunteer = users.get("volunteer", me)
        self.authors = tuple(sorted(set(users.values()) | {me}))
        self.partners: list[tuple[int, tuple[str, ...], str, str]] = []  # id, services, city, name
        self.partners_by_city: dict[str, list[int]] = defaultdict(list)
        self.people: list[tuple] = []  # earlier clients, for near-duplicates
        self.referral_count = 0
        self.followup_count = 0
        self.manual_count = 0
        self.screen_candidates: list[tuple[int, Client, list, list]] = []

    # -- small helpers (random.Random's own methods are slow at this volume) ---------------
    def pick(self, table: tuple[tuple, tuple]):  # noqa: ANN201 - a weighted choice
        values, cum = table
        return values[bisect_right(cum, self.r() * cum[-1])]

    def one(self, seq):  # noqa: ANN001, ANN201
        return seq[int(self.r() * len(seq))]

    def below(self, n: int) -> int:
        return int(self.r() * n)

    def between(self, a: int, b: int) -> int:
        return a + int(self.r() * (b - a + 1))

    def uniform(self, a: float, b: float) -> float:
        return a + (b - a) * self.r()

    def at(self, days_ago: float) -> str:
        """An ISO timestamp (UTC) this many days before now."""
        when = self._now_ts - int(max(0.0, days_ago) * 86400)
        d, rem = divmod(when, 86400)
        day = self._days.get(d)
        if day is None:
            day = self._days[d] = dt.date.fromordinal(EPOCH + d).isoformat()
        h, rem = divmod(rem, 3600)
        m, sec = divmod(rem, 60)
        return f"{day}T{h:02d}:{m:02d}:{sec:02d}+00:00"

    def day(self, offset: int) -> str:
        """The ISO date this many days after the casebook's today."""
        day = self._offsets.get(offset)
        if day is None:
            day = self._offsets[offset] = (self.today + dt.timedelta(days=offset)).isoformat()
        return day

    def phone(self, area: str) -> str:
        return f"+1 {area} 555-01{self.below(100):02d}"

    # -- partners -----------------------------------------------------------------------
    def make_partners(self) -> None:
        rng, count, seen = self.rng, max(MIN_PARTNERS, self.n // CLIENTS_PER_PARTNER), set()
        while len(self.partners) < count:
            country = CANADA if self.r() < 0.75 else US
            city, region, area = self.one(country)
            kind, services = self.one(PARTNER_KINDS)
            word = self.one(PARTNER_WORDS)
            name = f"{city} {word} {kind}"
            if name in seen:
                name = f"{name} ({self.one(('East', 'West', 'North', 'South', 'Downtown'))})"
                if name in seen:
                    continue
            seen.add(name)
            cities = [city]
            if self.r() < 0.3:
                cities.append(self.one(country)[0])
            langs = ["English"] + (["French"] if region in ("QC", "NB") or city == "Ottawa"
                                   else [])
            langs += rng.sample(("Arabic", "Spanish", "Persian", "Dari", "Pashto", "Tigrinya",
                                 "Ukrainian", "Somali", "Haitian Creole", "Vietnamese",
                                 "Swahili"), self.between(0, 3))
            slug = "".join(ch for ch in names.fold(word + kind) if ch.isalnum())[:24]
            pid = self.writer.add_partner(Partner(
                name=name, services=services, cities=tuple(cities), languages=tuple(langs),
                contact=f"intake@{slug}.example.org · {self.phone(area)}",
                intake_notes=self.one(INTAKE),
                secure_contact=(f"Signal {self.phone(area)}" if self.r() < 0.3 else None),
                active=self.r() > 0.03))
            self.partners.append((pid, services, city, name))
            for c in cities:
                self.partners_by_city[c].append(len(self.partners) - 1)
        self.writer.flush()

    # -- one client ---------------------------------------------------------------------
    def person(self) -> tuple[str, dict, Name, Name, str]:
        if self.people and self.r() < 0.03:
            key, given, family, sex = self.one(self.people)
            return key, GROUPS[key], given, family, sex
        key = self.pick(GROUP_TABLE)
        group = GROUPS[key]
        sex = "f" if self.r() < 0.5 else "m"
        given, family = self.one(group[sex]), self.one(group["family"])
        if len(self.people) < 5000:
            self.people.append((key, given, family, sex))
        return key, group, given, family, sex

    def full_name(self, group: dict, given: Name, family: Name, variant: int,
                  second: Name | None = None) -> str:
        g = given.spellings[variant % len(given.spellings)]
        f = family.spellings[variant % len(family.spellings)]
        if second is not None:
            f = f"{f} {second.spellings[0]}"
        return f"{f} {g}" if group.get("family_first") else f"{g} {f}"

    def make_client(self, index: int) -> None:
        rng, w = self.rng, self.writer
        key, group, given, family, sex = self.person()
        variant = self.below(4)
        second = (self.one(group["family"]) if key == "spanish" and self.r() < 0.6
                  else None)
        display = self.full_name(group, given, family, variant, second)
        aliases = []
        if self.r() < 0.5:
            alt = self.full_name(group, given, family, variant + 1)
            if alt != display:
                aliases.append(alt)
        if given.native and self.r() < 0.5:
            aliases.append(f"{given.native} {family.native}" if family.native else given.native)
        if group.get("family_first") and self.r() < 0.5:
            aliases.append(f"{names.fold(given.spellings[-1]).title()} "
                           f"{names.fold(family.spellings[-1]).title()}")

        minor = self.r() < 0.03
        age = self.between(14, 17) if minor else int(rng.triangular(18, 75, 32))
        birth = self.today - dt.timedelta(days=age * 365 + self.below(365))
        birth_mode = self.r()
        birth_date = birth.isoformat() if birth_mode < 0.75 else None
        birth_year = birth.year if birth_mode < 0.95 else None

        situation = self.pick(SITUATIONS)
        if situation.startswith("in_canada") or (situation == "unknown" and self.r() < .5):
            city, region, area = self.one(CANADA)
            country = "Canada"
        elif situation.startswith("in_us") or situation == "at_border":
            city, region, area = self.one(US)
            country = "United States"
        else:
            city, region, country = self.one(ABROAD)
            area = None
        code = self.pick(group["code_table"])
        citizenships = (code,) if code else ()
        languages = [*group["languages"]]
        if self.r() < 0.5:
            languages.append(self.one(group["extra"]))

        flags = set()
        if minor and self.r() < 0.6:
            flags.add("unaccompanied_minor")
        for flag, p in (("lgbtq", 0.04), ("medical", 0.08), ("disability", 0.04),
                        ("other", 0.02)):
            if self.r() < p:
                flags.add(flag)
        if "lgbtq" in flags and self.r() < 0.5:
            pronouns, gender = self.one((("they/them", "non-binary"),
                                           ("she/her", "trans woman"), ("he/him", "trans man")))
        else:
            pronouns = ("she/her" if sex == "f" else "he/him") if self.r() < 0.7 else None
            gender = None
        first = names.fold(given.spellings[0]).split()[0]
        email = (f"{first}.{index}@example.org" if self.r() < 0.4 else None)
        owner = self.coordinator if self.r() < 0.4 else self.caseworker
        created_days = self.uniform(1, 720)
        client = Client(
            display_name=display, aliases=tuple(aliases), pronouns=pronouns,
            gender_identity=gender, birth_date=birth_date, birth_year=birth_year,
            languages=tuple(languages), citizenships=citizenships, city=city, region=region,
            country=country, immigration_situation=situation,
            immigration_notes=(self.one(IMMIGRATION_NOTES) if self.r() < 0.4 else None),
            safe_contact=(self.one(SAFE_CONTACT) if self.r() < 0.35 else None),
            phone=(self.phone(area) if area and self.r() < 0.75 else None), email=email,
            flags=frozenset(flags), status="closed" if self.r() < 0.12 else "active",
            owner_id=owner)
        cid = w.add_client(client, self.at(created_days))
        ctx = dict(first=given.spellings[0].split()[0], lang=languages[0], city=city or "town",
                   n=self.between(2, 6), service="legal")
        self.household(cid, group, family, age)
        relatives = self.relatives(cid, group)
        documents = self.documents(cid, situation, code)
        self.referrals_and_followups(cid, client, owner, created_days, ctx, index)
        for _ in range(self.pick(NOTE_COUNT)):
            body = self.one(NOTE_BODIES).format(**ctx)
            w.add_note(cid, self.one(self.authors),
                       self.at(self.uniform(0, created_days)), body)
        if (situation in ("in_us_asylum_pending", "in_us_no_status", "in_us_tps",
                          "at_border", "in_canada_claimant") and self.r() < 0.15):
            self.screen_candidates.append((cid, client, relatives, documents))

    def household(self, cid: int, group: dict, family: Name, age: int) -> None:
        for _ in range(self.pick(HOUSEHOLD_COUNT)):
            rel = self.pick(HOUSEHOLD_RELS)
            sex = "f" if rel in ("daughter", "mother", "sister", "niece") else (
                "m" if rel in ("son", "father", "brother") else self.one("fm"))
            fam = family if rel in ("son", "daughter") else self.one(group["family"])
            name = self.full_name(group, self.one(group[sex]), fam, self.below(3))
            years = (self.between(0, max(0, age - 18)) if rel in ("son", "daughter", "niece")
                     else self.between(max(18, age - 10), age + 25))
            self.writer.add_member(cid, name, rel, self.today.year - years)

    def relatives(self, cid: int, group: dict) -> list[dict]:
        out = []
        for _ in range(self.pick(RELATIVE_COUNT)):
            rel, status = self.pick(RELATIVE_RELS), self.pick(RELATIVE_STATUS)
            adult = self.r() < 0.9
            name = None
            if self.r() < 0.7:
                sex = self.one("fm")
                name = self.full_name(group, self.one(group[sex]),
                                      self.one(group["family"]), 0)
            self.writer.add_relative(cid, name, rel, adult, status, self.one(CANADA)[0])
            out.append({"relationship": rel, "adult": adult, "status": status})
        return out

    def documents(self, cid: int, situation: str, code: str) -> list[str]:
        rng, out = self.rng, []
        pool = ["passport", "national_id", "birth_certificate"]
        if situation.startswith("in_us"):
            pool += ["us_asylum_receipt", "us_work_authorization"]
        if situation.startswith("in_canada"):
            pool += ["work_permit", "study_permit"]
        if situation == "at_border":
            pool += ["temporary_resident_visa"]
        for doc in rng.sample(pool, self.pick(DOCUMENT_COUNT)):
            expiry = self.day(self.between(-900, 1800)) if doc not in (
                "birth_certificate", "national_id") else None
            self.writer.add_document(cid, doc, expiry)
            out.append(doc)
        return out

    def referrals_and_followups(self, cid: int, client: Client, owner: int,
                                created_days: float, ctx: dict, index: int) -> None:
        rng, w = self.rng, self.writer
        consents: dict[int, tuple[int, float]] = {}
        outcome_followups = 0
        used: list[int] = []
        for _ in range(REFERRALS_PER_CLIENT):
            k = self.referral_count
            self.referral_count += 1
            final = REFERRAL_STATUSES[k] if k < len(REFERRAL_STATUSES) else \
                self.pick(REFERRAL_MIX)
            local = self.partners_by_city.get(client.city or "")
            if used and self.r() < 0.45:  # another service from an organisation already used
                pidx = self.one(used)
            elif local and self.r() < 0.7:
                pidx = self.one(local)
            else:
                pidx = self.below(len(self.partners))
            used.append(pidx)
            pid, services, pcity, pname = self.partners[pidx]
            service = self.one(services)
            ctx["service"] = service.replace("_", " ")
            path = self.referral_path(final)
            start = self.uniform(0, created_days)
            steps = sorted(self.uniform(0, start) for _ in path[1:])
            times = [start, *reversed(steps)]
            if final in ("consent_recorded", "sent", "acknowledged"):
                times = [min(t, self.uniform(0, 40)) for t in times]
                times = sorted(times, reverse=True)
            timed = [(st, self.at(t)) for st, t in zip(path, times, strict=True)]
            consent_id = None
            if "consent_recorded" in path:
                i = path.index("consent_recorded")
                if pid in consents:
                    consent_id = consents[pid][0]
                else:
                    recorded = times[i]
                    open_now = final in ("consent_recorded", "sent", "acknowledged",
                                         "accepted")
                    until = (self.day(self.between(60, 365)) if open_now or self.r() < .5
                             else (dt.date.fromisoformat(timed[i][1][:10])
                                   + dt.timedelta(days=365)).isoformat())
                    consent_id = w.add_consent(
                        cid, pid, tuple(rng.sample(SHAREABLE_FIELDS[:9], self.between(3, 8))),
                        f"Referral to {pname} for {ctx['service']}", client.display_name,
                        self.one(GIVEN_HOW), owner, timed[i][1], until)
                    consents[pid] = (consent_id, recorded)
            lang = "fr" if client.region in ("QC",) and self.r() < 0.7 else (
                "es" if "Spanish" in client.languages and self.r() < 0.3 else "en")
            reason = self.one(REASONS)
            request = self.one(REQUESTS)
            rid = w.add_referral(cid, pid, service, lang, timed,
                                 reason=reason.format(**ctx) if reason else None,
                                 request=request.format(**ctx) if request else None,
                                 consent_id=consent_id, created_by=owner)
            if "sent" in path and outcome_followups < FOLLOWUPS_PER_CLIENT:
                outcome_followups += 1
                self.outcome_followup(cid, rid, owner, pname, path, times)
        for _ in range(FOLLOWUPS_PER_CLIENT - outcome_followups):
            self.manual_followup(cid, client, owner, created_days, ctx)

    def referral_path(self, final: str) -> list[str]:
        base = ["draft", "consent_recorded", "sent"]
        if final in ("draft", "consent_recorded", "sent"):
            return base[:base.index(final) + 1]
        ack = ["acknowledged"] if self.r() < 0.5 else []
        if final == "acknowledged":
            return [*base, "acknowledged"]
        if final in ("accepted", "declined"):
            return [*base, *ack, final]
        if final == "completed":
            return [*base, *ack, "accepted", "completed"]
        stops = (["draft"], base[:2], base, [*base, "acknowledged"], [*base, "accepted"])
        return [*self.one(stops), "withdrawn"]

    def outcome_followup(self, cid: int, rid: int, owner: int, pname: str,
                         path: list[str], times: list[float]) -> None:
        sent_days = times[path.index("sent")]
        due = self.today - dt.timedelta(days=int(sent_days)) + dt.timedelta(days=7)
        done = path[-1] != "sent"
        closed = self.at(times[path.index("sent") + 1]) if done else None
        self.writer.add_followup(
            f"Check the outcome of the referral to {pname}", due.isoformat(),
            owner_id=owner, client_id=cid, referral_id=rid, status="done" if done else "open",
            outcome="Partner answered." if done else None, kind="referral_outcome",
            created_by=owner, created_at=self.at(sent_days), closed_at=closed)
        self.followup_count += 1

    def manual_followup(self, cid: int, client: Client, owner: int, created_days: float,
                        ctx: dict) -> None:
        k = self.manual_count
        self.manual_count += 1
        self.followup_count += 1
        buckets = FOLLOWUP_MIX[0]
        bucket = buckets[k] if k < len(buckets) else self.pick(FOLLOWUP_MIX)
        oldest = max(1, int(created_days))
        offset = {"overdue": lambda: -self.between(1, min(45, oldest)), "today": lambda: 0,
                  "week": lambda: self.between(1, 6), "later": lambda: self.between(7, 120),
                  }.get(bucket, lambda: -self.between(0, oldest))()
        status = {"done": "done", "cancelled": "cancelled"}.get(bucket, "open")
        who = self.r()
        owner_id = (owner if who < 0.7 else self.volunteer if who < 0.9 else None)
        created = max(-offset + self.uniform(1, 30), 0.0) if offset < 0 else self.uniform(0, 30)
        created = min(created, created_days)
        closed = self.at(self.uniform(0, max(0.0, -offset))) if status != "open" else None
        self.writer.add_followup(
            self.one(FOLLOWUP_TITLES).format(**ctx), self.day(offset), owner_id=owner_id,
            client_id=cid, referral_id=None, status=status,
            outcome=self.one(OUTCOMES) if status != "open" else None, kind="manual",
            created_by=owner, created_at=self.at(created), closed_at=closed)

    # -- screenings ---------------------------------------------------------------------
    def screenings(self) -> tuple[int, str | None]:
        try:
            import models.screening  # noqa: F401 - is the engine there at all?
        except ImportError:
            return 0, "the screening engine is not available"
        chosen = self.screen_candidates[:min(MAX_SCREENINGS, max(3, self.n // 25))]
        done = skipped = 0
        store = self.book.store
        try:
            with store.tx():
                for cid, client, relatives, documents in chosen:
                    try:
                        self.book.screenings.run(cid, SCREENING_PACK,
                                                 self.answers(client, relatives, documents),
                                                 self.one(("en", "en", "fr")))
                        done += 1
                    except InvalidInput:
                        skipped += 1
        except ImportError:
            # The engine is still being built: the rest of the casebook stands without it.
            return 0, "the screening engine is not available yet"
        return done, (f"{skipped} screening{'s' if skipped != 1 else ''} had answers the "
                      "pack refused" if skipped
                      else None)

    def answers(self, client: Client, relatives: list[dict], documents: list[str]) -> dict:
        entry = self.today + dt.timedelta(days=self.between(-300, 60))
        claim = entry + dt.timedelta(days=self.one((0, 0, 0, 3, 10, 20)))
        birth = client.birth_date or f"{client.birth_year or 1990}-07-01"
        route = self.pick(ROUTES)
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
                              if self.r() < 0.2 else []),
             "criminality_concern": self.one(("no", "no", "no", "unsure")),
             "removal_order_in_canada": "no"}
        if route == "airport":
            a["removal_transit"] = "no"
        if not client.citizenships:
            a["us_former_habitual_residence"] = self.one(("yes", "no", "unsure"))
        if birth > (entry - dt.timedelta(days=18 * 365)).isoformat():
            a.update(minor_accompanied=self.one(("yes", "no")), minor_has_spouse="no",
                     minor_parent_in_ca_or_us=self.one(("no", "unsure")))
        return a

    def sponsorships(self) -> int:
        """The two demo sponsorships (models.sponsorship_demo), through the normal paths."""
        try:
            from models.sponsorship_demo import add_demo_sponsorships
        except ImportError:
            return 0
        return len(add_demo_sponsorships(self.book, random.Random(self.seed + 1)))

    # -- all of it ----------------------------------------------------------------------
    def run(self, progress: Progress | None) -> DemoSummary:
        book = self.book
        self.make_partners()
        try:
            with self.writer.indexes_deferred():
                for i in range(self.n):
                    self.make_client(i)
                    if (i + 1) % BATCH == 0 or i + 1 == self.n:
                        self.writer.flush(wait=False)
                        if progress:
                            progress(i + 1, self.n)
        except BaseException:
            with contextlib.suppress(BaseException):
                self.writer.wait()  # never leave a write running under the caller
            raise
        self.writer.wait()
        screened, skipped = self.screenings()
        sponsorships = self.sponsorships()
        written = self.writer.written
        return DemoSummary(
            clients=written["clients"], partners=written["partners"],
            referrals=written["referrals"], followups=written["followups"],
            consents=written["consents"], notes=written["notes"], screenings=screened,
            sponsorships=sponsorships,
            audit_entries=AuditLog(book.store.conn).count(),
            users=tuple((u.name, u.role) for u in book.users.list()),
            screenings_skipped=skipped)


MAX_CLIENTS = 1_000_000


def check_clients(clients: object) -> int:
    if not isinstance(clients, int) or isinstance(clients, bool) or \
            not 1 <= clients <= MAX_CLIENTS:
        raise InvalidInput.of("clients", "must be a whole number from 1 to {most:,}",
                              most=MAX_CLIENTS)
    return clients


def generate(book: Casebook, clients: int, seed: int = 1, *,
             progress: Progress | None = None) -> DemoSummary:
    """Fill an open casebook (signed in as a coordinator) with ``clients`` fictional clients
    and everything around them. Follow-ups and notes are shared with the ``caseworker`` and
    ``volunteer`` accounts if they exist (``add_demo_users``)."""
    check_clients(clients)
    if not isinstance(seed, int):
        raise InvalidInput("seed", "must be a whole number")
    book.store.require(Action.IMPORT)
    summary = _Generator(book, clients, seed).run(progress)
    if not book.settings.letterhead().org_name:
        book.settings.set_letterhead(DEMO_LETTERHEAD)
    return summary


def build(path: Path | str, passphrase: str, *, clients: int, seed: int = 1,
          kdf: KdfParams | None = None,
          progress: Progress | None = None) -> tuple[DemoSummary, str]:
    """A new demo casebook at ``path``: user ``demo`` (coordinator), ``caseworker`` and
    ``volunteer``, all with ``passphrase``. Returns the summary and the recovery key. If
    anything fails, the half-built casebook is removed."""
    from models.casebook import Casebook, casebook_files

    check_clients(clients)
    path = Path(path)
    book, recovery = Casebook.create(path, DEMO_USER, passphrase, kdf=kdf)
    try:
        add_demo_users(book, passphrase, kdf=kdf)
        summary = generate(book, clients, seed, progress=progress)
    except BaseException:
        book.close()
        for p in casebook_files(path):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        raise
    book.close()
    return summary, recovery


def add_demo_users(book: Casebook, passphrase: str, kdf=None) -> None:  # noqa: ANN001
    """The demo's caseworker and volunteer, with the same passphrase as the coordinator."""
    for name, role in OTHER_USERS:
        book.users.add(name, role, passphrase, kdf=kdf)


