"""Sponsorships: the list of the group's sponsorships with their status, and below it the
selected one — its record in the header, and tabs for the family, the group's members,
readiness, the budget, the settlement-plan duties and the check-ins.

Slots only gather input and call ``book.sponsorships`` through ``ctx.run``; the page reloads
from the ``Changes`` that come back, so every view of the casebook stays in step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.clientfile.pack_language import interface_lang
from desktop.context import AppContext
from desktop.counts import counted
from desktop.sponsorships.budget import BudgetPart
from desktop.sponsorships.checkins import CheckinsPart
from desktop.sponsorships.detail import ENTITIES, Detail, DetailPart, load_detail
from desktop.sponsorships.duties import DutiesPart
from desktop.sponsorships.family import FamilyPart
from desktop.sponsorships.fields import STATUS_WORDS, day_text, status_words
from desktop.sponsorships.members import MembersPart
from desktop.sponsorships.printing import LANGUAGES, preview_budget_sheet, preview_summary
from desktop.sponsorships.readiness import ReadinessPart
from desktop.sponsorships.record_form import SponsorshipDialog
from desktop.unsaved import DraftsNotice
from desktop.widgets.rows_model import RowsModel, current_row, table_view
from models.changes import Changes
from models.permissions import Action
from models.sponsorship.repository import CLOSED, TRANSITIONS, Sponsorship

SHORT_TYPE_WORDS = {
    "group_of_five": QT_TRANSLATE_NOOP("sponsorships.page", "Group of Five"),
    "community_sponsor": QT_TRANSLATE_NOOP("sponsorships.page", "Community Sponsor"),
    "sah": QT_TRANSLATE_NOOP("sponsorships.page", "SAH constituent group")}
CLOSING_WORDS = {"withdrawn": QT_TRANSLATE_NOOP("sponsorships.page",
                                                "Withdraw the sponsorship? Its open check-ins "
                                                "and duties are cancelled."),
                 "completed": QT_TRANSLATE_NOOP("sponsorships.page",
                                                "Mark the sponsorship completed? Its open "
                                                "check-ins and duties are cancelled.")}


def short_type_words(kind: str) -> str:
    words = SHORT_TYPE_WORDS.get(kind)
    return QCoreApplication.translate("sponsorships.page", words) if words else kind


class SponsorshipsPage(QWidget):
    draft_scope = "sponsorships:"  # a new sponsorship's input kept across a lock

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.current_id: int | None = None
        self._want: int | None = None  # the row to select once the list has loaded
        self._generation = 0
        title = QLabel(self.tr("Sponsorships"))
        title.setProperty("class", "sectionTitle")
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show sponsorships with status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for key in STATUS_WORDS:
            self.status_filter.addItem(status_words(key), key)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button = QPushButton(self.tr("&New sponsorship…"))
        self.new_button.setObjectName("newSponsorship")
        self.new_button.clicked.connect(self.new_item)
        ctx.guard(self.new_button, Action.MANAGE_SPONSORSHIP)

        self.model = RowsModel([
            (self.tr("Group"), lambda s: s.group_name),
            (self.tr("Family"), lambda s: s.family_label or ""),
            (self.tr("Type"), lambda s: short_type_words(s.sponsor_type)),
            (self.tr("Status"), lambda s: status_words(s.status)),
            (self.tr("Arrived"), lambda s: day_text(s.arrival_date)),
            (self.tr("Support ends"), lambda s: day_text(s.support_end)),
        ], self, tone=lambda s: "muted" if s.status in CLOSED else None)
        self.table = table_view(self.model, self.tr("Sponsorships"), self)
        self.table.setObjectName("sponsorshipTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 150), (2, 190), (3, 140), (4, 100), (5, 110)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._chosen())
        self.count = QLabel()
        self.count.setObjectName("sponsorshipCount")

        list_box = QWidget()
        lv = QVBoxLayout(list_box)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.count, 1)
        top.addWidget(self.status_filter)
        top.addWidget(self.new_button)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)

        self.detail_stack = QStackedWidget()
        self.empty = QLabel()
        self.empty.setObjectName("sponsorshipEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_stack.addWidget(self.empty)
        self.detail_stack.addWidget(self._build_detail())

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(list_box)
        split.addWidget(self.detail_stack)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([150, 600])
        split.setChildrenCollapsible(False)
        box = QVBoxLayout(self)
        self.drafts_notice = DraftsNotice(ctx, "sponsorships:", "sponsorship:")
        box.addWidget(self.drafts_notice)
        box.addWidget(split)
        self._show_empty(loading=True)
        self.reload()

    def _build_detail(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setObjectName("sponsorshipHeading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.facts = QLabel()
        self.facts.setObjectName("sponsorshipFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Ed&it record…"))
        self.edit_button.setObjectName("editSponsorship")
        self.edit_button.clicked.connect(self.edit_record)
        self.status_button = QToolButton()
        self.status_button.setObjectName("statusButton")
        self.status_button.setText(self.tr("&Status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.print_lang = QComboBox()
        self.print_lang.setObjectName("printLanguage")
        self.print_lang.setAccessibleName(self.tr("Language of the printed documents"))
        for words, code in LANGUAGES:
            self.print_lang.addItem(words, code)
        # Documents start in the interface's language when they are printed in it.
        self.print_lang.setCurrentIndex(max(0, self.print_lang.findData(interface_lang())))
        self.summary_button = QPushButton(self.tr("S&ummary…"))
        self.summary_button.setToolTip(self.tr("Preview and print the one-page sponsorship "
                                               "summary"))
        self.summary_button.setObjectName("printSummary")
        self.summary_button.clicked.connect(lambda: self.print_summary())
        self.sheet_button = QPushButton(self.tr("Bud&get sheet…"))
        self.sheet_button.setToolTip(self.tr("Preview and print the budget sheet"))
        self.sheet_button.setObjectName("printBudget")
        self.sheet_button.clicked.connect(lambda: self.print_budget_sheet())
        for b in (self.edit_button, self.status_button):
            self.ctx.guard(b, Action.MANAGE_SPONSORSHIP)

        self.family = FamilyPart(self.ctx)
        self.members = MembersPart(self.ctx, self.ctx.users)  # kept by ctx, not read here
        self.readiness = ReadinessPart(self.ctx)
        self.budget = BudgetPart(self.ctx)
        self.duties = DutiesPart(self.ctx)
        self.checkins = CheckinsPart(self.ctx)
        from desktop.sponsorships.attachments import AttachmentsPart

        self.attachments = AttachmentsPart(self.ctx)
        self.parts: list[DetailPart] = [self.family, self.members, self.readiness,
                                        self.budget, self.duties, self.checkins,
                                        self.attachments]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sponsorshipTabs")
        for part in self.parts:
            self.tabs.addTab(part, QCoreApplication.translate("sponsorships.tabs", part.title))

        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.edit_button)
        head.addWidget(self.status_button)
        printing = QHBoxLayout()
        printing.addWidget(self.facts, 1)
        printing.addWidget(QLabel(self.tr("Print:")), 0, Qt.AlignmentFlag.AlignTop)
        printing.addWidget(self.print_lang, 0, Qt.AlignmentFlag.AlignTop)
        printing.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignTop)
        printing.addWidget(self.sheet_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(head)
        box.addLayout(printing)
        box.addWidget(self.tabs, 1)
        return holder

    # -- the list ------------------------------------------------------------------------
    def reload(self) -> None:
        status = self.status_filter.currentData()
        self.ctx.run(lambda b: b.sponsorships.list(status=status), self._listed, self)

    def _listed(self, rows: list[Sponsorship]) -> None:
        want = self._want if self._want is not None else self.current_id
        self._want = None
        self.model.set_rows(rows)
        n = len(rows)
        self.count.setText(counted(n, self.tr("%n sponsorship(s)", "", n)))
        row = next((i for i, s in enumerate(rows) if s.id == want), 0 if rows else None)
        if row is None:
            self.current_id = None
            self._show_empty()
            return
        self.table.selectRow(row)
        self._chosen(force=True)

    def _show_empty(self, loading: bool = False) -> None:
        if loading:
            text = self.tr("Loading…")
        elif self.status_filter.currentData() is not None:
            text = self.tr("No sponsorship has this status.")
        else:
            text = self.tr("No sponsorships yet. A Group of Five, a Community Sponsor or a "
                           "constituent group of a Sponsorship Agreement Holder can track its "
                           "undertaking here: the family, the group, the budget against the "
                           "cost table, the settlement plan and the monthly check-ins. Start "
                           "with New sponsorship.")
        self.empty.setText(text)
        self.detail_stack.setCurrentIndex(0)

    def selected(self) -> Sponsorship | None:
        return current_row(self.table)

    def _chosen(self, force: bool = False) -> None:
        sp = self.selected()
        if sp is None:
            return
        if sp.id != self.current_id or force:
            self.current_id = sp.id
            self.load_detail()

    def select(self, sponsorship_id: int) -> None:
        """Show this sponsorship (from elsewhere in the app, or a test)."""
        self._want = sponsorship_id
        self.reload()

    # -- the detail ----------------------------------------------------------------------
    def load_detail(self) -> None:
        sid = self.current_id
        if sid is None:
            return
        self._generation += 1
        generation = self._generation

        def shown(detail: Detail) -> None:
            if generation == self._generation and detail.id == self.current_id:
                self.show_detail(detail)

        self.ctx.run(lambda b: load_detail(b, sid), shown, self)

    def show_detail(self, detail: Detail) -> None:
        self.detail = detail
        sp = detail.sponsorship
        self.heading.setText(sp.group_name + (f" — {sp.family_label}" if sp.family_label
                                              else ""))
        kind = short_type_words(sp.sponsor_type)
        facts = [self.tr("{kind} of {sah}").format(kind=kind, sah=_escape(sp.sah_name))
                 if sp.sah_name else kind,
                 self.tr("Status: <b>{status}</b>").format(status=status_words(sp.status))]
        if sp.application_date:
            facts.append(self.tr("application {date}").format(
                date=day_text(sp.application_date)))
        if sp.arrival_date:
            n = sp.support_months
            facts.append(counted(n, self.tr("arrived {date}, support to {end} (%n month(s))", "",
                                         n)).format(date=day_text(sp.arrival_date),
                                                       end=day_text(sp.support_end)))
        else:
            n = sp.support_months
            facts.append(counted(n, self.tr("support period %n month(s) from arrival", "", n)))
        lead = detail.user_names.get(sp.lead_user_id) if sp.lead_user_id else None
        if lead:
            facts.append(self.tr("lead: {name}").format(name=_escape(lead)))
        text = " · ".join(facts)
        if sp.notes:
            text += f"<br><i>{_escape(sp.notes)}</i>"
        self.facts.setText(text)
        self._fill_status_menu(sp)
        for part in self.parts:
            part.show_detail(detail)
        self.detail_stack.setCurrentIndex(1)

    def _fill_status_menu(self, sp: Sponsorship) -> None:
        self.status_menu.clear()
        moves = [s for s in TRANSITIONS.get(sp.status, ()) if s != "arrived"]
        for status in moves:
            action = self.status_menu.addAction(
                self.tr("Mark {status}").format(status=status_words(status).lower()))
            action.setObjectName(f"status_{status}")
            action.triggered.connect(lambda _c=False, s=status: self.set_status(s))
        if "arrived" in TRANSITIONS.get(sp.status, ()):
            action = self.status_menu.addAction(self.tr("Mark arrival… (Check-ins tab)"))
            action.triggered.connect(lambda _c=False: self._go_arrival())
        self.status_button.setEnabled(bool(self.status_menu.actions())
                                      and self.ctx.can(Action.MANAGE_SPONSORSHIP))

    def _go_arrival(self) -> None:
        self.tabs.setCurrentWidget(self.checkins)
        self.checkins.mark_arrival()

    def refresh(self, changes: Changes) -> None:
        if any(changes.touches(e) for e in ENTITIES):
            self.reload()

    # -- actions -------------------------------------------------------------------------
    def _users(self) -> list[Any]:
        # The active users as the context keeps them (read at unlock and on the worker
        # after each change to the users): no wait on the database here (issue 18).
        return self.ctx.users()

    def new_item(self) -> None:
        if not self.ctx.can(Action.MANAGE_SPONSORSHIP):
            return
        sp = SponsorshipDialog.ask(self, self._users())
        if sp is None:
            return

        def created(changes: Changes) -> None:
            self.ctx.status_message.emit(self.tr("Sponsorship created."))
            self.status_filter.setCurrentIndex(0)
            self.select(changes.id_of("sponsorships"))

        self.ctx.run(lambda b: b.sponsorships.create(sp), created, self)

    def edit_record(self) -> None:
        current = getattr(self, "detail", None)
        if current is None or not self.ctx.can(Action.MANAGE_SPONSORSHIP):
            return
        sp = SponsorshipDialog.ask(self, self._users(), current.sponsorship)
        if sp is not None:
            self.ctx.run(lambda b: b.sponsorships.update(sp),
                         lambda _c: self.ctx.status_message.emit(self.tr("Sponsorship saved.")),
                         self)

    def set_status(self, status: str) -> None:
        sid = self.current_id
        if sid is None or not self.ctx.can(Action.MANAGE_SPONSORSHIP):
            return
        if status in CLOSING_WORDS and QMessageBox.question(
                self, self.tr("Change status"),
                QCoreApplication.translate("sponsorships.page", CLOSING_WORDS[status])) \
                != QMessageBox.StandardButton.Yes:
            return
        self.ctx.run(lambda b: b.sponsorships.set_status(sid, status),
                     lambda _c: self.ctx.status_message.emit(
                         self.tr("Status: {status}.").format(
                                 status=status_words(status).lower())), self)

    def print_summary(self, lang: str | None = None, on_shown: Any = None) -> None:
        if self.current_id is not None:
            preview_summary(self, self.ctx, self.current_id,
                            lang or self.print_lang.currentData(), on_shown)

    def print_budget_sheet(self, lang: str | None = None, on_shown: Any = None) -> None:
        if self.current_id is not None:
            preview_budget_sheet(self, self.ctx, self.current_id,
                                 lang or self.print_lang.currentData(), on_shown)

    def print_current(self) -> None:
        self.print_summary()


def _escape(text: str) -> str:
    import html

    return html.escape(text).replace("\n", "<br>")
