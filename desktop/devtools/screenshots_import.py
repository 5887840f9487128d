"""Screenshots of the import assistant and an attachment preview, offscreen, from fictional
data: ``python -m desktop.devtools.screenshots_import docs/screenshots``."""

from __future__ import annotations

import csv
import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

SAMPLE_HEADER = ["Nom", "Date de naissance", "Ville", "Langues", "Téléphone", "Remarques",
                 "Ménage", "Date de suivi", "Tâche de suivi"]
SAMPLE_ROWS = [
    ["Zoé Gagnon", "1988-02-03", "Montréal", "Français; Arabe", "+1 514 555 0101",
     "Arrivée en février", "Léa; Hugo", "2031-01-15", "Appeler au sujet du logement"],
    ["Hélène Côté", "", "Québec", "Français", "", "Préfère le courriel", "", "", ""],
    ["José Núñez", "1975-11-30", "Sherbrooke", "Espagnol", "", "", "", "", ""],
    ["Amina Diallo", "1992-07-19", "Gatineau", "Français; Peul", "", "Rendez-vous IRCC", "",
     "", ""],
    ["Karim Haddad", "31/02/1990", "Laval", "Arabe", "", "", "Nour", "", ""],
]


def _pump(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not finish loading")
        QApplication.processEvents()
        time.sleep(0.01)


def _sample_photo() -> bytes:
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (900, 640), (246, 244, 238))
    d = ImageDraw.Draw(im)
    d.rectangle((40, 40, 860, 600), outline=(90, 90, 90), width=3)
    lines = ["CONSENT TO SHARE INFORMATION (fictional sample)", "",
             "I agree that the group may share my name, languages and city",
             "with the legal clinic named below, for my refugee claim.", "",
             "Partner: Halifax Refugee Law Clinic", "Valid until: 2027-06-30", "",
             "Signature: ______________________    Date: 2026-11-02"]
    for i, line in enumerate(lines):
        d.text((80, 90 + i * 44), line, fill=(30, 30, 30))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (44.0, 39.0, 0.0), 3: "W", 4: (63.0, 35.0, 0.0)}
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90, exif=exif)
    return buf.getvalue()


def capture(out: Path, work: Path) -> list[Path]:
    from desktop.clientfile.window import ClientFileWindow
    from desktop.clipboard import ClipboardGuard
    from desktop.context import AppContext
    from desktop.importing.wizard import ImportWizard
    from desktop.style import apply_style
    from models.casebook import Casebook
    from models.clients import Client
    from models.security.keyslots import KdfParams

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    out.mkdir(parents=True, exist_ok=True)
    book, _ = Casebook.create(work / "shots.wsdb", "demo", "demo passphrase long",
                              kdf=KdfParams())
    book.clients.add(Client("Zoé Gagnon", birth_date="1988-02-03", city="Montréal"))
    cid = book.clients.add(Client("Amal Haddad", city="Halifax")).id_of("clients")
    ctx = AppContext()
    ctx.attach(book)
    shots = []
    sample = work / "dossiers.csv"
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows([SAMPLE_HEADER,
                                                                     *SAMPLE_ROWS])
    sample.write_bytes(buf.getvalue().encode("cp1252"))
    wizard = ImportWizard(ctx)
    wizard.show()
    wizard.file_page.load(sample)
    _pump(lambda: wizard.file_page.isComplete())
    wizard.grab().save(str(out / "50-import-file.png"))
    shots.append(out / "50-import-file.png")
    wizard.next()
    wizard.grab().save(str(out / "51-import-mapping.png"))
    shots.append(out / "51-import-mapping.png")
    wizard.next()
    _pump(lambda: wizard.preview_page.matched)  # compared with the casebook on the worker
    wizard.grab().save(str(out / "52-import-preview.png"))
    shots.append(out / "52-import-preview.png")
    wizard.close()
    window = ClientFileWindow(ctx, cid, ClipboardGuard())
    window.resize(1024, 700)  # the smallest screen every window must fit (issue 16)
    window.show()
    _pump(lambda: window.client is not None and all(t.loaded for t in window.all_tabs))
    photo = work / "IMG_2041.jpg"
    photo.write_bytes(_sample_photo())
    tab = window.attachments
    window.show_tab(tab)
    tab.add_files([photo])
    _pump(lambda: tab.table.rowCount() == 1)
    window.grab().save(str(out / "53-client-attachments.png"))
    shots.append(out / "53-client-attachments.png")
    tab.table.selectRow(0)
    tab.preview()
    _pump(lambda: getattr(tab, "preview_dialog", None) is not None)
    for _ in range(5):
        QApplication.processEvents()
    tab.preview_dialog.grab().save(str(out / "54-attachment-preview.png"))
    shots.append(out / "54-attachment-preview.png")
    tab.preview_dialog.close()
    window.close()
    ctx.worker.drain()
    ctx.detach()
    book.close()
    return shots


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    with tempfile.TemporaryDirectory() as work:
        for path in capture(out, Path(work)):
            print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
