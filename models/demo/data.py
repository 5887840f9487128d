"""The fictional material of the demo casebook: names with their spelling variants,
places, partner organisations, and what caseworkers write. Data only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.household import RELATIONSHIPS, RELATIVE_STATUSES
from models.referrals import STATUSES as REFERRAL_STATUSES


def weights(pairs: tuple) -> tuple[tuple, tuple]:
    """``((value, weight), ...)`` as (values, cumulative weights), for a weighted choice
    by bisection (``random.choices`` is slow at the demo's volume)."""
    values = tuple(v for v, _ in pairs)
    total, cum = 0, []
    for _, w in pairs:
        total += w
        cum.append(total)
    return values, tuple(cum)


# -- names ------------------------------------------------------------------------------------
# "A|B|C" lists spellings of one name; "/X" after them is the name in its own script.
GROUPS: dict[str, dict] = {
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
class Name:
    spellings: tuple[str, ...]
    native: str | None


def _names(text: str) -> tuple[Name, ...]:
    out = []
    for item in text.split(","):
        latin, _, native = item.partition("/")
        out.append(Name(tuple(latin.split("|")), native or None))
    return tuple(out)


for _g in GROUPS.values():
    _g["f"], _g["m"], _g["family"] = _names(_g["f"]), _names(_g["m"]), _names(_g["family"])

# -- places -----------------------------------------------------------------------------------
# (city, region, area code)
CANADA = (("Toronto", "ON", "416"), ("Montréal", "QC", "514"), ("Vancouver", "BC", "604"),
          ("Calgary", "AB", "403"), ("Edmonton", "AB", "780"), ("Ottawa", "ON", "613"),
          ("Winnipeg", "MB", "204"), ("Halifax", "NS", "902"), ("Hamilton", "ON", "905"),
          ("London", "ON", "519"), ("Kitchener", "ON", "519"), ("Windsor", "ON", "519"),
          ("Québec", "QC", "418"), ("Saskatoon", "SK", "306"), ("Regina", "SK", "306"),
          ("Fredericton", "NB", "506"), ("St. John's", "NL", "709"), ("Victoria", "BC", "250"),
          ("Sherbrooke", "QC", "819"), ("Lethbridge", "AB", "403"))
US = (("New York", "NY", "212"), ("Buffalo", "NY", "716"), ("Plattsburgh", "NY", "518"),
      ("Seattle", "WA", "206"), ("Detroit", "MI", "313"), ("Chicago", "IL", "312"),
      ("Boston", "MA", "617"), ("Minneapolis", "MN", "612"), ("Burlington", "VT", "802"),
      ("Portland", "ME", "207"), ("San Diego", "CA", "619"), ("El Paso", "TX", "915"),
      ("Houston", "TX", "713"), ("Miami", "FL", "305"))
ABROAD = (("Istanbul", None, "Türkiye"), ("Nairobi", None, "Kenya"),
          ("Kampala", None, "Uganda"), ("Beirut", None, "Lebanon"),
          ("Tapachula", "Chiapas", "Mexico"), ("Bogotá", None, "Colombia"),
          ("Islamabad", None, "Pakistan"), ("Warsaw", None, "Poland"))
SITUATIONS = weights((("in_canada_claimant", 34), ("in_canada_protected", 14),
                      ("in_canada_pr", 6), ("in_canada_other_status", 6),
                      ("in_us_asylum_pending", 10), ("in_us_no_status", 6), ("in_us_tps", 4),
                      ("in_us_visa", 2), ("in_us_other", 2), ("at_border", 4),
                      ("outside_canada_us", 8), ("unknown", 4)))

# -- partners ---------------------------------------------------------------------------------
PARTNER_WORDS = ("Open Door", "Lantern", "Riverside", "Crossroads", "Common Ground",
                 "Northern Light", "Harbour", "Cedar", "Kinship", "New Roots", "Compass",
                 "Maple Leaf", "Bridges", "Mosaic", "Safe Haven", "First Steps", "Hearth",
                 "Beacon", "Unity", "Two Rivers")
PARTNER_KINDS = (("Legal Clinic", ("legal", "legal_aid")),
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
INTAKE = ("Walk-in intake Tuesdays and Thursdays, 10:00 to 14:00; bring any ID you have.",
          "Call first; the intake line is answered in English and French.",
          "Referrals by e-mail only; they answer within five working days.",
          "Waiting list of about three weeks; urgent cases by phone.",
          "Interpreters booked on request; say which language in the referral.",
          None)

# -- what people write ------------------------------------------------------------------------
NOTE_BODIES = (
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
REASONS = ("Needs advice before the refugee claim deadline.",
           "Family of {n} without stable housing.",
           "Recently arrived; needs help navigating services in {lang}.",
           "Medical needs not yet assessed.",
           "Asked for support after a difficult hearing.",
           None)
REQUESTS = ("Please contact the client through the caseworker.",
            "Intake appointment with a {lang} interpreter, please.",
            "Please confirm receipt of this referral.", None)
FOLLOWUP_TITLES = ("Call {first} about the {service} appointment",
                   "Check that the work permit application was received",
                   "Book an interpreter ({lang}) for the next meeting",
                   "Follow up on the housing search",
                   "Remind {first} to bring documents to the legal clinic",
                   "Ask the partner for an update",
                   "Arrange a ride to the appointment in {city}",
                   "Send the relatives' status documents to the lawyer",
                   "Check in after the hearing",
                   "Renew the consent to share information")
OUTCOMES = ("Done; nothing more needed.", "Spoke with the client; all fine.",
            "Partner answered by e-mail.", None)
SAFE_CONTACT = ("Text only, after 6 pm.", "Through the caseworker; do not call directly.",
                "Call the sister's phone first; do not leave a voicemail.",
                "WhatsApp messages are fine; no calls at work hours.",
                "Only in person at the drop-in.")
IMMIGRATION_NOTES = ("Entered at a land port; claim referred to the IRB.",
                     "Waiting for the Basis of Claim form deadline.",
                     "Has a hearing scheduled; lawyer assigned.",
                     "Asylum application pending in the US; considering options.",
                     "Sponsorship application submitted by a group of five.",
                     "Status unclear; documents to be reviewed by legal aid.")
HOUSEHOLD_RELS = weights((("spouse", 30), ("son", 22), ("daughter", 22), ("mother", 8),
                          ("father", 5), ("brother", 6), ("sister", 6), ("niece", 1)))
RELATIVE_RELS = weights((("brother", 18), ("sister", 18), ("uncle", 12), ("aunt", 10),
                         ("cousin", 16), ("father", 5), ("mother", 6), ("spouse", 3),
                         ("child", 4), ("friend", 5), ("half_sibling", 2), ("in_law", 1)))
RELATIVE_STATUS = weights((("citizen", 28), ("permanent_resident", 26),
                           ("protected_person", 10), ("claimant_referred", 12),
                           ("work_permit", 8), ("study_permit", 4), ("visitor", 2),
                           ("unknown", 10)))
REFERRAL_MIX = weights((("draft", 10), ("consent_recorded", 8), ("sent", 15),
                        ("acknowledged", 9), ("accepted", 14), ("declined", 8),
                        ("completed", 28), ("withdrawn", 8)))
FOLLOWUP_MIX = weights((("overdue", 12), ("today", 2), ("week", 12), ("later", 24),
                        ("done", 40), ("cancelled", 10)))
NOTE_COUNT = weights(((0, 55), (1, 28), (2, 12), (3, 5)))
HOUSEHOLD_COUNT = weights(((0, 62), (1, 18), (2, 12), (3, 8)))
RELATIVE_COUNT = weights(((0, 78), (1, 18), (2, 4)))
DOCUMENT_COUNT = weights(((0, 62), (1, 28), (2, 10)))
ROUTES = weights((("land_port", 45), ("between_ports", 35), ("airport", 15),
                  ("marine_port", 5)))
for _g in GROUPS.values():
    _g["code_table"] = weights(_g["countries"])
GROUP_TABLE = weights(tuple((k, g["weight"]) for k, g in GROUPS.items()))
EPOCH = dt.date(1970, 1, 1).toordinal()
for _ok in (set(RELATIVE_RELS[0]) <= set(RELATIONSHIPS),
            set(RELATIVE_STATUS[0]) <= set(RELATIVE_STATUSES),
            set(REFERRAL_MIX[0]) == set(REFERRAL_STATUSES)):
    assert _ok, "demo data out of step with the domain's vocabularies"


