"""The budget: what the cost table requires for this family (with the table's date), what the
group has committed and received, what was paid out, the monthly income-support schedule,
and a visible warning when the group is short. Coordinators record the money."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.counts import counted
from desktop.model_labels import model_words
from desktop.sponsorships.detail import Detail, DetailPart
from desktop.sponsorships.fields import category_words, day_text, money
from desktop.sponsorships.money_dialogs import DisbursementDialog, FamilySizeDialog, PledgeDialog
from desktop.widgets.rows_model import RowsModel, table_view
from models.permissions import Action
from models.sponsorship.repository import BudgetView, Disbursement, Pledge

FIGURES = (("required", QT_TRANSLATE_NOOP("sponsorships.budget", "Required")),
           ("committed", QT_TRANSLATE_NOOP("sponsorships.budget", "Committed")),
           ("received", QT_TRANSLATE_NOOP("sponsorships.budget", "Received")),
           ("disbursed", QT_TRANSLATE_NOOP("sponsorships.budget", "Disbursed")))


def _figure(title: str, name: str) -> tuple[QFrame, QLabel, QLabel]:
    frame = QFrame()
    frame.setObjectName("budgetFigure")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    box = QVBoxLayout(frame)
    box.setContentsMargins(10, 6, 10, 6)
    box.setSpacing(1)
    head = QLabel(title)
    head.setProperty("class", "helpText")
    value = QLabel("—")
    value.setObjectName(f"budget_{name}")
    value.setStyleSheet("font-size: 15pt; font-weight: 600;")
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    note = QLabel("")
    note.setProperty("class", "helpText")
    note.setWordWrap(True)  # longer in French and Spanish: wrap rather than widen the window
    box.addWidget(head)
    box.addWidget(value)
    box.addWidget(note)
    return frame, value, note


def _fit(table: QTableView, stretch: int) -> None:
    """Short money tables: every column as wide as its text, one taking the rest, so no
    sideways scrolling."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _titled(title: str, widget: QWidget, buttons: list[QWidget]) -> QWidget:
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 4, 0, 0)
    row = QHBoxLayout()
    head = QLabel(f"<b>{title}</b>")
    row.addWidget(head, 1)
    for b in buttons:
        row.addWidget(b)
    box.addLayout(row)
    box.addWidget(widget, 1)
    return holder


