"""Smaller stand-ins for the Linux bundle's largest libraries, made at build time.

Used by ``waystation.spec`` on Linux only. Each function returns the path of a replacement
library, or None (with a warning) when the tools it needs are missing, so that the build
still succeeds with the original, larger library.

- ``icu_data``: Qt's ``libicudata`` (32 MB) holds ICU's data for every language and
  character set. QtCore calls ICU for four things only: collation (``ucol_*``), case mapping
  (``u_strToUpper``/``Lower``), time-zone display names (``ucal_*``) and legacy character
  sets (``ucnv_*``; nothing in Waystation converts text through Qt). The stand-in keeps the
  root and the English, French and Spanish locales of the collation and time-zone data plus
  every file that is not a locale (normalisation, time-zone rules, plural rules, …), and
  drops the character-set tables, break-iterator dictionaries, transliterators and the
  display names of languages, currencies and units: 3.5 MB. Another language then sorts and
  names time zones like the root locale. Needs ``icupkg`` and ``genccode`` (Debian/Ubuntu:
  icu-devtools; any ICU version reads the data package) and a C compiler.
- ``encoder_stub``: pillow-heif's ``libheif`` links the x265 *encoder* (21 MB, and GPL),
  though Waystation only ever decodes HEIC photos (stored as JPEG). The stand-in has the same
  name and exports the two x265 functions libheif imports, each returning 0 (x265_api_get:
  no encoder, so HEIC encoding fails cleanly; decoding is libde265's and untouched), plus
  the empty marker function of GCC 13's libstdc++ that the wheel's libheif takes from it.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Locale data kept in ICU: the languages Waystation is written in (reports/data.py).
LANGUAGES = ("en", "fr", "es")
# ICU data trees QtCore never reads (it calls ucol, ucal, ucnv and the case mapping only).
_ICU_DROPPED_TREES = {"brkitr", "translit", "lang", "curr", "unit", "rbnf"}
_ICU_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")


def _warn(message: str) -> None:
    print(f"slim_linux: {message}; keeping the original library", file=sys.stderr)


def _run(*args: str, cwd: Path) -> None:
    subprocess.run(args, cwd=cwd, check=True, capture_output=True, text=True)


def _keep_icu_item(item: str) -> bool:
    parts = item.split("/")
    if len(parts) > 1 and parts[0] in _ICU_DROPPED_TREES:
        return False
    stem, ext = os.path.splitext(parts[-1])
    if ext in (".cnv", ".dict"):
        return False
    if ext == ".res" and stem in ("root", "pool", "res_index"):
        return True
    if ext == ".res" and _ICU_LOCALE.match(stem):
        return stem.split("_")[0] in LANGUAGES
    return True


def _icu_blob(library: Path, symbol: str) -> bytes | None:
    """The data package a libicudata exports as ``symbol`` (its size from ``nm -S``)."""
    listing = subprocess.run(["nm", "-D", "-S", str(library)], capture_output=True,
                             text=True, check=True).stdout
    sizes = [int(line.split()[1], 16) for line in listing.splitlines()
             if line.split() and line.split()[-1] == symbol and len(line.split()) == 4]
    if not sizes:
        return None
    loaded = ctypes.CDLL(str(library))
    address = ctypes.addressof(ctypes.c_char.in_dll(loaded, symbol))
    return ctypes.string_at(address, sizes[0])


def icu_data(library: Path, workdir: Path) -> Path | None:
    """A libicudata with the data of LANGUAGES only, or None."""
    match = re.match(r"libicudata\.so\.(\d+)$", library.name)
    tools = [shutil.which(tool) for tool in ("icupkg", "genccode", "nm", "cc", "readelf")]
    if not match or not all(tools):
        _warn(f"{library.name}: needs icupkg, genccode (icu-devtools), nm and cc")
        return None
    version = match.group(1)
    entry = f"icudt{version}"
    package = f"{entry}l"  # the little-endian package name ICU looks for
    work = workdir / "icu"
    shutil.rmtree(work, ignore_errors=True)
    (work / "items").mkdir(parents=True)
    (work / "full").mkdir()
    full = f"full/{package}.dat"  # icupkg wants the package's own name on the file
    try:
        blob = _icu_blob(library, f"{entry}_dat")
        if blob is None:
            _warn(f"{library.name} exports no {entry}_dat")
            return None
        (work / full).write_bytes(blob)
        _run("icupkg", "-d", "items", "-x", "*", full, cwd=work)
        items = subprocess.run(["icupkg", "-l", full], cwd=work, capture_output=True,
                               text=True, check=True).stdout.split()
        (work / "keep.txt").write_text("\n".join(i for i in items if _keep_icu_item(i)) + "\n")
        _run("icupkg", "-tl", "-a", "keep.txt", "-s", "items", "new", f"{package}.dat",
             cwd=work)
        _run("genccode", "-q", "-a", "gcc", "-e", entry, "-d", ".", f"{package}.dat",
             cwd=work)
        _run("cc", "-c", "-o", "icudata.o", f"{package}_dat.S", cwd=work)
        _run("cc", "-shared", "-nostdlib", "-o", library.name,
             f"-Wl,-soname,{library.name}", "icudata.o", cwd=work)
    except (OSError, subprocess.CalledProcessError) as exc:
        _warn(f"{library.name}: {getattr(exc, 'stderr', '') or exc}")
        return None
    return work / library.name


def _dynamic_symbols(library: Path, defined: bool) -> dict[str, str]:
    """name -> nm type letter of a library's dynamic symbols (defined or undefined ones)."""
    flag = "--defined-only" if defined else "--undefined-only"
    listing = subprocess.run(["nm", "-D", flag, str(library)], capture_output=True,
                             text=True, check=True).stdout
    symbols = {}
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) >= 2:
            symbols[fields[-1].split("@")[0]] = fields[-2]
    return symbols


