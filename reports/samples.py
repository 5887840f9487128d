"""Realistic, entirely fictional sample data for every document.

Used by the tests, by the README's example image and by anything that needs to show a
document without a casebook (a benchmark, a demo). Every person and organisation is invented.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from reports.data import (
    BudgetMonth,
    BudgetSheetData,
    CaseloadReportData,
    ConsentRecord,
    Disbursement,
    Finding,
    GroupMember,
    LetterClient,
    Letterhead,
    PacketData,
    Partner,
    RecoverySheetData,
    ReferralLetterData,
    ResourceEntry,
    ResourceSheetData,
    ScreeningSummary,
    SponsorshipSummaryData,
)


def letterhead() -> Letterhead:
    return Letterhead(
        org_name="Riverside Refugee Support Circle",
        address_lines=("214 Rue Saint-Denis, Suite 3", "Montréal, QC  H2X 3K9"),
        contact=("+1 514 555 0142", "intake@riverside-circle.example",
                 "riverside-circle.example"),
        signatory_name="Joëlle Tremblay-Nuñez",
        signatory_title="Settlement coordinator",
    )


def client() -> LetterClient:
    return LetterClient(
        display_name="Amira Haddad",
        pronouns="she/her",
        languages=("Arabic", "French", "some English"),
        phone="+1 438 555 0199",
        city="Montréal",
        safe_contact="Text only, in French or Arabic. No voicemail; do not call before 10:00.",
        immigration_situation="Refugee claimant (claim referred to the IRB, hearing not yet "
                              "scheduled)",
        household="With her son (7)",
    )


def letter(lang: str = "en") -> ReferralLetterData:
    return ReferralLetterData(
        letterhead=letterhead(),
        date=date(2026, 6, 12),
        partner=Partner(
            name="Clinique juridique Saint-Laurent", service="legal",
            contact_person="Intake team",
            address_lines=("88 Boulevard Saint-Laurent", "Montréal, QC  H2T 1R7"),
            city="Montréal",
        ),
        service="legal",
        client=client(),
        reason="Ms. Haddad entered Canada between ports in March 2026 and made her claim "
               "eleven days later. Her Basis of Claim form is due soon and she has no counsel "
               "yet.",
        request="Please assess whether you can represent Ms. Haddad before the Refugee "
                "Protection Division, or refer her to counsel who can. An interpreter for "
                "Arabic would help.",
        lang=lang,
        reference="WS-2026-0142",
    )


def screening() -> ScreeningSummary:
    return ScreeningSummary(
        pack_id="ca-refugee-claim", pack_version="2026.06.1",
        law_current_to=date(2026, 5, 31), summary="bar", screened_on=date(2026, 6, 10),
        findings=(
            Finding("EXC_FAMILY_RESIDENT", "exception",
                    "A family member in Canada is a permanent resident: the family exception "
                    "to the Safe Third Country Agreement applies.", "IRPR 159.5(b)"),
            Finding("REVIEW_DATES", "review",
                    "The claim was made 12 to 16 days after entering between ports. The dates "
                    "are decisive: get legal advice now.", "IRPR 159.4(1.1); IRPA 101(1)(b.2)"),
            Finding("INELIG_B1", "bar",
                    "The claim may be more than one year after the first entry to Canada "
                    "after 24 June 2020.", "IRPA 101(1)(b.1), 101(1.1)"),
            Finding("PRRA_AVAILABLE", "info",
                    "A pre-removal risk assessment may be available. Apply within 15 days of "
                    "notice (22 if mailed).", "IRPR 160–163"),
        ),
    )


def packet(lang: str = "en") -> PacketData:
    return PacketData(
        letter=letter(lang),
        client_fields=(
            ("display_name", "Amira Haddad"), ("pronouns", "she/her"),
            ("languages", "Arabic, French, some English"), ("city", "Montréal"),
            ("phone", "+1 438 555 0199"),
            ("safe_contact", "Text only, in French or Arabic. No voicemail."),
            ("immigration_situation", "Refugee claimant"), ("household", "With her son (7)"),
            ("family_in_canada", "Brother, permanent resident, in Laval"),
        ),
        consent=ConsentRecord(
            consenting_person="Amira Haddad",
            fields_shared=("pronouns", "languages", "city", "phone", "safe_contact",
                           "immigration_situation", "household", "family_in_canada"),
            partner="Clinique juridique Saint-Laurent",
            purpose="Legal advice and representation on her refugee claim",
            given_how="In person, explained in Arabic with an interpreter",
            recorded_by="Joëlle Tremblay-Nuñez",
            date=date(2026, 6, 10), valid_until=date(2026, 12, 31),
        ),
        screening=screening(),
        documents_to_bring=(
            "Any identity document you have (passport, national ID card, birth certificate)",
            "Your refugee claim papers (acknowledgement of claim, Basis of Claim form)",
            "Letters, photos or messages that show what happened to you",
            "Your brother's proof of status in Canada, if you can get it",
            "This referral letter",
        ),
    )


def resource_sheet() -> ResourceSheetData:
    orgs = [
        ("Clinique juridique Saint-Laurent", ("legal", "legal_aid")),
        ("Maison d'accueil Rosemont", ("shelter_housing", "food")),
        ("Centre de santé Côte-des-Neiges", ("health", "mental_health")),
        ("Arc-en-ciel Solidarité", ("lgbtq_support",)),
        ("Banque alimentaire Ahuntsic", ("food",)),
        ("Interprètes solidaires", ("interpretation",)),
    ]
    return ResourceSheetData(
        title="Montréal — services for newcomers",
        date=date(2026, 6, 1),
        letterhead=letterhead(),
        filters=(("city", "Montréal"), ("languages", "Spanish")),
        entries=tuple(
            ResourceEntry(
                name=name, services=services, cities=("Montréal",),
                languages=("French", "English", "Spanish"),
                address=f"{1200 + 37 * i} Rue Sainte-Catherine Est",
                phone=f"+1 514 555 01{i:02d}", email=f"accueil{i}@example.org",
                website="example.org", hours="Mon–Thu 9:00–16:00",
                intake_notes="Walk-in Tuesdays from 13:00. Bring any ID you have; none is "
                             "required.",
            )
            for i, (name, services) in enumerate(orgs)
        ),
    )


def caseload() -> CaseloadReportData:
    return CaseloadReportData(
        period_start=date(2026, 1, 1), period_end=date(2026, 6, 30),
        letterhead=letterhead(), date=date(2026, 7, 2),
        clients_by_status=(("active", 64), ("waiting", 21), ("referred", 37), ("closed", 18),
                           ("new", 9)),
        clients_by_city=(("Montréal", 88), ("Laval", 23), ("Longueuil", 17),
                         ("Sherbrooke", 9), ("Québec", 6), ("Gatineau", 6)),
        referrals_by_service_outcome=(
            ("legal", "accepted", 31), ("legal", "declined", 4), ("legal", "no_response", 6),
            ("shelter_housing", "accepted", 18), ("shelter_housing", "declined", 9),
            ("health", "accepted", 22), ("health", "completed", 11),
            ("food", "completed", 27), ("mental_health", "accepted", 7),
            ("mental_health", "withdrawn", 2), ("lgbtq_support", "accepted", 5),
        ),
        median_days_to_response=3.5, followups_on_time_pct=87.4,
    )


def recovery() -> RecoverySheetData:
    return RecoverySheetData(
        casebook_name="riverside-circle.wsdb", created=date(2026, 6, 12),
        recovery_key="K7QM-3XPA-9TDR-W2HF-LC8N-56YB-RJ4E-VQ1S-MZ7K-D3NP-8GHT-XW2C",
    )


def members() -> tuple[GroupMember, ...]:
    return (
        GroupMember("Joëlle Tremblay-Nuñez", "coordinator",
                    ("Settlement plan", "Liaison with IRCC")),
        GroupMember("Łukasz Kowalczyk", "treasurer", ("Budget and disbursements",)),
        GroupMember("Ayşe Yılmaz", "housing", ("Apartment search", "Furniture")),
        GroupMember("François Côté", "education", ("School enrolment", "French classes")),
        GroupMember("Siddharth Rāmaswāmy", "health", ("Health card (RAMQ)", "Family doctor")),
    )


def sponsorship() -> SponsorshipSummaryData:
    return SponsorshipSummaryData(
        group_name="St. Columba Group of Five", sponsor_type="group_of_five", family_size=4,
        status="in_support", required_amount=Decimal("28700"),
        cost_table_date=date(2018, 5, 1), committed=Decimal("26500"),
        disbursed=Decimal("11033.34"), members=members(), family_label="The H. family",
        arrival_date=date(2026, 3, 18), support_end=date(2027, 3, 17),
        letterhead=letterhead(), date=date(2026, 6, 12),
    )


def budget() -> BudgetSheetData:
    months = [date(2026 + (2 + i) // 12, (2 + i) % 12 + 1, 1) for i in range(12)]
    return BudgetSheetData(
        group_name="St. Columba Group of Five", family_size=4,
        required_amount=Decimal("28700"), cost_table_date=date(2018, 5, 1),
        committed=Decimal("26500"), income_support=Decimal("21200"),
        start_up=Decimal("7500"),
        schedule=tuple(
            BudgetMonth(m, Decimal("1766.67"), Decimal("1766.67") if i < 3 else Decimal(0),
                        "Start-up paid on arrival" if i == 0 else None)
            for i, m in enumerate(months)
        ),
        disbursements=(
            Disbursement(date(2026, 3, 18), Decimal("7500"),
                         "Start-up: furniture, clothing, household", "Łukasz Kowalczyk"),
            Disbursement(date(2026, 3, 18), Decimal("1766.67"), "Income support, March",
                         "Group account"),
            Disbursement(date(2026, 4, 1), Decimal("1766.67"), "Income support, April",
                         "Group account"),
            Disbursement(date(2026, 5, 1), Decimal("1766.67"), "Income support, May",
                         "Group account"),
        ),
        family_label="The H. family", letterhead=letterhead(), date=date(2026, 6, 12),
    )
