"""GUI figures, measured in process with the real widgets on the offscreen platform."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from desktop.devtools.bench.timing import (
    Metric,
    Sample,
    load_average,
    measure,
    since,
    summarise,
)

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
    """Wall time from spawning ``python`` to the unlock window being shown; CPU time is the
    child's own up to that moment (all its threads, interpreter start-up included)."""
    code = ("import time\n"
            "from desktop.app import AppController, make_application\n"
            "app = make_application()\n"
            "c = AppController()\n"
            "c.show()\n"
            "app.processEvents()\n"
            "print('shown', time.process_time() * 1000, flush=True)\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, env=env, text=True)
        line = proc.stdout.readline()
        wall = (time.perf_counter() - start) * 1000
        proc.wait(timeout=60)
        said = line.split()
        if not said or said[0] != "shown":
            raise RuntimeError("the unlock window did not open")
        samples.append(Sample(wall, float(said[1]), load_average()))
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


def quiet_offscreen(mode, context, message: str) -> None:  # noqa: ANN001
    """The offscreen platform warns on every window it sizes; the table should be readable."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


class _PaintCounter(QObject):
    """Counts the paints a widget receives (the list's viewport, in the keystrokes)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

    def remove(self) -> None:
        self._widget.removeEventFilter(self)


class GuiBench:
    """Drives one AppController over the reference casebook."""

    def __init__(self, path: Path, user: str, passphrase: str) -> None:
        from desktop.app import AppController, make_application

        self.app = make_application()
        qInstallMessageHandler(quiet_offscreen)
        self.path, self.user, self.passphrase = path, user, passphrase
        # The list's paints inside each timed keystroke of search_keystrokes (one each).
        self.keystroke_paints: list[int] = []
        self.controller = AppController(path, user)
        self.controller.show()
        QApplication.processEvents()

    def unlock(self) -> tuple[list[Sample], list[Sample]]:
        """(key derivation times, open + first page of the client list times)."""
        from models.casebook import Casebook
        from models.security import keyslots

        # The letter preload started when the unlock window was shown (desktop/app.py)
        # finishes before these clocks: a person typing the passphrase gives it that time.
        # An unlock at once, with the preload alongside, is what letter_cold's own process
        # measures (desktop/devtools/bench/first_letter.py).
        from reports import preload

        preload.start_in_background()
        preload.wait(120)
        secret = keyslots.normalise(self.passphrase)
        kdf, first_page = [], []
        real_open, real_id = keyslots.open_private, keyslots.Header.slot_id_for
        for _ in range(5):
            # Key derivation: the slot id (Argon2id of the name) and the slot's own key.
            cpu, start = time.process_time(), time.perf_counter()
            header = keyslots.read_header(self.path)
            slot_id = header.slot_id_for(self.user)
            keys = real_open(header.casebook_id, header.find(slot_id), secret)
            kdf.append(since(start, cpu))
            keyslots.open_private = lambda *_a, _k=keys: _k
            keyslots.Header.slot_id_for = lambda _self, _user, _s=slot_id: _s
            try:
                cpu, start = time.process_time(), time.perf_counter()
                book = Casebook.open(self.path, self.user, self.passphrase)
                self.controller.on_unlocked(book)
                page = self.controller.main.show_section("clients")
                pump_until(lambda p=page: p.model.rowCount() > 0)
                first_page.append(since(start, cpu))
            finally:
                keyslots.open_private, keyslots.Header.slot_id_for = real_open, real_id
            idle(self.controller.ctx)
            self.controller.lock()
            flush_deletes()
        book = Casebook.open(self.path, self.user, self.passphrase)
        self.controller.on_unlocked(book)
        idle(self.controller.ctx)
        return kdf, first_page

    def first_letter(self, referral_id: int) -> Sample:
        """The first letter of the session in this running app, once its preload has
        finished: asked for as the letter preview does (its worker job), from the request
        until the PDF bytes are ready."""
        from desktop.devtools.bench.first_letter import preview_letter_timed

        idle(self.ctx)
        made, _ = preview_letter_timed(self.controller, referral_id)
        flush_deletes()
        return made

    @property
    def main(self):  # noqa: ANN201
        return self.controller.main

    @property
    def ctx(self):  # noqa: ANN201
        return self.controller.ctx

    def search_keystrokes(self) -> list[Sample]:
        """Each keystroke's search from the moment it runs (after the deliberate typing
        pause of SEARCH_DELAY_MS, which is not counted) until the list is repainted and
        every job the keystroke queued on the database worker has finished: nothing it
        leaves behind is drained outside the timed window (issue 18)."""
        page = self.main.show_section("clients")
        page.show()
        samples = []
        paints = _PaintCounter(page.table.viewport())

        def keystroke() -> None:
            paints.count = 0
            page.run_search()
            pump_until(lambda: page._applied == page._generation and self.ctx.worker.pending == 0)
            # The repaint the event loop does next, where the pump has not already done it
            # (it often has, while the count was still on the worker): the list is painted
            # once in each timed keystroke, as a person's window paints it once.
            QApplication.processEvents()
            if not paints.count:
                page.table.viewport().repaint()

        for word in TYPED:
            for i in range(1, len(word) + 1):
                page.search.blockSignals(True)
                page.search.setText(word[:i])
                page.search.blockSignals(False)
                samples.append(measure(keystroke)[0])
                self.keystroke_paints.append(paints.count)
        paints.remove()
        page.search.clear()
        page.run_search()
        idle(self.ctx)
        return samples

    def duplicate_warnings(self) -> list[Sample]:
        """From the end of the dialog's typing pause (DUPLICATE_DELAY_MS, reported in the
        metric's note and not counted) until the candidates are shown."""
        from desktop.clients.new_client_dialog import NewClientDialog

        dialog = NewClientDialog(self.ctx, self.main)
        samples = []
        for word in ("Muhammad Al Amin", "Ngyuen Thi Lan", "Fatema Zahra", "Aleksandr K"):
            for i in range(3, len(word) + 1):
                dialog.form.name.blockSignals(True)
                dialog.form.name.setText(word[:i])
                dialog.form.name.blockSignals(False)
                samples.append(measure(lambda: (dialog._check_duplicates(),
                                                idle(self.ctx)))[0])
        dialog.mark_clean()  # typed on purpose: no "Discard changes?" prompt to wait for
        dialog.reject()
        dialog.deleteLater()
        return samples

    def today_view(self, runs: int) -> list[Sample]:
        page = self.main.show_section("today")
        return [measure(lambda: (page.reload(), idle(self.ctx)))[0] for _ in range(runs)]

    def scroll_to_end(self) -> tuple[Sample, int, float]:
        """(the longest blocked frame, with the process's CPU time during it; rows shown; RSS
        in MB at the end). Starts right after the first page is shown, as a person would,
        not once the worker is idle; the batches arrive from the worker while the view keeps
        scrolling."""
        page = self.main.show_section("clients")
        page.search.clear()
        page.run_search()
        pump_until(lambda: page._applied == page._generation)
        bar = page.table.verticalScrollBar()
        longest = Sample(0.0, 0.0, load_average())
        deadline = time.monotonic() + 600
        while page.model.canFetchMore() and time.monotonic() < deadline:
            cpu, start = time.process_time(), time.perf_counter()
            bar.setValue(bar.maximum())
            QApplication.processEvents()
            longest = max(longest, since(start, cpu), key=lambda s: s.wall_ms)
            time.sleep(0.001)  # the next frame
        return longest, page.model.rowCount(), rss_mb()

    def scroll_during_search(self) -> Sample:
        """The longest blocked frame while scrolling the list as searches are typed (each
        keystroke's search still running on the worker while the view scrolls), with the
        process's CPU time during that frame."""
        page = self.main.show_section("clients")
        bar = page.table.verticalScrollBar()
        longest = Sample(0.0, 0.0, load_average())
        for word in TYPED[:4]:
            for i in range(1, len(word) + 1):
                page.search.blockSignals(True)
                page.search.setText(word[:i] if i < len(word) else "")
                page.search.blockSignals(False)
                page.run_search()
                for _ in range(5):
                    cpu, start = time.process_time(), time.perf_counter()
                    bar.setValue(min(bar.maximum(), bar.value() + bar.pageStep()))
                    QApplication.processEvents()
                    longest = max(longest, since(start, cpu), key=lambda s: s.wall_ms)
                    time.sleep(0.004)
        idle(self.ctx)
        return longest

    def letters_batch(self, referral_ids: list[int]) -> Sample:
        """The batch as a person runs it: letters made on the worker a few at a time, then
        the preview that loads every PDF on the GUI thread, until it is shown."""
        from desktop.letter_batch import BatchLetters

        shown = []

        def batch() -> None:
            dialog = BatchLetters(self.main, self.ctx, referral_ids, on_shown=shown.append)
            dialog.start()
            pump_until(lambda: bool(shown), timeout=1800)

        sample = measure(batch)[0]
        for preview in shown:
            preview.close()
            preview.deleteLater()
        flush_deletes()
        return sample

    def close(self) -> None:
        self.controller.shutdown()
