"""CSV files to import and the casebook they go into."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from models.casebook import Casebook
from models.clients import Client
from models.household import HouseholdMember
from models.security.keyslots import KdfParams
from models.transfer import spreadsheets

FRENCH_HEADER = ["Nom", "Autres noms", "Date de naissance", "Ville", "Langues", "Téléphone",
                 "Remarques", "Ménage", "Date de suivi", "Tâche de suivi", "Dossier interne"]


FRENCH_ROWS = [
    ["Zoé Gagnon", "Zoe G.", "1988-02-03", "Montréal", "Français; Arabe", "+1 514 555 0101",
     "Arrivée en février, a besoin d'un interprète", "Léa; Hugo", "2031-01-15",
     "Appeler au sujet du logement", "A-1"],
    ["Hélène Côté", "", "", "Québec", "Français", "", "Préfère le courriel", "", "", "", "A-2"],
    ["José Núñez", "", "1975-11-30", "Sherbrooke", "Espagnol", "", "", "", "", "", "A-3"],
]


def french_csv(rows=FRENCH_ROWS) -> bytes:
    """What French Excel's "CSV (séparateur : point-virgule)" writes."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerows([FRENCH_HEADER, *rows])
    return buf.getvalue().encode("cp1252")


IMPORT_PASS = "import passphrase"


HEADER = ",".join(spreadsheets.COLUMNS)


def csv_text(*rows: str, header: str = HEADER) -> str:
    return "\n".join([header, *rows]) + "\n"


def good_row(i: int) -> str:
    return (f"Client {i},Cliente {i};C. {i},she/her,,1990-05-0{1 + i % 9},,Arabic;French,SY,"
            f"Toronto,ON,Canada,in_canada_claimant,\"Notes, with a comma\",Text only,"
            f"+1 416 555-0100,c{i}@example.org,medical;lgbtq,active")


@pytest.fixture
def casebook(tmp_path, monkeypatch):
    path = tmp_path / "io.wsdb"
    book, _ = Casebook.create(path, "ana", IMPORT_PASS, kdf=KdfParams())
    book.users.add("vera", "volunteer", IMPORT_PASS)
    book.users.add("carl", "caseworker", IMPORT_PASS)
    cid = book.clients.add(Client("Existing Person", city="Halifax")).id_of("clients")
    book.household.add_member(cid, HouseholdMember("A Child", relationship="son"))
    book.notes.add(cid, "first note")
    book.close()
    monkeypatch.setenv("WAYSTATION_USER", "ana")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", IMPORT_PASS)
    return path


def count(path: Path) -> int:
    book = Casebook.open(path, "ana", IMPORT_PASS)
    try:
        return book.clients.count()
    finally:
        book.close()
