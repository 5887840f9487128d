"""The group's members: name, role, contact, whether they count as an eligible member, the
casebook account their duties reach, and the duties they hold. Coordinators manage them."""

from __future__ import annotations

import dataclasses
from typing import Any

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

from desktop.clientfile.rows_model import RowsModel, label, table_view
from desktop.dialog_layout import labelled_form, save_cancel
from desktop.sponsorships.detail import Detail, DetailPart
from desktop.sponsorships.fields import problem_label, say, user_combo
from desktop.unsaved import UnsavedInput
from models.permissions import Action
from models.sponsorships import Member

ROLE_SUGGESTIONS = ("coordinator", "treasurer", "housing", "education", "health", "employment",
                    "interpreter", "member")


class MemberDialog(UnsavedInput, QDialog):
    def __init__(self, parent: QWidget | None, sponsorship_id: int, users: list[Any],
                 member: Member | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberDialog")
        self.setWindowTitle("Edit group member" if member else "Add a group member")
        self.original = member or Member(sponsorship_id, "")
        self.result_member: Member | None = None
        m = self.original
        self.name = QLineEdit(m.name)
        self.name.setAccessibleName("Name")
        self.role = QLineEdit(m.role or "")
        self.role.setAccessibleName("Role")
        self.role.setPlaceholderText(", ".join(ROLE_SUGGESTIONS[:4]) + "…")
        from PySide6.QtWidgets import QCompleter

        self.role.setCompleter(QCompleter(list(ROLE_SUGGESTIONS), self.role))
        self.contact = QLineEdit(m.contact or "")
        self.contact.setAccessibleName("Contact")
        self.contact.setPlaceholderText("Phone or e-mail")
        self.eligible = QCheckBox("Counts as an eligible member (18 or older, citizen or "
                                  "permanent resident, lives in the community)")
        self.eligible.setChecked(m.eligible)
        self.account = user_combo(users, m.user_id, "No casebook account", "Casebook account")
        self.account.setToolTip("Duties assigned to this member show in this account's "
                                "Today view")
        self.message = problem_label(self)
        form = labelled_form((("&Name:", self.name), ("&Role:", self.role),
                             ("&Contact:", self.contact), ("Casebook &account:", self.account)))
        form.addRow("", self.eligible)
        buttons = save_cancel(self, self.try_accept)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.setMinimumWidth(520)
        self.start_guarding("this group member")  # asks before typed input is dropped

    def try_accept(self) -> None:
        if not self.name.text().strip():
            say(self.message, "Write the member's name.")
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
    title = "&Members"

    def __init__(self, ctx, users_source) -> None:  # noqa: ANN001
        super().__init__(ctx)
        self.users_source = users_source  # () -> list of active users, for the account
        self._duties: dict[int, list[str]] = {}
        self.model = RowsModel([
            ("Name", lambda m: m.name),
            ("Role", lambda m: label(m.role)),
            ("Contact", lambda m: m.contact or ""),
            ("Eligible", lambda m: "Yes" if m.eligible else "No"),
            ("Account", lambda m: self._names.get(m.user_id, "") if m.user_id else ""),
            ("Duties", lambda m: ", ".join(self._duties.get(m.id, []))),
        ], self)
        self._names: dict[int, str] = {}
        self.table = table_view(self.model, "Group members", self)
        self.table.setObjectName("membersTable")
        for col, width in ((0, 170), (1, 110), (2, 190), (3, 70), (4, 100)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _i: self.edit_member())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.count = QLabel()
        self.count.setObjectName("eligibleCount")
        self.add_button = self.button("&Add member…", self.add_member, "addMember",
                                      Action.MANAGE_BUDGET)
        self.edit_button = self.button("&Edit…", self.edit_member, "editMember",
                                       Action.MANAGE_BUDGET)
        self.remove_button = self.button("&Remove…", self.remove_member, "removeMember",
                                         Action.MANAGE_BUDGET)
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
                self._duties.setdefault(d.member_id, []).append(d.label)
        chosen = self.selected()
        self.model.set_rows(detail.members)
        eligible = sum(1 for m in detail.members if m.eligible)
        text = f"{len(detail.members)} member{'s' if len(detail.members) != 1 else ''}"
        short = detail.sponsorship.sponsor_type == "group_of_five" and eligible < 5
        if detail.sponsorship.sponsor_type == "group_of_five":
            text += f" · {eligible} eligible" + (" — a Group of Five needs at least 5"
                                                 if short else "")
        self.count.setText(text)
        self.count.setProperty("class", "fieldProblem" if short else "")
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
            self.run(lambda b: b.sponsorships.add_member(member), "Member added.")

    def edit_member(self) -> None:
        m = self.selected()
        if m is None or not self.ctx.can(Action.MANAGE_BUDGET):
            return
        member = MemberDialog.ask(self, m.sponsorship_id, self.users_source(), m)
        if member is not None:
            self.run(lambda b: b.sponsorships.update_member(member), "Member saved.")

    def remove_member(self) -> None:
        m = self.selected()
        if m is None or not self.ctx.can(Action.MANAGE_BUDGET):
            return
        answer = QMessageBox.question(self, "Remove member",
                                      f"Remove {m.name} from the group? Reassign their open "
                                      "duties first.")
        if answer == QMessageBox.StandardButton.Yes:
            self.run(lambda b: b.sponsorships.remove_member(m.id), "Member removed.")
