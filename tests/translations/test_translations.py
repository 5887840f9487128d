"""The translation catalogues kept in the repository (issue 17): every area has its French,
Spanish and English (plural forms) file; no entry is left unfinished; and the compiled
catalogues the app loads, ``resources/translations/waystation_<lang>.qm``, are exactly what
``pyside6-lrelease`` makes from the committed ``.ts`` files (``make translations``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
AREAS = ("core", "clientfile", "records")
LANGUAGES = ("fr", "es", "en")


def _lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(here) if here.exists() else shutil.which("pyside6-lrelease")
    if not found:
        pytest.skip("pyside6-lrelease is not installed")
    return found


def _unfinished(ts: Path) -> list[str]:
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            forms = [f.text for f in tr.iter("numerusform")] if message.get("numerus") else [
                tr.text]
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                out.append(f"{name}: {message.findtext('source')!r}")
    return out


def test_every_area_has_its_three_files():
    missing = [f"{a}_{lang}.ts" for a in AREAS for lang in LANGUAGES
               if not (FOLDER / f"{a}_{lang}.ts").is_file()]
    assert missing == []


@pytest.mark.parametrize("ts", sorted(FOLDER.glob("*.ts")), ids=lambda p: p.name)
def test_no_translation_is_unfinished(ts):
    left = _unfinished(ts)
    assert left == [], f"{len(left)} unfinished in {ts.name}: {left[:20]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_committed_catalogue_is_what_lrelease_makes(tmp_path, lang):
    sources = sorted(FOLDER.glob(f"*_{lang}.ts"))
    assert sources
    out = tmp_path / f"waystation_{lang}.qm"
    run = subprocess.run([_lrelease(), "-silent", *map(str, sources), "-qm", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert out.read_bytes() == (FOLDER / f"waystation_{lang}.qm").read_bytes(), (
        f"waystation_{lang}.qm is not what the .ts files make: run `make translations`")


@pytest.mark.parametrize("lang", ("fr", "es"))
def test_a_word_from_models_listed_in_several_areas_reads_the_same_in_each(lang):
    # Each area lists the words of models/ it shows (context "models"); lrelease keeps only
    # the first of two equal sources, so a translation edited in one area alone would be
    # silently ignored or win depending on file order.
    seen: dict[str, dict[str, str]] = {}
    for area in AREAS:
        root = ET.parse(ROOT / "resources" / "translations" / f"{area}_{lang}.ts").getroot()
        for context in root.iter("context"):
            if context.findtext("name") != "models":
                continue
            for message in context.iter("message"):
                text = "|".join(message.find("translation").itertext()).strip()
                seen.setdefault(message.findtext("source"), {})[area] = text
    differing = {source: areas for source, areas in seen.items()
                 if len(set(areas.values())) > 1}
    assert differing == {}
