"""The questionnaire and the findings in the interface's language (issue 17): a screening
saved in French reads in English in an English interface (its letters stay French); in a
French interface the questionnaire starts in French and its own words are French; in a
Spanish interface the rule pack's English texts are shown in Spanish from the catalogue while
the screening is saved in English (the packs carry English and French only)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton

from desktop.clientfile import pack_language
from desktop.clientfile.questionnaire import QuestionnaireDialog
from desktop.clientfile.window import ClientFileWindow
from desktop.clipboard import ClipboardGuard
from models.clients import Client
from models.screening import load_pack

ROOT = Path(__file__).resolve().parents[2]
REFUGEE = load_pack("ca-refugee-claim")  # validated once here, not inside a waitUntil
BASE = {k: v for k, v in REFUGEE.examples[0].answers.items() if k != "removal_order_in_canada"}


@pytest.fixture
def client_id(book):
    return book.clients.add(Client("Amina Yusuf", citizenships=("SY",), city="Halifax",
                                   birth_date="1990-04-02")).id_of("clients")


@pytest.fixture
def interface(monkeypatch, tmp_path, qtbot):
    """``interface("fr")``: the client file's catalogue for that language installed (compiled
    from resources/translations/{core,clientfile}_<lang>.ts into tmp_path) and the interface
    language reported as it."""
    installed: list[QTranslator] = []
    folder = Path(sys.executable).parent
    lrelease = shutil.which("pyside6-lrelease", path=str(folder)) or shutil.which(
        "pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")

    def use(lang: str) -> None:
        qm = tmp_path / f"clientfile_{lang}.qm"
        catalogues = [str(ROOT / "resources" / "translations" / f"{area}_{lang}.ts")
                      for area in ("core", "clientfile")]
        subprocess.run([lrelease, "-silent", *catalogues, "-qm", str(qm)],
                       check=True, capture_output=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        monkeypatch.setattr(pack_language, "interface_lang", lambda: lang)

    yield use
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def texts(widget):
    return [lab.text() for lab in widget.findChildren(QLabel)]


def test_every_rule_pack_text_is_listed_for_translation():
    from desktop.clientfile.rulepack_labels import LABELS

    wanted = set()
    for path in sorted((ROOT / "resources" / "rulepacks").glob("*.yaml")):
        pack = yaml.safe_load(path.read_text("utf-8"))
        wanted.add(pack["title"]["en"])
        for q in pack["questionnaire"]:
            wanted.update(q[k]["en"] for k in ("label", "help", "short") if k in q)
        wanted.update(v["en"] for v in (pack.get("vocabulary") or {}).values())
        for f in pack["findings"]:
            wanted.add(f["message"]["en"])
            wanted.update(v["message"]["en"] for v in f.get("variants") or [])
    assert sorted(wanted - set(LABELS)) == []


def test_a_screening_saved_in_french_reads_in_english_in_the_english_interface(
        qtbot, ctx, book, client_id):
    book.screenings.run(client_id, "ca-refugee-claim", BASE, "fr")
    w = ClientFileWindow(ctx, client_id, ClipboardGuard())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.client is not None and all(t.loaded for t in w.all_tabs))
    tab = w.screenings
    shown = " ".join(texts(tab.findings))
    assert "Result: Bar" in shown and "Because of:" in shown and "not legal advice" in shown
    assert "Résultat" not in shown and "En raison de" not in shown
    assert "Way of entry: at a land port of entry" in shown
    heading = tab.findings.findChild(QLabel, "findingsHeading").text()
    assert "printed in French" in heading
    # What is stored (and printed) is still the French screening.
    saved = ctx.read(lambda b: b.screenings.for_client(client_id))[0]
    assert saved.lang == "fr" and "Mode d'entrée" not in saved.findings[0]["message"]
    assert tab.model.index(0, 2).data() == "Bar"


def test_in_french_the_questionnaire_and_its_own_words_are_french(qtbot, ctx, client_id,
                                                                   interface):
    interface("fr")
    q = QuestionnaireDialog(ctx, client_id)
    qtbot.addWidget(q)
    q.show()
    qtbot.waitUntil(lambda: q.ready)
    assert q.lang == "fr" and q.lang_choice.currentData() == "fr"
    route = q.editors["entry_route"].widget
    items = [route.itemText(i) for i in range(route.count())]
    assert "À un point d'entrée terrestre" in items and "— sans réponse —" in items
    cell = q._cells["entry_date"]
    assert cell.findChild(QLineEdit).placeholderText() == "AAAA-MM-JJ"
    buttons = [b.text() for b in q.findChildren(QPushButton)]
    assert "Ajouter une ligne" in buttons and "Add a row" not in buttons
    assert "Apatride" in [b.text() for b in q._cells["citizenships"].findChildren(QCheckBox)]
    assert "Constatations jusqu'ici" in texts(q)
    for key, value in BASE.items():
        q.editors[key].put(value)
    q._changed()
    before = q.preview.widget()
    q.preview_now()
    qtbot.waitUntil(lambda: q.preview.widget() is not before)
    shown = " ".join(texts(q.preview))
    assert "Résultat\u00a0: Obstacle" in shown and "En raison de" in shown


def test_in_spanish_the_pack_is_shown_in_spanish_and_saved_in_english(qtbot, ctx, client_id,
                                                                      interface):
    interface("es")
    q = QuestionnaireDialog(ctx, client_id)
    qtbot.addWidget(q)
    q.show()
    qtbot.waitUntil(lambda: q.ready)
    assert q.lang == "en"  # what is saved and printed: the packs carry English and French
    shown = " ".join(texts(q))
    assert "¿Cómo entró (o entrará) la persona a Canadá?" in shown
    assert "How did (or will) the person enter Canada?" not in shown
    route = q.editors["entry_route"].widget
    assert "Por un puerto de entrada terrestre" in [route.itemText(i)
                                                     for i in range(route.count())]
    assert q.pack_choice.currentText() == "¿Se puede presentar una solicitud de refugio en " \
                                          "Canadá?"
    for key, value in BASE.items():
        q.editors[key].put(value)
    q._changed()
    before = q.preview.widget()
    q.preview_now()
    qtbot.waitUntil(lambda: q.preview.widget() is not before)
    shown = " ".join(texts(q.preview))
    assert "Resultado: Impedimento" in shown and "Debido a:" in shown
    assert "no es asesoría legal" in shown
    # The findings' messages and the answers behind them, in Spanish (values read back
    # from the English message fill the Spanish one).
    assert "Se aplica el Acuerdo de Tercer País Seguro" in shown
    assert "Forma de entrada: por un puerto de entrada terrestre" in shown
    assert "Ciudadanía: Siria" in shown
    assert "The Safe Third Country Agreement applies" not in shown
