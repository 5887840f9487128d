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
import threading
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from models import names
from models.audit import AuditLog
from models.clients import _COLUMNS as CLIENT_COLUMNS
from models.clients import Client, _date, _row_values, _text, validate
from models.consents import GIVEN_HOW, SHAREABLE_FIELDS
from models.errors import InvalidInput
from models.followups import STATUSES as FOLLOWUP_STATUSES
from models.household import DOCUMENT_TYPES, RELATIONSHIPS, RELATIVE_STATUSES, _choice
from models.keyslots import KdfParams
from models.partners import SERVICES, Partner
from models.partners import validate as validate_partner
from models.permissions import Action
from models.referrals import LANGUAGES, TRANSITIONS
from models.referrals import STATUSES as REFERRAL_STATUSES
from models.settings import Letterhead
from models.store import Store, dumps

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

# -- names ------------------------------------------------------------------------------------
# "A|B|C" lists spellings of one name; "/X" after them is the name in its own script.
_GROUPS: dict[str, dict] = {
    "arabic": dict(
        weight=18, languages=("Arabic",), extra=("English", "French", "Kurdish"),
        countries=(("SY", 40), ("IQ", 15), ("SD", 15), ("YE", 10), ("LB", 5), ("", 15)),
        f="Fatima|Fatimah|Fatma/فاطمة,Aisha|Aicha|Ayesha/عائشة,Maryam|Mariam|Meryem/مريم,"
          "Noor|Nour|Nur/نور,Rania|Raniya,Huda|Houda,Layla|Leila|Laila/ليلى,Zainab|Zeinab|Zaynab,"
          "Amal,Samira|Sameera,Hanan,Rasha",
        m="Mohammed|Muhammad|Mohamad|Mohamed/محمد,Ahmed|Ahmad/أحمد,Youssef|Yusuf|Youcef|Yousef/يوسف,"
          "Omar|Umar/عمر,Khaled|Khalid,Hussein|Husayn|Hussain,Ali/علي,Abdullah|Abdallah,"
          "Mustafa|Moustafa|Mostafa,Ibrahim|Ebrahim,Tariq|Tarek|Tarik,Karim|Kareem",
        family="Al-Hassan|Alhassan|El Hassan,Haddad/حداد,Khalil|Khaleel/خليل,Mansour|Mansur/منصور,"
               "Nasser|Nasir|Naser/ناصر,Saleh|Salih/صالح,Abboud|Abbud,Darwish|Darwiche,Hamdan,"
               "Al-Khatib|Alkhatib|El Khatib,Yassin|Yasin|Yacine,Othman|Osman|Uthman,"
               "Qasim|Kassem|Qassem,Jaber|Jabir"),
    "spanish": dict(
        weight=18, languages=("Spanish",), extra=("English",),
        countries=(("VE", 30), ("CO", 20), ("HN", 12), ("SV", 10), ("GT", 10), ("MX", 8),
                   ("NI", 5), ("CU", 5)),
        f="María José|Maria Jose,Daniela,Valentina,Yesenia|Yessenia|Jesenia,Guadalupe,"
          "Karla|Carla,Yolanda,Dayana|Dayanna|Diana,Lucía|Lucia,Marisol",
        m="José Luis|Jose Luis,Juan Carlos,Jhon|John|Jon,Luis,Yeferson|Jefferson|Yefferson,"
          "Andrés|Andres,Jesús|Jesus,Kevin,Wilmer|Wilmar,Óscar|Oscar",
        family="González|Gonzalez|Gonzales,Rodríguez|Rodriguez,Hernández|Hernandez,"
               "Martínez|Martinez,Pérez|Perez,Ramírez|Ramirez,Castillo,Mejía|Mejia,"
               "Gutiérrez|Gutierrez,Villalobos,Chávez|Chavez,Rivas"),
    "haitian": dict(
        weight=10, languages=("Haitian Creole", "French"), extra=("Spanish", "English"),
        countries=(("HT", 100),),
        f="Widelène|Widelene|Wideline,Nadège|Nadege,Marie-Claude|Marie Claude,Guerline|Gerline,"
          "Fabienne,Roselaure|Rose-Laure,Mirlande,Esther,Djenane|Jenane,Sandra",
        m="Jean-Baptiste|Jean Baptiste,Wilner|Wilnor,Fritznel|Fritz-Nel,Jean-Robert|Jean Robert,"
          "Evens|Evans,Ricardo,Peterson|Pierson,Dieuseul|Dieusel,Lovensky|Loveinsky,Stevenson",
        family="Pierre,Jean-Louis|Jean Louis,Joseph,Charles,Saint-Fleur|St-Fleur|Saint Fleur,"
               "Dorsainvil|Dorsainville,Louis-Jeune|Louijeune,Désir|Desir,Noël|Noel,Augustin,"
               "Célestin|Celestin,Exantus|Exantis"),
    "persian": dict(
        weight=8, languages=("Persian",), extra=("English", "Turkish"),
        countries=(("IR", 80), ("AF", 20)),
        f="Maryam|Mariam/مریم,Zahra|Zahraa/زهرا,Shirin|Shireen,Parisa,Nasrin|Nasreen,"
          "Fereshteh|Fereshte,Niloufar|Niloofar|Nilufar,Roya,Mahsa,Soraya|Sorayya",
        m="Reza|Resa/رضا,Hossein|Hosein|Hussein/حسین,Ali/علی,Mehdi|Mahdi,Amir,"
          "Dariush|Daryoush,Kourosh|Kurosh,Hamid,Farhad,Behrouz|Behruz,Saeed|Saeid|Said",
        family="Hosseini|Husseini|Hoseini,Mohammadi|Mohamadi,Rezaei|Rezaie|Rezai,Ahmadi,"
               "Karimi,Jafari|Jafary,Moradi,Rahimi,Sadeghi|Sadeqi,Tehrani,"
               "Ghorbani|Qorbani,Nazari"),
    "pashto": dict(
        weight=7, languages=("Pashto", "Dari"), extra=("Urdu", "English"),
        countries=(("AF", 100),),
        f="Malalai|Malalay,Gulalai|Gulalay,Zarghuna|Zarghona,Palwasha,Nazia|Naziya,Shabnam,"
          "Mursal,Storai|Sturay",
        m="Ahmad Shah,Gul Mohammad|Gul Muhammad,Wahidullah|Waheedullah,Zabihullah|Zabiullah,"
          "Noorullah|Nurullah,Rahmatullah,Hamidullah,Naqibullah|Nakibullah,Shafiq|Shafeeq",
        family="Stanekzai|Stanikzai,Ahmadzai,Popal|Popalzai,Khan,Durrani,Safi,Mohmand,"
               "Yousafzai|Yusufzai,Wardak,Sherzad|Shirzad,Achakzai"),
    "tigrinya": dict(
        weight=9, languages=("Tigrinya",), extra=("Amharic", "Arabic", "English"),
        countries=(("ER", 75), ("ET", 25)),
        f="Senait|Senayt|Seneit/ሰናይት,Helen,Mebrat|Mebrhat,Yordanos,Selam|Selamawit,"
          "Tsega|Tsegga,Rahel|Rachel,Luwam|Luam,Saba/ሳባ,Freweini|Freweyni",
        m="Tesfay|Tesfaye|Tesfai/ተስፋይ,Yonas|Jonas,Mehari|Meharie,Berhane|Birhane,"
          "Filmon|Filimon,Dawit|Dawitt/ዳዊት,Kibrom|Kbrom,Habtom,Semere|Semre,Aman|Amanuel",
        family="Tesfamariam|Tesfamaryam,Gebremedhin|Gebremedin|Ghebremedhin,Haile|Hayle/ሃይለ,"
               "Kidane|Kidanu,Weldemichael|Woldemichael|Weldemikael,Tekle|Teklay,"
               "Ghebreyesus|Gebreyesus,Asmerom|Asmarom,Berhe|Berhie,Tewelde|Tewolde"),
    "ukrainian": dict(
        weight=10, languages=("Ukrainian",), extra=("Russian", "English", "Polish"),
        countries=(("UA", 100),),
        f="Olena|Elena/Олена,Oksana/Оксана,Iryna|Irina/Ірина,Nataliia|Natalia|Nataliya,"
          "Yuliia|Yulia|Iuliia,Kateryna|Katerina|Ekaterina,Svitlana|Svetlana,"
          "Viktoriia|Viktoria|Victoria,Tetiana|Tatiana|Tetyana,Anastasiia|Anastasia",
        m="Oleksandr|Aleksandr|Alexander|Oleksander/Олександр,Andrii|Andriy|Andrey/Андрій,"
          "Serhii|Sergiy|Sergei|Serhiy,Dmytro|Dmitry|Dmitro/Дмитро,Mykola|Nikolai,"
          "Volodymyr|Vladimir,Yurii|Yuriy|Yuri,Ivan,Bohdan|Bogdan,Taras",
        family="Kovalenko/Коваленко,Shevchenko/Шевченко,Bondarenko/Бондаренко,"
               "Tkachenko|Tkatchenko,Kravchenko|Kravtchenko,Melnyk|Melnik/Мельник,Boiko|Boyko,"
               "Koval|Kowal,Oliinyk|Oleinik|Oliynyk,Lysenko|Lisenko,Moroz,Savchenko"),
    "vietnamese": dict(
        weight=4, languages=("Vietnamese",), extra=("English",), family_first=True,
        countries=(("VN", 100),),
        f="Thị Hương|Thi Huong,Thị Lan|Thi Lan,Ngọc Anh|Ngoc Anh,Thu Trang,Minh Thư|Minh Thu,"
          "Thị Mai|Thi Mai,Phương|Phuong,Hồng Nhung|Hong Nhung",
        m="Văn Minh|Van Minh,Đức Anh|Duc Anh,Quốc Bảo|Quoc Bao,Văn Hùng|Van Hung,"
          "Thanh Tùng|Thanh Tung,Hoàng Nam|Hoang Nam,Minh Khoa,Tuấn|Tuan",
        family="Nguyễn|Nguyen|Ngyuen,Trần|Tran,Lê|Le,Phạm|Pham,Huỳnh|Huynh,Võ|Vo,Đặng|Dang,"
               "Bùi|Bui,Đỗ|Do"),
    "somali": dict(
        weight=8, languages=("Somali",), extra=("Arabic", "English", "Swahili"),
        countries=(("SO", 90), ("", 10)),
        f="Hodan|Hodon,Ayaan|Ayan,Fartun|Fartuun,Sahra|Sahro,Ifrah|Ifra,Nasra|Nasro,"
          "Deeqa|Deka,Khadra|Kadra,Hibo,Asli",
        m="Abdirahman|Abdirahmaan|Abdulrahman,Abdullahi|Abdulahi,Mohamed|Maxamed|Mohammed,"
          "Hassan|Xasan|Hasan,Ahmed|Axmed,Abdiaziz|Abdulaziz,Farah|Faarax,Omar|Cumar,"
          "Yusuf|Yuusuf,Liban|Libaan",
        family="Warsame|Warsami,Farah|Faarax,Hussein|Xuseen|Hussen,Ali|Cali,Abdi|Cabdi,"
               "Osman|Cismaan,Jama|Jaamac,Aden|Aadan,Mohamud|Maxamuud,Nur|Nuur"),
    "congolese": dict(
        weight=8, languages=("French", "Lingala"), extra=("Swahili", "Kirundi", "English"),
        countries=(("CD", 75), ("BI", 25)),
        f="Grâce|Grace,Esther,Nsimire,Furaha,Mireille,Béatrice|Beatrice,Chantal,Aline,Divine",
        m="Jean-Claude|Jean Claude,Patrick,Emmanuel,Christian,Fiston,Dieudonné|Dieudonne,"
          "Espoir,Josué|Josue",
        family="Mbuyi|Mboyi,Kalonji|Kalonzi,Ilunga,Mukendi|Mukhendi,Nkulu,Lumbala,"
               "Kasongo|Kassongo,Mutombo|Mutumbo,Ngoy|Ngoie,Banza,Kabeya|Kabeia,Niyonzima"),
}


