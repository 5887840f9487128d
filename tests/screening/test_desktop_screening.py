"""The questionnaire and findings as a person uses them (issues 15, 16, 19), driving the real
widgets: the wheel over a drop-down, a new screening from the previous one, "none" as an
answer, words instead of codes (English and French), "Because of" with the values, a
country alias said next to the field, the same findings as the command line, and "Compare
with current rules" in the client file."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QFrame, QLabel, QLineEdit

from desktop.cli import main
from desktop.clientfile.questionnaire import FormCombo, QuestionnaireDialog
from desktop.clientfile.window import ClientFileWindow
from desktop.clipboard import ClipboardGuard
from models.clients import Client
from models.screening import load_pack

REFUGEE = load_pack("ca-refugee-claim")  # validated once here, not inside a waitUntil
load_pack("ca-private-sponsorship")
BASE = dict(REFUGEE.examples[0].answers)
CODES = re.compile(r"\b(?:[A-Z]{2,}_[A-Z_]+|[a-z]+_[a-z_]+|ca-refugee-claim)\b")


@pytest.fixture
def client_id(book):
    return book.clients.add(Client("Amina Yusuf", citizenships=("SY",), city="Halifax",
                                   birth_date="1990-04-02")).id_of("clients")


def dialog(qtbot, ctx, cid):
    q = QuestionnaireDialog(ctx, cid)
    qtbot.addWidget(q)
    q.show()
    qtbot.waitUntil(lambda: q.ready)
    return q


def put_all(q, answers):
    for key, value in answers.items():
        q.editors[key].put(value)
    q._changed()


def texts(widget):
    return [lab.text() for lab in widget.findChildren(QLabel)]


def card_ids(view):
    return [card.toolTip() for card in view.findChildren(QFrame, "findingCard")]


def preview(qtbot, q, fid=None):
    """Preview now and wait for it (for ``fid`` among the findings when given)."""
    before = q.preview.widget()
    q.preview_now()
    qtbot.waitUntil(lambda: q.preview.widget() is not before
                    and (fid is None or fid in card_ids(q.preview)))
    return texts(q.preview)


def wheel(widget, down=True):
    event = QWheelEvent(QPointF(5, 5), QPointF(widget.mapToGlobal(QPoint(5, 5))),
                        QPoint(0, 0), QPoint(0, -120 if down else 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


# --- issue 16 ---------------------------------------------------------------------------------


def test_the_wheel_changes_a_drop_down_only_when_it_has_the_focus(qtbot, ctx, client_id):
    q = dialog(qtbot, ctx, client_id)
    combo = q.editors["entry_route"].widget
    assert isinstance(combo, FormCombo) and combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    q.editors["citizenships"].widget.findChild(QLineEdit).setFocus()
    assert not combo.hasFocus()
    wheel(combo)
    assert combo.currentIndex() == 0  # still "not answered": the form scrolled instead
    q.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentIndex() == 1


def test_a_new_screening_starts_from_the_previous_one(qtbot, ctx, book, client_id):
    earlier = {**BASE, "entry_route": "airport", "removal_transit": "no",
               "prior_claims": [{"country": "KE", "outcome": "pending"}]}
    book.screenings.run(client_id, "ca-refugee-claim", earlier)
    q = dialog(qtbot, ctx, client_id)
    answers = q.answers()
    assert answers["entry_route"] == "airport" and answers["removal_transit"] == "no"
    assert answers["prior_claims"] == [{"country": "KE", "outcome": "pending"}]
    assert answers["criminality_concern"] == "no"
    assert not q.started_from.isHidden() and "Started from the screening" in \
        q.started_from.text()


def test_earlier_claims_none_can_be_answered(qtbot, ctx, client_id):
    q = dialog(qtbot, ctx, client_id)
    put_all(q, {k: v for k, v in BASE.items() if k not in ("prior_claims", "documents")})
    unsure = [t for t in preview(qtbot, q, "REVIEW_UNSURE") if "missing or unsure" in t]
    assert "“Earlier claims”" in unsure[0] and "“Documents held”" in unsure[0]
    for key in ("prior_claims", "documents"):
        none = q._cells[key].findChild(QCheckBox, "noneBox")
        none.click()
        assert none.isChecked()
    assert q.answers()["prior_claims"] == [] and q.answers()["documents"] == []
    found = preview(qtbot, q)
    assert "REVIEW_UNSURE" not in card_ids(q.preview)
    assert not any("Earlier claims" in t and "missing" in t for t in found)
    # Unticked, nothing is answered again (an empty list is not "none").
    q._cells["prior_claims"].findChild(QCheckBox, "noneBox").setChecked(False)
    assert "prior_claims" not in q.answers()


def test_words_not_codes_everywhere(qtbot, ctx, client_id):
    q = dialog(qtbot, ctx, client_id)
    route = q.editors["entry_route"].widget
    items = [route.itemText(i) for i in range(route.count())]
    assert "At a land port of entry" in items and "land_port" not in items
    assert route.itemData(1, Qt.ItemDataRole.ToolTipRole) == "land_port"  # code at most
    qtbot.waitUntil(lambda: q.pack_choice.currentText() == "Can a refugee claim be made "
                                                           "in Canada?")
    assert "ca-refugee-claim" not in [q.pack_choice.itemText(i)
                                      for i in range(q.pack_choice.count())]
    put_all(q, {k: v for k, v in BASE.items() if k != "removal_order_in_canada"})
    shown = preview(qtbot, q, "INELIG_STCA")
    assert "Result: Bar" in " ".join(shown)
    assert any("“Removal order in Canada”" in t for t in shown)
    for t in shown + [q.pack_info.text()]:
        assert not CODES.search(t), t


def test_because_of_shows_the_facts_with_their_values(qtbot, ctx, client_id):
    q = dialog(qtbot, ctx, client_id)
    put_all(q, BASE)
    shown = preview(qtbot, q, "INELIG_STCA")
    because = next(t for t in shown if t.startswith("Because of:") and "Way of entry" in t)
    assert "Citizenship: Syria" in because
    assert "Way of entry: at a land port of entry" in because
    assert "Date of entry: 1 Sept 2026" in because
    assert "Date of the claim: 1 Sept 2026 (the same day)" in because


def test_findings_in_french(qtbot, ctx, client_id):
    q = dialog(qtbot, ctx, client_id)
    put_all(q, {k: v for k, v in BASE.items() if k != "removal_order_in_canada"})
    q.lang_choice.setCurrentIndex(q.lang_choice.findData("fr"))
    qtbot.waitUntil(lambda: q.ready and q.lang == "fr")
    shown = preview(qtbot, q, "INELIG_STCA")
    joined = " ".join(shown)
    assert "Résultat\u00a0: Obstacle" in joined and "avis juridique" in joined
    assert "« Mesure de renvoi au Canada »" in joined
    assert "Mode d'entrée\u00a0: à un point d'entrée terrestre" in joined
    assert "Date de la demande\u00a0: 1 sept. 2026 (le même jour)" in joined
    assert q.pack_choice.toolTip() == "Une demande d'asile peut-elle être présentée au Canada?"
    assert "droit à jour au 31 mai 2026" in q.pack_info.text()
    route = q.editors["entry_route"].widget
    assert "À un point d'entrée terrestre" in [route.itemText(i) for i in range(route.count())]
    for t in shown:
        assert not CODES.search(t), t


def test_a_country_alias_is_said_next_to_the_field(qtbot, ctx, client_id):
    q = dialog(qtbot, ctx, client_id)
    cell = q._cells["citizenships"]
    line = cell.findChild(QLineEdit)
    line.setText("UK, SY")
    hint = cell.findChild(QLabel, "countryHint")
    assert hint.text() == "“UK” read as GB (United Kingdom), Syria"
    assert q.answers()["citizenships"] == ["GB", "SY"]
    line.setText("XX")
    q._changed()
    assert "not a country code" in q._problems["citizenships"].text()


# --- issue 19: the same findings from the desktop and the command line --------------------------


def test_desktop_and_command_line_give_the_same_findings(qtbot, ctx, client_id, tmp_path,
                                                         capsys):
    answers = {**BASE, "citizenships": ["US"], "documents": ["study_permit"]}
    q = dialog(qtbot, ctx, client_id)
    put_all(q, answers)
    preview(qtbot, q, "STCA_NA_NATIONAL")
    desktop = card_ids(q.preview)
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), "utf-8")
    assert main(["screen", "--pack", "ca-refugee-claim", "--answers", str(path),
                 "--json"]) == 0
    cli = [f["id"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert desktop == cli and "REVIEW_DOCUMENT" not in cli
    assert "documents" not in q.answers()


# --- saved screenings: their version, and what changed under the current rules ------------------


def test_saved_screening_shows_its_version_and_compares_with_current_rules(qtbot, ctx, book,
                                                                           client_id):
    answers = {**BASE, "prior_claims": [{"country": "CA", "outcome": "rejected"}]}
    old = [{"id": "INELIG_STCA", "severity": "bar", "citation": "IRPA 101(1)(e)",
            "message": "The Safe Third Country Agreement applies.",
            "referrals": ["legal_urgent"], "triggered_by": ["entry_route"]},
           {"id": "INELIG_B", "severity": "bar", "citation": "IRPA 101(1)(b)",
            "message": "A refugee claim was rejected in Canada.",
            "referrals": ["legal_urgent"], "triggered_by": ["prior_claims"]},
           {"id": "PRRA_AVAILABLE", "severity": "info", "citation": "IRPA 112",
            "message": "A pre-removal risk assessment should be available.",
            "referrals": ["legal_urgent"], "triggered_by": ["prior_claims"]}]
    with book.store.tx():
        book.store.x(
            "INSERT INTO screenings (client_id, pack_id, pack_version, law_date, answers,"
            " findings, summary, lang, user_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (client_id, "ca-refugee-claim", "2026.05.1", "2026-05-31", json.dumps(answers),
             json.dumps(old), "bar", "en", book.store.user.id, "2026-06-01T10:00:00+00:00"))
    w = ClientFileWindow(ctx, client_id, ClipboardGuard())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.client is not None and all(t.loaded for t in w.all_tabs))
    tab = w.screenings
    assert tab.model.index(0, 1).data() == "Can a refugee claim be made in Canada? (2026.05.1)"
    assert tab.model.index(0, 2).data() == "Bar"
    heading = tab.findings.findChild(QLabel, "findingsHeading").text()
    assert "version 2026.05.1" in heading and "ca-refugee-claim" not in heading
    assert "Earlier claims: Canada (rejected)" in " ".join(texts(tab.findings))
    tab.compare_button.click()
    qtbot.waitUntil(lambda: not tab.compare_note.isHidden())
    note = tab.compare_note.text()
    assert "version 2026.11.1, instead of 2026.05.1" in note
    assert "No longer:" in note and "Information — A pre-removal risk assessment" in note
    assert "PRRA_AVAILABLE" not in note
    assert ctx.read(lambda b: b.screenings.for_client(client_id))[0].pack_version == \
        "2026.05.1"
