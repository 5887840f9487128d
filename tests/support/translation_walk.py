"""The translation walk (issue 17): open every window and dialog in English, then in French
and in Spanish, and list every string a person sees (or a screen reader says) that stayed
identical to English.

Used by tests/translations/test_desktop_translations.py. How to use it and how to add a window:
/work/briefs/i18n.md › "Walk test" (and CONTRIBUTING.md).

A window is registered with ``@window("name", "area")``: a function that takes a ``Walk``
(qtbot, ctx over a casebook filled with the demo generator, a client id, a sponsorship id)
and returns the top-level widget to read; it is built once per language. Everything under it
is read, shown or not (tab pages, stacked pages, hidden error labels), so a window needs no
clicking through; only what is built on demand (a detail panel, a result) needs a step.

A string counts as "identical" when the same string is read from the same window in English
and in the other language. Strings made only of user data (names, cities, partner names of
the demo casebook), numbers, dates, codes, and the reviewed words in ``ALLOWED`` are not
reported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QTreeView,
    QWidget,
    QWizard,
    QWizardPage,
)

# Reviewed: identical in the language, proper names or codes. Keep it short; a word goes here
# only when its translation really is the same word.
ALLOWED_ANY = {
    "Waystation", "English", "Français", "Español", "OK", "PDF", "CSV", "PNG", "ID",
    "IRCC", "SAH", "G5", "BVOR", "PSR", "LGBTQ+", "Ctrl", "Alt", "kB", "MB",
    "Latin-1", "Windows (cp1252)", "Montréal, Laval",
}
ALLOWED = {
    "fr": ALLOWED_ANY | {
        "Client", "Clients", "Notes", "Note", "Documents", "Document", "Date", "Type",
        "Total", "Description", "Message", "Sections", "Services", "Service", "Version",
        "Options", "Source", "Contact", "Rapports", "Question", "Questions", "Position",
        "Action", "Actions", "Statut", "Adresse", "Rôle", "Permissions", "Consentements",
        "Communication", "Application", "Transport", "Destination", "Solde", "Logo",
        "minutes", "Budget", "Information", "Afghanistan",
    },
    "es": ALLOWED_ANY | {
        "Total", "Error", "General", "Normal", "Local", "Manual", "Final", "Social", "Legal",
        "No",
    },
}

_LETTERS = re.compile(r"[^\W\d_]{2,}")
# A code a person types or reads as is: ERASE, a recovery key, a reference like R-2026-0012,
# a rule pack's id (ca-refugee-claim).
_CODE = re.compile(r"[A-Z0-9][A-Z0-9\-_./]*|[a-z0-9]+(-[a-z0-9]+)+")  # or a pack id


def _plain(text: str) -> str:
    """A label's text as read: rich text without its tags, mnemonics without '&'."""
    if "<" in text and re.search(r"<[a-zA-Z/][^>]*>", text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split())


def strings(root: QWidget) -> dict[str, str]:
    """Every interface string under ``root``: text → where it was read (for the message)."""
    out: dict[str, str] = {}

    def add(text: object, where: str) -> None:
        if not isinstance(text, str):
            return
        text = _plain(text)
        if text and _LETTERS.search(text):
            out.setdefault(text, where)

    widgets = [root, *root.findChildren(QWidget)]
    add(root.windowTitle(), "window title")
    for w in widgets:
        kind = type(w).__name__
        name = w.objectName() or kind
        add(w.toolTip(), f"tooltip of {name}")
        add(w.accessibleName(), f"accessible name of {name}")
        add(w.accessibleDescription(), f"accessible description of {name}")
        if w.isWindow() and w is not root:
            add(w.windowTitle(), f"title of {name}")
        if isinstance(w, QLabel):
            add(w.text(), f"label {name}")
        elif isinstance(w, QAbstractButton):
            add(w.text(), f"button {name}")
        elif isinstance(w, QGroupBox):
            add(w.title(), f"group {name}")
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i), f"tab of {name}")
                add(w.tabToolTip(i), f"tab tooltip of {name}")
        elif isinstance(w, QLineEdit):
            add(w.placeholderText(), f"placeholder of {name}")
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            add(w.placeholderText(), f"placeholder of {name}")
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w.itemText(i), f"choice of {name}")
            if w.lineEdit() is not None:
                add(w.lineEdit().placeholderText(), f"placeholder of {name}")
        elif isinstance(w, QAbstractSpinBox):
            add(w.specialValueText(), f"special value of {name}")
            for part in ("prefix", "suffix"):
                if hasattr(w, part):
                    add(getattr(w, part)(), f"{part} of {name}")
        elif isinstance(w, QToolBar):
            add(w.windowTitle(), f"tool bar {name}")
        elif isinstance(w, QWizardPage):
            add(w.title(), f"page title {name}")
            add(w.subTitle(), f"page subtitle {name}")
        elif isinstance(w, QWizard):
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                          QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
                add(w.buttonText(which), f"wizard button of {name}")
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                add(w.item(i).text(), f"item of {name}")
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            for col in range(model.columnCount(QModelIndex())):
                add(model.headerData(col, Qt.Orientation.Horizontal), f"column of {name}")
    for action in root.findChildren(QAction):
        add(action.text(), f"action {action.objectName() or 'menu'}")
        add(action.toolTip(), f"action tooltip {action.objectName() or 'menu'}")
    return out


