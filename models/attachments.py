"""Attachments: a scanned consent form, a photo of a document, a PDF, kept inside the
encrypted casebook as BLOBs (so they are in every backup, zeroed by a purge under
``secure_delete`` and unreadable after an emergency erase, like every other row).

An attachment belongs to a client, or to one of the client's referrals or consent records,
or to a sponsorship. Accepted: PDF, JPEG, PNG and HEIC/HEIF, recognised by their first bytes,
not by the file name; a HEIC photo is stored as a JPEG (read with pillow-heif). Photos lose
their metadata (EXIF with GPS position, XMP, IPTC, text chunks) before they are stored, and
the caller is told what went. Caps: ``MAX_FILE_BYTES`` per file and
``MAX_TOTAL_BYTES`` per casebook.

Volunteers may list and preview (``Action.VIEW``); adding, removing and saving a plaintext
copy need a caseworker or coordinator. Every read of the content and every change is audited
with ids only; the file name is stored encrypted and never logged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from models import image_metadata
from models.changes import Changes
from models.db.atomic import atomic_write_bytes
from models.db.store import Store
from models.errors import InvalidInput, NotFound
from models.permissions import Action
from models.validate import clean_text

if TYPE_CHECKING:  # for annotations only: the casebook's modules import this one
    from models.open_casebook import OpenCasebook

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 500 * 1024 * 1024
MEDIA_TYPES = ("application/pdf", "image/jpeg", "image/png")
OWNERS = ("client_id", "referral_id", "consent_id", "sponsorship_id")
_COLUMNS = ("id, client_id, referral_id, consent_id, sponsorship_id, name, media_type, size,"
            " removed_metadata, added_by, added_at")


@dataclass(frozen=True)
class Attachment:
    id: int
    client_id: int | None
    referral_id: int | None
    consent_id: int | None
    sponsorship_id: int | None
    name: str
    media_type: str
    size: int
    removed_metadata: str  # e.g. "EXIF, XMP"; empty when nothing was removed
    added_by: int | None
    added_at: str


@dataclass(frozen=True)
class Added:
    changes: Changes
    id: int
    removed_metadata: tuple[str, ...]

    @property
    def message(self) -> str:
        """What to tell the person who added the file."""
        if self.removed_metadata:
            return ("Attached. The photo's hidden details (" + ", ".join(self.removed_metadata)
                    + ", which can include where and when it was taken) were removed first.")
        return "Attached."


def media_type(data: bytes) -> str:
    """The type from the file's first bytes, or InvalidInput with one sentence. HEIC/HEIF
    is ``image/heic`` here; ``clean`` stores it as a JPEG."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(image_metadata.PNG_SIGNATURE):
        return "image/png"
    if image_metadata.is_heif(data):
        return "image/heic"
    raise InvalidInput("file", "is not a PDF, JPEG, PNG or HEIC file")


def clean(data: bytes) -> tuple[bytes, str, tuple[str, ...]]:
    """(stored bytes, media type, what metadata was removed)."""
    kind = media_type(data)
    removed: list[str] = []
    if kind == "image/jpeg":
        image_metadata.check_image(data)
        data, removed = image_metadata.strip_jpeg(data)
    elif kind == "image/png":
        image_metadata.check_image(data)
        data, removed = image_metadata.strip_png(data)
    elif kind == "image/heic":
        data, removed = image_metadata.heif_to_jpeg(data)
        kind = "image/jpeg"
    return data, kind, tuple(dict.fromkeys(removed))


def _row(r: tuple) -> Attachment:
    return Attachment(*r)


