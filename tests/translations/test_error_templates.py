"""Reasons of ``InvalidInput`` with a value in them (issue 17): models/ raises them with
``InvalidInput.of(field, template, **values)``, their English text is unchanged, and the
desktop shows them in French and Spanish with the value kept (desktop/errors.py)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from models.errors import InvalidInput
from tests.support import translation_walk as tw

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def english_after(qtbot):
    yield
    tw.reset_language()


def _raised(call) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        call()
    return caught.value


def _unknown_service() -> InvalidInput:
    from models.partners import Partner, validate
    return _raised(lambda: validate(Partner(name="Food bank", services=("plumbing",))))


def _too_long() -> InvalidInput:
    from models.validate import clean_text
    return _raised(lambda: clean_text("name", "x" * 201, limit=200))


def test_english_text_and_exit_code_are_unchanged():
    exc = _unknown_service()
    assert str(exc) == "services: 'plumbing' is not a known service"
    assert exc.reason == "'plumbing' is not a known service"
    assert exc.field == "services" and exc.exit_code == 2
    assert exc.template == "{service!r} is not a known service"
    assert exc.values == {"service": "plumbing"}
    assert str(_too_long()) == "name: is longer than 200 characters"


def test_a_reason_with_a_value_is_shown_in_french_and_spanish(english_after):
    from desktop import errors, i18n

    i18n.install("fr")
    assert errors.message_for(_unknown_service()) == (
        "services\u00a0: 'plumbing' n’est pas un service connu")
    assert errors.message_for(_too_long()).endswith("\u00a0: dépasse 200 caractères")
    i18n.install("es")
    assert errors.message_for(_unknown_service()) == (
        "servicios: 'plumbing' no es un servicio conocido")
    assert errors.message_for(_too_long()).endswith(": tiene más de 200 caracteres")
    i18n.install("en")
    assert errors.message_for(_unknown_service()) == (
        "services: 'plumbing' is not a known service")


def test_a_row_and_column_in_the_field_are_kept_and_the_words_translated(english_after):
    from desktop import errors, i18n

    exc = InvalidInput.of("row 4, column Ciudad", "is longer than {limit} characters",
                          limit=100)
    assert str(exc) == "row 4, column Ciudad: is longer than 100 characters"
    i18n.install("fr")
    assert errors.message_for(exc) == "ligne 4, colonne Ciudad\u00a0: dépasse 100 caractères"
    i18n.install("es")
    assert errors.message_for(exc) == "fila 4, columna Ciudad: tiene más de 100 caracteres"
    assert errors.message_for(InvalidInput("row 2, services", "is required")).startswith(
        "fila 2, servicios: ")
    assert errors.message_for(InvalidInput("sheet Family", "is the main sheet")) == (
        "hoja Family: es la hoja principal")


def test_a_translation_naming_a_missing_value_falls_back_to_english(english_after):
    from desktop import errors

    exc = InvalidInput("services", "x is not a known service",
                       template="{service!r} is not a known service", values={})
    assert errors.sentence_for(exc) == "services: x is not a known service"


def _template_arg(node: ast.Call) -> ast.expr | None:
    """The template argument of ``InvalidInput.of(field, template)``, ``Problem.of(row,
    column, template)``, ``<any error of models.errors>.of(template)`` or
    ``AmountError(template)``; None for any other call."""
    from models import errors

    error_names = {name for name, value in vars(errors).items()
                   if isinstance(value, type) and issubclass(value, errors.WaystationError)}
    func = node.func
    if isinstance(func, ast.Name) and func.id == "AmountError":
        return node.args[0]
    if not (isinstance(func, ast.Attribute) and func.attr == "of"
            and isinstance(func.value, ast.Name)):
        return None
    if func.value.id == "InvalidInput":
        return node.args[1]
    if func.value.id == "Problem":
        return node.args[2]
    if func.value.id in error_names:
        return node.args[0]
    return None


def _templates_in_models() -> set[str]:
    found = set()
    for path in (ROOT / "models").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (template := _template_arg(node)) is not None:
                assert isinstance(template, ast.Constant), f"{path}: a literal template"
                found.add(template.value)
    return found


def test_every_template_is_listed_and_translated_with_the_same_fields():
    labels = set()
    for node in ast.walk(ast.parse((ROOT / "desktop/model_labels.py").read_text("utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            labels.add(node.args[1].value)
    templates = _templates_in_models()
    assert len(templates) > 30
    assert {"A {role} cannot {action}.", "A sponsorship that is {status} cannot be extended.",
            "Write an amount in dollars, for example {example}.",
            "The casebook database ({name}) is empty; restore it from a backup."} <= templates
    assert templates - labels == set()
    templates |= {"row {row}, column {column}", "row {row}, {field}", "row {row}",
                  "column {column}", "sheet {sheet}"}  # fields, in desktop/errors.py
    fields = re.compile(r"\{(\w+)")
    for lang in ("fr", "es"):
        tree = ET.parse(ROOT / f"resources/translations/core_{lang}.ts")
        catalogue = {m.findtext("source"): m.findtext("translation")
                     for c in tree.getroot() if c.findtext("name") == "models"
                     for m in c.iter("message")}
        for template in templates:
            translated = catalogue.get(template)
            assert translated, f"[{lang}] {template}"
            assert set(fields.findall(translated)) == set(fields.findall(template)), (
                f"[{lang}] {template} -> {translated}")


# -- errors other than InvalidInput with a value in their sentence (WaystationError.of,
#    AmountError, Problem.of): English unchanged, French and Spanish with the value kept and
#    a label value (status, role, action) translated

def _conflicts():
    from models.errors import Conflict
    from models.referrals import status_label as referral
    from models.sponsorship.records import status_label as sponsorship

    return (Conflict.of("A sponsorship that is {status} cannot become {new}.",
                        status=sponsorship("in_support"), new=sponsorship("approved")),
            Conflict.of("A referral that is {status} cannot become {new}.",
                        status=referral("consent_recorded"), new=referral("draft")))


def _denied():
    from models.errors import PermissionDenied
    from models.permissions import Action, require

    with pytest.raises(PermissionDenied) as caught:
        require("volunteer", Action.ERASE)
    return caught.value


def _amount_text(lang: str) -> str:
    from desktop.sponsorships.fields import amount_of

    with pytest.raises(ValueError) as caught:
        amount_of("lots")
    return str(caught.value)


def _missing_keys(tmp_path):
    from models.errors import CasebookCorrupt
    from models.security import keyslots

    with pytest.raises(CasebookCorrupt) as caught:
        keyslots.read_header(tmp_path / "family.wsdb")
    return caught.value


def _long_cell():
    from models.transfer.importing.plan import Problem
    from models.validate import MAX_TEXT

    return Problem.of(3, "Notes", "is longer than {limit} characters", limit=MAX_TEXT)


def test_english_of_the_other_errors_is_unchanged(tmp_path):
    from models.money import AmountError, parse_amount
    from models.validate import MAX_TEXT

    sponsorship, referral = _conflicts()
    assert str(sponsorship) == "A sponsorship that is in_support cannot become approved."
    assert str(referral) == "A referral that is consent recorded cannot become draft."
    assert str(_denied()) == "A volunteer cannot erase the casebook."
    with pytest.raises(AmountError) as caught:
        parse_amount("lots")
    assert str(caught.value) == "“lots” is not an amount in dollars; write it like $1,250.50."
    assert str(_missing_keys(tmp_path)) == (
        "The casebook's key file (family.wsdb.keys) is missing; restore it from a backup.")
    assert _missing_keys(tmp_path).path == str(tmp_path / "family.wsdb.keys")
    assert str(_long_cell()) == f"row 3, column Notes: is longer than {MAX_TEXT} characters"


def test_the_other_errors_are_shown_in_french_and_spanish(tmp_path, english_after):
    from desktop import errors, i18n
    from desktop.importing.wizard import problem_text

    sponsorship, referral = _conflicts()
    i18n.install("fr")
    assert errors.message_for(sponsorship) == (
        "Un parrainage à l’état «\u00a0En période de soutien\u00a0» ne peut pas passer à "
        "«\u00a0Approuvé\u00a0».")
    assert errors.message_for(referral) == (
        "Une orientation à l’état «\u00a0Consentement consigné\u00a0» ne peut pas passer à "
        "«\u00a0Brouillon\u00a0».")
    assert errors.message_for(_denied()).startswith(
        "Le rôle «\u00a0bénévole\u00a0» ne permet pas l’action «\u00a0effacer le registre\u00a0».")
    assert _amount_text("fr") == (
        "«\u00a0lots\u00a0» n’est pas un montant en dollars\u00a0; écrivez-le comme "
        "1\u00a0250,50\u00a0$.")
    assert errors.sentence_for(_missing_keys(tmp_path)) == (
        "Le fichier de clés du registre (family.wsdb.keys) est introuvable\u00a0; restaurez-le "
        "à partir d’une sauvegarde.")
    assert problem_text(_long_cell()).endswith("\u00a0: dépasse 10000 caractères")
    i18n.install("es")
    assert errors.message_for(sponsorship) == (
        "Un patrocinio en estado «En período de apoyo» no puede pasar a «Aprobado».")
    assert errors.message_for(referral).startswith(
        "Una derivación en estado «Consentimiento registrado» no puede pasar a «")
    assert errors.sentence_for(_denied()).startswith("El rol «voluntario» no permite ")
    assert _amount_text("es").startswith("«lots» no es un monto en dólares; escríbalo como ")
    assert errors.sentence_for(_missing_keys(tmp_path)) == (
        "Falta el archivo de claves del registro (family.wsdb.keys); restáurelo desde una "
        "copia de seguridad.")
    assert problem_text(_long_cell()).endswith(": tiene más de 10000 caracteres")


def test_a_sponsorship_conflict_raised_by_the_model_names_its_status_translated(
        book, english_after):
    from desktop import errors, i18n
    from models.errors import Conflict
    from models.sponsorship.repository import Sponsorship

    sid = book.sponsorships.create(Sponsorship("Maple Group", "group_of_five")).id_of(
        "sponsorships")
    with pytest.raises(Conflict) as caught:
        book.sponsorships.set_status(sid, "completed")
    assert str(caught.value) == "A sponsorship that is preparing cannot become completed."
    i18n.install("fr")
    assert errors.message_for(caught.value) == (
        "Un parrainage à l’état «\u00a0En préparation\u00a0» ne peut pas passer à "
        "«\u00a0Terminée\u00a0».")
    i18n.install("es")
    assert errors.message_for(caught.value) == (
        "Un patrocinio en estado «En preparación» no puede pasar a «Completada».")


def test_a_key_file_older_than_the_casebook_is_named_in_french_and_spanish(tmp_path,
                                                                          english_after):
    from desktop import errors, i18n
    from models.casebook import key_file_older

    exc = key_file_older(tmp_path / "family.wsdb")
    assert str(exc) == ("The key file family.wsdb.keys is older than the casebook; restore the "
                        "newest key file from the latest backup, or copy it back from where "
                        "it was.")
    i18n.install("fr")
    assert errors.sentence_for(exc).startswith(
        "Le fichier de clés family.wsdb.keys est plus ancien que le registre\u00a0; ")
    i18n.install("es")
    assert errors.sentence_for(exc).startswith(
        "El archivo de claves family.wsdb.keys es más antiguo que el registro; ")