@dataclass(frozen=True)
class _Name:
    spellings: tuple[str, ...]
    native: str | None


def _names(text: str) -> tuple[_Name, ...]:
    out = []
    for item in text.split(","):
        latin, _, native = item.partition("/")
        out.append(_Name(tuple(latin.split("|")), native or None))
    return tuple(out)


for _g in _GROUPS.values():
    _g["f"], _g["m"], _g["family"] = _names(_g["f"]), _names(_g["m"]), _names(_g["family"])

# -- places -----------------------------------------------------------------------------------
# (city, region, area code)
_CANADA = (("Toronto", "ON", "416"), ("Montréal", "QC", "514"), ("Vancouver", "BC", "604"),
           ("Calgary", "AB", "403"), ("Edmonton", "AB", "780"), ("Ottawa", "ON", "613"),
           ("Winnipeg", "MB", "204"), ("Halifax", "NS", "902"), ("Hamilton", "ON", "905"),
           ("London", "ON", "519"), ("Kitchener", "ON", "519"), ("Windsor", "ON", "519"),
           ("Québec", "QC", "418"), ("Saskatoon", "SK", "306"), ("Regina", "SK", "306"),
           ("Fredericton", "NB", "506"), ("St. John's", "NL", "709"), ("Victoria", "BC", "250"),
           ("Sherbrooke", "QC", "819"), ("Lethbridge", "AB", "403"))
