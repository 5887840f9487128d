"""What every screen shares: the worker, the open casebook, and the app-wide signals.

Screens never hold the ``Casebook`` themselves; they ask ``ctx.run`` to call it on the worker
and refresh from the ``Changes`` that come back (``ctx.changed``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop import accessibility, errors
from desktop.worker import DbWorker
from models.changes import Changes
from models.permissions import Action, allowed, why_not

if TYPE_CHECKING:
    from models.casebook import Casebook


def _changes_in(result: Any) -> Changes | None:
    """The ``Changes`` a call returned, alone or first in a tuple."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[0], Changes):
        return result[0]
    return None


def _people(book: Casebook) -> tuple[dict[int, str], list[Any]]:
    """Every user's name by id, and the active users (on the worker)."""
    return book.users.names(), book.users.list()


class AppContext(QObject):
    changed = Signal(object)  # Changes
    open_client = Signal(int)
    locked = Signal()
    status_message = Signal(str)

    def __init__(self, worker: DbWorker | None = None) -> None:
        super().__init__()
        accessibility.install()  # drop-downs named for screen readers in every window
        self.worker = worker or DbWorker(self)
        self.book: Casebook | None = None  # while unlocked; touched on the worker
        self.user_id: int | None = None
        self.user_name = ""
        self.role = ""
        self.casebook_name = ""
        self._user_names: dict[int, str] | None = None
        self._users: list[Any] | None = None
        # Unsaved form input kept across a lock: in memory only, and only for the same
        # casebook and user. User ids alone are not enough: every casebook's first
        # coordinator is id 1.
        self._drafts: dict[str, tuple[tuple[str, int] | None, Any]] = {}
        self._draft_owner: tuple[str, int] | None = None

    # -- the casebook --------------------------------------------------------------------
    @property
    def unlocked(self) -> bool:
        return self.book is not None

    def attach(self, book: Casebook) -> None:
        self.book = book
        self.user_id, self.user_name, self.role = book.user.id, book.user.name, book.user.role
        self._draft_owner = (book.casebook_id, book.user.id)
        # Someone else unlocking, or another casebook opened, never sees what the last
        # person was typing; the drafts are dropped, not merely hidden.
        self._drafts = {k: v for k, v in self._drafts.items() if v[0] == self._draft_owner}
        self.casebook_name = book.path.name

    def user_names(self) -> dict[int, str]:
        """User ids to names, read once per unlock (every list shows owners and authors;
        reading them again per screen would queue behind slower work on the worker). A
        change to the users reads them again on the worker with that change (``run``)."""
        if self._user_names is None:
            self.set_people(self.read(_people, why="unlock"))
        return self._user_names or {}

    def users(self) -> list[Any]:
        """The active users (account choices in dialogs), kept like ``user_names``."""
        if self._users is None:
            self.set_people(self.read(_people, why="unlock"))
        return list(self._users or [])

    def set_people(self, people: tuple[dict[int, str], list[Any]] | None) -> None:
        self._user_names, self._users = people if people is not None else ({}, [])

    def keep_draft(self, key: str, value: Any) -> None:
        if self.book is not None:
            self._drafts[key] = (self._draft_owner, value)

    def take_draft(self, key: str) -> Any:
        """The draft kept under ``key`` for this casebook and user, once; None otherwise."""
        owner, value = self._drafts.pop(key, (None, None))
        return value if owner is not None and self.book is not None \
            and owner == self._draft_owner else None

    def has_draft(self, key: str) -> bool:
        owner = self._drafts.get(key, (None, None))[0]
        return owner is not None and self.book is not None and owner == self._draft_owner

    def draft_keys(self) -> list[str]:
        """The keys of the drafts kept for this casebook and user (to offer them back)."""
        return [k for k, (owner, _v) in self._drafts.items()
                if self.book is not None and owner == self._draft_owner]

    def detach(self) -> Casebook | None:
        self._user_names = self._users = None
        book, self.book = self.book, None
        self.user_id, self.user_name, self.role = None, "", ""
        return book

    def run(self, fn: Callable[[Casebook], Any], on_done: Callable[[Any], None] | None = None,
            parent: QWidget | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        """Call ``fn(book)`` on the worker. A ``Changes`` result is broadcast to every view
        before ``on_done`` runs; errors go to the one error display unless handled."""
        book = self.book
        if book is None:
            return

        def gone() -> bool:
            # The view that asked was closed (or the casebook locked) while the call ran.
            return parent is not None and not shiboken6.isValid(parent)

        def job() -> tuple[Any, Any]:
            result = fn(book)
            changes = _changes_in(result)
            people = None
            if changes is not None and changes.touches("users"):
                # Read here, on the worker, so no screen reads them on the GUI thread later.
                try:
                    people = _people(book)
                except Exception:  # noqa: BLE001 - the change itself succeeded
                    people = None
            return result, people

        def done(answer: tuple[Any, Any]) -> None:
            result, people = answer
            changes = _changes_in(result)
            if changes is not None and changes.touches("users"):
                if people is not None:
                    self.set_people(people)
                else:
                    self._user_names = self._users = None
            if changes is not None:
                self.changed.emit(changes)
            if on_done is not None and not gone():
                on_done(result)

        def failed(exc: BaseException) -> None:
            if gone():
                return
            if on_error is not None:
                on_error(exc)
            else:
                errors.show_error(parent, exc)

        self.worker.submit(job, done, failed)

    def read(self, fn: Callable[[Casebook], Any], why: str | None = None) -> Any:
        """A synchronous read on the worker. Screens use ``run`` instead: on the GUI thread
        this is allowed only for a reason in ``desktop.worker.ALLOWED_WAITS`` (``why``)."""
        book = self.book
        if book is None:
            return None
        return self.worker.call(lambda: fn(book), why=why)

    # -- roles ---------------------------------------------------------------------------
    def can(self, action: Action) -> bool:
        return allowed(self.role, action)

    def guard(self, widget: QWidget, action: Action) -> None:
        """Disable a control the role cannot use, with a tooltip saying why (the domain
        still enforces it)."""
        reason = why_not(self.role, action)
        widget.setEnabled(reason is None)
        if reason:
            widget.setToolTip(self._why_not_translated(action) or reason)

    def _why_not_translated(self, action: Action) -> str:
        """``why_not``'s sentence in the interface language (models/ words it in English;
        the actions are listed in desktop/model_labels.py)."""
        what = QCoreApplication.translate("models", action.value)
        if allowed("caseworker", action):
            return QCoreApplication.translate(
                "context", "Only a caseworker or coordinator can {what}.").format(what=what)
        return QCoreApplication.translate("context", "Only a coordinator can {what}.").format(
            what=what)
