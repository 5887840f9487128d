"""The wheel is what pipx, a packager and the bundles install: it must carry everything the app
reads at run time. The sdist is built from a copy of the source and the wheel from the sdist,
installed into a new virtual environment outside the checkout, and run from there (issue 14).

The new environment sees the already-installed dependencies through a path file, so nothing
is downloaded; the wheel itself is installed with ``--no-deps --no-index``. Deselect locally
with ``-m "not install"``; CI runs it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "desktop", "models", "reports",
           "resources")

pytestmark = [pytest.mark.install, pytest.mark.timeout(900)]


def _run(cmd: list[str], cwd: Path, env: dict[str, str], stdin: str | None = None,
         ) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=env, input=stdin, capture_output=True, text=True,
                          timeout=240)


# argv: the output folder, a folder to unpack the sdist into. The wheel is built from the
# unpacked sdist, so a file the sdist leaves out is missing from the wheel too.
_BUILD_SDIST_THEN_WHEEL = """
import os, sys, tarfile
from pathlib import Path
from setuptools import build_meta
out, unpacked = Path(sys.argv[1]), Path(sys.argv[2])
sdist = build_meta.build_sdist(str(out))
with tarfile.open(out / sdist) as tar:
    tar.extractall(unpacked, filter="data")
os.chdir(next(unpacked.iterdir()))
print(build_meta.build_wheel(str(out)))
"""


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """(bin folder of a new venv holding only the wheel, environment to run it with)."""
    top = tmp_path_factory.mktemp("wheel")
    src = top / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    for name in SOURCES:
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(
            ROOT / name, src / name, **({"ignore": ignore} if (ROOT / name).is_dir() else {}))
    out = top / "dist"
    # The sdist first, and the wheel from the unpacked sdist, as a packager would: both must
    # carry resources. One process calls the build backend's two hooks (what pip's
    # "wheel" would call, without a second interpreter and pip's own start-up).
    build = subprocess.run(
        [sys.executable, "-c", _BUILD_SDIST_THEN_WHEEL, str(out), str(top / "unpacked")],
        capture_output=True, text=True, cwd=src, timeout=240)
    assert build.returncode == 0, build.stderr[-2000:]
    assert next(out.glob("waystation-*.tar.gz"))
    wheel = next(out.glob("waystation-*.whl"))

    env_dir = top / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    target_python = bin_dir / "python"
    # The dependencies already installed for the tests, without the checkout's own code:
    # a path line adds the folder but runs none of the path files in it (the editable
    # install's finder lives in one of those).
    deps = sysconfig.get_paths()["purelib"]
    site = subprocess.run([str(target_python), "-c", "import sysconfig;"
                           "print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "_test_dependencies.pth").write_text(deps + "\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(target_python), "install", "--no-deps",
         "--no-index", "-q", str(wheel)], capture_output=True, text=True, timeout=240)
    assert install.returncode == 0, install.stderr[-2000:]

    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", WAYSTATION_PASSPHRASE="wheel test passphrase",
               WAYSTATION_USER="demo", PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}")
    return bin_dir, env


def test_the_installed_code_is_the_wheels(installed, tmp_path):
    bin_dir, env = installed
    where = _run([str(bin_dir / "python"), "-c",
                  "import desktop, models, reports, resources; "
                  "print(desktop.__file__, resources.__file__)"], tmp_path, env)
    assert where.returncode == 0, where.stderr
    for path in where.stdout.split():
        assert Path(path).is_relative_to(bin_dir.parent), path


def test_every_command_works_from_the_wheel(installed, tmp_path):
    bin_dir, env = installed
    ws = str(bin_dir / "waystation")

    screen = _run([ws, "screen", "--pack", "ca-refugee-claim", "--answers", "-", "--json"],
                  tmp_path, env, stdin="{}")
    assert screen.returncode == 0, screen.stderr
    assert json.loads(screen.stdout)["pack"] == "ca-refugee-claim"

    demo = _run([ws, "demo", "d.wsdb", "--clients", "12", "--kdf-fast"], tmp_path, env)
    assert demo.returncode == 0, demo.stderr
    listing = _run([ws, "list", "d.wsdb", "referrals", "--json"], tmp_path, env)
    assert listing.returncode == 0, listing.stderr
    sent = next(r["id"] for r in json.loads(listing.stdout) if r["status"] == "sent")

    # The printing commands run through the wheel's own desktop.cli.main in one process of
    # the new environment (the console script above is that same function): one start-up
    # and one key derivation instead of one per command.
    commands = [["letter", "d.wsdb", "--referral", str(sent), "--lang", "fr"],
                ["packet", "d.wsdb", "--referral", str(sent)],
                ["report", "d.wsdb"]]
    for cmd in commands:
        cmd += ["--out", str(tmp_path / f"{cmd[0]}.pdf")]
    printed = _run([str(bin_dir / "python"), "-c",
                    "import json, sys; from desktop.cli import main\n"
                    "for cmd in json.loads(sys.argv[1]):\n"
                    "    code = main(cmd)\n"
                    "    assert code == 0, (cmd[0], code)\n", json.dumps(commands)],
                   tmp_path, env)
    assert printed.returncode == 0, printed.stderr[-2000:]
    for cmd in commands:
        assert (tmp_path / f"{cmd[0]}.pdf").read_bytes().startswith(b"%PDF"), cmd[0]

    version = _run([ws, "--version"], tmp_path, env)
    assert version.returncode == 0 and version.stdout.startswith("waystation "), version.stderr


def test_the_desktop_starts_from_the_wheel(installed, tmp_path):
    bin_dir, env = installed
    start = _run([str(bin_dir / "waystation"), "--self-test-start"], tmp_path, env)
    assert start.returncode == 0, start.stderr
    assert "unlock window shown" in start.stdout


def test_the_wheel_carries_the_script_fonts(installed, tmp_path):
    """Arabic, Ethiopic and Chinese fallback fonts ship in the wheel and print (issue 17)."""
    bin_dir, env = installed
    code = ("import dataclasses, io, pypdf, reports, resources\n"
            "from reports import samples\n"
            "from reports.data import LetterClient\n"
            "from models.resource_files import resource\n"
            "for f in ('NotoSansArabic-Regular.ttf', 'NotoSansEthiopic-Regular.ttf',\n"
            "          'NotoSansSC-Regular-Subset.ttf', 'README.md'):\n"
            "    assert resource('fonts', f).is_file(), f\n"
            "d = dataclasses.replace(samples.letter(),\n"
            "    client=LetterClient(display_name='ሰላም 王秀英 أميرة'))\n"
            "pdf = reports.referral_letter(d)\n"
            "print(pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text())\n")
    run = _run([str(bin_dir / "python"), "-c", code], tmp_path, env)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "ሰላም" in run.stdout and "王秀英" in run.stdout


def test_the_wheel_speaks_french_and_spanish(installed, tmp_path):
    """The compiled interface catalogues ship in the wheel and are loaded from it (issue 17)."""
    bin_dir, env = installed
    code = ("import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication([])\n"
            "from desktop import i18n\n"
            "for lang in ('fr', 'es', 'en'):\n"
            "    i18n.install(lang)\n"
            "    print(lang, QCoreApplication.translate('LanguageBox', 'Language'),\n"
            "          QCoreApplication.translate('QPlatformTheme', 'Cancel'))\n")
    run = _run([str(bin_dir / "python"), "-c", code], tmp_path, env)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "fr Langue Annuler" in run.stdout and "es Idioma Cancelar" in run.stdout
