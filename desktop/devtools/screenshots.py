"""``make screenshots``: PNGs of every main screen on a fictional demo casebook, offscreen.

    python -m desktop.devtools.screenshots docs/screenshots

The demo casebook is built in a temporary folder that is removed afterwards; only the PNGs
are written to the folder given.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

PASSPHRASE = "demo passphrase"


def pump(condition: Callable[[], bool] = lambda: True, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        QApplication.processEvents()
        if condition() or time.monotonic() > deadline:
            break
        time.sleep(0.01)
    for _ in range(10):
        QApplication.processEvents()


def settle(ctx) -> None:  # noqa: ANN001
    ctx.worker.drain()
    pump(lambda: ctx.worker.pending == 0)


def grab(widget: QWidget, out: Path, name: str, shots: list[Path]) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    shots.append(path)


def _newest_dialog(kind: type = QDialog) -> QWidget | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def capture(out: Path) -> list[Path]:
    from desktop.app import AppController, make_application
    from models.casebook import Casebook
    from models.demo import build as demo
    from models.security.keyslots import KdfParams

    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    app.setStyle("Fusion")
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="waystation-shots-") as tmp:
        # The app's own settings (recent casebooks) go to the temporary folder: the shots
        # never show, nor change, the recent casebooks of whoever makes them.
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        path = Path(tmp) / "riverside-circle.wsdb"
        demo.build(path, PASSPHRASE, clients=300, seed=7, kdf=KdfParams())
        from desktop.unlock import remember_casebook

        remember_casebook(path)  # the unlock screen lists it, as after a first unlock
        controller = AppController(path, demo.DEMO_USER)
        controller.unlock_window.resize(560, 520)
        controller.show()
        pump()
        grab(controller.unlock_window, out, "01-unlock", shots)

        book = Casebook.open(path, demo.DEMO_USER, PASSPHRASE)
        controller.on_unlocked(book)
        main, ctx = controller.main, controller.ctx
        main.resize(1024, 700)  # the smallest screen every section must fit (issue 16)
        settle(ctx)
        for i, key in enumerate(main.sections, start=2):
            main.show_section(key)
            settle(ctx)
            grab(main, out, f"{i:02d}-{key}", shots)

        clients = main.show_section("clients")
        if hasattr(clients, "search"):
            clients.search.setText("moh")
            pump(lambda: False, timeout=0.6)
            settle(ctx)
            grab(main, out, "10-clients-search", shots)
            clients.search.clear()

        _new_client(main, ctx, out, shots)
        _client_file(controller, ctx, out, shots)
        letter_preview(main, ctx, out, shots)
        _sponsorships(main, ctx, out, shots)
        _erase(main, ctx, out, shots)
        controller.lock()
        pump()
        controller.shutdown()
    return shots


def _new_client(main, ctx, out: Path, shots: list[Path]) -> None:  # noqa: ANN001
    from desktop.clients.new_client_dialog import NewClientDialog

    dialog = NewClientDialog(ctx, main)
    dialog.resize(720, 520)
    dialog.show()
    dialog.form.name.setText("Muhammad Al Amin")
    pump(lambda: False, timeout=0.5)
    settle(ctx)
    pump(lambda: dialog.candidates.count() > 0, timeout=5)
    grab(dialog, out, "11-new-client-duplicate-warning", shots)
    dialog.mark_clean()  # closed without the "Discard changes?" question
    dialog.reject()


def _client_file(controller, ctx, out: Path, shots: list[Path]) -> None:  # noqa: ANN001
    # A client with a screening and a referral ready to send: every tab has something.
    client_id = ctx.read(lambda b: b.store.one(
        "SELECT client_id FROM screenings WHERE client_id IN (SELECT client_id FROM referrals"
        " WHERE status = 'consent_recorded') ORDER BY id LIMIT 1")) or ctx.read(
        lambda b: b.store.one("SELECT client_id FROM screenings WHERE client_id IS NOT NULL"
                              " ORDER BY id LIMIT 1"))
    client_id = client_id[0] if client_id else ctx.read(lambda b: b.clients.search("")[0])
    controller.open_client(client_id)
    settle(ctx)
    window = controller.extra_windows[-1]
    window.resize(1024, 700)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(ctx)
        if window.tabs.currentWidget() is window.referrals:
            _ready_to_send(window.referrals)
        name = window.tabs.tabText(index).replace("&", "").lower().replace(" ", "-")
        grab(window, out, f"2{index}-client-file-{name}", shots)
        if window.tabs.currentWidget() is window.screenings:
            _questionnaire(window, ctx, out, shots)
        if window.tabs.currentWidget() is window.referrals:
            _new_referral(window, ctx, out, shots)
            _letter_from_client_file(window.referrals, ctx, out, shots)
    window.close()


def _questionnaire(window, ctx, out: Path, shots: list[Path]) -> None:  # noqa: ANN001
    """A new screening starts from the previous one's answers, in words, not codes."""
    from desktop.clientfile.questionnaire import QuestionnaireDialog

    dialog = QuestionnaireDialog(ctx, window.client_id, window)
    dialog.resize(1000, 700)
    dialog.show()
    pump(lambda: dialog.ready)
    settle(ctx)
    grab(dialog, out, "22a-client-file-new-screening", shots)
    dialog.mark_clean()  # closed without the "Discard changes?" question
    dialog.reject()