# GCC 13's libstdc++ exports this empty function only so that code built with it depends
# on the new library; manylinux wheels take it from their own static copy, which x265 exports.
_EMPTY_MARKERS = {"_ZSt21ios_base_library_initv"}


def encoder_stub(library: Path, users: list[Path], runtime: list[Path], workdir: Path,
                 prefix: str = "x265_") -> Path | None:
    """A library named like ``library`` exporting what ``users`` import from it: its API
    (``prefix``) as functions returning 0, libstdc++'s empty marker as an empty function;
    anything else they take from it must be in ``runtime`` (the bundled libstdc++), else
    None (keep the original)."""
    if not all(shutil.which(tool) for tool in ("nm", "cc", "readelf")):
        _warn(f"{library.name}: needs nm, readelf and cc")
        return None
    try:
        provided = _dynamic_symbols(library, defined=True)
        wanted = set()
        for user in users:
            wanted |= set(_dynamic_symbols(user, defined=False)) & set(provided)
        elsewhere = set()
        for other in runtime:
            elsewhere |= set(_dynamic_symbols(other, defined=True))
        api = sorted(name for name in wanted if name.startswith(prefix))
        markers = sorted(wanted & _EMPTY_MARKERS)
        missing = wanted - set(api) - set(markers) - elsewhere
        if not api or missing or any(provided[name] not in ("T", "W") for name in api):
            _warn(f"{library.name}: its users also need {sorted(missing)} from it")
            return None
        soname = re.search(r"\(SONAME\)\s+Library soname: \[(.+?)\]", subprocess.run(
            ["readelf", "-d", str(library)], capture_output=True, text=True,
            check=True).stdout)
        work = workdir / "stub"
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        source = "".join(f"void *{name}(void) {{ return 0; }}\n" for name in api)
        source += "".join(f"void {name}(void) {{}}\n" for name in markers)
        (work / "stub.c").write_text(
            "/* Stand-in made by packaging/slim_linux.py: nothing here encodes. */\n" + source)
        _run("cc", "-shared", "-fPIC", "-O2", "-o", library.name,
             f"-Wl,-soname,{soname.group(1) if soname else library.name}", "stub.c", cwd=work)
    except (OSError, subprocess.CalledProcessError) as exc:
        _warn(f"{library.name}: {getattr(exc, 'stderr', '') or exc}")
        return None
    return work / library.name
