"""Screenshots of the main screens in another interface language (issue 17), offscreen:

    python -m desktop.devtools.screenshots_lang fr docs/screenshots/fr
    python -m desktop.devtools.screenshots_lang es docs/screenshots/es

The unlock screen, every section of the main window, a client file (profile, screenings,
referrals), the questionnaire and a referral letter preview, at 1,024 × 700 (the smallest
screen every window must fit), on a fictional demo casebook built in a temporary folder. Only
the PNGs are written. The English set is ``make screenshots`` (desktop/devtools/screenshots.py,
whose helpers this reuses).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.devtools.screenshots import (  # noqa: E402
    PASSPHRASE,
    grab,
    letter_preview,
    pump,
    settle,
)

SMALL = (1024, 700)


def capture(lang: str, out: Path) -> list[Path]:
    from desktop import i18n
    from desktop.app import AppController, make_application
    from models.casebook import Casebook
    from models.demo import build as demo
    from models.security.keyslots import KdfParams

    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    i18n.install(lang)  # this language, whatever the saved setting; before any window
    app.setStyle("Fusion")
    shots: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="waystation-shots-") as tmp:
        path = Path(tmp) / "riverside-circle.wsdb"
        demo.build(path, PASSPHRASE, clients=120, seed=7, kdf=KdfParams())
        controller = AppController(path, demo.DEMO_USER)
        controller.unlock_window.resize(560, 520)
        controller.show()
        pump()
        grab(controller.unlock_window, out, "01-unlock", shots)

        controller.on_unlocked(Casebook.open(path, demo.DEMO_USER, PASSPHRASE))
        main, ctx = controller.main, controller.ctx
        main.resize(*SMALL)
        settle(ctx)
        for i, key in enumerate(main.sections, start=2):
            main.show_section(key)
            settle(ctx)
            grab(main, out, f"{i:02d}-{key}", shots)

        client_id = _client_with_a_screening(ctx)
        _client_file(controller, ctx, client_id, out, shots)
        _questionnaire(main, ctx, client_id, out, shots)
        letter_preview(main, ctx, out, shots, lang)
        controller.lock()
        pump()
        controller.shutdown()
    return shots


def _client_with_a_screening(ctx) -> int:  # noqa: ANN001
    row = ctx.read(lambda b: b.store.one(
        "SELECT client_id FROM screenings WHERE client_id IN (SELECT client_id FROM referrals)"
        " ORDER BY id LIMIT 1"))
    return row[0] if row else ctx.read(lambda b: b.clients.search("")[0])


def _client_file(controller, ctx, client_id: int, out: Path,  # noqa: ANN001
                 shots: list[Path]) -> None:
    controller.open_client(client_id)
    settle(ctx)
    window = controller.extra_windows[-1]
    window.resize(*SMALL)
    for tab, name in ((window.profile, "profile"), (window.screenings, "screenings"),
                      (window.referrals, "referrals")):
        window.tabs.setCurrentWidget(tab)
        settle(ctx)
        grab(window, out, f"20-client-file-{name}", shots)
    window.close()


def _questionnaire(main, ctx, client_id: int, out: Path,  # noqa: ANN001
                   shots: list[Path]) -> None:
    from desktop.clientfile.questionnaire import QuestionnaireDialog

    # In the language a screening starts in for this interface (the packs have en and fr).
    dialog = QuestionnaireDialog(ctx, client_id, main)
    dialog.resize(*SMALL)
    dialog.show()
    pump(lambda: dialog.ready, timeout=60)
    settle(ctx)
    grab(dialog, out, "25-questionnaire", shots)
    dialog.mark_clean()  # closed without the "Discard changes?" question
    dialog.reject()


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("fr", "es", "en"):
        print("usage: python -m desktop.devtools.screenshots_lang fr|es|en [folder]",
              file=sys.stderr)
        return 2
    lang = argv[0]
    for shot in capture(lang, Path(argv[1] if len(argv) > 1 else f"docs/screenshots/{lang}")):
        print(shot)
    QApplication.instance().quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