_US = (("New York", "NY", "212"), ("Buffalo", "NY", "716"), ("Plattsburgh", "NY", "518"),
       ("Seattle", "WA", "206"), ("Detroit", "MI", "313"), ("Chicago", "IL", "312"),
       ("Boston", "MA", "617"), ("Minneapolis", "MN", "612"), ("Burlington", "VT", "802"),
       ("Portland", "ME", "207"), ("San Diego", "CA", "619"), ("El Paso", "TX", "915"),
       ("Houston", "TX", "713"), ("Miami", "FL", "305"))
_ABROAD = (("Istanbul", None, "Türkiye"), ("Nairobi", None, "Kenya"),
           ("Kampala", None, "Uganda"), ("Beirut", None, "Lebanon"),
           ("Tapachula", "Chiapas", "Mexico"), ("Bogotá", None, "Colombia"),
           ("Islamabad", None, "Pakistan"), ("Warsaw", None, "Poland"))
_SITUATIONS = (("in_canada_claimant", 34), ("in_canada_protected", 14), ("in_canada_pr", 6),
               ("in_canada_other_status", 6), ("in_us_asylum_pending", 10),
               ("in_us_no_status", 6), ("in_us_tps", 4), ("in_us_visa", 2), ("in_us_other", 2),
               ("at_border", 4), ("outside_canada_us", 8), ("unknown", 4))

