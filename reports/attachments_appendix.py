"""Attachments appended to a referral packet, in memory: a PDF's pages as they are, an image
on a page of its own scaled to fit. Which attachments may go is decided by
``models.attachments.for_packet`` (attached to the referral, and the consent ticks
"documents"); this module only lays them out.

Kept apart from ``reports/packet.py`` (the consent work owns the packet itself): the packet
is built first, then this appends to its bytes.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # types only: a document needs the store, not the whole facade loaded
    from models.casebook import Casebook

PAGE = (612.0, 792.0)  # US letter, as the packet
MARGIN = 54.0


def _image_page(name: str, data: bytes) -> bytes:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=PAGE, invariant=1)
    c.setTitle("Attachment")
    c.setFont("Helvetica", 9)
    c.drawString(MARGIN, PAGE[1] - MARGIN + 18, f"Attachment: {name}")
    image = ImageReader(io.BytesIO(data))
    w, h = image.getSize()
    scale = min((PAGE[0] - 2 * MARGIN) / w, (PAGE[1] - 2 * MARGIN) / h, 1.0)
    c.drawImage(image, MARGIN, PAGE[1] - MARGIN - h * scale, w * scale, h * scale)
    c.showPage()
    c.save()
    return buf.getvalue()


def append_attachments(packet: bytes, files: list[tuple[Any, bytes]]) -> bytes:
    """The packet with each (attachment, bytes) after its last page."""
    if not files:
        return packet
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(packet)))
    for attachment, data in files:
        pdf = data if attachment.media_type == "application/pdf" else _image_page(
            attachment.name, data)
        writer.append(PdfReader(io.BytesIO(pdf)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def packet_with_attachments(book: Casebook, referral_id: int, lang: str | None = None) -> bytes:
    """The referral packet, followed by the attachments its consent allows."""
    from models.attachments import for_packet
    from reports import referral_packet
    from reports.casebook_data import packet_data

    packet = referral_packet(packet_data(book, referral_id, lang))
    return append_attachments(packet, for_packet(book, referral_id))
