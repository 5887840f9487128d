"""The one database worker: every casebook call runs on a single background thread.

The SQLCipher connection belongs to this thread. ``submit`` runs a function there and hands
its result (or error) back to the main thread through a queued signal, so slots never block
on the database and background code never touches widgets. ``call`` waits for a tiny read
(a batch of list rows) that takes well under a frame.
"""

from __future__ import annotations

import concurrent.futures
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot


class _Relay(QObject):
    """Lives in the main thread; the worker emits, Qt queues delivery to the main thread."""

    done = Signal(int, object, object)


class DbWorker(QObject):
    busy_changed = Signal(bool)

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

    def call(self, fn: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Run a small read on the worker and wait for it (list batches, combo contents)."""
        return self._pool.submit(fn).result(timeout)

    def drain(self, timeout: float = 10.0) -> None:
        """Wait until queued jobs have run (used before locking and by tests)."""
        self._pool.submit(lambda: None).result(timeout)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)

    @property
    def pending(self) -> int:
        return self._pending