def _leaves(value: object) -> list[str]:
    """The texts in a stored value; a JSON list or object (a partner's cities) gives its
    strings."""
    if not isinstance(value, str):
        return []
    if value[:1] in "[{":
        try:
            data = json.loads(value)
        except ValueError:
            return [value]
        out: list[str] = []
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                out.append(item)
            elif isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                stack.extend(item.values())
        return out
    return [value]


def user_data(book: Any) -> list[str]:
    """Every text stored in the casebook's tables (names, cities, notes of the demo data):
    the walk removes them from what it reads, so a label made of them is not reported."""
    conn = book.store.conn if hasattr(book.store, "conn") else book.store.db
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
    values: set[str] = set()
    for table in tables:
        try:
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()  # noqa: S608 - names
        except Exception:  # noqa: BLE001 - a virtual table, a view: not user data
            continue
        for row in rows:
            for v in row:
                for text in _leaves(v):
                    if 2 <= len(text) <= 200 and _LETTERS.search(text):
                        values.add(text)
    values.update(u.name for u in book.users.list())
    values.add(book.path.name)  # the casebook's file name, in window titles
    return sorted(values, key=len, reverse=True)


def untranslated(english: dict[str, str], other: dict[str, str], language: str,
                 data: list[str]) -> list[str]:
    """Strings read in ``language`` that are also read in English, minus user data,
    numbers and the reviewed list."""
    allowed = ALLOWED[language]
    out = []
    for text, where in sorted(other.items()):
        if text not in english or text in allowed or _CODE.fullmatch(text):
            continue
        rest = text
        for value in data:
            if value in rest:
                rest = rest.replace(value, " ")
        words = [w for w in _LETTERS.findall(rest) if w not in allowed]
        if not words:
            continue
        out.append(f"{where}: {text!r}")
    return out


# -- the windows -----------------------------------------------------------------------------
@dataclass
class Walk:
    qtbot: Any
    ctx: Any
    client_id: int
    sponsorship_id: int | None
    opened: list[QWidget] = field(default_factory=list)
    data: list[str] = field(default_factory=list)  # user data an opener made up (a file name)
    # False for a window showing several screens at once, where Alt+letters never meet.
    check_mnemonics: bool = True

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: self.ctx.worker.pending == 0, timeout=30000)

    def keep(self, widget: QWidget) -> QWidget:
        self.qtbot.addWidget(widget)
        self.opened.append(widget)
        return widget


Opener = Callable[[Walk], QWidget]
WINDOWS: dict[str, tuple[str, Opener]] = {}


def window(name: str, area: str) -> Callable[[Opener], Opener]:
    def register(fn: Opener) -> Opener:
        WINDOWS[name] = (area, fn)
        return fn
    return register


def _select_first_row(page: QWidget) -> None:
    """Show a list's first record so its detail panel is built and filled."""
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(page) and model is not None and model.rowCount() > 0 \
                and view.selectionModel() is not None:
            view.setCurrentIndex(model.index(0, 0))
            return


def _main(walk: Walk) -> QWidget:
    from desktop.mainwindow import MainWindow

    main = walk.keep(MainWindow(walk.ctx))
    main.show()
    return main


def _section(key: str) -> Opener:
    def opener(walk: Walk) -> QWidget:
        main = _main(walk)
        page = main.show_section(key)
        walk.settle()
        _select_first_row(page)
        walk.settle()
        return main
    return opener


for _key, _area in (("today", "clientfile"), ("clients", "clientfile"),
                    ("referrals", "records"), ("partners", "records"),
                    ("sponsorships", "records"), ("reports", "records"),
                    ("settings", "core")):
    window(f"section-{_key}", _area)(_section(_key))


@window("unlock", "core")
def _unlock(walk: Walk) -> QWidget:
    from desktop.unlock import UnlockWindow

    w = walk.keep(UnlockWindow(walk.ctx.worker, None, ""))
    w.show()
    return w


