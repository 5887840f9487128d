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
- ``link_only_stub``: Qt's ``libQt6Network`` (2 MB, and through it Kerberos and Brotli,
  1.9 MB) is linked by ``libQt6Pdf`` only, for one case: a PDF loaded from a
  ``QNetworkReply``. Waystation loads every PDF from memory (a ``QBuffer``), has no network
  code and leaves Qt's network module out. The stand-in exports the five symbols libQt6Pdf
  imports, under the same symbol version: ``QNetworkReply::staticMetaObject`` (zero-filled:
  ``qobject_cast`` only compares its address, and never finds a reply) and four member
  functions that are only called on a reply (each returns 0). A build where libQt6Pdf imports
  anything else from it keeps the real library.
- ``compact_copy``: Pillow's wheel carries a ``libXau`` that its repair tool padded to 2 MB
  (a 2 MB-aligned segment; the library itself is 15 kB). The build machine's own libXau, when
  it exports everything Pillow's libxcb takes from the padded one, is copied in its place
  under the wheel's file name.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable
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
        wanted = _taken_from(provided, users)
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


def _versions_defined(library: Path) -> list[str]:
    """The symbol version names a library defines (not its base name)."""
    listing = subprocess.run(["readelf", "-V", str(library)], capture_output=True, text=True,
                             check=True).stdout
    return [m.group(2) for m in re.finditer(r"Flags: (\S+)\s+Index: \d+\s+Cnt: \d+\s+"
                                             r"Name: (\S+)", listing) if m.group(1) != "BASE"]


def _taken_from(provided: Iterable[str], users: list[Path]) -> set[str]:
    """Which of a library's ``provided`` symbols the ``users`` import."""
    names = set(provided)
    taken: set[str] = set()
    for user in users:
        taken |= set(_dynamic_symbols(user, defined=False)) & names
    return taken


def _defined_with_sizes(library: Path) -> dict[str, tuple[str, int, str]]:
    """name -> (nm type letter, size, version) of a library's defined dynamic symbols."""
    listing = subprocess.run(["nm", "-D", "-S", "--defined-only", "--with-symbol-versions",
                              str(library)], capture_output=True, text=True,
                             check=True).stdout
    symbols = {}
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4:
            name, _, version = fields[3].partition("@")
            symbols[name] = (fields[2], int(fields[1], 16), version.lstrip("@"))
    return symbols


def link_only_stub(library: Path, users: list[Path], workdir: Path,
                   allowed: set[str] | None, strings: dict[str, str] | None = None,
                   ) -> Path | None:
    """A library named like ``library`` that satisfies the dynamic linker for ``users`` but
    does nothing: each function they import from it returns 0 (those in ``strings``: that
    constant text), each data object is zeros of the same size, under the same symbol
    versions. Only when what they import is within ``allowed`` (the symbols known to be
    reached only in a path Waystation never takes; None: any function, no data), else None
    (keep the original)."""
    strings = strings or {}
    if not all(shutil.which(tool) for tool in ("nm", "cc", "readelf")):
        _warn(f"{library.name}: needs nm, readelf and cc")
        return None
    try:
        provided = _defined_with_sizes(library)
        wanted = _taken_from(provided, users)
        if allowed is None:
            allowed = {n for n in wanted if provided[n][0] in ("T", "W", "i")}
        if not wanted or not wanted <= allowed:
            _warn(f"{library.name}: its users also take {sorted(wanted - allowed)} from it")
            return None
        source = ["/* Stand-in made by packaging/slim_linux.py: links, does nothing. */"]
        by_version: dict[str, list[str]] = {}
        for name in sorted(wanted):
            kind, size, version = provided[name]
            if kind in ("T", "W", "i") and name in strings:
                text = strings[name].replace("\\", "\\\\").replace('"', '\\"')
                source.append(f'const char *{name}(void) {{ return "{text}"; }}')
            elif kind in ("T", "W", "i"):
                source.append(f"void *{name}(void) {{ return 0; }}")
            elif kind in ("D", "B", "R", "V", "G", "S"):
                source.append(f"__attribute__((aligned(16))) char {name}[{max(size, 1)}];")
            else:
                _warn(f"{library.name}: {name} is of kind {kind}")
                return None
            by_version.setdefault(version or "", []).append(name)
        script = []
        for version in _versions_defined(library):
            names = "".join(f" {n};" for n in by_version.get(version, []))
            script.append(f"{version} {{ global:{names} }};" if names else f"{version} {{ }};")
        if by_version.get(""):
            script.insert(0, "{ global:" + "".join(f" {n};" for n in by_version[""]) + " };")
        soname = re.search(r"\(SONAME\)\s+Library soname: \[(.+?)\]", subprocess.run(
            ["readelf", "-d", str(library)], capture_output=True, text=True,
            check=True).stdout)
        work = workdir / "link-only" / library.name
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        (work / "stub.c").write_text("\n".join(source) + "\n")
        (work / "versions.map").write_text("\n".join(script) + "\n")
        _run("cc", "-shared", "-fPIC", "-O2", "-s", "-o", library.name,
             f"-Wl,-soname,{soname.group(1) if soname else library.name}",
             "-Wl,--version-script=versions.map", "stub.c", cwd=work)
    except (OSError, subprocess.CalledProcessError) as exc:
        _warn(f"{library.name}: {getattr(exc, 'stderr', '') or exc}")
        return None
    return work / library.name


def compact_copy(library: Path, users: list[Path], system: Path) -> Path | None:
    """``system`` (the build machine's copy of the same library) when it exports, with the
    same symbol versions, everything ``users`` take from ``library`` and is smaller; else
    None (keep ``library``)."""
    if not system.is_file() or not shutil.which("nm"):
        _warn(f"{library.name}: no {system} on this machine")
        return None
    try:
        provided = _defined_with_sizes(library)
        wanted = _taken_from(provided, users)
        ours = _defined_with_sizes(system)
        missing = sorted(n for n in wanted
                         if n not in ours or ours[n][2] != provided[n][2])
    except (OSError, subprocess.CalledProcessError) as exc:
        _warn(f"{library.name}: {exc}")
        return None
    if missing or system.stat().st_size >= library.stat().st_size:
        _warn(f"{library.name}: {system} lacks {missing}")
        return None
    return system
