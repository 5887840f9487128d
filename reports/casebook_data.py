"""From an open casebook to the plain data the documents print.

Letters and packets are built from ``models.disclosure.disclose`` and nothing else: a
``Disclosure`` holds exactly the fields the person consented to share with that partner, so
whatever this module forgets to filter was never handed to it (S9). Casebook values (service,
status, immigration situation, relationship…) are printed through the language files; the
letter date comes from the casebook's clock.

No Qt here, and nothing is written anywhere: every function returns frozen dataclasses.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from typing import TYPE_CHECKING, Any

from models.caseload.figures import caseload
from models.consents import SHAREABLE_FIELDS
from models.disclosure import Disclosure, disclose
from models.partners import Partner as DirectoryPartner
from models.partners import Partners
from models.referrals import Referrals
from models.screening.checklist import documents_to_bring
from models.settings import Letterhead as SettingsLetterhead
from models.settings import Settings
from models.validate import stored_date
from reports.data import (
    LANGUAGES,
    CaseloadReportData,
    ConsentRecord,
    Finding,
    LetterClient,
    Letterhead,
    PacketData,
    Partner,
    RecoverySheetData,
    ReferralLetterData,
    ResourceEntry,
    ResourceSheetData,
    ScreeningSummary,
)
from reports.texts import Texts, texts_for

if TYPE_CHECKING:  # types only: a document needs the store, not the whole facade loaded
    from models.casebook import Casebook


def _lang(lang: str | None, fallback: str) -> str:
    lang = lang or fallback or "en"
    if lang not in LANGUAGES:
        from models.errors import InvalidInput

        raise InvalidInput("language", f"must be one of {', '.join(LANGUAGES)}")
    return lang


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def letterhead(lh: SettingsLetterhead, t: Texts) -> Letterhead:
    """The settings' letterhead as printed; an unreadable logo is left out, not fatal."""
    logo = None
    if lh.logo_png:
        try:
            logo = base64.b64decode(lh.logo_png, validate=True)
        except (binascii.Error, ValueError):
            logo = None
    return Letterhead(
        org_name=lh.org_name.strip() or t.get("casebook.no_org_name"),
        address_lines=_lines(lh.address), contact=_lines(lh.contact),
        signatory_name=lh.signatory_name.strip() or None,
        signatory_title=lh.signatory_title.strip() or None,
        logo_png=logo,
    )


def reference(referral_id: int, created_at: str | None) -> str:
    year = (created_at or "")[:4] or "0000"
    return f"WS-{year}-{referral_id:04d}"


def _reference(d: Disclosure) -> str:
    # A disclosed referral is a stored one, so it has its id (0 only satisfies the type).
    return reference(d.referral.id or 0, d.referral.created_at)


# -- values → printed words ----------------------------------------------------------------
def _value(key: str, value: Any, t: Texts) -> str:
    """One consented field as text in the letter's language."""
    if key == "languages":
        return ", ".join(t.language(v) for v in value)
    if key == "citizenships":
        # Country names from CLDR in the letter's language, never bare codes ("SY" → "Syrie").
        return ", ".join(t.country(v) for v in value) if value \
            else t.get("casebook.stateless_or_unknown")
    if key == "immigration_situation":
        return t.name("immigration_situations", value)
    if key == "vulnerabilities":
        return ", ".join(t.name("vulnerabilities", v) for v in value)
    if key == "household":
        return "; ".join(_member(m, t) for m in value)
    if key == "relatives":
        return "; ".join(_relative(r, t) for r in value)
    if key == "documents":
        return "; ".join(_document(d, t) for d in value)
    return str(value)


def _member(m: Any, t: Texts) -> str:
    details = [t.name("relationships", m.relationship)] if m.relationship else []
    if m.birth_year:
        details.append(t.fmt("casebook.born", year=m.birth_year))
    return t.fmt("casebook.member", name=m.name, details=", ".join(details)) if details \
        else m.name


