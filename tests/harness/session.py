"""Whole-program sessions that write sentinel values through every feature (S1, S8).

``model_session(folder)`` drives the domain the way the command line and the app do: it
creates a casebook, writes a sentinel into every text field of every feature, renders the
letter and the packet in memory, searches, makes a backup, verifies and locks. The leak test
then scans files for the sentinel; the network test runs the same session under strace.

``python -m tests.harness.session models FOLDER`` runs it in a process of its own (for
strace); ``... desktop FOLDER`` runs an offscreen desktop session (unlock, client file, packet
preview, print to a PDF file, lock). Just before printing it makes an AF_UNIX SEQPACKET
socket pair, a marker that lets a trace tell printing's system calls from the rest.
"""

from __future__ import annotations

import datetime as dt
import socket
import sys
from pathlib import Path

# Every sentinel contains CORE, so one scan finds any of them, in any field.
CORE = "Kq7Sntl"
PASS = "session passphrase 1"
USER = "ana"


def s(field: str) -> str:
    return f"{CORE}{field}"


def scan_forms(core: str = CORE) -> list[bytes]:
    """The byte forms a sentinel can take in a file: UTF-8, UTF-16 (both orders), case-folded
    (search indexes lower-case text) and upper-cased."""
    forms = []
    for text in {core, core.lower(), core.upper(), core.casefold()}:
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            forms.append(text.encode(enc))
    return sorted(set(forms))


def scan(roots: list[Path], *, exclude: set[Path] = frozenset(),
         core: str = CORE) -> list[str]:
    """Every file under ``roots`` holding a sentinel form, as 'path: form'."""
    forms = scan_forms(core)
    hits = []
    seen: set[Path] = set()
    for root in roots:
        if not root.exists():
            continue
        for path in [root] if root.is_file() else sorted(root.rglob("*")):
            if not path.is_file() or path.is_symlink() or path in exclude or path in seen:
                continue
            seen.add(path)
            try:
                data = path.read_bytes()
            except OSError:
                continue
            hits += [f"{path}: {form!r}" for form in forms if form in data]
    return hits


def fill(book) -> dict[str, int]:
    """Write a sentinel through every feature there is. Returns the ids made."""
    from models.clients import Client
    from models.consents import Consent
    from models.followups import Followup
    from models.household import Document, HouseholdMember, Relative
    from models.partners import Partner
    from models.referrals import Referral
    from models.security.keyslots import KdfParams
    from models.settings import Letterhead

    cid = book.clients.add(Client(
        s("Name"), aliases=(s("Alias"),), pronouns=s("Pron"), gender_identity=s("Gender"),
        birth_date="1990-05-04", languages=(s("Lang"),), citizenships=("SY",), city=s("City"),
        region=s("Region"), country=s("Country"), immigration_situation="in_canada_claimant",
        immigration_notes=s("ImmNotes"), safe_contact=s("Safe"), phone=s("Phone"),
        email=f"{s('Mail')}@example.org", flags=frozenset({"medical"}))).id_of("clients")
    c = book.clients.get(cid)
    import dataclasses
    book.clients.update(dataclasses.replace(c, safe_contact=s("SafeEdited")))
    book.household.add_member(cid, HouseholdMember(s("Member"), relationship="child",
                                                   birth_year=2015, notes=s("MemberNotes")))
    book.household.add_relative(cid, Relative("sister", name=s("Relative"), adult=True,
                                              status="citizen", city=s("RelCity")))
    book.household.add_document(cid, Document("passport", expiry="2031-01-01",
                                              notes=s("DocNotes")))
    book.notes.add(cid, s("Note") + " prefers evenings")
    pid = book.partners.add(Partner(s("Partner"), services=("legal",), cities=(s("PCity"),),
                                    languages=("en",), contact=s("Contact"),
                                    intake_notes=s("Intake"),
                                    secure_contact=s("Secure"))).id_of("partners")
    consent = book.consents.record(Consent(
        cid, pid, ("display_name", "phone", "safe_contact", "household", "relatives",
                   "documents", "screening"), s("Purpose"), s("Consenting"))).id_of("consents")
    rid = book.referrals.create(Referral(cid, pid, "legal", reason=s("Reason"),
                                         request=s("Request"))).id_of("referrals")
    book.referrals.attach_consent(rid, consent, note=s("AttachNote"))
    fid = book.referrals.transition(rid, "sent", note=s("SentNote")).id_of("followups")
    book.followups.complete(fid, s("Outcome"))
    book.followups.add(Followup(s("Title"), (dt.date.today() + dt.timedelta(days=3))
                                .isoformat(), client_id=cid))
    book.screenings.run(cid, "ca-refugee-claim", {})
    book.settings.set_letterhead(Letterhead(s("Org"), s("Address") + "\n2nd line",
                                            s("OrgContact"), s("Signatory"), s("SigTitle")))
    if hasattr(book, "sponsorships"):
        from models.sponsorship.repository import Sponsorship
        book.sponsorships.create(Sponsorship(s("Group"), "group_of_five",
                                             family_label=s("Family"), notes=s("SpNotes")))
    book.users.add(s("User"), "volunteer", "another passphrase 2", kdf=KdfParams())
    assert book.clients.search(s("Name")) == [cid]
    assert book.clients.search(s("Note").lower()) == [cid]
    return {"client": cid, "partner": pid, "referral": rid, "consent": consent}


