"""The directory of partner organisations a client can be referred to."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from models.changes import Changes
from models.db.store import Store, dumps, loads_list
from models.db.table_spec import TableSpec
from models.errors import InvalidInput, NotFound
from models.permissions import Action
from models.validate import clean_text

SERVICES = ("legal", "legal_aid", "shelter_housing", "health", "mental_health",
            "cash_assistance", "food", "employment", "education", "lgbtq_support",
            "child_welfare", "interpretation", "transport", "sponsorship", "other")


@dataclass(frozen=True)
class Partner:
    name: str
    id: int | None = None
    services: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    contact: str | None = None
    intake_notes: str | None = None
    secure_contact: str | None = None
    active: bool = True


def validate(p: Partner) -> Partner:
    for service in p.services:
        if service not in SERVICES:
            raise InvalidInput.of("services", "{service!r} is not a known service",
                                  service=service)

    def items(field: str, values: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v for v in (clean_text(field, x, limit=100) for x in values)
                                   if v))

    return dataclasses.replace(
        p, name=clean_text("name", p.name, required=True, limit=200),
        services=tuple(dict.fromkeys(p.services)), cities=items("cities", p.cities),
        languages=items("languages", p.languages), contact=clean_text("contact", p.contact),
        intake_notes=clean_text("intake_notes", p.intake_notes),
        secure_contact=clean_text("secure_contact", p.secure_contact))


TABLE = TableSpec("partners", ("name", "services", "cities", "languages", "contact",
                               "intake_notes", "secure_contact", "active", "created_at",
                               "updated_at"), "partner")


def table_row(partner: Partner, at: str) -> tuple:
    """The partner checked (``validate``), as a row of TABLE created ``at``."""
    p = validate(partner)
    return (p.name, dumps(p.services), dumps(p.cities), dumps(p.languages), p.contact,
            p.intake_notes, p.secure_contact, int(p.active), at, at)


_SELECT = ("SELECT id, name, services, cities, languages, contact, intake_notes, secure_contact,"
           " active FROM partners")


def _from_row(r: tuple) -> Partner:
    return Partner(id=r[0], name=r[1], services=loads_list(r[2]), cities=loads_list(r[3]),
                   languages=loads_list(r[4]), contact=r[5], intake_notes=r[6],
                   secure_contact=r[7], active=bool(r[8]))


def _place(text: str | None) -> str:
    """A city as compared: case, accents and spacing do not matter ("Montréal" = "montreal")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c))
                    .casefold().replace("-", " ").split())


def serves(p: Partner, service: str | None, city: str | None) -> bool:
    """Whether ``p`` is active, offers ``service`` and lists the client's ``city``. A partner
    that lists no city is not known to serve it."""
    place = _place(city)
    return (p.active and service in p.services and bool(place)
            and any(_place(c) == place for c in p.cities))


def rank_for_referral(partners: list[Partner], service: str | None, city: str | None,
                      languages: tuple[str, ...] = ()) -> list[Partner]:
    """Partners for a referral, best first: those serving the client's city and the service,
    then those offering the service elsewhere (or listing no city), each group preferring a
    partner speaking one of the client's languages, then by name. Inactive partners last."""
    spoken = {_place(lang) for lang in languages if lang}

    def key(p: Partner) -> tuple:
        return (not p.active, service not in p.services, not serves(p, service, city),
                not (spoken & {_place(lang) for lang in p.languages}), p.name.casefold())

    return sorted(partners, key=key)


def default_for_referral(partners: list[Partner], service: str | None,
                         city: str | None) -> Partner | None:
    """The partner New referral starts with: the best one that serves the client's city and
    the service; None when none does (then the person chooses — never an arbitrary row)."""
    best = rank_for_referral(partners, service, city)
    return best[0] if best and serves(best[0], service, city) else None


class Partners:
    def __init__(self, store: Store) -> None:
        self._s = store

    def add(self, partner: Partner) -> Changes:
        s = self._s
        s.require(Action.EDIT_PARTNER)
        row = table_row(partner, s.now_iso())
        with s.tx():
            pid = TABLE.insert_one(s, row)
            s.audit("create", "partner", pid)
        return Changes.of("partners", pid)

    def update(self, partner: Partner) -> Changes:
        s = self._s
        s.require(Action.EDIT_PARTNER)
        if partner.id is None:
            raise InvalidInput("id", "is required to update a partner")
        s.exists("partners", partner.id, "partner")
        p = validate(partner)
        with s.tx():
            s.x("UPDATE partners SET name=?, services=?, cities=?, languages=?, contact=?,"
                " intake_notes=?, secure_contact=?, active=?, updated_at=? WHERE id=?",
                (p.name, dumps(p.services), dumps(p.cities), dumps(p.languages), p.contact,
                 p.intake_notes, p.secure_contact, int(p.active), s.now_iso(), p.id))
            s.audit("update", "partner", p.id)
        return Changes.of("partners", partner.id)  # p.id is the same, but typed optional

    def delete(self, partner_id: int) -> Changes:
        """Partners with referrals are deactivated, not deleted, so history stays readable."""
        s = self._s
        s.require(Action.DELETE)
        s.exists("partners", partner_id, "partner")
        with s.tx():
            used = s.one("SELECT 1 FROM referrals WHERE partner_id = ? UNION SELECT 1 FROM"
                         " consents WHERE partner_id = ? LIMIT 1", (partner_id, partner_id))
            if used:
                s.x("UPDATE partners SET active = 0, updated_at = ? WHERE id = ?",
                    (s.now_iso(), partner_id))
            else:
                s.x("DELETE FROM partners WHERE id = ?", (partner_id,))
            s.audit("delete", "partner", partner_id)
        return Changes.of("partners", partner_id)

    def get(self, partner_id: int) -> Partner:
        self._s.require(Action.VIEW)
        row = self._s.one(_SELECT + " WHERE id = ?", (partner_id,))
        if row is None:
            raise NotFound("partner", partner_id)
        return _from_row(row)

    def search(self, text: str = "", *, service: str | None = None, city: str | None = None,
               language: str | None = None, include_inactive: bool = False) -> list[Partner]:
        s = self._s
        s.require(Action.VIEW)
        where, params = [], []
        if not include_inactive:
            where.append("active = 1")
        if text.strip():
            where.append("name LIKE ? ESCAPE '\\'")
            params.append("%" + text.strip().replace("\\", "\\\\").replace("%", "\\%")
                          .replace("_", "\\_") + "%")
        for column, value in (("services", service), ("cities", city),
                              ("languages", language)):
            if value:
                where.append(f"EXISTS (SELECT 1 FROM json_each(partners.{column})"
                             " WHERE value = ? COLLATE NOCASE)")
                params.append(value)
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
        return [_from_row(r) for r in s.q(sql + " ORDER BY name COLLATE NOCASE, id", params)]
