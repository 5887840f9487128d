"""A realistic, entirely fictional casebook for demos, screenshots and the benchmark:
``waystation demo`` (``build``) and ``generate``.

Everything is drawn from one ``random.Random(seed)`` (``models.demo.draws``), and every date
is an offset from the casebook clock's today, so one seed gives the same casebook (shifted to
the day it is built). The people come from ``models.demo.people``, the partners, referrals,
follow-ups and notes from ``models.demo.casework``; every row goes through the app's own
write path (``models.demo.bulk``: the repositories' row functions and column specs), in one
transaction per batch of clients with the name keys, the search index and one hash-chained
audit entry per record. Screenings run through ``book.screenings.run`` and the two
sponsorships (``models.demo.sponsorships``) through the sponsorship repository itself.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from models.audit import AuditLog
from models.clients import Client
from models.demo.bulk import BulkWriter
from models.demo.casework import Casework
from models.demo.draws import Draws
from models.demo.people import People
from models.demo.sponsorships import add_demo_sponsorships
from models.errors import InvalidInput
from models.permissions import Action
from models.security.keyslots import KdfParams
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
MAX_SCREENINGS = 100
# Of the clients in these situations, the share screened (up to MAX_SCREENINGS).
SCREENED_SITUATIONS = ("in_us_asylum_pending", "in_us_no_status", "in_us_tps", "at_border",
                       "in_canada_claimant")
SCREENED_SHARE = 0.15


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


Progress = Callable[[int, int], None]


class _Generator:
    """Puts the demo together: people and their casework client by client, written in
    batches, then screenings and sponsorships."""

    def __init__(self, book: Casebook, n: int, seed: int) -> None:
        self.book = book
        self.n = n
        self.seed = seed
        now = book.store.now().astimezone(dt.UTC).replace(microsecond=0)
        self.d = Draws(random.Random(seed), now, book.store.today())
        self.writer = BulkWriter(book.store)
        me = book.store.user.id
        users = {u.name: u.id for u in book.users.list()}
        self.people = People(self.d, self.writer, coordinator=me,
                             caseworker=users.get("caseworker", me))
        self.casework = Casework(self.d, self.writer, coordinator=me,
                                 volunteer=users.get("volunteer", me),
                                 authors=tuple(sorted(set(users.values()) | {me})))
        self.screen_candidates: list[tuple[int, Client, list, list]] = []

    def make_client(self, index: int) -> None:
        new = self.people.client(index)
        self.casework.referrals_and_followups(new.id, new.client, new.owner,
                                              new.created_days, new.context)
        self.casework.notes(new.id, new.created_days, new.context)
        if new.situation in SCREENED_SITUATIONS and self.d.r() < SCREENED_SHARE:
            self.screen_candidates.append((new.id, new.client, new.relatives, new.documents))

    # -- screenings and sponsorships -----------------------------------------------------
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
                                                 self.people.answers(client, relatives, documents),
                                                 self.d.one(("en", "en", "fr")))
                        done += 1
                    except InvalidInput:
                        skipped += 1
        except ImportError:
            # The engine is still being built: the rest of the casebook stands without it.
            return 0, "the screening engine is not available yet"
        return done, (f"{skipped} screening{'s' if skipped != 1 else ''} had answers the "
                      "pack refused" if skipped
                      else None)

    def sponsorships(self) -> int:
        return len(add_demo_sponsorships(self.book, random.Random(self.seed + 1)))

    # -- all of it ----------------------------------------------------------------------
    def run(self, progress: Progress | None) -> DemoSummary:
        book = self.book
        self.casework.make_partners(self.n)
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


def add_demo_users(book: Casebook, passphrase: str, kdf: KdfParams | None = None) -> None:
    """The demo's caseworker and volunteer, with the same passphrase as the coordinator."""
    for name, role in OTHER_USERS:
        book.users.add(name, role, passphrase, kdf=kdf)


