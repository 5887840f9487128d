"""Settings › Retention: "delete clients closed more than N months ago", off by default.

The rule never runs on its own. "Show clients due…" lists who it would delete today; only a
coordinator's typed confirmation deletes them, and only those listed (a client reopened in
the meantime is kept, ``models.retention.apply``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop import errors
from desktop.counts import counted
from models import retention
from models.permissions import Action


class RetentionBox(QGroupBox):
    # The form's input as sent (``snapshot()`` when Save was clicked), once the casebook
    # has saved it: Settings counts the rule as saved only then (desktop/unsaved.py).
    rule_saved = Signal(object)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Retention"))
        self.setObjectName("retentionBox")
        self.ctx = ctx
        self.snapshot: Callable[[], object] = lambda: None
        self.enabled = QCheckBox(self.tr("Delete clients closed more than"))
        self.enabled.setObjectName("retentionOn")
        self.months = QSpinBox()
        self.months.setObjectName("retentionMonths")
        self.months.setAccessibleName(self.tr("Months after closing"))
        self.months.setRange(1, retention.MAX_MONTHS)
        self.months.setValue(24)
        self.months.setSuffix(self.tr(" months ago"))
        self.save_button = QPushButton(self.tr("Save rule"))
        self.save_button.setObjectName("saveRetention")
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self.show_button = QPushButton(self.tr("Show clients due…"))
        self.show_button.setObjectName("showRetentionDue")
        self.show_button.clicked.connect(lambda _c=False: self.show_due())
        ctx.guard(self.enabled, Action.SETTINGS)
        ctx.guard(self.months, Action.SETTINGS)
        ctx.guard(self.save_button, Action.SETTINGS)
        ctx.guard(self.show_button, Action.DELETE)
        self.message = QLabel(self.tr("Off by default. Nothing is deleted until a coordinator "
                                      "has seen the list and confirmed it; the caseload report "
                                      "keeps its totals."))
        self.message.setObjectName("retentionMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.enabled)
        row.addWidget(self.months)
        row.addStretch(1)
        row.addWidget(self.save_button)
        row.addWidget(self.show_button)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        # From the worker (issue 18); queued before the Settings form's own read, so the
        # rule is shown before that page starts watching for unsaved input.
        self.ctx.run(retention.rule, self._show_rule, self)

    def _show_rule(self, months: int | None) -> None:
        self.enabled.setChecked(months is not None)
        if months:
            self.months.setValue(months)

    def save(self) -> None:
        months = self.months.value() if self.enabled.isChecked() else None
        sent = self.snapshot()

        def saved(_r: object) -> None:
            self.rule_saved.emit(sent)
            self.message.setText(
                self.tr("Rule saved: clients closed more than {months} months ago can be "
                        "deleted after you confirm the list.").format(months=months)
                if months else self.tr("Rule saved: off."))

        self.ctx.run(lambda b: retention.set_rule(b, months), saved, self)

    def show_due(self) -> None:
        months = self.months.value()

        def listed(due: list) -> None:
            if not due:
                self.message.setText(self.tr("No client has been closed for more than "
                                             "{months} months.").format(months=months))
                return
            if RetentionDialog.ask(self, due, months):
                ids = [d.id for d in due]

                def done(deleted: list[int]) -> None:
                    from models.changes import Changes

                    self.ctx.changed.emit(Changes(frozenset({"clients"}),
                                                  frozenset(("clients", i) for i in deleted)))
                    n = len(deleted)
                    self.message.setText(counted(n, self.tr("Deleted %n client(s) for good.",
                                                            "", n)))

                self.ctx.run(lambda b: retention.apply(b, ids, months), done, self)

        self.ctx.run(lambda b: retention.due(b, months), listed, self,
                     lambda exc: errors.show_error(self, exc))


class RetentionDialog(QDialog):
    """The list first; deleting needs the typed word."""

    def __init__(self, parent: QWidget | None, due: list, months: int) -> None:
        super().__init__(parent)
        from desktop.clientfile.delete_for_good import WORD

        self.setObjectName("retentionDue")
        self.setWindowTitle(self.tr("Clients due for deletion"))
        text = QLabel(self.tr("{count} clients have been closed, and unchanged, for more than "
                              "{months} months. Deleting removes everything about them; "
                              "backups made before today still hold them. Type {word} to delete "
                              "exactly these.").format(count=QLocale().toString(len(due)),
                                                       months=months, word=WORD))
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("retentionList")
        for d in due:
            self.list.addItem(self.tr("#{id}  {name}  (closed, unchanged since {date})")
                              .format(id=d.id, name=d.display_name, date=d.closed_since))
        from PySide6.QtWidgets import QLineEdit

        self.word = QLineEdit()
        self.word.setObjectName("retentionWord")
        self.word.setAccessibleName(self.tr("Type {word} to confirm").format(word=WORD))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr("Delete these {count} for good").format(
                                        count=QLocale().toString(len(due))),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.word.textChanged.connect(lambda t: self.ok.setEnabled(t.strip() == WORD))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addWidget(self.list, 1)
        box.addWidget(self.word)
        box.addWidget(buttons)
        self.resize(560, 420)

    @classmethod
    def ask(cls, parent: QWidget | None, due: list, months: int) -> bool:
        from desktop.clientfile.delete_for_good import WORD

        dialog = cls(parent, due, months)
        return dialog.exec() == QDialog.DialogCode.Accepted and (
            dialog.word.text().strip() == WORD)