@window("create-wizard", "core")
def _create(walk: Walk) -> QWidget:
    from desktop.create_wizard import CreateCasebookWizard

    w = walk.keep(CreateCasebookWizard(walk.ctx.worker))
    w.show()
    return w


@window("about", "core")
def _about(walk: Walk) -> QWidget:
    from desktop.about_dialog import AboutDialog

    return walk.keep(AboutDialog())


@window("guide", "core")
def _guide(walk: Walk) -> QWidget:
    from desktop.about_dialog import GuideWindow

    return walk.keep(GuideWindow())


@window("restore", "core")
def _restore(walk: Walk) -> QWidget:
    from desktop.restore_dialog import RestoreDialog

    return walk.keep(RestoreDialog(None, None))


@window("erase", "core")
def _erase(walk: Walk) -> QWidget:
    from desktop.erase_dialog import EraseDialog

    return walk.keep(EraseDialog(None, walk.ctx, walk.ctx.book.path))


@window("letter-preview", "core")
def _preview(walk: Walk) -> QWidget:
    from PySide6.QtCore import QCoreApplication

    from desktop.documents import DocumentPreview
    from reports import referral_letter, samples

    title = QCoreApplication.translate("documents", "Referral letter")  # as preview_letter
    return walk.keep(DocumentPreview(referral_letter(samples.letter("en")), title,
                                     "referral-letter.pdf"))


@window("attachment-preview", "core")
def _attachment(walk: Walk) -> QWidget:
    from types import SimpleNamespace

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    from desktop.attachment_preview import AttachmentPreview

    image, data = QImage(40, 30, QImage.Format.Format_RGB32), QByteArray()
    image.fill(0x3366AA)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    walk.data.append("scan.png")
    attachment = SimpleNamespace(id=1, name="scan.png", size=data.size(),
                                 added_at="2026-11-30T10:00:00", removed_metadata="",
                                 media_type="image/png", client_id=walk.client_id)
    return walk.keep(AttachmentPreview(walk.ctx, attachment, bytes(data)))


@window("users-dialogs", "core")
def _users(walk: Walk) -> QWidget:
    from desktop.settings.users import (
        AddUserDialog,
        ChangePassphraseDialog,
        RecoveryKeyDialog,
        ResetDialog,
    )

    holder = walk.keep(QWidget())
    for make in (lambda: AddUserDialog(holder), lambda: ResetDialog(holder, "ana"),
                 lambda: ChangePassphraseDialog(holder, "ana"),
                 lambda: RecoveryKeyDialog(holder, "ABCD-EFGH-IJKL-MNOP")):
        make()  # children of ``holder``: read with it
    return holder


@window("retention-dialog", "core")
def _retention(walk: Walk) -> QWidget:
    from desktop.settings.retention import RetentionDialog

    return walk.keep(RetentionDialog(None, [], 24))


@window("client-file", "clientfile")
def _client_file(walk: Walk) -> QWidget:
    from desktop.clientfile.window import ClientFileWindow
    from desktop.clipboard import ClipboardGuard

    w = ClientFileWindow(walk.ctx, walk.client_id, ClipboardGuard())
    # The walk closes it, then pytest-qt closes it again: it must outlive the first close.
    w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    walk.keep(w)
    w.show()
    walk.qtbot.waitUntil(lambda: w.client is not None and all(t.loaded for t in w.all_tabs),
                         timeout=30000)
    walk.settle()
    return w


@window("new-client", "clientfile")
def _new_client(walk: Walk) -> QWidget:
    from desktop.clients.new_client_dialog import NewClientDialog

    return walk.keep(NewClientDialog(walk.ctx))


@window("questionnaire", "clientfile")
def _questionnaire(walk: Walk) -> QWidget:
    from desktop.clientfile.questionnaire import QuestionnaireDialog

    q = walk.keep(QuestionnaireDialog(walk.ctx, walk.client_id))
    q.show()
    walk.qtbot.waitUntil(lambda: q.ready, timeout=60000)
    return q


@window("followup-dialogs", "clientfile")
def _followup_dialogs(walk: Walk) -> QWidget:
    """Reschedule and cancel a follow-up: form dialogs built as Today and the client file
    build them (not run)."""
    from unittest import mock

    from desktop.clientfile.form_dialog import FormDialog
    from desktop.today import actions

    holder = walk.keep(QWidget())
    title = walk.ctx.read(lambda b: b.clients.get(walk.client_id, audit=False).display_name)
    with mock.patch.object(FormDialog, "exec", lambda _self: 0):
        actions.reschedule(holder, walk.ctx, 0, title, "2026-01-01", lambda _t: None)
        actions.cancel(holder, walk.ctx, 0, title, lambda _t: None)
    return holder