# -- partners ---------------------------------------------------------------------------------
_PARTNER_WORDS = ("Open Door", "Lantern", "Riverside", "Crossroads", "Common Ground",
                  "Northern Light", "Harbour", "Cedar", "Kinship", "New Roots", "Compass",
                  "Maple Leaf", "Bridges", "Mosaic", "Safe Haven", "First Steps", "Hearth",
                  "Beacon", "Unity", "Two Rivers")
_PARTNER_KINDS = (("Legal Clinic", ("legal", "legal_aid")),
                  ("Refugee Law Office", ("legal", "legal_aid", "interpretation")),
                  ("Community Health Centre", ("health", "mental_health")),
                  ("Trauma Counselling Collective", ("mental_health",)),
                  ("Newcomer Shelter", ("shelter_housing", "food")),
                  ("Housing Help Desk", ("shelter_housing", "cash_assistance")),
                  ("Food Bank", ("food",)),
                  ("Settlement Services", ("employment", "education", "interpretation",
                                           "cash_assistance")),
                  ("Pride Newcomer Network", ("lgbtq_support", "mental_health")),
                  ("Interpretation Co-op", ("interpretation",)),
                  ("Family Services", ("child_welfare", "mental_health")),
                  ("Sponsorship Circle", ("sponsorship", "shelter_housing")),
                  ("Volunteer Drivers", ("transport",)),
                  ("Employment Bridge", ("employment", "education")),
                  ("Asylum Support Network", ("legal", "shelter_housing", "other")))
_INTAKE = ("Walk-in intake Tuesdays and Thursdays, 10:00 to 14:00; bring any ID you have.",
           "Call first; the intake line is answered in English and French.",
           "Referrals by e-mail only; they answer within five working days.",
           "Waiting list of about three weeks; urgent cases by phone.",
           "Interpreters booked on request; say which language in the referral.",
           None)

# -- what people write ------------------------------------------------------------------------
_NOTE_BODIES = (
    "Met at the drop-in with an interpreter ({lang}). Wants help with the {service} referral.",
    "Phoned; no answer. Sent a text in {lang} asking to call back.",
    "Brought copies of documents for the file. Next step: book the {service} appointment.",
    "Asked about work permits and school for the children.",
    "Sleeping at a friend's place in {city} for now; housing search continues.",
    "Hearing date not known yet. Reminded to keep every letter received.",
    "Partner confirmed they received the referral and will call within the week.",
    "Prefers to be contacted by text only; not at the address on file.",
    "Stress and poor sleep; agreed to a referral for counselling.",
    "Drove to the clinic; appointment went well, follow-up in two weeks.",
)
_REASONS = ("Needs advice before the refugee claim deadline.",
            "Family of {n} without stable housing.",
            "Recently arrived; needs help navigating services in {lang}.",
            "Medical needs not yet assessed.",
            "Asked for support after a difficult hearing.",
            None)
_REQUESTS = ("Please contact the client through the caseworker.",
             "Intake appointment with a {lang} interpreter, please.",
             "Please confirm receipt of this referral.", None)
_FOLLOWUP_TITLES = ("Call {first} about the {service} appointment",
                    "Check that the work permit application was received",
                    "Book an interpreter ({lang}) for the next meeting",
                    "Follow up on the housing search",
                    "Remind {first} to bring documents to the legal clinic",
                    "Ask the partner for an update",
                    "Arrange a ride to the appointment in {city}",
                    "Send the relatives' status documents to the lawyer",
                    "Check in after the hearing",
                    "Renew the consent to share information")
_OUTCOMES = ("Done; nothing more needed.", "Spoke with the client; all fine.",
             "Partner answered by e-mail.", None)
_SAFE_CONTACT = ("Text only, after 6 pm.", "Through the caseworker; do not call directly.",
                 "Call the sister's phone first; do not leave a voicemail.",
                 "WhatsApp messages are fine; no calls at work hours.",
                 "Only in person at the drop-in.")
