"""Encrypted attachments: stored inside the casebook, photo metadata removed on the way in,
nothing readable on disk (S1), in backups, gone after purge and erase, roles enforced."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from models import attachments as att
from models.casebook import Casebook
from models.clients import Client
from models.errors import InvalidInput, PermissionDenied
from models.transfer.backup import restore_backup, write_backup
from tests.conftest import PASS
from tests.harness import session
from tests.support.attachments import CORE, GPS_TEXT, PDF_TEXT, PHOTO_TEXT, gps_jpeg, sentinel_pdf
from tests.support.pagecrypt import decrypt_pages


def png_with_text() -> bytes:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", PHOTO_TEXT)
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


@pytest.fixture
def client_id(book):
    return book.clients.add(Client("Attach Person")).id_of("clients")


def test_photo_metadata_is_removed_and_the_person_is_told(book, client_id):
    added = book.attachments.add("IMG_0001.jpg", gps_jpeg(), client_id=client_id)
    assert "EXIF" in added.removed_metadata and "where and when" in added.message
    stored = book.attachments.content(added.id)
    assert PHOTO_TEXT.encode() not in stored and GPS_TEXT.encode() not in stored
    assert b"Exif" not in stored
    im = Image.open(io.BytesIO(stored))
    assert im.size == (64, 48) and not im.getexif()
    (a,) = book.attachments.list(client_id=client_id)
    assert (a.name, a.media_type, a.size) == ("IMG_0001.jpg", "image/jpeg", len(stored))
    png = book.attachments.add("scan.png", png_with_text(), client_id=client_id)
    assert png.removed_metadata == ("tEXt",)
    assert PHOTO_TEXT.encode() not in book.attachments.content(png.id)
    Image.open(io.BytesIO(book.attachments.content(png.id))).load()


def test_a_rotated_photo_is_turned_upright_before_its_exif_goes(book, client_id):
    added = book.attachments.add("side.jpg", gps_jpeg(orientation=6), client_id=client_id)
    im = Image.open(io.BytesIO(book.attachments.content(added.id)))
    assert im.size == (48, 64) and not im.getexif()


def gps_heic(orientation: int = 1) -> bytes:
    """An iPhone-style HEIC (made with pillow-heif) carrying EXIF with GPS, and XMP; an EXIF
    orientation becomes the HEIF rotation box, as a phone writes it."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    exif = Image.open(io.BytesIO(gps_jpeg(orientation))).getexif().tobytes()
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 30)).save(
        buf, "HEIF", exif=exif, xmp=f"<x:xmpmeta>{PHOTO_TEXT}</x:xmpmeta>".encode())
    out = buf.getvalue()
    assert out[4:12] == b"ftypheic" and GPS_TEXT.encode() in out  # the GPS is in the file
    return out


def test_a_heic_photo_becomes_a_jpeg_without_its_metadata_and_nothing_leaks(
        book, book_path, client_id, tmp_path):
    added = book.attachments.add("IMG_0002.HEIC", gps_heic(), client_id=client_id)
    assert added.removed_metadata[:2] == ("EXIF", "XMP")
    assert "where and when" in added.message and "HEIC" not in added.message
    stored = book.attachments.content(added.id)
    assert stored.startswith(b"\xff\xd8\xff")
    assert GPS_TEXT.encode() not in stored and PHOTO_TEXT.encode() not in stored
    im = Image.open(io.BytesIO(stored))
    assert (im.format, im.size) == ("JPEG", (64, 48)) and not im.getexif()
    assert not im.getexif().get_ifd(0x8825)
    (a,) = book.attachments.list(client_id=client_id)
    assert (a.name, a.media_type, a.size) == ("IMG_0002.HEIC", "image/jpeg", len(stored))
    book.store.q("PRAGMA wal_checkpoint(TRUNCATE)")
    assert session.scan([tmp_path], core=CORE) == []
    pages = decrypt_pages(book_path, bytes(book._key).hex())
    assert GPS_TEXT.encode() not in pages and PHOTO_TEXT.encode() not in pages