@window("import-wizard", "records")
def _import(walk: Walk) -> QWidget:
    from desktop.importing.wizard import ImportWizard

    w = walk.keep(ImportWizard(walk.ctx))
    w.show()
    return w


@window("partner-dialog", "records")
def _partner(walk: Walk) -> QWidget:
    from desktop.partners.dialog import PartnerDialog

    return walk.keep(PartnerDialog(None))


@window("sponsorship-dialogs", "records")
def _sponsorship_dialogs(walk: Walk) -> QWidget:
    from desktop.sponsorships.checkins import ArrivalDialog, ExtendDialog
    from desktop.sponsorships.duties import DutyDialog
    from desktop.sponsorships.members import MemberDialog
    from desktop.sponsorships.money_dialogs import (
        DisbursementDialog,
        FamilySizeDialog,
        PledgeDialog,
    )
    from desktop.sponsorships.record_form import SponsorshipDialog

    sid = walk.sponsorship_id or 1
    users = walk.ctx.book.users.list()
    holder = walk.keep(QWidget())
    for make in (lambda: SponsorshipDialog(holder, users),
                 lambda: MemberDialog(holder, sid, users),
                 lambda: ArrivalDialog(holder, []), lambda: ExtendDialog(holder, 12),
                 lambda: PledgeDialog(holder, sid), lambda: DisbursementDialog(holder, sid),
                 lambda: FamilySizeDialog(holder, 4), lambda: DutyDialog(holder, [])):
        make()
    return holder


@window("section-sponsorships-arrived", "records")
def _sponsorship_arrived(walk: Walk) -> QWidget:
    """A sponsorship in its support period: check-ins, duties, pledges and the schedule
    have rows, and the arrival buttons their other words."""
    main = _main(walk)
    page = main.show_section("sponsorships")
    walk.settle()
    arrived = [s for s in walk.ctx.read(lambda b: b.sponsorships.list()) if s.arrival_date]
    if arrived:
        page.select(arrived[0].id)
        walk.qtbot.waitUntil(lambda: getattr(page, "detail", None) is not None
                             and page.detail.id == arrived[0].id, timeout=30000)
    walk.settle()
    return main


def reset_language() -> None:
    """Back to how the suite runs: no catalogue, the system's locale."""
    from desktop import i18n

    i18n.uninstall()
    QApplication.processEvents()


@window("client-file-dialogs", "clientfile")
def _client_file_dialogs(walk: Walk) -> QWidget:
    from desktop.clientfile.consent_dialog import ConsentDialog
    from desktop.clientfile.delete_for_good import DeleteForGoodDialog
    from desktop.clientfile.referral_dialog import ReferralDialog
    from desktop.today.outcome_dialog import OutcomeDialog

    partners = walk.ctx.read(lambda b: b.partners.search()) or []
    holder = walk.keep(QWidget())
    for make in (lambda: ReferralDialog(walk.client_id, partners, "legal", parent=holder),
                 lambda: ConsentDialog(partners[0].name if partners else "Partner",
                                       "legal", parent=holder),
                 lambda: OutcomeDialog("Check in after the hearing", holder),
                 lambda: DeleteForGoodDialog(holder, "Amina Yusuf")):
        make()
    return holder


@window("sponsorship-more-dialogs", "records")
def _sponsorship_more(walk: Walk) -> QWidget:
    from desktop.sponsorships.family import ClientPickerDialog
    from desktop.sponsorships.readiness import ReadinessDialog

    holder = walk.keep(QWidget())
    ClientPickerDialog(holder, walk.ctx)
    if walk.sponsorship_id is not None:
        readiness = ReadinessDialog(walk.ctx, walk.sponsorship_id, holder)
        readiness.show()
        walk.qtbot.waitUntil(lambda: readiness.ready, timeout=60000)
    return holder


@window("sections-as-a-volunteer", "core")
def _as_volunteer(walk: Walk) -> QWidget:
    """Every section as a volunteer sees it: controls the role cannot use are disabled with a
    tooltip saying why (desktop/context.py guard), which the coordinator never sees."""
    walk.ctx.role = "volunteer"  # the screens follow ctx.role; the casebook is unchanged
    walk.check_mnemonics = False  # every section at once: their Alt+letters never meet
    main = _main(walk)
    for key in main.section_keys:
        main.show_section(key)
        walk.settle()
    return main