class BudgetPart(DetailPart):
    title = QT_TRANSLATE_NOOP("sponsorships.tabs", "&Budget")

    def __init__(self, ctx) -> None:  # noqa: ANN001
        super().__init__(ctx)
        self.setObjectName("budgetPart")
        self.basis = QLabel()
        self.basis.setObjectName("budgetBasis")
        self.basis.setWordWrap(True)
        self.size_button = self.button(self.tr("Set family si&ze…"), self.set_family_size,
                                       "setFamilySize", Action.MANAGE_BUDGET)
        figures = QGridLayout()
        self.values: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        for col, (key, title) in enumerate(FIGURES):
            frame, value, note = _figure(QCoreApplication.translate("sponsorships.budget", title),
                                         key)
            self.values[key], self.notes[key] = value, note
            figures.addWidget(frame, 0, col)
        self.progress = QProgressBar()
        self.progress.setObjectName("committedBar")
        self.progress.setAccessibleName(self.tr("Committed as a share of what is required"))
        self.progress.setFormat(self.tr("%p% of the requirement committed"))
        self.warning = QLabel()
        self.warning.setObjectName("budgetWarning")
        self.warning.setWordWrap(True)
        self.warning.setProperty("class", "fieldProblem")
        self.warning.hide()

        self.schedule = RowsModel([
            (self.tr("Month"), lambda m: str(m.month)),
            (self.tr("Starts"), lambda m: day_text(m.starts) or self.tr("after arrival")),
            (self.tr("Planned"), lambda m: money(m.planned)),
            (self.tr("Paid"), lambda m: money(m.disbursed)),
        ], self, tone=lambda m: "muted" if m.disbursed >= m.planned else None)
        self.schedule_table = table_view(self.schedule,
                                         self.tr("Monthly income-support schedule"), self)
        self.schedule_table.setObjectName("scheduleTable")
        _fit(self.schedule_table, 1)

        self.pledges = RowsModel([
            (self.tr("Pledged by"), lambda p: p.pledger),
            (self.tr("Amount"), lambda p: money(p.amount)),
            (self.tr("Status"), lambda p: self.tr("Received") if p.status == "received"
             else self.tr("Committed")),
            (self.tr("Pledged"), lambda p: day_text(p.pledged_on)),
            (self.tr("Received"), lambda p: day_text(p.received_on)),
        ], self)
        self.pledge_table = table_view(self.pledges, self.tr("Pledges"), self)
        self.pledge_table.setObjectName("pledgeTable")
        _fit(self.pledge_table, 0)
        self.pledge_table.selectionModel().currentRowChanged.connect(lambda *_a: self._sel())
        self.add_pledge_button = self.button(self.tr("Record &pledge…"), self.add_pledge,
                                             "addPledge", Action.MANAGE_BUDGET)
        self.receive_button = self.button(self.tr("Mark recei&ved"), self.receive_pledge,
                                          "receivePledge", Action.MANAGE_BUDGET)
        self.remove_pledge_button = self.button(self.tr("Remove"), self.remove_pledge,
                                                "removePledge", Action.MANAGE_BUDGET)

        self.paid = RowsModel([
            (self.tr("Paid on"), lambda d: day_text(d.paid_on)),
            (self.tr("Amount"), lambda d: money(d.amount)),
            (self.tr("Category"), lambda d: category_words(d.category)),
            (self.tr("For"), lambda d: d.note or ""),
            (self.tr("Paid by"), lambda d: d.paid_by or ""),
        ], self)
        self.paid_table = table_view(self.paid, self.tr("Disbursements"), self)
        self.paid_table.setObjectName("disbursementTable")
        _fit(self.paid_table, 3)
        self.paid_table.selectionModel().currentRowChanged.connect(lambda *_a: self._sel())
        self.add_paid_button = self.button(self.tr("Record &disbursement…"),
                                           self.add_disbursement, "addDisbursement",
                                           Action.MANAGE_BUDGET)
        self.remove_paid_button = self.button(self.tr("Remove"), self.remove_disbursement,
                                              "removeDisbursement", Action.MANAGE_BUDGET)

        money_side = QSplitter(Qt.Orientation.Vertical)
        money_side.addWidget(_titled(self.tr("Pledges and funds committed"), self.pledge_table,
                                     [self.add_pledge_button, self.receive_button,
                                      self.remove_pledge_button]))
        money_side.addWidget(_titled(self.tr("Disbursements"), self.paid_table,
                                     [self.add_paid_button, self.remove_paid_button]))
        money_side.setChildrenCollapsible(False)
        # Each table needs room for one row only, so the tab (and with it Sponsorships)
        # fits a 1,024 x 700 screen (issue 16); more rows scroll.
        for table in (self.pledge_table, self.paid_table, self.schedule_table):
            table.setMinimumHeight(table.horizontalHeader().sizeHint().height()
                                   + table.verticalHeader().defaultSectionSize() + 4)
        split = QSplitter()
        split.addWidget(_titled(self.tr("Monthly income support"), self.schedule_table, []))
        split.addWidget(money_side)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([360, 560])
        split.setChildrenCollapsible(False)

        top = QHBoxLayout()
        top.addWidget(self.basis, 1)
        top.addWidget(self.size_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(figures)
        box.addWidget(self.progress)
        box.addWidget(self.warning)
        box.addWidget(split, 1)
        self._sel()

    def show_detail(self, detail: Detail) -> None:
        self.detail = detail
        b = detail.budget
        if b is None:
            return
        if not b.family_size:
            size = self.tr("no family size yet")
        elif b.family_size_overridden:
            size = self.tr("a family of {n} (set by a coordinator)").format(n=b.family_size)
        else:
            size = self.tr("a family of {n} (the linked clients)").format(n=b.family_size)
        n = b.support_months
        self.basis.setText(counted(n, self.tr("Cost table of <b>{date}</b> · {size} · support "
                                           "period of %n month(s)", "", n)).format(
            date=day_text(b.cost_table_date), size=size))
        self.values["required"].setText(money(b.required))
        self.notes["required"].setText(
            self.tr("start-up {amount} + income support").format(amount=money(b.start_up))
            if b.required is not None else self.tr("needs the family size"))
        self.values["committed"].setText(money(b.committed))
        n = len(detail.pledges)
        self.notes["committed"].setText(counted(n, self.tr("%n pledge(s)", "", n)))
        self.values["received"].setText(money(b.received))
        self.notes["received"].setText(self.tr("{amount} still to come").format(
            amount=money(b.committed - b.received)))
        self.values["disbursed"].setText(money(b.disbursed))
        self.notes["disbursed"].setText(self.tr("{amount} committed, not yet paid").format(
            amount=money(b.unspent)))
        if b.required:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, int(b.committed * 1000 / b.required)))
            self.progress.show()
        else:
            self.progress.hide()
        self.warning.setText("\n".join(f"⚠ {self._warning_words(b, w)}" for w in b.warnings))
        self.warning.setVisible(bool(b.warnings))
        self.schedule.set_rows(b.schedule)
        self.pledges.set_rows(detail.pledges)
        self.paid.set_rows(detail.disbursements)
        self._sel()

    def _warning_words(self, b: BudgetView, warning: str) -> str:
        """A budget warning from models/ in the interface language; the one with figures is
        written here again with the amounts in the interface's money format."""
        if warning.startswith("Committed funds are") and b.required is not None:
            return self.tr("Committed funds are {short} short of the {required} "
                           "required.").format(short=money(b.required - b.committed),
                                               required=money(b.required))
        return model_words(warning)

    # -- selection -----------------------------------------------------------------------
    def _pledge(self) -> Pledge | None:
        index = self.pledge_table.currentIndex()
        return self.pledges.row_at(index.row()) if index.isValid() else None

    def _paid(self) -> Disbursement | None:
        index = self.paid_table.currentIndex()
        return self.paid.row_at(index.row()) if index.isValid() else None

    def _sel(self) -> None:
        p = self._pledge()
        self.enable(self.receive_button, p is not None and p.status != "received",
                    Action.MANAGE_BUDGET)
        self.enable(self.remove_pledge_button, p is not None, Action.MANAGE_BUDGET)
        self.enable(self.remove_paid_button, self._paid() is not None, Action.MANAGE_BUDGET)

    # -- actions -------------------------------------------------------------------------
    def _may(self) -> bool:
        return self.sponsorship_id is not None and self.ctx.can(Action.MANAGE_BUDGET)

    def add_pledge(self) -> None:
        if not self._may():
            return
        pledge = PledgeDialog.ask(self, self.sponsorship_id)
        if pledge is not None:
            self.run(lambda b: b.sponsorships.record_pledge(pledge), self.tr("Pledge recorded."))

    def receive_pledge(self) -> None:
        p = self._pledge()
        if p is not None and self._may():
            self.run(lambda b: b.sponsorships.receive_pledge(p.id),
                     self.tr("Pledge marked received."))

    def remove_pledge(self) -> None:
        p = self._pledge()
        if p is None or not self._may():
            return
        if QMessageBox.question(self, self.tr("Remove pledge"), self.tr(
                "Remove the pledge of {amount} by {pledger}?").format(
                    amount=money(p.amount), pledger=p.pledger)) \
                == QMessageBox.StandardButton.Yes:
            self.run(lambda b: b.sponsorships.remove_pledge(p.id), self.tr("Pledge removed."))

    def add_disbursement(self) -> None:
        if not self._may():
            return
        paid = DisbursementDialog.ask(self, self.sponsorship_id)
        if paid is not None:
            self.run(lambda b: b.sponsorships.record_disbursement(paid),
                     self.tr("Disbursement recorded."))

    def remove_disbursement(self) -> None:
        d = self._paid()
        if d is None or not self._may():
            return
        if QMessageBox.question(self, self.tr("Remove disbursement"), self.tr(
                "Remove the disbursement of {amount} paid on {date}?").format(
                    amount=money(d.amount), date=day_text(d.paid_on))) \
                == QMessageBox.StandardButton.Yes:
            self.run(lambda b: b.sponsorships.remove_disbursement(d.id),
                     self.tr("Disbursement removed."))

    def set_family_size(self) -> None:
        if not self._may() or self.detail is None:
            return
        sid = self.sponsorship_id
        answered, size = FamilySizeDialog.ask(self, self.detail.sponsorship.family_size_override)
        if answered:
            self.run(lambda b: b.sponsorships.set_family_size(sid, size),
                     self.tr("Family size for the budget saved."))
