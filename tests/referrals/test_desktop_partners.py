"""Partners section: search by text, service, city and language; add and edit through the
dialog; remove for coordinators only; disabled with a reason for volunteers."""

from __future__ import annotations

import pytest

from desktop.partners import page as partners_page
from desktop.partners.dialog import PartnerDialog
from desktop.partners.page import PartnersPage
from models.partners import Partner


@pytest.fixture
def page(qtbot, ctx, book):  # noqa: F811
    book.partners.add(Partner("Clinique Saint-Laurent", services=("legal",),
                              cities=("Montréal",), languages=("French", "Spanish")))
    book.partners.add(Partner("Halifax Food Bank", services=("food",), cities=("Halifax",),
                              languages=("English",)))
    p = PartnersPage(ctx)
    qtbot.addWidget(p)
    ctx.changed.connect(p.refresh)  # as the main window does
    qtbot.waitUntil(lambda: p.loaded)
    return p


def names(page):
    return [r.name for r in page.model.rows()]


def shown(qtbot, page):
    qtbot.waitUntil(lambda: page.loaded)
    return names(page)


def test_model_and_search(qtbot, qtmodeltester, page, ctx, monkeypatch):
    def no_read_on_the_gui_thread(fn):
        raise AssertionError("searching partners waited on the database (issue 18)")

    monkeypatch.setattr(ctx, "read", no_read_on_the_gui_thread)
    qtmodeltester.check(page.model)
    assert names(page) == ["Clinique Saint-Laurent", "Halifax Food Bank"]
    page.search.setText("foo")
    page.search.setText("food")  # typed on before the first answer came
    assert not page.loaded
    assert shown(qtbot, page) == ["Halifax Food Bank"]
    page.search.clear()
    page.service.setCurrentIndex(page.service.findData("legal"))
    assert shown(qtbot, page) == ["Clinique Saint-Laurent"]
    page.service.setCurrentIndex(0)
    page.city.setText("montréal")
    assert shown(qtbot, page) == ["Clinique Saint-Laurent"]
    page.city.clear()
    page.language.setText("English")
    assert shown(qtbot, page) == ["Halifax Food Bank"]


def test_add_and_edit(qtbot, page, ctx, monkeypatch):  # noqa: F811
    monkeypatch.setattr(PartnerDialog, "ask", classmethod(
        lambda cls, parent, partner=None: Partner("Rainbow Refuge", services=("lgbtq_support",),
                                                  cities=("Halifax",))
        if partner is None else Partner(partner.name + " (renamed)", id=partner.id)))
    page.new_item()
    qtbot.waitUntil(lambda: "Rainbow Refuge" in names(page))
    page.table.selectRow(0)
    page.edit_partner()
    qtbot.waitUntil(lambda: "Clinique Saint-Laurent (renamed)" in names(page))


def test_dialog_validates_and_reads_checked_services(qtbot):
    dialog = PartnerDialog(None, Partner("X", services=("food",)))
    qtbot.addWidget(dialog)
    dialog.name.setText("")
    dialog.try_accept()
    assert dialog.result_partner is None and "name" in dialog.message.text()
    dialog.name.setText("Shelter North")
    dialog.cities.setText("Laval, Montréal")
    dialog.try_accept()
    p = dialog.result_partner
    assert p.name == "Shelter North" and p.services == ("food",)
    assert p.cities == ("Laval", "Montréal")


def test_delete_for_coordinators(qtbot, page, ctx, monkeypatch):  # noqa: F811
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(partners_page.QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.table.selectRow(1)
    assert page.delete_button.isEnabled()
    page.delete_partner()
    qtbot.waitUntil(lambda: names(page) == ["Clinique Saint-Laurent"])


@pytest.mark.parametrize(("role", "add", "delete"), [("volunteer", False, False),
                                                     ("caseworker", True, False)])
def test_role_aware_buttons(qtbot, ctx, book, role, add, delete):  # noqa: F811
    book.partners.add(Partner("A"))
    ctx.role = role
    p = PartnersPage(ctx)
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: p.loaded)
    p.table.selectRow(0)
    assert p.add_button.isEnabled() is add
    assert p.delete_button.isEnabled() is delete
    if not add:
        assert "add or edit partners" in p.add_button.toolTip()
    if not delete:
        assert "coordinator" in p.delete_button.toolTip()
