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

ROOT = Path(__file__).resolve().parent.parent


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


def _templates_in_models() -> set[str]:
    found = set()
    for path in (ROOT / "models").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "of" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "InvalidInput"):
                template = node.args[1]
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
