"""The one database worker: every casebook call runs on a single background thread.

The SQLCipher connection belongs to this thread. ``submit`` runs a function there and hands
its result (or error) back to the main thread through a queued signal, so slots never block
on the database and background code never touches widgets. ``call`` waits for a tiny read
(a batch of list rows) that takes well under a frame.

Issue 18: the GUI thread waits on the worker only for the few reasons in ``ALLOWED_WAITS``.
Tests set ``DbWorker.strict`` (fixture ``no_gui_waits``) so that any other blocking wait from
the GUI thread raises ``GuiThreadWait`` instead of freezing the window behind a long job.
"""

from __future__ import annotations

import concurrent.futures
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

# The blocking waits on the worker the GUI thread may still make, each with why it must wait.
# ``call(..., why=key)`` names one; any other wait from the GUI thread is refused in strict
# mode. Keep this list short: everything else goes through ``submit``.
ALLOWED_WAITS: dict[str, str] = {
    "unlock": "once per unlock, before any screen exists: the auto-lock time, whether this "
              "role may erase, and the users' names; the worker has nothing else queued",
    "lock": "locking closes the casebook on its own thread after the queued jobs: the key "
            "must be gone before the unlock window shows",
    "create": "a new casebook's wizard closes its casebook before the app opens it again",
    "erase": "erasing is the last thing done with the casebook; the window waits for it on "
             "purpose (nothing may touch the files meanwhile)",
}


class GuiThreadWait(RuntimeError):
    """A blocking wait on the worker from the GUI thread that ``ALLOWED_WAITS`` does not name
    (raised only in strict mode, i.e. in tests)."""


class _Relay(QObject):
    """Lives in the main thread; the worker emits, Qt queues delivery to the main thread."""

    done = Signal(int, object, object)


class DbWorker(QObject):
    busy_changed = Signal(bool)
    strict = False  # tests: a GUI-thread wait not in ALLOWED_WAITS raises GuiThreadWait
    refused: list[str] = []  # what strict mode refused (a broad except may swallow the error)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="casebook")
        self._relay = _Relay()
        self._relay.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}
        self._ids = itertools.count(1)
        self._pending = 0

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> int:
        ticket = next(self._ids)
        self._callbacks[ticket] = (on_done, on_error)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)

        def job() -> None:
            try:
                result, error = fn(), None
            except BaseException as exc:  # noqa: BLE001 - handed to the main thread
                result, error = None, exc
            self._relay.done.emit(ticket, result, error)

        self._pool.submit(job)
        return ticket

    @Slot(int, object, object)
    def _deliver(self, ticket: int, result: Any, error: BaseException | None) -> None:
        on_done, on_error = self._callbacks.pop(ticket, (None, None))
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                from desktop.errors import show_error
                show_error(None, error)
        elif on_done is not None:
            on_done(result)

    def call(self, fn: Callable[[], Any], timeout: float = 5.0, why: str | None = None) -> Any:
        """Run ``fn`` on the worker and wait for it. From the GUI thread only for a reason in
        ``ALLOWED_WAITS`` (``why``): the worker may be busy for seconds with a long job."""
        self._check(why, f"a blocking wait on the database worker from the GUI thread"
                         f" ({getattr(fn, '__qualname__', fn)}); use submit/ctx.run, or name"
                         " an ALLOWED_WAITS reason")
        return self._pool.submit(fn).result(timeout)

    def drain(self, timeout: float = 10.0, why: str | None = None) -> None:
        """Wait until queued jobs have run (before locking, for a reason in ``ALLOWED_WAITS``,
        and by tests outside strict mode)."""
        self._check(why, "a wait for the database worker to finish its queue, from the GUI"
                         " thread")
        self._pool.submit(lambda: None).result(timeout)

    def _check(self, why: str | None, what: str) -> None:
        if self.strict and why not in ALLOWED_WAITS and on_gui_thread():
            self.refused.append(what)
            raise GuiThreadWait(what)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)

    @property
    def pending(self) -> int:
        return self._pending


def on_gui_thread() -> bool:
    """Whether the caller runs on the application's (GUI) thread."""
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()
