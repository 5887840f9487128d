"""The group's members: name, role, contact, whether they count as an eligible member, the
casebook account their duties reach, and the duties they hold. Coordinators manage them."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.counts import counted
from desktop.errors import filled
from desktop.sponsorships.detail import Detail, DetailPart, duty_words
from desktop.sponsorships.fields import problem_label, say, user_combo
from desktop.unsaved import UnsavedInput, dialog_key
from desktop.widgets.dialog_layout import labelled_form, save_cancel
from desktop.widgets.rows_model import RowsModel, label, table_view
from models.permissions import Action
from models.sponsorship.repository import Member, group_size

ROLE_SUGGESTIONS = ("coordinator", "treasurer", "housing", "education", "health", "employment",
                    "interpreter", "member")


class MemberDialog(UnsavedInput, QDialog):
    def __init__(self, parent: QWidget | None, sponsorship_id: int, users: list[Any],
                 member: Member | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self.setWindowTitle(self.tr("Edit group member") if member
                            else self.tr("Add a group member"))
        self.original = member or Member(sponsorship_id, "")
        self.result_member: Member | None = None
        m = self.original
        self.name = QLineEdit(m.name)
        self.name.setAccessibleName(self.tr("Name"))
        self.role = QLineEdit(m.role or "")
        self.role.setAccessibleName(self.tr("Role"))
        self.role.setPlaceholderText(self.tr("coordinator, treasurer, housing, education…"))
        from PySide6.QtWidgets import QCompleter

        self.role.setCompleter(QCompleter(list(ROLE_SUGGESTIONS), self.role))
        self.contact = QLineEdit(m.contact or "")
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.setPlaceholderText(self.tr("Phone or e-mail"))
        self.eligible = QCheckBox(self.tr("Counts as an eligible member (18 or older, citizen "
                                          "or permanent resident, lives in the community)"))
        self.eligible.setChecked(m.eligible)
        self.account = user_combo(users, m.user_id, self.tr("No casebook account"),
                                  self.tr("Casebook account"))
        self.account.setToolTip(self.tr("Duties assigned to this member show in this "
                                        "account's Today view"))
        self.message = problem_label(self)
        form = labelled_form(((self.tr("&Name:"), self.name), (self.tr("&Role:"), self.role),
                              (self.tr("&Contact:"), self.contact),
                              (self.tr("Casebook &account:"), self.account)))
        form.addRow("", self.eligible)
        buttons = save_cancel(self, self.try_accept)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.setMinimumWidth(520)
        self.start_guarding(self.tr("this group member"), dialog_key(self, member and member.id))

    def try_accept(self) -> None:
        if not self.name.text().strip():
            say(self.message, self.tr("Write the member's name."))
            return
        self.result_member = dataclasses.replace(
            self.original, name=self.name.text().strip(),
            role=self.role.text().strip() or None, contact=self.contact.text().strip() or None,
            eligible=self.eligible.isChecked(), user_id=self.account.currentData())
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, sponsorship_id: int, users: list[Any],
            member: Member | None = None) -> Member | None:
        dialog = cls(parent, sponsorship_id, users, member)
        dialog.exec()
        return dialog.result_member


class MembersPart(DetailPart):
    title = QT_TRANSLATE_NOOP("sponsorships.tabs", "&Members")

    def __init__(self, ctx, users_source) -> None:  # noqa: ANN001
        super().__init__(ctx)
        self.users_source = users_source  # () -> list of active users, for the account
        self._duties: dict[int, list[str]] = {}
        self.model = RowsModel([
            (self.tr("Name"), lambda m: m.name),
            (self.tr("Role"), lambda m: label(m.role)),
            (self.tr("Contact"), lambda m: m.contact or ""),
            (self.tr("Eligible"), lambda m: self.tr("Yes") if m.eligible else self.tr("No")),
            (self.tr("Account"), lambda m: self._names.get(m.user_id, "") if m.user_id else ""),
            (self.tr("Duties"), lambda m: ", ".join(self._duties.get(m.id, []))),
        ], self)
        self._names: dict[int, str] = {}
        self.table = table_view(self.model, self.tr("Group members"), self)
        self.table.setObjectName("membersTable")
        for col, width in ((0, 170), (1, 110), (2, 190), (3, 70), (4, 100)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.count = QLabel()
        self.count.setObjectName("eligibleCount")
        self.add_button = self.button(self.tr("&Add member…"), self.add_member, "addMember",
                                      Action.MANAGE_BUDGET)
        self.edit_button = self.button(self.tr("&Edit…"), self.edit_member, "editMember",
                                       Action.MANAGE_BUDGET)
        self.remove_button = self.button(self.tr("&Remove…"), self.remove_member,
                                         "removeMember", Action.MANAGE_BUDGET)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        for b in (self.add_button, self.edit_button, self.remove_button):
            actions.addWidget(b)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(actions)
        self._selected()

    def show_detail(self, detail: Detail) -> None:
        self.detail = detail
        self._names = detail.user_names
        self._duties = {}
        for d in detail.duties:
            if d.member_id is not None and d.status == "open":
                self._duties.setdefault(d.member_id, []).append(duty_words(d))
        chosen = self.selected()
        self.model.set_rows(detail.members)
        # The Group-of-Five rule is the models' (the command line shows the same warning).
        group = group_size(detail.sponsorship.sponsor_type, detail.members)
        n = group.members
        text = counted(n, self.tr("%n member(s)", "", n))
        if group.template is not None:
            text += " · " + filled(group.template, group.values, group.warning or "")
        elif group.group_of_five:
            text += " · " + self.tr("{n} eligible").format(n=group.eligible)
        self.count.setText(text)
        self.count.setProperty("class", "fieldProblem" if group.short else "")
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
        for i, m in enumerate(detail.members):
            if chosen is not None and m.id == chosen.id:
                self.table.selectRow(i)
        self._selected()

    def selected(self) -> Member | None:
        return self.current(self.table)

    def _selected(self) -> None:
        on = self.selected() is not None
        self.enable(self.edit_button, on, Action.MANAGE_BUDGET)
        self.enable(self.remove_button, on, Action.MANAGE_BUDGET)

    def add_member(self) -> None:
        sid = self.sponsorship_id
        if sid is None or not self.ctx.can(Action.MANAGE_BUDGET):
            return
        member = MemberDialog.ask(self, sid, self.users_source())
        if member is not None:
            self.run(lambda b: b.sponsorships.add_member(member), self.tr("Member added."))

    def edit_member(self) -> None:
        m = self.selected()
        if m is None or not self.ctx.can(Action.MANAGE_BUDGET):
            return
        member = MemberDialog.ask(self, m.sponsorship_id, self.users_source(), m)
        if member is not None:
            self.run(lambda b: b.sponsorships.update_member(member), self.tr("Member saved."))

    def remove_member(self) -> None:
        m = self.selected()
        if m is None or not self.ctx.can(Action.MANAGE_BUDGET):
            return
        answer = QMessageBox.question(self, self.tr("Remove member"),
                                      self.tr("Remove {name} from the group? Reassign their "
                                              "open duties first.").format(name=m.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.run(lambda b: b.sponsorships.remove_member(m.id), self.tr("Member removed."))