def test_a_rotated_heic_is_stored_upright(book, client_id):
    side = gps_heic(orientation=6)
    assert b"irot" in side
    added = book.attachments.add("side.heic", side, client_id=client_id)
    im = Image.open(io.BytesIO(book.attachments.content(added.id)))
    assert im.size == (48, 64) and not im.getexif()


def test_an_undecodable_heic_is_refused_with_one_sentence(book, client_id):
    with pytest.raises(InvalidInput) as refused:
        book.attachments.add("a.heic", b"\0\0\0\x18ftypheic" + b"\0" * 40,
                             client_id=client_id)
    text = str(refused.value)
    assert "damaged or unreadable image" in text and text.count(". ") == 0 and "\n" not in text
    assert "Traceback" not in text and book.attachments.list(client_id=client_id) == []


def test_other_types_and_oversized_files_are_refused(book, client_id, monkeypatch):
    with pytest.raises(InvalidInput, match="is not a PDF, JPEG, PNG or HEIC file"):
        book.attachments.add("a.exe", b"MZ\x90\x00", client_id=client_id)
    with pytest.raises(InvalidInput, match="damaged or unreadable image"):
        book.attachments.add("a.jpg", b"\xff\xd8\xff\xe0garbage", client_id=client_id)
    monkeypatch.setattr(att, "MAX_FILE_BYTES", 100)
    with pytest.raises(InvalidInput, match="larger than"):
        book.attachments.add("a.pdf", sentinel_pdf(), client_id=client_id)
    monkeypatch.setattr(att, "MAX_FILE_BYTES", 20 * 1024 * 1024)
    monkeypatch.setattr(att, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(InvalidInput, match="past"):
        book.attachments.add("a.pdf", sentinel_pdf(), client_id=client_id)
    assert book.attachments.list(client_id=client_id) == []


def test_volunteers_read_only_and_every_read_and_change_audited(book, client_id, open_as,
                                                                 tmp_path):
    book.users.add("vera", "volunteer", PASS)
    aid = book.attachments.add("form.pdf", sentinel_pdf(), client_id=client_id).id
    book.close()
    vera = open_as("vera")
    assert vera.attachments.content(aid).startswith(b"%PDF-")
    for call in (lambda: vera.attachments.add("x.pdf", sentinel_pdf(), client_id=client_id),
                 lambda: vera.attachments.remove(aid),
                 lambda: vera.attachments.save_copy(aid, tmp_path / "copy.pdf")):
        with pytest.raises(PermissionDenied):
            call()
    assert not (tmp_path / "copy.pdf").exists()
    vera.close()
    book = open_as("ana")
    out = book.attachments.save_copy(aid, tmp_path / "copy.pdf")
    assert out.read_bytes() == book.attachments.content(aid)
    book.attachments.remove(aid)
    actions = [r[0] for r in book.store.q(
        "SELECT action FROM audit WHERE entity = 'attachment' ORDER BY seq")]
    assert actions == ["create", "view", "save_copy", "view", "delete"]


def test_referral_consent_and_sponsorship_attachments(book, client_id):
    from models.consents import Consent
    from models.partners import Partner
    from models.sponsorship.repository import Sponsorship

    pid = book.partners.add(Partner("Legal Clinic", services=("legal",))).id_of("partners")
    cons = book.consents.record(Consent(client_id=client_id, partner_id=pid,
                                        fields=("display_name",), purpose="referral",
                                        consenting_person="Self", given_how="verbal"))
    consent_id = next(i for e, i in cons.ids if e == "consents")
    a = book.attachments.add("consent.pdf", sentinel_pdf(), consent_id=consent_id)
    assert book.attachments.get(a.id).client_id == client_id  # a client's list shows it
    assert [x.id for x in book.attachments.list(consent_id=consent_id)] == [a.id]
    sid = book.sponsorships.create(Sponsorship("Group A", sponsor_type="group_of_five"))
    sid = next(i for e, i in sid.ids if e == "sponsorships")
    s = book.attachments.add("undertaking.pdf", sentinel_pdf(), sponsorship_id=sid)
    assert book.attachments.get(s.id).client_id is None
    with pytest.raises(InvalidInput, match="exactly one"):
        book.attachments.add("x.pdf", sentinel_pdf(), client_id=client_id, sponsorship_id=sid)


def test_nothing_readable_on_disk_it_travels_in_backups_and_purge_and_erase_remove_it(
        book, book_path, client_id, tmp_path):
    """S1 and S10 for attachments: the PDF's text and the photo's EXIF (GPS included) are in
    no file on disk; a backup restores them; a purge and an erase destroy them."""
    pdf = book.attachments.add("consent.pdf", sentinel_pdf(), client_id=client_id).id
    book.attachments.add("photo.jpg", gps_jpeg(), client_id=client_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    write_backup(book, usb / "b.wsbak")
    book.store.q("PRAGMA wal_checkpoint(TRUNCATE)")
    assert session.scan([tmp_path], core=CORE) == []
    key = bytes(book._key).hex()
    pages = decrypt_pages(book_path, key)
    assert PDF_TEXT.encode() in pages  # positive control: it is there, under the key
    assert PHOTO_TEXT.encode() not in pages and GPS_TEXT.encode() not in pages
    # The backup brings the attachment back.
    restored = tmp_path / "restored" / "r.wsdb"
    restored.parent.mkdir()
    restore_backup(usb / "b.wsbak", restored)
    again = Casebook.open(restored, "ana", PASS)
    try:
        (a, _) = again.attachments.list(client_id=client_id)
        assert again.attachments.content(a.id) == book.attachments.content(pdf)
    finally:
        again.close()
    # Purge: the client and its attachments are gone from the file.
    book.clients.purge(client_id)
    assert book.store.one("SELECT count(*) FROM attachments")[0] == 0
    assert PDF_TEXT.encode() not in decrypt_pages(book_path, key)
    # Erase: the restored copy (which still holds it) is destroyed with its key.
    from models.transfer.erase import erase_casebook

    again = Casebook.open(restored, "ana", PASS)
    erase_casebook(restored, confirmation="ERASE", book=again)
    assert not restored.exists()
    with pytest.raises(Exception):  # noqa: B017 - any refusal: there is nothing to open
        Casebook.open(restored, "ana", PASS)
    assert session.scan([tmp_path], core=CORE) == []


def _referral(book, client_id, fields):
    from models.partners import Partner
    from models.referrals import Referral

    pid = book.partners.add(Partner("Legal Clinic", services=("legal",))).id_of("partners")
    rid = book.referrals.create(Referral(client_id, pid, "legal")).id_of("referrals")
    book.referrals.record_consent(rid, fields=fields, purpose="legal help",
                                  consenting_person="Self")
    return rid


def _pages(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def test_attachments_go_with_a_packet_only_when_chosen_and_consented(book, client_id):
    from reports import referral_packet
    from reports.attachments_appendix import packet_with_attachments
    from reports.casebook_data import packet_data

    rid = _referral(book, client_id, ("display_name", "documents"))
    book.attachments.add("on-the-file.pdf", sentinel_pdf(), client_id=client_id)  # not chosen
    book.attachments.add("for-the-clinic.pdf", sentinel_pdf(), referral_id=rid)
    book.attachments.add("photo.jpg", gps_jpeg(), referral_id=rid)
    plain = _pages(referral_packet(packet_data(book, rid)))
    pages = _pages(packet_with_attachments(book, rid))
    assert len(pages) == len(plain) + 2  # the chosen PDF's page and the photo's page
    assert sum(PDF_TEXT in p for p in pages) == 1
    assert "Attachment: photo.jpg" in pages[-1]
    assert book.store.one("SELECT count(*) FROM audit WHERE action = 'disclose'"
                          " AND entity = 'attachment'")[0] == 2


def test_without_the_documents_tick_no_attachment_leaves(book, client_id):
    from reports.attachments_appendix import packet_with_attachments

    rid = _referral(book, client_id, ("display_name",))
    book.attachments.add("for-the-clinic.pdf", sentinel_pdf(), referral_id=rid)
    assert att.for_packet(book, rid) == []
    assert not any(PDF_TEXT in p for p in _pages(packet_with_attachments(book, rid)))
