"""Words that come from ``models/`` and are shown in the records area (Sponsorships,
Partners, Referrals, the import assistant, Reports): listed once here with
``QT_TRANSLATE_NOOP("models", …)`` so that pyside6-lupdate extracts them into the records
translation files, and translated where they are shown with :func:`model_words` /
:func:`shown`. ``models/`` never imports Qt, so its English labels are translated at display
time in the context "models" (the same label listed by another area is merged by lrelease)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.widgets.rows_model import english_label

# Partner services (models.partners.SERVICES through rows_model.label).
SERVICES = (
    QT_TRANSLATE_NOOP("models", "Legal"),
    QT_TRANSLATE_NOOP("models", "Legal aid"),
    QT_TRANSLATE_NOOP("models", "Shelter housing"),
    QT_TRANSLATE_NOOP("models", "Health"),
    QT_TRANSLATE_NOOP("models", "Mental health"),
    QT_TRANSLATE_NOOP("models", "Cash assistance"),
    QT_TRANSLATE_NOOP("models", "Food"),
    QT_TRANSLATE_NOOP("models", "Employment"),
    QT_TRANSLATE_NOOP("models", "Education"),
    QT_TRANSLATE_NOOP("models", "LGBTQ+ support"),
    QT_TRANSLATE_NOOP("models", "Child welfare"),
    QT_TRANSLATE_NOOP("models", "Interpretation"),
    QT_TRANSLATE_NOOP("models", "Transport"),
    QT_TRANSLATE_NOOP("models", "Sponsorship"),
    QT_TRANSLATE_NOOP("models", "Other"),
)
# Referral statuses (models.referrals.STATUSES) and client statuses (models.clients).
STATUSES = (
    QT_TRANSLATE_NOOP("models", "Draft"),
    QT_TRANSLATE_NOOP("models", "Consent recorded"),
    QT_TRANSLATE_NOOP("models", "Sent"),
    QT_TRANSLATE_NOOP("models", "Acknowledged"),
    QT_TRANSLATE_NOOP("models", "Accepted"),
    QT_TRANSLATE_NOOP("models", "Declined"),
    QT_TRANSLATE_NOOP("models", "Completed"),
    QT_TRANSLATE_NOOP("models", "Withdrawn"),
    QT_TRANSLATE_NOOP("models", "Active"),
    QT_TRANSLATE_NOOP("models", "Closed"),
)
# Member roles suggested in the member dialog (stored as keys, shown through label()).
ROLES = (
    QT_TRANSLATE_NOOP("models", "Coordinator"),
    QT_TRANSLATE_NOOP("models", "Treasurer"),
    QT_TRANSLATE_NOOP("models", "Housing"),
    QT_TRANSLATE_NOOP("models", "Health"),
    QT_TRANSLATE_NOOP("models", "Employment"),
    QT_TRANSLATE_NOOP("models", "Interpreter"),
    QT_TRANSLATE_NOOP("models", "Member"),
    # Casebook account roles (models.permissions.ROLES).
    QT_TRANSLATE_NOOP("models", "Caseworker"),
    QT_TRANSLATE_NOOP("models", "Volunteer"),
)
# Settlement-plan duties (models.sponsorship.records.DUTY_KINDS).
DUTIES = (
    QT_TRANSLATE_NOOP("models", "Airport reception"),
    QT_TRANSLATE_NOOP("models", "Housing"),
    QT_TRANSLATE_NOOP("models", "Orientation"),
    QT_TRANSLATE_NOOP("models", "Provincial health card"),
    QT_TRANSLATE_NOOP("models", "Social insurance number"),
    QT_TRANSLATE_NOOP("models", "Bank account"),
    QT_TRANSLATE_NOOP("models", "Canada child benefit"),
    QT_TRANSLATE_NOOP("models", "School enrolment"),
    QT_TRANSLATE_NOOP("models", "Language classes"),
    QT_TRANSLATE_NOOP("models", "Employment support"),
    QT_TRANSLATE_NOOP("models", "Interpreter"),
    QT_TRANSLATE_NOOP("models", "Transport"),
    QT_TRANSLATE_NOOP("models", "Other"),
)
# Budget warnings without figures (models.sponsorship.budget.build_view).
BUDGET = (
    QT_TRANSLATE_NOOP("models", "Link the family's client records or set the family size to "
                                "see the requirement."),
    QT_TRANSLATE_NOOP("models", "More has been paid out than was committed."),
)
# The readiness rule pack's title and the screening notice, for a language the rule packs do
# not have (models.screening: English and French).
READINESS = (
    QT_TRANSLATE_NOOP("models", "Is a private sponsorship application ready?"),
    QT_TRANSLATE_NOOP("models", "This screening is not legal advice: the law and each person's "
                                "facts can differ, so have a lawyer or legal clinic confirm it "
                                "before anyone acts on it."),
)
# Waystation fields a spreadsheet column can be imported into (models.transfer.importing.mapping).
IMPORT_FIELDS = (
    QT_TRANSLATE_NOOP("models", "Name"),
    QT_TRANSLATE_NOOP("models", "Other names"),
    QT_TRANSLATE_NOOP("models", "Pronouns"),
    QT_TRANSLATE_NOOP("models", "Gender identity"),
    QT_TRANSLATE_NOOP("models", "Birth date"),
    QT_TRANSLATE_NOOP("models", "Birth year"),
    QT_TRANSLATE_NOOP("models", "Languages"),
    QT_TRANSLATE_NOOP("models", "Citizenships"),
    QT_TRANSLATE_NOOP("models", "City"),
    QT_TRANSLATE_NOOP("models", "Province / state"),
    QT_TRANSLATE_NOOP("models", "Country"),
    QT_TRANSLATE_NOOP("models", "Immigration situation"),
    QT_TRANSLATE_NOOP("models", "Immigration notes"),
    QT_TRANSLATE_NOOP("models", "Safe contact"),
    QT_TRANSLATE_NOOP("models", "Phone"),
    QT_TRANSLATE_NOOP("models", "E-mail"),
    QT_TRANSLATE_NOOP("models", "Flags"),
    QT_TRANSLATE_NOOP("models", "Status"),
    QT_TRANSLATE_NOOP("models", "A note"),
    QT_TRANSLATE_NOOP("models", "Household members"),
    QT_TRANSLATE_NOOP("models", "Relatives in Canada"),
    QT_TRANSLATE_NOOP("models", "Follow-up date"),
    QT_TRANSLATE_NOOP("models", "Follow-up task"),
    QT_TRANSLATE_NOOP("models", "Skip this column"),
)
# Why an imported cell is refused (models.transfer.importing.plan.Problem.reason, fixed sentences;
# the validation reasons of models.clients are translated with the core error messages).
IMPORT_PROBLEMS = (
    QT_TRANSLATE_NOOP("models", "names no client of the main sheet"),
    QT_TRANSLATE_NOOP("models", "names a client who appears on several rows of the main "
                                "sheet"),
    QT_TRANSLATE_NOOP("models", "contains a NUL character"),
    QT_TRANSLATE_NOOP("models", "is longer than 10000 characters"),
    QT_TRANSLATE_NOOP("models", "has a name longer than 200 characters"),
    QT_TRANSLATE_NOOP("models", "is not a date (use YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("models", "is longer than 300 characters"),
    QT_TRANSLATE_NOOP("models", "has a follow-up task but no follow-up date"),
    QT_TRANSLATE_NOOP("models", "the sheet has a header but no rows"),
    QT_TRANSLATE_NOOP("models", "has a value but no header above it"),
    QT_TRANSLATE_NOOP("models", "is not a whole number"),
    QT_TRANSLATE_NOOP("models", "is required (the person's name)"),
)


def model_words(text: str) -> str:
    """An English label or sentence from ``models/`` in the interface's language."""
    return QCoreApplication.translate("models", text) if text else text


def shown(value: str | None) -> str:
    """A stored value such as ``legal_aid`` as words in the interface's language."""
    return model_words(english_label(value))

