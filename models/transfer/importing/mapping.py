"""Which Waystation field each column of a spreadsheet holds.

A mapping is a list with one target per column: a client field (the CSV import's columns),
one of the extras an import can carry (notes, household members, relatives in Canada, one
follow-up per row), or ``skip``. The first guess comes from the header, in English, French
or Spanish; a mapping a person confirmed is remembered per file layout (a hash of the header
row) in the casebook's settings, so next month's copy of the same spreadsheet maps itself.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from typing import TYPE_CHECKING

from models.errors import InvalidInput
from models.permissions import Action
from models.transfer.spreadsheets import COLUMNS

if TYPE_CHECKING:
    from models.casebook import Casebook

SKIP = "skip"
EXTRAS = ("notes", "household", "relatives", "followup_date", "followup_title")
TARGETS = (*COLUMNS, *EXTRAS, SKIP)
# Targets more than one column may map to (each column's cells become their own notes).
REPEATABLE = frozenset({"notes", SKIP})
LABELS = {
    "display_name": "Name", "aliases": "Other names", "pronouns": "Pronouns",
    "gender_identity": "Gender identity", "birth_date": "Birth date",
    "birth_year": "Birth year", "languages": "Languages", "citizenships": "Citizenships",
    "city": "City", "region": "Province / state", "country": "Country",
    "immigration_situation": "Immigration situation", "immigration_notes": "Immigration notes",
    "safe_contact": "Safe contact", "phone": "Phone", "email": "E-mail", "flags": "Flags",
    "status": "Status", "notes": "A note", "household": "Household members",
    "relatives": "Relatives in Canada", "followup_date": "Follow-up date",
    "followup_title": "Follow-up task", SKIP: "Skip this column",
}
# Header words, folded (lower case, no accents, punctuation as spaces), English / French /
# Spanish. Exact matches only: a wrong guess is worse than "skip", and the person sees both.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "display_name": ("display name", "name", "full name", "client", "client name", "person",
                     "nom", "nom complet", "prenom et nom", "nom et prenom", "beneficiaire",
                     "nombre", "nombre completo", "cliente", "persona"),
    "aliases": ("aliases", "alias", "other names", "also known as", "aka", "autres noms",
                "otros nombres"),
    "pronouns": ("pronouns", "pronoms", "pronombres"),
    "gender_identity": ("gender identity", "gender", "identite de genre", "genre",
                        "identidad de genero", "genero"),
    "birth_date": ("birth date", "date of birth", "dob", "birthday", "date de naissance",
                   "ne le", "nee le", "fecha de nacimiento", "nacimiento"),
    "birth_year": ("birth year", "year of birth", "annee de naissance", "ano de nacimiento",
                   "anio de nacimiento"),
    "languages": ("languages", "language", "langues", "langue", "idiomas", "idioma",
                  "lenguas"),
    "citizenships": ("citizenships", "citizenship", "nationality", "nationalities",
                     "nationalite", "citoyennete", "nacionalidad", "ciudadania"),
    "city": ("city", "town", "ville", "localite", "ciudad", "localidad"),
    "region": ("region", "province", "state", "province or state", "provincia",
               "estado provincia", "provincia estado"),
    "country": ("country", "pays", "pais"),
    "immigration_situation": ("immigration situation", "immigration status",
                              "situation migratoire", "statut d immigration",
                              "statut migratoire", "situacion migratoria",
                              "estatus migratorio"),
    "immigration_notes": ("immigration notes", "notes immigration", "notes sur l immigration",
                          "notas migratorias"),
    "safe_contact": ("safe contact", "contact safely", "contact sur", "contact securitaire",
                     "contacto seguro"),
    "phone": ("phone", "phone number", "telephone", "tel", "mobile", "cell", "cellulaire",
              "telefono", "movil", "celular"),
    "email": ("email", "e mail", "courriel", "adresse courriel", "correo",
              "correo electronico"),
    "flags": ("flags", "indicateurs", "marcadores"),
    "status": ("status", "file status", "case status", "statut", "statut du dossier", "etat",
               "estado", "estado del caso"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "remarques", "commentaires",
              "commentaire", "observations", "notas", "nota", "comentarios", "observaciones"),
    "household": ("household", "household members", "family members", "menage",
                  "membres du menage", "famille", "hogar", "miembros del hogar", "familia"),
    "relatives": ("relatives in canada", "relatives", "family in canada",
                  "famille au canada", "parents au canada", "familiares en canada",
                  "parientes en canada"),
    "followup_date": ("follow up date", "follow up", "next step date", "date de suivi",
                      "suivi", "fecha de seguimiento", "seguimiento"),
    "followup_title": ("follow up task", "next step", "tache de suivi", "prochaine etape",
                       "tarea de seguimiento", "proximo paso"),
}
_BY_WORDS = {w: target for target, words in _SYNONYMS.items()
             for w in words}
_SETTING_PREFIX = "import_mapping:"


def fold(text: str) -> str:
    """Lower case, accents removed, anything but letters and digits as one space."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", " ", text).strip()


def guess(header: list[str]) -> list[str]:
    """A target per column from its header; each field is guessed for one column only."""
    out: list[str] = []
    taken: set[str] = set()
    for name in header:
        target = _BY_WORDS.get(fold(name), SKIP)
        if target in taken and target not in REPEATABLE:
            target = SKIP
        taken.add(target)
        out.append(target)
    return out