_IMMIGRATION_NOTES = ("Entered at a land port; claim referred to the IRB.",
                      "Waiting for the Basis of Claim form deadline.",
                      "Has a hearing scheduled; lawyer assigned.",
                      "Asylum application pending in the US; considering options.",
                      "Sponsorship application submitted by a group of five.",
                      "Status unclear; documents to be reviewed by legal aid.")
_HOUSEHOLD_RELS = (("spouse", 30), ("son", 22), ("daughter", 22), ("mother", 8),
                   ("father", 5), ("brother", 6), ("sister", 6), ("niece", 1))
_RELATIVE_RELS = (("brother", 18), ("sister", 18), ("uncle", 12), ("aunt", 10),
                  ("cousin", 16), ("father", 5), ("mother", 6), ("spouse", 3), ("child", 4),
                  ("friend", 5), ("half_sibling", 2), ("in_law", 1))
_RELATIVE_STATUS = (("citizen", 28), ("permanent_resident", 26), ("protected_person", 10),
                    ("claimant_referred", 12), ("work_permit", 8), ("study_permit", 4),
                    ("visitor", 2), ("unknown", 10))
_REFERRAL_MIX = (("draft", 10), ("consent_recorded", 8), ("sent", 15), ("acknowledged", 9),
                 ("accepted", 14), ("declined", 8), ("completed", 28), ("withdrawn", 8))
_FOLLOWUP_MIX = (("overdue", 12), ("today", 2), ("week", 12), ("later", 24), ("done", 40),
                 ("cancelled", 10))


def _weights(pairs: tuple) -> tuple[tuple, tuple]:
    values = tuple(v for v, _ in pairs)
    total, cum = 0, []
    for _, w in pairs:
        total += w
        cum.append(total)
    return values, tuple(cum)


_NOTE_COUNT = ((0, 55), (1, 28), (2, 12), (3, 5))
_HOUSEHOLD_COUNT = ((0, 62), (1, 18), (2, 12), (3, 8))
_RELATIVE_COUNT = ((0, 78), (1, 18), (2, 4))
_DOCUMENT_COUNT = ((0, 62), (1, 28), (2, 10))
_ROUTES = (("land_port", 45), ("between_ports", 35), ("airport", 15), ("marine_port", 5))
for _name in ("_SITUATIONS", "_HOUSEHOLD_RELS", "_RELATIVE_RELS", "_RELATIVE_STATUS",
              "_REFERRAL_MIX", "_FOLLOWUP_MIX", "_NOTE_COUNT", "_HOUSEHOLD_COUNT",
              "_RELATIVE_COUNT", "_DOCUMENT_COUNT", "_ROUTES"):
    globals()[_name] = _weights(globals()[_name])
for _g in _GROUPS.values():
    _g["code_table"] = _weights(_g["countries"])
_GROUP_TABLE = _weights(tuple((k, g["weight"]) for k, g in _GROUPS.items()))
_EPOCH = dt.date(1970, 1, 1).toordinal()
for _ok in (set(_RELATIVE_RELS[0]) <= set(RELATIONSHIPS),
            set(_RELATIVE_STATUS[0]) <= set(RELATIVE_STATUSES),
            set(_REFERRAL_MIX[0]) == set(REFERRAL_STATUSES)):
    assert _ok, "demo data out of step with the domain's vocabularies"


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


# -- bulk writing -----------------------------------------------------------------------------
_TABLES = {
    "partners": ("id", "name", "services", "cities", "languages", "contact", "intake_notes",
                 "secure_contact", "active", "created_at", "updated_at"),
    "clients": ("id", *CLIENT_COLUMNS, "sort_name", "created_at", "updated_at"),
    "client_name_keys": ("key", "client_id"),
    "clients_fts": ("rowid", "names", "notes"),
    "household_members": ("id", "client_id", "name", "relationship", "birth_year", "notes"),
    "relatives": ("id", "client_id", "name", "relationship", "adult", "status", "city"),
    "documents": ("id", "client_id", "doc_type", "expiry", "notes"),
    "notes": ("id", "client_id", "author_id", "created_at", "body"),
    "consents": ("id", "client_id", "partner_id", "fields", "purpose", "consenting_person",
                 "given_how", "recorded_by", "recorded_at", "valid_until", "withdrawn_at"),
    "referrals": ("id", "client_id", "partner_id", "service", "status", "reason", "request",
                  "lang", "consent_id", "created_by", "created_at", "updated_at", "sent_at",
                  "responded_at"),
    "referral_events": ("referral_id", "from_status", "to_status", "user_id", "at", "note"),
    "followups": ("id", "title", "due_date", "owner_id", "client_id", "referral_id", "status",
                  "outcome", "kind", "created_by", "created_at", "closed_at"),
}
_AUDITED = {"clients": "client", "household_members": "household_member",
            "relatives": "relative", "documents": "document", "notes": "note",
            "consents": "consent", "referrals": "referral", "followups": "followup",
            "partners": "partner"}