def _relative(r: Any, t: Texts) -> str:
    details = [t.name("relative_statuses", r.status)]
    if r.adult is not None:
        details.append(t.get("casebook.adult" if r.adult else "casebook.minor"))
    if r.city:
        details.append(r.city)
    who = t.name("relationships", r.relationship)
    if r.name:
        who = f"{r.name}, {who}"
    return t.fmt("casebook.member", name=who, details=", ".join(details))


def _document(d: Any, t: Texts) -> str:
    name = t.name("document_types", d.doc_type)
    expiry = stored_date(d.expiry)
    return f"{name} ({t.fmt('casebook.expires', date=t.date(expiry))})" if expiry else name


def _client(d: Disclosure, t: Texts) -> LetterClient:
    f = d.fields
    # Without consent to share the name, the letter names the person by our reference.
    unnamed = t.fmt("casebook.unnamed", reference=_reference(d))

    def text(key: str) -> str | None:
        return _value(key, f[key], t) if key in f else None

    return LetterClient(
        display_name=f.get("display_name") or unnamed,
        pronouns=text("pronouns"), languages=tuple(f.get("languages") or ()),
        phone=text("phone"), email=text("email"), city=text("city"),
        safe_contact=text("safe_contact"),
        immigration_situation=text("immigration_situation"),
        household=text("household"),
    )


def _partner(p: DirectoryPartner, service: str) -> Partner:
    return Partner(name=p.name, service=service, address_lines=_lines(p.contact),
                   city=p.cities[0] if len(p.cities) == 1 else None)


def _own_words(d: Disclosure, key: str, t: Texts) -> str:
    """The referral's reason or request as written when the person agreed to share it;
    otherwise a neutral sentence that says nothing about the person."""
    if key not in d.consent.fields:
        return t.get(f"casebook.{key}_not_shared")
    return getattr(d, key) or t.get(f"casebook.{key}_missing")


def _letter(d: Disclosure, lang: str, today: dt.date, t: Texts) -> ReferralLetterData:
    r = d.referral
    return ReferralLetterData(
        letterhead=letterhead(d.letterhead, t), date=today,
        partner=_partner(d.partner, r.service), service=r.service, client=_client(d, t),
        reason=_own_words(d, "reason", t), request=_own_words(d, "request", t),
        lang=lang, reference=_reference(d),
    )


def letter_data(book: Casebook, referral_id: int, lang: str | None = None) -> ReferralLetterData:
    """A referral letter from the consented view of the referral (audited as a disclosure)."""
    d = disclose(book.store, referral_id)
    lang = _lang(lang, d.referral.lang)
    return _letter(d, lang, book.store.today(), texts_for(lang))


def _screening(d: Disclosure, lang: str) -> ScreeningSummary | None:
    s = d.screening
    if s is None:
        return None
    messages = _messages_in(s.pack_id, s.pack_version, lang)
    findings = tuple(
        Finding(id=str(f.get("id", "")), severity=str(f.get("severity", "info")),
                message=messages.get(str(f.get("id", "")), str(f.get("message", ""))),
                citation=f.get("citation") or None)
        for f in s.findings
    )
    return ScreeningSummary(
        pack_id=s.pack_id, pack_version=s.pack_version,
        law_current_to=stored_date(s.law_date) or dt.date.min, summary=s.summary,
        findings=findings, screened_on=stored_date(s.created_at),
    )


def _messages_in(pack_id: str, version: str, lang: str) -> dict[str, str]:
    """Finding messages in the letter's language, when the shipped pack is the same version
    as the screening's (otherwise the messages as saved)."""
    try:
        from models.screening import load_pack

        pack = load_pack(pack_id)
    except Exception:  # noqa: BLE001 - an unknown or imported pack keeps its saved words
        return {}
    if pack.version != version:
        return {}
    return {rule.id: rule.messages[lang] for rule in pack.findings if lang in rule.messages}


def checklist(service: str, finding_ids: tuple[str, ...], t: Texts) -> tuple[str, ...]:
    """Documents to bring, in the document's language; which ones is the screening's rule
    (``models.screening.checklist``)."""
    return tuple(t.get(f"checklist.{k}") for k in documents_to_bring(service, finding_ids))


