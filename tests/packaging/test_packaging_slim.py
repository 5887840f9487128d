"""The smaller Linux bundle (issue 14): what packaging/slim_linux.py keeps of ICU's data, the
x265 stand-in, and the bundle self-test that packaging/smoke.py runs on every build."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import slim_linux  # noqa: E402 - packaging/ is not a package

LINUX = sys.platform.startswith("linux")


@pytest.mark.parametrize("item, kept", [
    ("coll/es.res", True), ("coll/fr_CA.res", True), ("coll/root.res", True),
    ("coll/ucadata.icu", True), ("zone/fr.res", True), ("en_GB.res", True),
    ("zoneinfo64.res", True), ("metaZones.res", True), ("nfkc.nrm", True),
    ("pool.res", True), ("res_index.res", True),
    ("de.res", False), ("coll/zh.res", False), ("coll/de_.res", False),
    ("ibm-5348_P100-1997.cnv", False), ("brkitr/cjdict.dict", False),
    ("brkitr/root.res", False), ("lang/fr.res", False), ("translit/root.res", False),
])
def test_icu_keeps_the_app_languages_and_what_qt_reads(item, kept):
    assert slim_linux._keep_icu_item(item) is kept


def _qt_icu_data() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(not LINUX or not shutil.which("icupkg"), reason="Linux with icu-devtools")
def test_the_icu_stand_in_is_small_and_holds_spanish_not_german(tmp_path):
    library = _qt_icu_data()
    if library is None:
        pytest.skip("this PySide6 has no ICU of its own")
    made = slim_linux.icu_data(library, tmp_path)
    assert made is not None and made.name == library.name
    assert made.stat().st_size < 6_000_000 < library.stat().st_size
    items = subprocess.run(["icupkg", "-l", str(next((tmp_path / "icu").glob("icudt*.dat")))],
                           capture_output=True, text=True, check=True).stdout.split()
    assert "coll/es.res" in items and "coll/de.res" not in items


@pytest.mark.skipif(not LINUX or not shutil.which("cc"), reason="Linux with a C compiler")
def test_the_x265_stand_in_exports_only_what_libheif_takes_from_it(tmp_path):
    import pillow_heif

    libs = Path(pillow_heif.__file__).parent.parent / "pillow_heif.libs"
    x265 = next(libs.glob("libx265*"), None)
    if x265 is None:
        pytest.skip("this pillow-heif links no x265 library of its own")
    stdcpp = Path(subprocess.run(["g++", "-print-file-name=libstdc++.so.6"],
                                 capture_output=True, text=True).stdout.strip() or "/nonexistent")
    if not stdcpp.is_file():
        pytest.skip("no libstdc++ to resolve the rest against")
    made = slim_linux.encoder_stub(x265, list(libs.glob("libheif*")), [stdcpp], tmp_path)
    assert made is not None and made.stat().st_size < 100_000
    exported = slim_linux._dynamic_symbols(made, defined=True)
    assert any(name.startswith("x265_api_get") for name in exported)
    assert not [name for name in exported if name.startswith("_ZSt2") and
                name not in slim_linux._EMPTY_MARKERS]


def test_the_bundle_self_test_passes_here(tmp_path, qapp, capsys):
    from PIL import Image
    from pillow_heif import register_heif_opener
    from reportlab.pdfgen import canvas

    from desktop.self_test import run

    register_heif_opener()
    Image.new("RGB", (48, 32), (10, 120, 200)).save(tmp_path / "photo.heic", format="HEIF")
    letter = canvas.Canvas(str(tmp_path / "letter.pdf"))
    letter.drawString(72, 720, "Referral letter")
    letter.save()
    assert run(tmp_path) == 0
    out = capsys.readouterr().out
    assert out.strip().endswith("all libraries work") and "FAILED" not in out
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def _qt_lib(name: str) -> Path | None:
    import PySide6

    path = Path(PySide6.__file__).parent / "Qt" / "lib" / name
    return path if path.is_file() else None


# What the spec allows libQt6Pdf to take from the QtNetwork stand-in (packaging/waystation.spec).
_PDF_NETWORK = {
    "_ZN13QNetworkReply16staticMetaObjectE", "_ZN13QNetworkReply8finishedEv",
    "_ZNK13QNetworkReply10isFinishedEv", "_ZNK13QNetworkReply5errorEv",
    "_ZNK13QNetworkReply6headerEN15QNetworkRequest12KnownHeadersE",
}

_RENDER_A_PDF_FROM_MEMORY = r"""
import sys
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
app = QGuiApplication([])
data = QByteArray(open(sys.argv[1], "rb").read())
buffer = QBuffer(data)
buffer.open(QIODevice.OpenModeFlag.ReadOnly)
document = QPdfDocument()
document.load(buffer)
image = document.render(0, QSize(200, 280))
network = [line.split()[-1] for line in open("/proc/self/maps") if "libQt6Network" in line]
print(document.pageCount(), image.isNull(), sorted(set(network)))
"""


@pytest.mark.skipif(not LINUX or not shutil.which("cc"), reason="Linux with a C compiler")
def test_qt_pdf_renders_from_memory_with_the_network_stand_in(tmp_path):
    """libQt6Network (and Kerberos and Brotli with it) is replaced by a stand-in exporting
    the five QNetworkReply symbols libQt6Pdf imports; a PDF loaded from memory, as the app
    loads every one, still renders, with the stand-in the only QtNetwork in the process."""
    from reportlab.pdfgen import canvas

    network, pdf = _qt_lib("libQt6Network.so.6"), _qt_lib("libQt6Pdf.so.6")
    if network is None or pdf is None:
        pytest.skip("this PySide6 has no QtPdf/QtNetwork libraries of its own")
    made = slim_linux.link_only_stub(network, [pdf], tmp_path / "work", _PDF_NETWORK)
    assert made is not None and made.stat().st_size < 100_000 < network.stat().st_size
    exported = slim_linux._dynamic_symbols(made, defined=True)
    assert {name for name, kind in exported.items() if kind != "A"} == _PDF_NETWORK
    assert {"Qt_6", "Qt_6_PRIVATE_API"} <= set(exported)  # the original's symbol versions
    needed = subprocess.run(["readelf", "-d", str(made)], capture_output=True, text=True,
                            check=True).stdout
    assert "gssapi" not in needed and "brotli" not in needed
    # Anything else taken from it keeps the real library.
    assert slim_linux.link_only_stub(network, [pdf], tmp_path / "other",
                                     _PDF_NETWORK - {"_ZNK13QNetworkReply5errorEv"}) is None

    letter = canvas.Canvas(str(tmp_path / "letter.pdf"))
    letter.drawString(72, 720, "Referral letter")
    letter.save()
    script = tmp_path / "render.py"
    script.write_text(_RENDER_A_PDF_FROM_MEMORY)
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "LD_LIBRARY_PATH": str(made.parent)}
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "letter.pdf")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split(" ", 2) == ["1", "False", f"['{made}']\n"]


@pytest.mark.skipif(not LINUX or not shutil.which("nm"), reason="Linux with binutils")
def test_pillows_padded_libxau_gives_way_to_the_systems_when_it_exports_the_same(tmp_path):
    import PIL

    libs = Path(PIL.__file__).parent.parent / "pillow.libs"
    padded, users = next(libs.glob("libXau-*"), None), list(libs.glob("libxcb-*"))
    system = Path("/lib/x86_64-linux-gnu/libXau.so.6")
    if padded is None or not users or not system.is_file():
        pytest.skip("needs Pillow's own libXau and libxcb, and the system's libXau")
    assert slim_linux.compact_copy(padded, users, system) == system
    assert system.stat().st_size < padded.stat().st_size
    # A library that lacks what the users take is refused.
    assert slim_linux.compact_copy(padded, users, users[0]) is None


_PILLOW_WITHOUT_TIFF_AND_JPEG2000 = r"""
import io
from PIL import Image, features
print(features.version_codec("libtiff"), "|", features.version_codec("jpg_2000"))
for fmt in ("JPEG", "PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10), (200, 40, 40)).save(buffer, fmt)
    with Image.open(buffer) as im:
        im.load()
        print(fmt, im.getpixel((0, 0))[0] > 150)
for name in ("photo.tif", "photo.jp2"):
    try:
        with Image.open(name) as im:
            im.load()
        print(name, "decoded")
    except OSError:
        print(name, "refused")
"""


@pytest.mark.skipif(not LINUX or not shutil.which("cc"), reason="Linux with a C compiler")
def test_pillow_without_tiff_and_jpeg2000_still_reads_jpeg_and_png(tmp_path):
    """Pillow's libtiff and openjp2 are replaced by stand-ins: Pillow still loads (it reads
    their version text), JPEG and PNG work, a TIFF or JPEG 2000 image is refused with an
    OSError rather than crashing the process."""
    import PIL
    from PIL import Image

    site = tmp_path / "site"
    packages = Path(PIL.__file__).parent.parent
    if not (packages / "pillow.libs").is_dir():
        pytest.skip("this Pillow vendors no libraries")
    shutil.copytree(packages / "PIL", site / "PIL")
    shutil.copytree(packages / "pillow.libs", site / "pillow.libs")
    imaging = next((site / "PIL").glob("_imaging.*.so"))
    for pattern, strings in (("libtiff-*", {"TIFFGetVersion": "LIBTIFF, Version 0 (none)"}),
                             ("libopenjp2-*", {"opj_version": "0 (none)"})):
        library = next((site / "pillow.libs").glob(pattern))
        made = slim_linux.link_only_stub(library, [imaging], tmp_path / "work", None, strings)
        assert made is not None and made.stat().st_size < 100_000 < library.stat().st_size
        shutil.copyfile(made, library)
    Image.new("RGB", (20, 10)).save(tmp_path / "photo.tif", compression="tiff_lzw")
    Image.new("RGB", (20, 10)).save(tmp_path / "photo.jp2")
    (tmp_path / "check.py").write_text(_PILLOW_WITHOUT_TIFF_AND_JPEG2000)
    done = subprocess.run([sys.executable, "check.py"], cwd=tmp_path, capture_output=True,
                          text=True, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["0 (none) | 0 (none)", "JPEG True", "PNG True",
                                        "photo.tif refused", "photo.jp2 refused"]