class BulkWriter:
    """Validated rows queued in memory and written per batch in one transaction.

    Each ``add_*`` applies the rules the one-at-a-time method applies and returns the new
    row's id (ids are assigned here, after the highest already in the table, which is safe
    because the casebook lock makes this the only writer). ``flush()`` writes the batch:
    rows, name keys, the search index and one audit entry per record, then commits.
    """

    def __init__(self, store: Store) -> None:
        self._s = store
        store.require(Action.IMPORT)
        self._next = {t: store.one(f"SELECT coalesce(max(id), 0) FROM {t}")[0] + 1
                      for t in _AUDITED}
        self._rows: dict[str, list[tuple]] = defaultdict(list)
        self._fts: dict[int, list[str]] = {}
        self._notes: dict[int, list[str]] = defaultdict(list)
        self.written: dict[str, int] = defaultdict(int)
        self._worker: threading.Thread | None = None
        self._error: BaseException | None = None

    def _id(self, table: str) -> int:
        ident = self._next[table]
        self._next[table] = ident + 1
        return ident

    def _queue(self, table: str, row: tuple, client_id: int | None) -> int:
        self._rows[table].append(row)
        self._rows["_audit"].append((_AUDITED[table], row[0], client_id))
        return row[0]

    def add_client(self, client: Client, created_at: str) -> int:
        c = validate(client)
        cid = self._id("clients")
        self._queue("clients", (cid, *_row_values(c), names.sort_key(c.display_name),
                                created_at, created_at), cid)
        self._rows["client_name_keys"].extend(
            (k, cid) for k in names.name_keys(c.display_name, *c.aliases))
        self._fts[cid] = [c.display_name, *c.aliases]
        return cid

    def add_member(self, client_id: int, name: str, relationship: str | None,
                   birth_year: int | None) -> int:
        if birth_year is not None and not 1900 <= birth_year <= 2100:
            raise InvalidInput("birth_year", "must be a year")
        return self._queue("household_members", (
            self._id("household_members"), client_id, _text("name", name, required=True,
                                                            limit=200),
            _text("relationship", relationship, limit=100), birth_year, None), client_id)

    def add_relative(self, client_id: int, name: str | None, relationship: str,
                     adult: bool | None, status: str, city: str | None) -> int:
        rel = _choice("relationship", relationship, RELATIONSHIPS)
        if rel is None:
            raise InvalidInput("relationship", "is required")
        return self._queue("relatives", (
            self._id("relatives"), client_id, _text("name", name, limit=200), rel,
            None if adult is None else int(adult), _choice("status", status, RELATIVE_STATUSES),
            _text("city", city, limit=200)), client_id)

    def add_document(self, client_id: int, doc_type: str, expiry: str | None) -> int:
        doc = _choice("document", doc_type, DOCUMENT_TYPES)
        if doc is None:
            raise InvalidInput("document", "is required")
        return self._queue("documents", (self._id("documents"), client_id, doc,
                                         _date("expiry", expiry), None), client_id)

    def add_note(self, client_id: int, author_id: int, at: str, body: str) -> int:
        body = _text("note", body, required=True)
        self._notes[client_id].append(body)
        return self._queue("notes", (self._id("notes"), client_id, author_id, at, body),
                           client_id)

    def add_consent(self, client_id: int, partner_id: int, fields: tuple[str, ...],
                    purpose: str, person: str, given_how: str, recorded_by: int,
                    recorded_at: str, valid_until: str | None) -> int:
        fields = tuple(dict.fromkeys(fields))
        if not fields or any(f not in SHAREABLE_FIELDS for f in fields):
            raise InvalidInput("fields", "must name things that can be shared")
        if given_how not in GIVEN_HOW:
            raise InvalidInput("given_how", "is not one of the known ways")
        until = _date("valid_until", valid_until)
        if until and until < recorded_at[:10]:
            raise InvalidInput("valid_until", "is already in the past")
        return self._queue("consents", (
            self._id("consents"), client_id, partner_id, dumps(fields),
            _text("purpose", purpose, required=True, limit=1000),
            _text("consenting_person", person, required=True, limit=200), given_how,
            recorded_by, recorded_at, until, None), client_id)

    def add_referral(self, client_id: int, partner_id: int, service: str, lang: str,
                     path: list[tuple[str, str]], *, reason: str | None, request: str | None,
                     consent_id: int | None, created_by: int) -> int:
        """``path``: (status, when) from ``draft`` on, each step allowed by the workflow."""
        if service not in SERVICES:
            raise InvalidInput("service", f"{service!r} is not a known service")
        if lang not in LANGUAGES:
            raise InvalidInput("lang", "must be en, fr or es")
        if path[0][0] != "draft":
            raise InvalidInput("status", "a referral starts as a draft")
        for (a, _), (b, _) in zip(path, path[1:], strict=False):
            if b not in TRANSITIONS[a]:
                raise InvalidInput("status", f"{a} cannot become {b}")
        statuses = [st for st, _ in path]
        if "sent" in statuses and consent_id is None:
            raise InvalidInput("consent", "a referral cannot be sent without consent")
        sent_at = next((at for st, at in path if st == "sent"), None)
        responded = next((at for st, at in path if st in ("acknowledged", "accepted",
                                                          "declined")), None)
        rid = self._id("referrals")
        self._queue("referrals", (rid, client_id, partner_id, service, path[-1][0],
                                  _text("reason", reason), _text("request", request), lang,
                                  consent_id, created_by, path[0][1], path[-1][1], sent_at,
                                  responded), client_id)
        before = None
        for status, at in path:
            self._rows["referral_events"].append((rid, before, status, created_by, at, None))
            before = status
        return rid

    def add_followup(self, title: str, due: str, *, owner_id: int | None, client_id: int,
                     referral_id: int | None, status: str, outcome: str | None, kind: str,
                     created_by: int, created_at: str, closed_at: str | None) -> int:
        due = _date("due_date", due)
        if due is None:
            raise InvalidInput("due_date", "is required")
        if status not in FOLLOWUP_STATUSES:
            raise InvalidInput("status", "is not a follow-up status")
        return self._queue("followups", (
            self._id("followups"), _text("title", title, required=True, limit=300), due,
            owner_id, client_id, referral_id, status, _text("outcome", outcome), kind,
            created_by, created_at, closed_at), client_id)

    def add_partner(self, partner: Partner) -> int:
        p = validate_partner(partner)
        now = self._s.now_iso()
        return self._queue("partners", (
            self._id("partners"), p.name, dumps(p.services), dumps(p.cities),
            dumps(p.languages), p.contact, p.intake_notes, p.secure_contact, int(p.active),
            now, now), None)

    def flush(self, *, wait: bool = True) -> None:
        """Write what is queued, in one transaction. With ``wait=False`` the write runs on a
        worker thread (SQLite releases the GIL while it works) and the caller may queue the
        next batch meanwhile; it must not touch the connection until ``wait()``."""
        batch = self._take()
        self.wait()
        if wait:
            self._write(batch)
            return
        self._worker = threading.Thread(target=self._write_safely, args=(batch,),
                                        name="demo-writer", daemon=True)
        self._worker.start()

    def wait(self) -> None:
        """Wait for a write started by ``flush(wait=False)``; raise what it raised."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.join()
        error, self._error = self._error, None
        if error is not None:
            raise error

    def _take(self) -> dict[str, list]:
        rows, self._rows = self._rows, defaultdict(list)
        fts, self._fts = self._fts, {}
        notes, self._notes = self._notes, defaultdict(list)
        rows["clients_fts"] = [(cid, " ".join(n), " ".join(notes.get(cid, ())))
                               for cid, n in fts.items()]
        return rows

    def _write_safely(self, rows: dict[str, list]) -> None:
        try:
            self._write(rows)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by wait()
            self._error = exc

    def _write(self, rows: dict[str, list]) -> None:
        s = self._s
        at, uid = s.now_iso(), s.user.id
        audit = [(at, uid, "create", entity, ident, client_id)
                 for entity, ident, client_id in rows.pop("_audit", ())]
        with s.tx():
            for table, cols in _TABLES.items():  # dependency order: parents first
                if rows.get(table):
                    verb = "INSERT OR IGNORE" if table == "client_name_keys" else "INSERT"
                    s.conn.executemany(
                        f"{verb} INTO {table} ({', '.join(cols)})"  # noqa: S608
                        f" VALUES ({', '.join('?' * len(cols))})", rows[table])
                    self.written[table] += len(rows[table])
            if audit:
                AuditLog(s.conn).append_many(audit)
                self.written["audit"] += len(audit)


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
            day = self._days[d] = dt.date.fromordinal(_EPOCH + d).isoformat()
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
            country = _CANADA if self.r() < 0.75 else _US
            city, region, area = self.one(country)
            kind, services = self.one(_PARTNER_KINDS)
            word = self.one(_PARTNER_WORDS)
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
                intake_notes=self.one(_INTAKE),
                secure_contact=(f"Signal {self.phone(area)}" if self.r() < 0.3 else None),
                active=self.r() > 0.03))
            self.partners.append((pid, services, city, name))
            for c in cities:
                self.partners_by_city[c].append(len(self.partners) - 1)
        self.writer.flush()

    # -- one client ---------------------------------------------------------------------
    def person(self) -> tuple[str, dict, _Name, _Name, str]:
        if self.people and self.r() < 0.03:
            key, given, family, sex = self.one(self.people)
            return key, _GROUPS[key], given, family, sex
        key = self.pick(_GROUP_TABLE)
        group = _GROUPS[key]
        sex = "f" if self.r() < 0.5 else "m"
        given, family = self.one(group[sex]), self.one(group["family"])
        if len(self.people) < 5000:
            self.people.append((key, given, family, sex))
        return key, group, given, family, sex

    def full_name(self, group: dict, given: _Name, family: _Name, variant: int,
                  second: _Name | None = None) -> str:
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

        situation = self.pick(_SITUATIONS)
        if situation.startswith("in_canada") or (situation == "unknown" and self.r() < .5):
            city, region, area = self.one(_CANADA)
            country = "Canada"
        elif situation.startswith("in_us") or situation == "at_border":
            city, region, area = self.one(_US)
            country = "United States"
        else:
            city, region, country = self.one(_ABROAD)
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
            immigration_notes=(self.one(_IMMIGRATION_NOTES) if self.r() < 0.4 else None),
            safe_contact=(self.one(_SAFE_CONTACT) if self.r() < 0.35 else None),
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
        for _ in range(self.pick(_NOTE_COUNT)):
            body = self.one(_NOTE_BODIES).format(**ctx)
            w.add_note(cid, self.one(self.authors),
                       self.at(self.uniform(0, created_days)), body)
        if (situation in ("in_us_asylum_pending", "in_us_no_status", "in_us_tps",
                          "at_border", "in_canada_claimant") and self.r() < 0.15):
            self.screen_candidates.append((cid, client, relatives, documents))

    def household(self, cid: int, group: dict, family: _Name, age: int) -> None:
        for _ in range(self.pick(_HOUSEHOLD_COUNT)):
            rel = self.pick(_HOUSEHOLD_RELS)
            sex = "f" if rel in ("daughter", "mother", "sister", "niece") else (
                "m" if rel in ("son", "father", "brother") else self.one("fm"))
            fam = family if rel in ("son", "daughter") else self.one(group["family"])
            name = self.full_name(group, self.one(group[sex]), fam, self.below(3))
            years = (self.between(0, max(0, age - 18)) if rel in ("son", "daughter", "niece")
                     else self.between(max(18, age - 10), age + 25))
            self.writer.add_member(cid, name, rel, self.today.year - years)

    def relatives(self, cid: int, group: dict) -> list[dict]:
        out = []
        for _ in range(self.pick(_RELATIVE_COUNT)):
            rel, status = self.pick(_RELATIVE_RELS), self.pick(_RELATIVE_STATUS)
            adult = self.r() < 0.9
            name = None
            if self.r() < 0.7:
                sex = self.one("fm")
                name = self.full_name(group, self.one(group[sex]),
                                      self.one(group["family"]), 0)
            self.writer.add_relative(cid, name, rel, adult, status, self.one(_CANADA)[0])
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
        for doc in rng.sample(pool, self.pick(_DOCUMENT_COUNT)):
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
                self.pick(_REFERRAL_MIX)
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
            reason = self.one(_REASONS)
            request = self.one(_REQUESTS)
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
        buckets = _FOLLOWUP_MIX[0]
        bucket = buckets[k] if k < len(buckets) else self.pick(_FOLLOWUP_MIX)
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
            self.one(_FOLLOWUP_TITLES).format(**ctx), self.day(offset), owner_id=owner_id,
            client_id=cid, referral_id=None, status=status,
            outcome=self.one(_OUTCOMES) if status != "open" else None, kind="manual",
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
        return done, (f"{skipped} screenings had answers the pack refused" if skipped
                      else None)

    def answers(self, client: Client, relatives: list[dict], documents: list[str]) -> dict:
        entry = self.today + dt.timedelta(days=self.between(-300, 60))
        claim = entry + dt.timedelta(days=self.one((0, 0, 0, 3, 10, 20)))
        birth = client.birth_date or f"{client.birth_year or 1990}-07-01"
        route = self.pick(_ROUTES)
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
            audit_entries=book.store.one("SELECT count(*) FROM audit")[0],
            users=tuple((u.name, u.role) for u in book.users.list()),
            screenings_skipped=skipped)


MAX_CLIENTS = 1_000_000


def check_clients(clients: object) -> int:
    if not isinstance(clients, int) or isinstance(clients, bool) or \
            not 1 <= clients <= MAX_CLIENTS:
        raise InvalidInput("clients", f"must be a whole number from 1 to {MAX_CLIENTS:,}")
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


