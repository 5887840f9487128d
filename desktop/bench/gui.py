"""GUI figures, measured in process with the real widgets on the offscreen platform."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from desktop.bench.timing import Metric, summarise

TYPED = ("mohammed", "nguyen", "fatima z", "oleksandr", "ali h", "amal", "yo", "teklu")


def pump_until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        QApplication.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish in time")
        time.sleep(0.0005)


def flush_deletes() -> None:
    """Run the deferred deletes a running event loop would (the bench has no loop)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def idle(ctx) -> None:  # noqa: ANN001
    ctx.worker.drain()
    pump_until(lambda: ctx.worker.pending == 0)
    QApplication.processEvents()


def start_to_unlock_window(runs: int) -> Metric:
    """Wall time from spawning ``python`` to the unlock window being shown."""
    code = ("import sys\n"
            "from desktop.app import AppController, make_application\n"
            "app = make_application()\n"
            "c = AppController()\n"
            "c.show()\n"
            "app.processEvents()\n"
            "print('shown', flush=True)\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env, text=True)
        line = proc.stdout.readline()
        samples.append((time.perf_counter() - start) * 1000)
        proc.wait(timeout=60)
        if line.strip() != "shown":
            raise RuntimeError("the unlock window did not open")
    return summarise("start_to_unlock_window", samples)


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _quiet_offscreen(mode, context, message: str) -> None:  # noqa: ANN001
    """The offscreen platform warns on every window it sizes; the table should be readable."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


class GuiBench:
    """Drives one AppController over the reference casebook."""

    def __init__(self, path: Path, user: str, passphrase: str) -> None:
        from desktop.app import AppController, make_application

        self.app = make_application()
        qInstallMessageHandler(_quiet_offscreen)
        self.path, self.user, self.passphrase = path, user, passphrase
        self.controller = AppController(path, user)
        self.controller.show()
        QApplication.processEvents()

    def unlock(self) -> tuple[list[float], list[float]]:
        """(key derivation times, open + first page of the client list times)."""
        from models import keyslots
        from models.casebook import Casebook

        secret = keyslots.normalise(self.passphrase)
        kdf, first_page = [], []
        real_open, real_id = keyslots.open_private, keyslots.Header.slot_id_for
        for _ in range(5):
            # Key derivation: the slot id (Argon2id of the name) and the slot's own key.
            start = time.perf_counter()
            header = keyslots.read_header(self.path)
            slot_id = header.slot_id_for(self.user)
            keys = real_open(header.casebook_id, header.find(slot_id), secret)
            kdf.append((time.perf_counter() - start) * 1000)
            keyslots.open_private = lambda *_a, _k=keys: _k
            keyslots.Header.slot_id_for = lambda _self, _user, _s=slot_id: _s
            try:
                start = time.perf_counter()
                book = Casebook.open(self.path, self.user, self.passphrase)
                self.controller.on_unlocked(book)
                page = self.controller.main.show_section("clients")
                pump_until(lambda p=page: p.model.rowCount() > 0)
                first_page.append((time.perf_counter() - start) * 1000)
            finally:
                keyslots.open_private, keyslots.Header.slot_id_for = real_open, real_id
            idle(self.controller.ctx)
            self.controller.lock()
            flush_deletes()
        book = Casebook.open(self.path, self.user, self.passphrase)
        self.controller.on_unlocked(book)
        idle(self.controller.ctx)
        return kdf, first_page

    @property
    def main(self):  # noqa: ANN201
        return self.controller.main

    @property
    def ctx(self):  # noqa: ANN201
        return self.controller.ctx

    def search_keystrokes(self) -> list[float]:
        """Each keystroke's search from the moment it runs (after the deliberate typing
        pause of SEARCH_DELAY_MS) until the table shows its first page. Between keystrokes
        the worker is let go idle, as it is during that pause when a person types."""
        page = self.main.show_section("clients")
        samples = []
        for word in TYPED:
            for i in range(1, len(word) + 1):
                page.search.blockSignals(True)
                page.search.setText(word[:i])
                page.search.blockSignals(False)
                start = time.perf_counter()
                page.run_search()
                pump_until(lambda: page._applied == page._generation)
                samples.append((time.perf_counter() - start) * 1000)
                idle(self.ctx)
        page.search.clear()
        page.run_search()
        idle(self.ctx)
        return samples

    def duplicate_warnings(self) -> list[float]:
        from desktop.clients.new_client_dialog import NewClientDialog

        dialog = NewClientDialog(self.ctx, self.main)
        samples = []
        for word in ("Muhammad Al Amin", "Ngyuen Thi Lan", "Fatema Zahra", "Aleksandr K"):
            for i in range(3, len(word) + 1):
                dialog.form.name.blockSignals(True)
                dialog.form.name.setText(word[:i])
                dialog.form.name.blockSignals(False)
                start = time.perf_counter()
                dialog._check_duplicates()
                idle(self.ctx)
                samples.append((time.perf_counter() - start) * 1000)
        dialog.reject()
        dialog.deleteLater()
        return samples

    def today_view(self, runs: int) -> list[float]:
        page = self.main.show_section("today")
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            page.reload()
            idle(self.ctx)
            samples.append((time.perf_counter() - start) * 1000)
        return samples

    def scroll_to_end(self) -> tuple[float, int, float]:
        """(longest blocked frame in ms, rows shown, RSS in MB at the end)."""
        page = self.main.show_section("clients")
        page.search.clear()
        page.run_search()
        pump_until(lambda: page._applied == page._generation and page.model.ids_complete)
        bar = page.table.verticalScrollBar()
        longest = 0.0
        while page.model.canFetchMore():
            start = time.perf_counter()
            bar.setValue(bar.maximum())
            QApplication.processEvents()
            longest = max(longest, (time.perf_counter() - start) * 1000)
        return longest, page.model.rowCount(), rss_mb()

    def close(self) -> None:
        self.controller.shutdown()
