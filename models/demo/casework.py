"""The demo's casework: the partner directory, and around each client the referrals (each
along a path the workflow allows, with consent recorded before it is sent), follow-ups and
notes a sponsorship group's caseworkers would have written."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from models import names
from models.clients import Client
from models.consents import GIVEN_HOW, SHAREABLE_FIELDS
from models.demo.bulk import BulkWriter
from models.demo.data import (
    CANADA,
    FOLLOWUP_MIX,
    FOLLOWUP_TITLES,
    INTAKE,
    NOTE_BODIES,
    NOTE_COUNT,
    OUTCOMES,
    PARTNER_KINDS,
    PARTNER_WORDS,
    REASONS,
    REFERRAL_MIX,
    REQUESTS,
    US,
)
from models.demo.draws import Draws
from models.partners import Partner
from models.referrals import STATUSES as REFERRAL_STATUSES

REFERRALS_PER_CLIENT = 3
FOLLOWUPS_PER_CLIENT = 5
CLIENTS_PER_PARTNER = 50
MIN_PARTNERS = 20


class Casework:
    def __init__(self, draws: Draws, writer: BulkWriter, *, coordinator: int, volunteer: int,
                 authors: tuple[int, ...]) -> None:
        self.d = draws
        self.writer = writer
        self.coordinator = coordinator
        self.volunteer = volunteer
        self.authors = authors
        self.partners: list[tuple[int, tuple[str, ...], str, str]] = []  # id, services, city, name
        self.partners_by_city: dict[str, list[int]] = defaultdict(list)
        self.referral_count = 0
        self.followup_count = 0
        self.manual_count = 0

    def make_partners(self, clients: int) -> None:
        """The partner directory for ``clients`` clients, written at once."""
        rng, seen = self.d.rng, set()
        count = max(MIN_PARTNERS, clients // CLIENTS_PER_PARTNER)
        while len(self.partners) < count:
            country = CANADA if self.d.r() < 0.75 else US
            city, region, area = self.d.one(country)
            kind, services = self.d.one(PARTNER_KINDS)
            word = self.d.one(PARTNER_WORDS)
            name = f"{city} {word} {kind}"
            if name in seen:
                name = f"{name} ({self.d.one(('East', 'West', 'North', 'South', 'Downtown'))})"
                if name in seen:
                    continue
            seen.add(name)
            cities = [city]
            if self.d.r() < 0.3:
                cities.append(self.d.one(country)[0])
            langs = ["English"] + (["French"] if region in ("QC", "NB") or city == "Ottawa"
                                   else [])
            langs += rng.sample(("Arabic", "Spanish", "Persian", "Dari", "Pashto", "Tigrinya",
                                 "Ukrainian", "Somali", "Haitian Creole", "Vietnamese",
                                 "Swahili"), self.d.between(0, 3))
            slug = "".join(ch for ch in names.fold(word + kind) if ch.isalnum())[:24]
            pid = self.writer.add_partner(Partner(
                name=name, services=services, cities=tuple(cities), languages=tuple(langs),
                contact=f"intake@{slug}.example.org · {self.d.phone(area)}",
                intake_notes=self.d.one(INTAKE),
                secure_contact=(f"Signal {self.d.phone(area)}" if self.d.r() < 0.3 else None),
                active=self.d.r() > 0.03))
            self.partners.append((pid, services, city, name))
            for c in cities:
                self.partners_by_city[c].append(len(self.partners) - 1)
        self.writer.flush()

    def referrals_and_followups(self, cid: int, client: Client, owner: int,
                                created_days: float, ctx: dict) -> None:
        rng, w = self.d.rng, self.writer
        consents: dict[int, tuple[int, float]] = {}
        outcome_followups = 0
        used: list[int] = []
        for _ in range(REFERRALS_PER_CLIENT):
            k = self.referral_count
            self.referral_count += 1
            final = REFERRAL_STATUSES[k] if k < len(REFERRAL_STATUSES) else \
                self.d.pick(REFERRAL_MIX)
            local = self.partners_by_city.get(client.city or "")
            if used and self.d.r() < 0.45:  # another service from an organisation already used
                pidx = self.d.one(used)
            elif local and self.d.r() < 0.7:
                pidx = self.d.one(local)
            else:
                pidx = self.d.below(len(self.partners))
            used.append(pidx)
            pid, services, pcity, pname = self.partners[pidx]
            service = self.d.one(services)
            ctx["service"] = service.replace("_", " ")
            path = self.referral_path(final)
            start = self.d.uniform(0, created_days)
            steps = sorted(self.d.uniform(0, start) for _ in path[1:])
            times = [start, *reversed(steps)]
            if final in ("consent_recorded", "sent", "acknowledged"):
                times = [min(t, self.d.uniform(0, 40)) for t in times]
                times = sorted(times, reverse=True)
            timed = [(st, self.d.at(t)) for st, t in zip(path, times, strict=True)]
            consent_id = None
            if "consent_recorded" in path:
                i = path.index("consent_recorded")
                if pid in consents:
                    consent_id = consents[pid][0]
                else:
                    recorded = times[i]
                    open_now = final in ("consent_recorded", "sent", "acknowledged",
                                         "accepted")
                    until = (self.d.day(self.d.between(60, 365)) if open_now or self.d.r() < .5
                             else (dt.date.fromisoformat(timed[i][1][:10])
                                   + dt.timedelta(days=365)).isoformat())
                    consent_id = w.add_consent(
                        cid, pid, tuple(rng.sample(SHAREABLE_FIELDS[:9], self.d.between(3, 8))),
                        f"Referral to {pname} for {ctx['service']}", client.display_name,
                        self.d.one(GIVEN_HOW), owner, timed[i][1], until)
                    consents[pid] = (consent_id, recorded)
            lang = "fr" if client.region in ("QC",) and self.d.r() < 0.7 else (
                "es" if "Spanish" in client.languages and self.d.r() < 0.3 else "en")
            reason = self.d.one(REASONS)
            request = self.d.one(REQUESTS)
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
        ack = ["acknowledged"] if self.d.r() < 0.5 else []
        if final == "acknowledged":
            return [*base, "acknowledged"]
        if final in ("accepted", "declined"):
            return [*base, *ack, final]
        if final == "completed":
            return [*base, *ack, "accepted", "completed"]
        stops = (["draft"], base[:2], base, [*base, "acknowledged"], [*base, "accepted"])
        return [*self.d.one(stops), "withdrawn"]

    def outcome_followup(self, cid: int, rid: int, owner: int, pname: str,
                         path: list[str], times: list[float]) -> None:
        sent_days = times[path.index("sent")]
        due = self.d.today - dt.timedelta(days=int(sent_days)) + dt.timedelta(days=7)
        done = path[-1] != "sent"
        closed = self.d.at(times[path.index("sent") + 1]) if done else None
        self.writer.add_followup(
            f"Check the outcome of the referral to {pname}", due.isoformat(),
            owner_id=owner, client_id=cid, referral_id=rid, status="done" if done else "open",
            outcome="Partner answered." if done else None, kind="referral_outcome",
            created_by=owner, created_at=self.d.at(sent_days), closed_at=closed)
        self.followup_count += 1

    def manual_followup(self, cid: int, client: Client, owner: int, created_days: float,
                        ctx: dict) -> None:
        k = self.manual_count
        self.manual_count += 1
        self.followup_count += 1
        buckets = FOLLOWUP_MIX[0]
        bucket = buckets[k] if k < len(buckets) else self.d.pick(FOLLOWUP_MIX)
        oldest = max(1, int(created_days))
        offset = {"overdue": lambda: -self.d.between(1, min(45, oldest)), "today": lambda: 0,
                  "week": lambda: self.d.between(1, 6), "later": lambda: self.d.between(7, 120),
                  }.get(bucket, lambda: -self.d.between(0, oldest))()
        status = {"done": "done", "cancelled": "cancelled"}.get(bucket, "open")
        who = self.d.r()
        owner_id = (owner if who < 0.7 else self.volunteer if who < 0.9 else None)
        created = max(-offset + self.d.uniform(1, 30), 0.0) if offset < 0 else self.d.uniform(0, 30)
        created = min(created, created_days)
        closed = self.d.at(self.d.uniform(0, max(0.0, -offset))) if status != "open" else None
        self.writer.add_followup(
            self.d.one(FOLLOWUP_TITLES).format(**ctx), self.d.day(offset), owner_id=owner_id,
            client_id=cid, referral_id=None, status=status,
            outcome=self.d.one(OUTCOMES) if status != "open" else None, kind="manual",
            created_by=owner, created_at=self.d.at(created), closed_at=closed)

    def notes(self, cid: int, created_days: float, ctx: dict) -> None:
        for _ in range(self.d.pick(NOTE_COUNT)):
            body = self.d.one(NOTE_BODIES).format(**ctx)
            self.writer.add_note(cid, self.d.one(self.authors),
                                 self.d.at(self.d.uniform(0, created_days)), body)