def render_documents(book, rid: int) -> int:
    """The letter and packet as bytes in memory, as the preview makes them."""
    from reports import referral_letter, referral_packet
    from reports.casebook_data import letter_data, packet_data

    return len(referral_letter(letter_data(book, rid))) + len(
        referral_packet(packet_data(book, rid)))


def model_session(folder: Path) -> Path:
    """Create, fill, render, back up, verify, lock. Returns the backup's path."""
    from models.casebook import Casebook
    from models.security.keyslots import KdfParams
    from models.transfer.backup import read_info, write_backup

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "session.wsdb"
    book, _recovery = Casebook.create(path, USER, PASS, kdf=KdfParams())
    ids = fill(book)
    render_documents(book, ids["referral"])
    backups = folder / "usb"
    backups.mkdir(exist_ok=True)
    out = backups / "session.wsbak"
    write_backup(book, out)
    read_info(out)
    problems = book.verify()
    book.close()
    again = Casebook.open(path, USER, PASS)
    assert again.clients.count() == 1 and problems == [] and again.verify() == []
    again.close()
    return out


def desktop_session(folder: Path, printed: Path | None) -> None:
    """An offscreen desktop session on a filled casebook: unlock, open the client file,
    copy a name, preview the packet, print it to a PDF file (``printed``; None: no printing),
    lock, shut down.
    Works inside pytest-qt's application or in a process of its own."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from desktop import documents, errors
    from desktop.app import AppController, make_application
    from models.casebook import Casebook
    from models.security.keyslots import KdfParams

    app = QApplication.instance() or make_application(["waystation"])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "desktop.wsdb"
    book, _ = Casebook.create(path, USER, PASS, kdf=KdfParams())
    ids = fill(book)
    book.close()

    def wait_until(cond, timeout: float = 20.0) -> None:
        import time
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise TimeoutError("the desktop session did not get there in time")
            app.processEvents()
            time.sleep(0.01)

    controller = AppController(path, USER)
    controller.show()
    controller.unlock_window.passphrase.setText(PASS)
    controller.unlock_window.try_unlock()
    wait_until(lambda: controller.main is not None)
    controller.open_client(ids["client"])
    wait_until(lambda: controller.extra_windows)
    app.processEvents()
    controller.clipboard.copy(s("Name"))
    shown = []

    def confirm(self) -> bool:
        return True

    def to_pdf_file(self, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    saved = (documents.DocumentPreview.confirm_print, documents.DocumentPreview.choose_printer,
             errors.show_error)
    failures: list[BaseException] = []
    documents.DocumentPreview.confirm_print = confirm
    documents.DocumentPreview.choose_printer = to_pdf_file
    errors.show_error = lambda parent, exc, title="": failures.append(exc)
    try:
        documents.preview_packet(controller.main, controller.ctx, ids["referral"],
                                 on_shown=shown.append)
        wait_until(lambda: shown or failures)
        assert not failures, failures
        if printed is not None:
            # A marker for strace: everything after it belongs to printing. Making a QPrinter
            # asks the system's print service (CUPS) for its printers.
            for end in socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET):
                end.close()
            shown[0].print_document()
            assert not failures, failures
        shown[0].close()
        app.processEvents()
        controller.lock()
        wait_until(lambda: controller.main is None)
        controller.shutdown()
        app.processEvents()
    finally:
        (documents.DocumentPreview.confirm_print, documents.DocumentPreview.choose_printer,
         errors.show_error) = saved
    if printed is not None and (not printed.exists() or printed.stat().st_size < 1000):
        raise AssertionError("printing to a PDF file wrote nothing")


def main(argv: list[str]) -> int:
    kind, folder = argv[0], Path(argv[1])
    if kind == "models":
        model_session(folder)
    else:
        desktop_session(folder, folder / "printed.pdf")
    print("SESSION OK", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