def packet_data(book: Casebook, referral_id: int, lang: str | None = None) -> PacketData:
    """A referral packet: letter, consented summary, screening if consented, consent form,
    checklist."""
    d = disclose(book.store, referral_id)
    lang = _lang(lang, d.referral.lang)
    t = texts_for(lang)
    letter = _letter(d, lang, book.store.today(), t)
    rows = tuple((key, _value(key, d.fields[key], t)) for key in SHAREABLE_FIELDS
                 if key in d.fields)
    c = d.consent
    consent = ConsentRecord(
        consenting_person=c.consenting_person or None,
        fields_shared=tuple(c.fields), partner=d.partner.name, purpose=c.purpose,
        given_how=t.name("given_how", c.given_how), recorded_by=d.recorded_by or "—",
        date=stored_date(c.recorded_at) or book.store.today(),
        valid_until=stored_date(c.valid_until),
    )
    screening = _screening(d, lang)
    found = tuple(f.id for f in screening.findings) if screening else ()
    return PacketData(letter=letter, client_fields=rows, consent=consent, screening=screening,
                      documents_to_bring=checklist(d.referral.service, found, t))


# -- documents without client data ----------------------------------------------------------
def _org_letterhead(book: Casebook, t: Texts) -> Letterhead:
    return letterhead(Settings(book.store).letterhead(), t)


def caseload_data(book: Casebook, start: dt.date | None = None, end: dt.date | None = None,
                  lang: str = "en") -> CaseloadReportData:
    """Counts only: the caseload aggregates with the letterhead and today's date."""
    c = caseload(book.store, start, end)
    t = texts_for(_lang(lang, "en"))
    return CaseloadReportData(
        period_start=c.period_start, period_end=c.period_end,
        clients_by_status=c.clients_by_status, clients_by_city=c.clients_by_city,
        referrals_by_service_outcome=c.referrals_by_service_outcome,
        median_days_to_response=c.median_days_to_response,
        followups_on_time_pct=c.followups_on_time_pct,
        letterhead=_org_letterhead(book, t), date=book.store.today(),
    )


def _entry(p: DirectoryPartner) -> ResourceEntry:
    lines = _lines(p.contact)
    phone = next((x for x in lines if sum(ch.isdigit() for ch in x) >= 7 and "@" not in x),
                 None)
    email = next((x for x in lines if "@" in x and " " not in x.strip()), None)
    rest = [x for x in lines if x not in (phone, email)]
    return ResourceEntry(name=p.name, services=p.services, cities=p.cities,
                         languages=p.languages, address=", ".join(rest) or None, phone=phone,
                         email=email, intake_notes=p.intake_notes)


def resource_data(book: Casebook, city: str | None = None, service: str | None = None,
                  language: str | None = None, lang: str = "en") -> ResourceSheetData:
    """A resource sheet from the partner directory (active partners only; no client data).

    The partners' secure referral channels stay out: the sheet is handed to clients."""
    t = texts_for(_lang(lang, "en"))
    partners = Partners(book.store).search(service=service or None, city=city or None,
                                           language=language or None)
    filters: list[tuple[str, str]] = []
    if city:
        filters.append(("city", city))
    if service:
        filters.append(("services", t.name("service_titles", service)))
    if language:
        filters.append(("languages", language))
    title = (t.fmt("casebook.resource_title_city", city=city) if city
             else t.get("casebook.resource_title"))
    return ResourceSheetData(title=title, entries=tuple(_entry(p) for p in partners),
                             filters=tuple(filters), date=book.store.today(),
                             letterhead=_org_letterhead(book, t))


def recovery_data(casebook_name: str, recovery_key: str,
                  created: dt.date | None = None) -> RecoverySheetData:
    """The recovery sheet for a new casebook: the file name only, never a folder."""
    from pathlib import PurePath

    return RecoverySheetData(casebook_name=PurePath(casebook_name).name,
                             created=created or dt.date.today(), recovery_key=recovery_key)


def sent_between(book: Casebook, start: dt.date, end: dt.date) -> list[int]:
    """Ids of referrals sent in [start, end] (the "letters for this week" batch): the
    referrals repository's read, with its permission check."""
    return Referrals(book.store).sent_between(start, end)