def _new_referral(window, ctx, out: Path, shots: list[Path]) -> None:  # noqa: ANN001
    """Step one of the referral flow in the client file: New referral, with the partner
    that serves the client's city and the chosen service."""
    from desktop.clientfile.referral_dialog import ReferralDialog

    client = window.client
    partners = ctx.read(lambda b: b.partners.search()) or []
    # A service some partner offers in the client's city, so the default partner shows.
    local = [p for p in partners if client.city in p.cities and p.services]
    service = local[0].services[0] if local else "legal"
    dialog = ReferralDialog(client.id, partners, service, parent=window.referrals,
                            city=client.city, languages=tuple(client.languages))
    dialog.show()
    pump()
    grab(dialog, out, "23a-client-file-new-referral", shots)
    dialog.mark_clean()  # closed without the "Discard changes?" question
    dialog.reject()


def _letter_from_client_file(tab, ctx, out: Path, shots: list[Path]) -> None:  # noqa: ANN001
    """Preview letter from the client file's Referrals tab, where the referral is made."""
    if not tab.letter_button.isEnabled():
        return
    before = {id(w) for w in QApplication.topLevelWidgets()}
    tab.preview_letter()
    settle(ctx)
    pump(lambda: any(id(w) not in before and w.isVisible()
                      for w in QApplication.topLevelWidgets()))
    shown = [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.isVisible()]
    if shown:
        shown[-1].resize(900, 700)
        pump(lambda: False, timeout=0.5)
        grab(shown[-1], out, "23b-client-file-letter-preview", shots)
        shown[-1].close()


def _ready_to_send(tab) -> None:  # noqa: ANN001
    """Select the referral whose next step is Preview / Mark as sent."""
    for row in range(tab.model.rowCount()):
        if tab.model.row_at(row).referral.status == "consent_recorded":
            tab.table.selectRow(row)
            tab.said.setText("Consent recorded. Preview the letter or packet, send it, then "
                             "mark the referral as sent.")
            tab.said.show()
            break


def letter_preview(main, ctx, out: Path, shots: list[Path],  # noqa: ANN001
                   lang: str | None = None) -> None:
    """The preview of the first sent letter, in ``lang`` (the interface's when None)."""
    from desktop.documents import preview_letter

    row = ctx.read(lambda b: b.store.one(
        "SELECT r.id FROM referrals r JOIN consents c ON c.id = r.consent_id WHERE"
        " r.status = 'sent' AND c.withdrawn_at IS NULL ORDER BY r.id LIMIT 1"))
    if not row:
        return
    shown: list[QWidget] = []
    preview_letter(main, ctx, row[0], lang, on_shown=shown.append)
    settle(ctx)
    pump(lambda: bool(shown))
    if shown:
        shown[0].resize(900, 700)  # fits the smallest screen (1,024 x 700), like every window
        pump(lambda: False, timeout=0.5)
        grab(shown[0], out, "30-letter-preview", shots)
        shown[0].close()


def _sponsorships(main, ctx, out: Path, shots: list[Path]) -> None:  # noqa: ANN001
    try:
        from desktop.devtools.screenshots_sponsorship import capture as capture_sponsorships
    except ImportError:
        return
    shots += capture_sponsorships(main, ctx, out, QApplication.instance())


def _erase(main, ctx, out: Path, shots: list[Path]) -> None:  # noqa: ANN001
    from desktop.erase_dialog import EraseDialog

    dialog = EraseDialog(main, ctx, ctx.book.path)
    dialog.word.setText("ERASE")
    dialog.show()
    pump()
    grab(dialog, out, "40-emergency-erase", shots)
    dialog.reject()


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    shots = capture(out)
    for shot in shots:
        print(shot)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
