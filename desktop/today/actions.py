"""What can be done to one follow-up — mark done, reschedule, cancel — asked the same way from
Today and from a client file's Follow-ups tab. The model checks who may (a volunteer only
their own; rescheduling is for coordinators and caseworkers)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.clientfile.form_dialog import Field, FormDialog
from desktop.context import AppContext
from desktop.today.outcome_dialog import OutcomeDialog
from models.permissions import Action


def may_update(ctx: AppContext, owner_id: int | None) -> bool:
    return ctx.can(Action.MANAGE_FOLLOWUPS) or (
        ctx.can(Action.UPDATE_OWN_FOLLOWUP) and owner_id is not None
        and owner_id == ctx.user_id)


NOT_YOURS = QT_TRANSLATE_NOOP("today.actions",
                              "A volunteer can only update follow-ups assigned to them.")


def not_yours() -> str:
    """Why a volunteer's button is off, in the interface language."""
    return QCoreApplication.translate("today.actions", NOT_YOURS)


def mark_done(parent: QWidget, ctx: AppContext, followup_id: int, title: str,
              said: Callable[[str], None]) -> None:
    outcome = OutcomeDialog.ask(parent, title)
    if outcome is not None:
        ctx.run(lambda b: b.followups.complete(followup_id, outcome or None),
                lambda _c: said(QCoreApplication.translate(
                        "today.actions", "Marked done: {title}.").format(
                    title=title)), parent)


def reschedule(parent: QWidget, ctx: AppContext, followup_id: int, title: str, due: str,
               said: Callable[[str], None]) -> None:
    v = FormDialog.ask(parent, QCoreApplication.translate("today.actions", "Reschedule follow-up"),
                       [Field("due_date", QCoreApplication.translate(
                               "today.actions", "&New date"), "date",
                              default=due)],
                       intro=title, ok_text=QCoreApplication.translate(
                               "today.actions", "&Reschedule"))
    if v is None:
        return
    new_due = v["due_date"] or ""
    ctx.run(lambda b: b.followups.reschedule(followup_id, new_due),
            lambda _c: said(QCoreApplication.translate(
                    "today.actions", "Rescheduled to {date}: {title}.").format(
                date=new_due, title=title)), parent)


def cancel(parent: QWidget, ctx: AppContext, followup_id: int, title: str,
           said: Callable[[str], None]) -> None:
    v = FormDialog.ask(parent, QCoreApplication.translate("today.actions", "Cancel follow-up"),
                       [Field("outcome", QCoreApplication.translate(
                               "today.actions", "&Why (optional)"), "multiline",
                              placeholder=QCoreApplication.translate(
                                  "today.actions", "for example: the partner closed the case"))],
                       intro=title, ok_text=QCoreApplication.translate(
                               "today.actions", "Cancel &follow-up"))
    if v is None:
        return
    ctx.run(lambda b: b.followups.cancel(followup_id, v["outcome"]),
            lambda _c: said(QCoreApplication.translate(
                    "today.actions", "Cancelled: {title}.").format(title=title)),
            parent)
