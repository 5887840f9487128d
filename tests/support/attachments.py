"""Files to attach: a PDF with a sentinel, a JPEG with EXIF and GPS."""

from __future__ import annotations

import io

from PIL import Image

CORE = "Zq9Attach"


PDF_TEXT = CORE + "PdfBody"


PHOTO_TEXT = CORE + "PhotoDescription"


GPS_TEXT = CORE + "GpsDatum"


def sentinel_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=0, invariant=1)
    c.drawString(72, 720, PDF_TEXT)
    c.showPage()
    c.save()
    data = buf.getvalue()
    assert PDF_TEXT.encode() in data  # the text is readable in the file itself
    return data


def gps_jpeg(orientation: int = 1) -> bytes:
    im = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010E] = PHOTO_TEXT  # ImageDescription
    exif[0x0112] = orientation
    exif[0x8825] = {1: "N", 2: (45.0, 30.0, 15.0), 3: "W", 4: (73.0, 34.0, 0.0),
                    0x12: GPS_TEXT}  # GPS position and map datum
    buf = io.BytesIO()
    im.save(buf, "JPEG", exif=exif)
    data = buf.getvalue()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)  # it really has GPS
    return data
