"""Smoke-test a built bundle the way a volunteer would use it, from a temporary folder:
``--version``, ``screen``, ``demo``, ``letter``, ``report``, an offscreen start to the
unlock window and the libraries a slimmed bundle replaces (HEIC, ICU, printing, text); then
print the bundle's unpacked size (and the archive's, if given).

    python packaging/smoke.py dist/waystation/waystation [dist/waystation-linux-x86_64.tar.gz]

Runs with a private HOME and XDG folders so it leaves nothing behind. Exit 1 on the first
failure, naming the step.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MB = 120


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _heic_photo(path: Path) -> None:
    """A small HEIC photo, made with this (build) environment's pillow-heif, which can
    still encode."""
    from PIL import Image
    from pillow_heif import register_heif_opener

    register_heif_opener()
    Image.new("RGB", (96, 64), (200, 40, 40)).save(path, format="HEIF")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    exe = Path(argv[0]).resolve()
    archive = Path(argv[1]).resolve() if len(argv) > 1 else None
    with tempfile.TemporaryDirectory(prefix="waystation-smoke-") as tmp:
        work = Path(tmp)
        home = work / "home"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL"))}
        env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_DATA_HOME=str(home / ".local/share"),
                   XDG_CACHE_HOME=str(home / ".cache"), QT_QPA_PLATFORM="offscreen",
                   WAYSTATION_PASSPHRASE="smoke test passphrase", WAYSTATION_USER="demo")

        def step(name: str, args: list[str], stdin: str | None = None,
                 expect: str | None = None) -> str:
            start = time.perf_counter()
            done = subprocess.run([str(exe), *args], cwd=work, env=env, input=stdin,
                                  capture_output=True, text=True, timeout=300)
            seconds = time.perf_counter() - start
            if done.returncode != 0 or (expect and expect not in done.stdout):
                print(f"FAILED {name} (exit {done.returncode}):\n{done.stdout[-1500:]}\n"
                      f"{done.stderr[-3000:]}", file=sys.stderr)
                raise SystemExit(1)
            print(f"ok  {name:<28} {seconds:5.2f} s")
            return done.stdout

        step("--version", ["--version"], expect="waystation ")
        step("--help", ["--help"], expect="letter")
        out = step("screen", ["screen", "--pack", "ca-refugee-claim", "--answers", "-",
                              "--json"], stdin="{}")
        assert json.loads(out)["pack"] == "ca-refugee-claim"
        step("demo", ["demo", "smoke.wsdb", "--clients", "12", "--kdf-fast"])
        referrals = json.loads(step("list", ["list", "smoke.wsdb", "referrals", "--json"]))
        sent = next(r["id"] for r in referrals if r["status"] == "sent")
        step("letter", ["letter", "smoke.wsdb", "--referral", str(sent), "--lang", "es",
                        "--out", "letter.pdf"])
        step("packet", ["packet", "smoke.wsdb", "--referral", str(sent), "--out",
                        "packet.pdf"])
        step("report", ["report", "smoke.wsdb", "--out", "report.pdf"])
        for pdf in ("letter.pdf", "packet.pdf", "report.pdf"):
            if not (work / pdf).read_bytes().startswith(b"%PDF"):
                print(f"FAILED {pdf} is not a PDF", file=sys.stderr)
                return 1
        step("desktop start (offscreen)", ["--self-test-start", "smoke.wsdb"],
             expect="unlock window shown")
        # The libraries a slimmed bundle replaces or leaves to the system (slim_linux.py):
        # a HEIC photo is decoded, ICU sorts and names time zones, the letter prints
        # through QPrinter, text (French, Spanish, Arabic) is drawn.
        _heic_photo(work / "photo.heic")
        out = step("libraries", ["--self-test-libraries", str(work)],
                   expect="all libraries work")
        print("    " + out.strip().replace("\n", "\n    "))

    bundle = exe.parent if exe.parent.name != "MacOS" else exe.parents[2]
    size = folder_size(bundle) / 1e6
    verdict = "within" if size < TARGET_MB else "OVER"
    print(f"bundle {bundle.name}: {size:.0f} MB unpacked ({verdict} the {TARGET_MB} MB target)")
    if archive is not None:
        print(f"archive {archive.name}: {archive.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
