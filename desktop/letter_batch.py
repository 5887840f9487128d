"""Many referral letters at once (the Referrals section's "Letters" and "This week's
letters"): made on the worker a few at a time, so the window stays responsive and Cancel
works, then shown together in one ``DocumentPreview`` (desktop/documents.py), which prints
and saves them like any document. Referrals without a valid consent are skipped and counted.

    BatchLetters(parent, ctx, referral_ids)          many letters, progress and cancel
    batch_letters(parent, ctx, referral_ids)         the same, started
    batch_letters_this_week(parent, ctx)             the referrals sent this week
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from desktop import errors
from desktop.counts import counted
from desktop.documents import DocumentPreview

if TYPE_CHECKING:  # types only: the job is handed the open casebook
    from models.casebook import Casebook

BATCH_CHUNK = 4  # letters rendered per worker job, so the window stays responsive


def week_of(today: dt.date) -> tuple[dt.date, dt.date]:
    """Monday of this week to today."""
    return today - dt.timedelta(days=today.weekday()), today


class BatchLetters(QProgressDialog):
    """Letters for many referrals: rendered a few at a time on the worker, cancellable.
    Referrals that cannot be printed (no valid consent) are skipped and counted."""

    def __init__(self, parent: QWidget | None, ctx: Any, referral_ids: list[int],
                 on_shown: Callable[[DocumentPreview], None] | None = None) -> None:
        super().__init__(parent)
        self.setLabelText(self.tr("Preparing letters…"))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, max(1, len(referral_ids)))
        self.setObjectName("batchLetters")
        self.setWindowTitle(self.tr("Letters"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.ctx = ctx
        self.ids = list(referral_ids)
        self.done: list[tuple[str, bytes]] = []
        self.skipped = 0
        self.on_shown = on_shown
        self.preview: DocumentPreview | None = None
        self._next = 0
        self.canceled.connect(self._cancelled)
        self._stopped = False

    def start(self) -> None:
        if not self.ids:
            self._stopped = True
            _tell(self.parentWidget(), self.tr("There are no referrals to print letters for."))
            return
        self.show()
        self._submit()

    def _submit(self) -> None:
        chunk = self.ids[self._next:self._next + BATCH_CHUNK]
        self._next += len(chunk)

        def make(book: Casebook) -> tuple[list[tuple[str, bytes]], int]:
            from models.errors import Conflict
            from reports import referral_letter
            from reports.casebook_data import letter_data

            out, skipped = [], 0
            for rid in chunk:
                try:
                    data = letter_data(book, rid)
                except Conflict:
                    skipped += 1
                    continue
                out.append((f"{data.reference} · {data.partner.name}", referral_letter(data)))
            return out, skipped

        self.ctx.run(make, self._chunk_done, self, on_error=self._failed)

    def _chunk_done(self, result: tuple[list[tuple[str, bytes]], int]) -> None:
        if self.wasCanceled() and not self._stopped:
            self._cancelled()
        if self._stopped:
            return
        made, skipped = result
        self.done += made
        self.skipped += skipped
        self.setValue(self._next)
        self.setLabelText(self.tr("Prepared {done} of {total} letters…").format(
            done=len(self.done), total=len(self.ids)))
        if self._next < len(self.ids):
            self._submit()
        else:
            self._finish()

    def _failed(self, exc: BaseException) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.close()
        errors.show_error(self.parentWidget(), exc)

    def _cancelled(self) -> None:
        if self._stopped:  # closing the dialog after finishing also emits ``canceled``
            return
        self._stopped = True
        self.done.clear()
        self.ctx.status_message.emit(self.tr("Letters cancelled; nothing was printed or saved."))
        self.close()

    def _finish(self) -> None:
        self._stopped = True
        self.close()
        parent = self.parentWidget()
        if not self.done:
            _tell(parent, self.tr("No letter could be made: none of these referrals has a "
                                  "valid consent to share. Record consent in the client file "
                                  "first."))
            return
        if self.skipped:
            self.ctx.status_message.emit(counted(self.skipped, self.tr(
                "%n referral(s) skipped: no valid consent to share.", "", self.skipped)))
        n = len(self.done)
        self.preview = DocumentPreview(self.done,
                                       counted(n, self.tr("%n referral letter(s)", "", n)),
                                       "referral-letters.pdf",
                                       parent.window() if parent else None)
        self.done = []
        self.preview.show()
        if self.on_shown is not None:
            self.on_shown(self.preview)


def _tell(parent: QWidget | None, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("documents", "Letters"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("lettersMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def batch_letters(parent: QWidget, ctx: Any, referral_ids: list[int],
                  on_shown: Callable[[DocumentPreview], None] | None = None) -> BatchLetters:
    batch = BatchLetters(parent, ctx, referral_ids, on_shown)
    batch.start()
    return batch


def batch_letters_this_week(parent: QWidget, ctx: Any,
                            on_shown: Callable[[DocumentPreview], None] | None = None
                            ) -> BatchLetters:
    from reports.casebook_data import sent_between

    batch = BatchLetters(parent, ctx, [], on_shown)

    def found(ids: list[int] | None) -> None:
        # The week's referrals come from the worker (issue 18: the GUI thread never waits
        # on the database); the batch starts when they arrive.
        batch.ids = list(ids or [])
        batch.setRange(0, max(1, len(batch.ids)))
        batch.start()

    ctx.run(lambda b: sent_between(b, *week_of(b.store.today())), found, batch)
    return batch


# -- the recovery sheet ------------------------------------------------------------------