def check(header: list[str], mapping: list[str]) -> list[str]:
    """The mapping, or InvalidInput naming the first column it cannot be."""
    if len(mapping) != len(header):
        raise InvalidInput.of("mapping", "names {named} columns but the sheet has {columns}",
                              named=len(mapping), columns=len(header))
    seen: dict[str, int] = {}
    for i, target in enumerate(mapping):
        column = header[i][:40] or f"{i + 1}"
        if target not in TARGETS:
            raise InvalidInput.of(f"column {column}", "{target!r} is not a Waystation field (see "
                                  "waystation import --help)", target=str(target)[:40])
        if target in seen and target not in REPEATABLE:
            raise InvalidInput.of(f"column {column}", "is mapped to {target}, like column {other}",
                                  target=target,
                                  other=header[seen[target]][:40] or seen[target] + 1)
        seen[target] = i
    if "display_name" not in seen:
        raise InvalidInput("mapping", "no column is mapped to display_name (the name)")
    if "followup_title" in seen and "followup_date" not in seen:
        raise InvalidInput("mapping", "a follow-up task needs a follow-up date column too")
    return list(mapping)


EXTRA_SHEET_TARGETS = ("client", *EXTRAS, SKIP)


def check_extra(header: list[str], mapping: list[str]) -> list[str]:
    """An extra sheet's mapping: one ``client`` column (the client's name as the main sheet
    writes it) and extras only."""
    if len(mapping) != len(header):
        raise InvalidInput.of("mapping", "names {named} columns but the sheet has {columns}",
                              named=len(mapping), columns=len(header))
    for i, target in enumerate(mapping):
        if target not in EXTRA_SHEET_TARGETS:
            raise InvalidInput(f"column {header[i][:40] or i + 1}", "on an extra sheet may "
                               "only be client, notes, household, relatives, followup_date, "
                               "followup_title or skip")
    if mapping.count("client") != 1:
        raise InvalidInput("mapping", "an extra sheet needs exactly one client column")
    for target in ("household", "relatives", "followup_date", "followup_title"):
        if mapping.count(target) > 1:
            raise InvalidInput.of("mapping", "an extra sheet maps {field} once at most",
                                  field=target)
    return list(mapping)


def guess_extra(header: list[str]) -> list[str] | None:
    """A guessed mapping for another sheet of the workbook: its name column becomes the
    ``client`` link, extras are kept, anything else skipped; None when the sheet has no name
    column or nothing to add."""
    out = []
    for target in guess(header):
        if target == "display_name":
            target = "client"
        out.append(target if target in EXTRA_SHEET_TARGETS else SKIP)
    if out.count("client") != 1 or not any(t in EXTRAS for t in out):
        return None
    try:
        return check_extra(header, out)
    except InvalidInput:
        return None


def layout_key(header: list[str]) -> str:
    """The same header row (ignoring case, accents and spacing) gives the same key."""
    return hashlib.sha256("\x1f".join(fold(h) for h in header).encode()).hexdigest()[:32]


def remembered(book: Casebook, header: list[str]) -> list[str] | None:
    return remembered_in(remembered_layouts(book), header)


def remembered_layouts(book: Casebook) -> dict[str, object]:
    """Every remembered mapping by layout key (a handful of rows): the import assistant reads
    them once when it opens, so choosing a file never waits on the database (issue 18)."""
    rows = book.store.q("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?",
                        (len(_SETTING_PREFIX), _SETTING_PREFIX))
    return {key[len(_SETTING_PREFIX):]: json.loads(value) for key, value in rows}


def remembered_in(layouts: dict[str, object], header: list[str]) -> list[str] | None:
    """The mapping remembered for ``header``'s layout among ``layouts``, if still valid."""
    value = layouts.get(layout_key(header))
    if isinstance(value, list) and len(value) == len(header) and all(
            v in TARGETS for v in value):
        return value
    return None


def remember(book: Casebook, header: list[str], mapping: list[str]) -> None:
    """Keep a confirmed mapping for this layout (joins the caller's transaction)."""
    s = book.store
    s.require(Action.IMPORT)
    with s.tx():
        s.x("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
            (_SETTING_PREFIX + layout_key(header), json.dumps(check(header, mapping))))
        s.audit("setting:import_mapping", "settings")


def initial(book: Casebook | None, header: list[str]) -> list[str]:
    """The remembered mapping for this layout, else the guess."""
    return (remembered(book, header) if book is not None else None) or guess(header)


def columns_from_spec(spec: dict, header: list[str]) -> list[str]:
    """Targets for ``header`` from a ``{"columns": {...}}`` object; every column named."""
    if not isinstance(spec.get("columns"), dict):
        raise InvalidInput("mapping file", 'needs "columns": {"column header": "field", ...}')
    by_fold = {fold(str(k)): v for k, v in spec["columns"].items()}
    out = []
    for name in header:
        target = by_fold.get(fold(name))
        if target is None:
            raise InvalidInput(f"column {name[:40]}", "is not in the mapping file (map it to a "
                                                      'field or to "skip")')
        out.append(str(target))
    return out


def from_file_spec(spec: object, header: list[str]) -> list[str]:
    """A mapping from a ``--mapping`` JSON file: ``{"columns": {"Header": "field", ...}}``.

    Every column of the sheet must be named (``"skip"`` is a choice), so a column added to
    the spreadsheet later is never imported or dropped silently.
    """
    if not isinstance(spec, dict) or not isinstance(spec.get("columns"), dict):
        raise InvalidInput("mapping file", 'must be a JSON object with "columns": '
                                           '{"column header": "field", ...}')
    return check(header, columns_from_spec(spec, header))