class Attachments:
    def __init__(self, store: Store) -> None:
        self._s = store

    def _owner(self, owner: dict[str, int | None]) -> tuple[dict[str, int | None], Action]:
        given = {k: v for k, v in owner.items() if v is not None}
        if len(given) != 1 or next(iter(given)) not in OWNERS:
            raise InvalidInput("attachment", "belongs to exactly one client, referral, consent "
                                             "record or sponsorship")
        (key, ident), = given.items()
        s = self._s
        out: dict[str, int | None] = dict.fromkeys(OWNERS)
        out[key] = ident
        if key == "sponsorship_id":
            s.exists("sponsorships", ident, "sponsorship")
            return out, Action.MANAGE_SPONSORSHIP
        if key == "client_id":
            s.exists("clients", ident, "client")
        else:
            table = "referrals" if key == "referral_id" else "consents"
            row = s.one(f"SELECT client_id FROM {table} WHERE id = ?", (ident,))
            if row is None:
                raise NotFound(key[:-3].replace("_", " "), ident)
            out["client_id"] = row[0]
        return out, Action.EDIT_CLIENT

    # -- writing -------------------------------------------------------------------------
    def add(self, name: str, data: bytes, *, client_id: int | None = None,
            referral_id: int | None = None, consent_id: int | None = None,
            sponsorship_id: int | None = None) -> Added:
        s = self._s
        owner, action = self._owner({"client_id": client_id, "referral_id": referral_id,
                                     "consent_id": consent_id,
                                     "sponsorship_id": sponsorship_id})
        s.require(action)
        name = clean_text("file name", Path(str(name)).name, required=True, limit=200)
        if len(data) > MAX_FILE_BYTES:
            raise InvalidInput.of("file", "is larger than {mb} MB, the most one attachment "
                                  "may hold", mb=MAX_FILE_BYTES // (1024 * 1024))
        if not data:
            raise InvalidInput("file", "is empty")
        content, kind, removed = clean(data)
        used = self.total_size()
        if used + len(content) > MAX_TOTAL_BYTES:
            raise InvalidInput.of("file", "would take the casebook's attachments past {mb} MB; "
                                  "remove some first", mb=MAX_TOTAL_BYTES // (1024 * 1024))
        with s.tx():
            aid = s.x("INSERT INTO attachments (client_id, referral_id, consent_id,"
                      " sponsorship_id, name, media_type, size, removed_metadata, added_by,"
                      " added_at, content) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                      (*owner.values(), name, kind, len(content), ", ".join(removed),
                       s.user.id, s.now_iso(), content))
            s.audit("create", "attachment", aid, owner["client_id"])
        return Added(Changes.of("attachments", aid), aid, removed)

    def remove(self, attachment_id: int) -> Changes:
        s = self._s
        a = self._get(attachment_id)
        s.require(Action.MANAGE_SPONSORSHIP if a.client_id is None else Action.EDIT_CLIENT)
        with s.tx():
            s.x("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            s.audit("delete", "attachment", attachment_id, a.client_id)
        return Changes.of("attachments", attachment_id)

    # -- reading -------------------------------------------------------------------------
    def _get(self, attachment_id: int) -> Attachment:
        self._s.require(Action.VIEW)
        row = self._s.one(f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", (attachment_id,))
        if row is None:
            raise NotFound("attachment", attachment_id)
        return _row(row)

    def get(self, attachment_id: int) -> Attachment:
        return self._get(attachment_id)

    def list(self, *, client_id: int | None = None, referral_id: int | None = None,
             consent_id: int | None = None,
             sponsorship_id: int | None = None) -> list[Attachment]:
        """A client's list includes the attachments of its referrals and consents."""
        self._s.require(Action.VIEW)
        given = {k: v for k, v in (("client_id", client_id), ("referral_id", referral_id),
                                   ("consent_id", consent_id),
                                   ("sponsorship_id", sponsorship_id)) if v is not None}
        if len(given) != 1:
            raise InvalidInput("attachments", "are listed for one owner at a time")
        (key, ident), = given.items()
        return [_row(r) for r in self._s.q(
            f"SELECT {_COLUMNS} FROM attachments WHERE {key} = ? ORDER BY added_at, id",
            (ident,))]

    def content(self, attachment_id: int) -> bytes:
        """The file's bytes, for a preview from memory. Audited as a view."""
        s = self._s
        a = self._get(attachment_id)
        content = self._content(attachment_id)
        with s.tx():
            s.audit("view", "attachment", attachment_id, a.client_id)
        return content

    def save_copy(self, attachment_id: int, path: Path | str) -> Path:
        """Write a plaintext copy where the person chose (the caller has warned them)."""
        s = self._s
        a = self._get(attachment_id)
        s.require(Action.MANAGE_SPONSORSHIP if a.client_id is None else Action.EDIT_CLIENT)
        path = Path(path)
        if path.is_dir() or not path.parent.is_dir():
            raise InvalidInput("file", "must be a file name in an existing folder")
        atomic_write_bytes(path, self._content(attachment_id))
        with s.tx():
            s.audit("save_copy", "attachment", attachment_id, a.client_id)
        return path

    def _content(self, attachment_id: int) -> bytes:
        row = self._s.one("SELECT content FROM attachments WHERE id = ?", (attachment_id,))
        if row is None:  # _get found it a moment ago, in this same connection
            raise NotFound("attachment", attachment_id)
        return bytes(row[0])

    def total_size(self) -> int:
        # An aggregate without GROUP BY always gives exactly one row.
        return int(self._s.q("SELECT coalesce(sum(size), 0) FROM attachments")[0][0])


# -- what may go with a referral packet -------------------------------------------------------
PACKET_CONSENT_FIELD = "documents"


def for_packet(book: OpenCasebook, referral_id: int) -> list[tuple[Attachment, bytes]]:
    """The attachments chosen to go with this referral's packet, with their bytes.

    Chosen means attached to the referral itself (not to the client in general). They go only
    while the consent attached to the referral is valid today and ticks "documents"; with no
    such consent the list is empty, whatever is attached. Each one read is audited as a
    disclosure, with ids only."""
    from models.consents import Consents

    s = book.store
    s.require(Action.PRINT_LETTER)
    row = s.one("SELECT consent_id FROM referrals WHERE id = ?", (referral_id,))
    if row is None:
        raise NotFound("referral", referral_id)
    if row[0] is None:
        return []
    consent = Consents(s).get(row[0])
    if not consent.valid_on(s.today()) or PACKET_CONSENT_FIELD not in consent.fields:
        return []
    out = []
    for r in s.q(f"SELECT {_COLUMNS}, content FROM attachments WHERE referral_id = ?"
                 " ORDER BY added_at, id", (referral_id,)):
        out.append((_row(r[:-1]), bytes(r[-1])))
    if out:
        with s.tx():
            for a, _ in out:
                s.audit("disclose", "attachment", a.id, a.client_id)
    return out
