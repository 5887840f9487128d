"""Screens ask the database worker and show the answer when it arrives: nothing a user opens
or types into waits on the worker with the GUI thread blocked (issue 18; the worker can be
busy for seconds with a long job, and a synchronous read waits up to its 5 s timeout).
Today, the referrals, partners and client-file tests check their own screens."""

from __future__ import annotations

import pytest

from models.changes import Changes
from models.partners import Partner
from tests.support.shell import controller, unlock  # noqa: F401 - fixture


def _no_read_on_the_gui_thread(fn):  # noqa: ANN001, ANN202
    raise AssertionError("a synchronous ctx.read on the GUI thread")


def test_reports_page_fills_city_and_language_from_the_worker(qtbot, ctx, book,
                                                              monkeypatch):
    from desktop import reports_page

    book.partners.add(Partner("Clinique Saint-Laurent", services=("legal",),
                              cities=("Montréal",), languages=("French",)))
    today = book.store.today()
    monkeypatch.setattr(ctx, "read", lambda fn: today)  # the dates' default: not this test
    page = reports_page.ReportsPage(ctx)
    qtbot.addWidget(page)
    monkeypatch.setattr(ctx, "read", _no_read_on_the_gui_thread)
    qtbot.waitUntil(lambda: page.city.findText("Montréal") >= 0)
    assert page.language.findText("French") >= 0

    book.partners.add(Partner("Halifax Food Bank", services=("food",), cities=("Halifax",)))
    page.refresh(Changes.of("partners"))
    qtbot.waitUntil(lambda: page.city.findText("Halifax") >= 0)


def test_a_new_auto_lock_time_is_read_on_the_worker(qtbot, controller):  # noqa: F811
    c = controller
    unlock(qtbot, c)
    c.ctx.worker.drain()
    c.ctx.read = _no_read_on_the_gui_thread
    c.ctx.run(lambda b: b.settings.set("auto_lock_minutes", 7))  # broadcasts "settings"
    qtbot.waitUntil(lambda: c.idle_minutes == 7)
    del c.ctx.read


# -- the walk: every main screen with synchronous waits refused ------------------------------
@pytest.fixture
def strict(monkeypatch):
    """A blocking wait on the worker from the GUI thread raises (desktop.worker.strict),
    except for the reasons in ALLOWED_WAITS; what was refused is listed even when a broad
    ``except`` in a screen swallowed the error."""
    from desktop.worker import DbWorker

    refused: list[str] = []
    monkeypatch.setattr(DbWorker, "strict", True)
    monkeypatch.setattr(DbWorker, "refused", refused)
    return refused


@pytest.fixture
def filled(book, book_path):
    """A client with a sent referral (consent recorded), a partner, a follow-up and a
    sponsorship, so each screen has something to show."""
    from models.followups import Followup
    from models.sponsorship.repository import Sponsorship
    from tests.support.documents import make_casebook

    cid, _pid, rid = make_casebook(book, status="sent")
    book.followups.add(Followup("Call back", book.store.today().isoformat(), client_id=cid,
                                referral_id=rid))
    sid = book.sponsorships.create(Sponsorship("Group A", sponsor_type="group_of_five")) \
        .id_of("sponsorships")
    book.close()
    return cid, sid


def _settle(qtbot, c):  # noqa: ANN001, ANN202 - waits without blocking on the worker
    qtbot.waitUntil(lambda: c.ctx.worker.pending == 0, timeout=20000)


def test_a_walk_through_the_main_screens_never_waits_on_the_worker(
        qtbot, strict, filled, book_path, monkeypatch, tmp_path):
    """Issue 18: open the casebook, every section, a client file with each tab, Settings,
    the sponsorship pages and their dialogs, the import assistant, the week's batch of
    letters and Reports, with every blocking wait on the worker refused unless
    ALLOWED_WAITS names it (unlock and lock)."""
    from desktop import errors
    from desktop.app import AppController
    from desktop.clientfile.referral_dialog import ReferralDialog
    from desktop.importing.wizard import ImportWizard
    from desktop.sponsorships import members as sponsorship_members
    from desktop.sponsorships import page as sponsorship_page

    cid, sid = filled
    shown: list = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, title="": shown.append(exc))
    c = AppController(book_path, "ana")
    c.show()
    try:
        unlock(qtbot, c)
        assert c.main is not None, shown
        _settle(qtbot, c)
        for key in c.main.section_keys:
            c.main.show_section(key)
            _settle(qtbot, c)

        # A client file, each tab, and a new referral (its partner list).
        c.open_client(cid)
        window = c.extra_windows[-1]
        qtbot.waitUntil(lambda: window.client is not None, timeout=10000)
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            _settle(qtbot, c)
        asked = []
        monkeypatch.setattr(ReferralDialog, "ask", classmethod(
            lambda cls, parent, cid, partners, *a, **k: asked.append(partners)))
        window.referrals.new_referral(category="legal")
        qtbot.waitUntil(lambda: bool(asked))
        assert [p.name for p in asked[0]] == ["Clinique juridique Saint-Laurent"]

        # The sponsorship page, its detail tabs, and the dialogs that list users.
        page = c.main.show_section("sponsorships")
        page.select(sid)
        qtbot.waitUntil(lambda: getattr(page, "detail", None) is not None, timeout=10000)
        for i in range(page.tabs.count()):
            page.tabs.setCurrentIndex(i)
            _settle(qtbot, c)
        users_offered = []
        monkeypatch.setattr(sponsorship_page.SponsorshipDialog, "ask", classmethod(
            lambda cls, parent, users, *a: users_offered.append(users)))
        page.new_item()
        page.edit_record()
        monkeypatch.setattr(sponsorship_members.MemberDialog, "ask", classmethod(
            lambda cls, parent, sid, users, *a: users_offered.append(users)))
        page.members.add_member()
        assert [[u.name for u in users] for users in users_offered] == [["ana"]] * 3

        # Settings, filled from the worker (users, letterhead, lock time, retention rule).
        settings = c.main.show_section("settings")
        qtbot.waitUntil(lambda: settings.users_model.rowCount() == 1, timeout=10000)
        _settle(qtbot, c)
        settings.retention.reload()
        settings.reload()
        _settle(qtbot, c)
        assert not settings.is_dirty()

        # The import assistant: a file, then the mapping page (remembered mappings).
        sample = tmp_path / "people.csv"
        sample.write_text("Name,City\nAmal Haddad,Halifax\n", encoding="utf-8")
        c.main.import_file()
        wizard = c.main.import_wizard
        assert isinstance(wizard, ImportWizard)
        wizard.file_page.load(sample)
        qtbot.waitUntil(wizard.file_page.isComplete)
        wizard.next()
        assert wizard.currentPage() is wizard.mapping_page
        _settle(qtbot, c)
        wizard.mark_clean()
        wizard.close()

        # The week's letters from the Referrals section, up to the preview.
        referrals = c.main.show_section("referrals")
        previews = []
        monkeypatch.setattr(referrals, "batch", None)
        from desktop import letter_batch

        real = letter_batch.batch_letters_this_week
        monkeypatch.setattr(letter_batch, "batch_letters_this_week",
                            lambda parent, ctx, on_shown=None: real(parent, ctx,
                                                                    previews.append))
        referrals.letters_this_week()
        qtbot.waitUntil(lambda: bool(previews), timeout=30000)
        previews[0].close()

        c.main.show_section("reports")
        _settle(qtbot, c)
        window.close()
        assert strict == [] and shown == []
    finally:
        c.shutdown()
    assert strict == []
