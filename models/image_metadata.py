"""Removing what a photo says about where and when it was taken, before it is stored.

Phone photos of documents carry EXIF (GPS position, time, phone model), XMP and IPTC. An
attachment keeps only the picture:

- JPEG: the metadata segments (APP1 EXIF/XMP, APP13 IPTC, comments, other APPn) are cut out
  losslessly; JFIF (APP0), the ICC colour profile (APP2) and Adobe's colour marker (APP14)
  stay. A photo whose EXIF says it is rotated is first turned upright and re-encoded, since
  the rotation would otherwise be lost with the EXIF.
- PNG: the text, time and EXIF chunks (tEXt, zTXt, iTXt, tIME, eXIf) are dropped losslessly.
- HEIC/HEIF (iPhone photos): decoded with pillow-heif and stored as a JPEG, so that every
  preview and packet can draw it with what already reads JPEG. libheif applies the HEIF
  rotation and mirroring boxes (irot/imir) while decoding, which the HEIF standard makes the
  orientation that counts, so the picture is upright; the EXIF, XMP and other metadata
  blocks, thumbnails and depth maps are not carried over.

Nothing here writes a file: bytes in, bytes out.
"""

from __future__ import annotations

import io
import struct

from models.errors import InvalidInput

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_DROP = {b"tEXt", b"zTXt", b"iTXt", b"tIME", b"eXIf"}


def strip_png(data: bytes) -> tuple[bytes, list[str]]:
    """The PNG without text/time/EXIF chunks, and the names of what was removed."""
    out = bytearray(PNG_SIGNATURE)
    removed: list[str] = []
    pos = len(PNG_SIGNATURE)
    while pos < len(data):
        if pos + 8 > len(data):
            raise InvalidInput("file", "is a damaged PNG image")
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        end = pos + 12 + length
        if end > len(data):
            raise InvalidInput("file", "is a damaged PNG image")
        if kind in _PNG_DROP:
            removed.append(kind.decode("ascii"))
        else:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            break
    return bytes(out), removed


def _jpeg_orientation(data: bytes) -> int:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as im:
            return int(im.getexif().get(0x0112, 1) or 1)
    except Exception:  # noqa: BLE001 - a damaged EXIF block means "no rotation known"
        return 1


def _reencode_upright(data: bytes) -> bytes:
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(data)) as im:
        upright = ImageOps.exif_transpose(im)
        if upright.mode not in ("RGB", "L", "CMYK"):  # a HEIC with alpha: JPEG has none
            upright = upright.convert("RGB")
        icc = im.info.get("icc_profile")
        buf = io.BytesIO()
        # No exif= argument: Pillow writes none, so the GPS tags go with the rotation.
        upright.save(buf, "JPEG", quality=95, **({"icc_profile": icc} if icc else {}))
    return buf.getvalue()


def strip_jpeg(data: bytes) -> tuple[bytes, list[str]]:
    """The JPEG without metadata segments, and a description of what was removed."""
    if _jpeg_orientation(data) not in (0, 1):
        data = _reencode_upright(data)
    if data[:2] != b"\xff\xd8":
        raise InvalidInput("file", "is a damaged JPEG image")
    out = bytearray(b"\xff\xd8")
    removed: list[str] = []
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise InvalidInput("file", "is a damaged JPEG image")
        marker = data[pos + 1] if pos + 1 < len(data) else 0
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            out += data[pos:pos + 2]
            pos += 2
            continue
        if marker == 0xD9:
            out += data[pos:pos + 2]
            break
        if pos + 4 > len(data):
            raise InvalidInput("file", "is a damaged JPEG image")
        length = struct.unpack(">H", data[pos + 2:pos + 4])[0]
        end = pos + 2 + length
        if length < 2 or end > len(data):
            raise InvalidInput("file", "is a damaged JPEG image")
        segment = data[pos:end]
        if marker == 0xDA:  # start of scan: the compressed picture runs to the end
            out += data[pos:]
            break
        is_app = 0xE0 <= marker <= 0xEF
        keep = (not is_app and marker != 0xFE) or marker in (0xE0, 0xEE) or (
            marker == 0xE2 and segment[4:15] == b"ICC_PROFILE")
        if keep:
            out += segment
        else:
            payload = segment[4:10]
            removed.append("EXIF" if payload.startswith(b"Exif") else
                           "XMP" if payload.startswith(b"http") else
                           "comment" if marker == 0xFE else f"APP{marker - 0xE0}")
        pos = end
    return bytes(out), removed


# ISO BMFF major brands of HEIF still images and sequences (HEVC-coded or generic "mif1").
HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1",
                         b"msf1", b"heif"})


def is_heif(data: bytes) -> bool:
    """True when the file opens with an ``ftyp`` box naming a HEIF brand (major or, for a
    generic major brand, one of the compatible ones)."""
    if data[4:8] != b"ftyp" or len(data) < 16:
        return False
    size = min(struct.unpack(">I", data[:4])[0], len(data))
    brands = {data[8:12]} | {data[i:i + 4] for i in range(16, size - 3, 4)}
    return bool(brands & HEIF_BRANDS)


def _register_heif() -> None:
    # Imported on first use: the opener teaches Image.open to read HEIF, nothing else.
    from pillow_heif import register_heif_opener

    register_heif_opener()


def heif_to_jpeg(data: bytes) -> tuple[bytes, list[str]]:
    """A HEIC/HEIF photo as an upright JPEG without metadata, and the names of the metadata
    the HEIC carried (what the person is told was removed)."""
    from PIL import Image

    _register_heif()
    check_image(data)
    with Image.open(io.BytesIO(data)) as im:
        removed = [name for key, name in (("exif", "EXIF"), ("xmp", "XMP"), ("metadata",
                   "other metadata")) if im.info.get(key)]
    jpeg, also = strip_jpeg(_reencode_upright(data))
    return jpeg, removed + also


def check_image(data: bytes) -> None:
    """InvalidInput unless Pillow can read the whole picture (a hostile file stops here)."""
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as im:
            im.verify()
        with Image.open(io.BytesIO(data)) as im:
            im.load()
    except Image.DecompressionBombError:
        raise InvalidInput("file", "is an image too large to open safely") from None
    except Exception:  # noqa: BLE001 - Pillow raises many kinds on a damaged image
        raise InvalidInput("file", "is a damaged or unreadable image") from None
