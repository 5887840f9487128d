"""The conventions of a desktop program (issue 14): sections imported explicitly, an About
dialog and the user guide in a Help menu, the icon, the Linux desktop files, and app
settings in the documented config folder rather than QSettings."""

from __future__ import annotations

import ast
import configparser
import json
import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_section_page_is_listed_with_an_explicit_import():
    from desktop import mainwindow

    pages = set()
    for path in [*(ROOT / "desktop").glob("*/page.py"), ROOT / "desktop" / "reports_page.py"]:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and node.name.endswith("Page"):
                pages.add(node.name)
    listed = {load().__name__ for _, _, load in mainwindow.SECTIONS}
    assert listed == pages
    source = (ROOT / "desktop" / "mainwindow.py").read_text(encoding="utf-8")
    assert "importlib" not in source


def test_about_names_version_licence_libraries_and_not_legal_advice(qtbot):
    from desktop.about_dialog import AboutDialog
    from desktop.version import __version__

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.body.toPlainText()
    from PySide6.QtWidgets import QLabel

    assert __version__ in dialog.findChild(QLabel, "aboutTitle").text()
    assert "AGPL-3.0-or-later" in text and "not legal advice" in text
    for lib in ("PySide6-Essentials", "sqlcipher3", "reportlab", "cel-python"):
        assert lib in text
    assert "LGPL-3.0-only" in text and "Zlib" in text
    assert re.search(r"reportlab\s+\d", text)  # versions of what is installed


def test_about_lists_every_dependency():
    from desktop.about_dialog import LIBRARIES

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = {re.split(r"[<>=!~ ;\[]", d, maxsplit=1)[0].lower()
             for d in deps["project"]["dependencies"]}
    assert names <= {name.lower() for name, _, _ in LIBRARIES}


def test_help_menu_opens_the_guide_and_about(qtbot, ctx, monkeypatch):
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog

    from desktop.about_dialog import GuideWindow
    from desktop.mainwindow import MainWindow

    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[-1] == "Help"
    window.findChild(QAction, "actionUserGuide").trigger()
    window.findChild(QAction, "actionAbout").trigger()
    assert [type(d).__name__ for d in opened] == ["GuideWindow", "AboutDialog"]
    guide = opened[0]
    assert isinstance(guide, GuideWindow)
    assert "Waystation user guide" in guide.text.toPlainText()
    assert "not legal advice" in guide.text.toPlainText()
    window.release()


def test_the_application_has_an_icon(qtbot):
    from desktop.app import make_application

    app = make_application()
    sizes = {s.width() for s in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert (ROOT / "packaging" / "icons" / "waystation.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (ROOT / "packaging" / "icons" / "waystation.icns").read_bytes()[:4] == b"icns"


def test_linux_desktop_entry_metainfo_and_mime_type_agree():
    linux = ROOT / "packaging" / "linux"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(linux / "org.waystation.Waystation.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "waystation-gui %f" and desktop["Terminal"] == "false"
    mime = ET.parse(linux / "org.waystation.Waystation.mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = mime.find("m:mime-type", ns)
    assert mime_type.find("m:glob", ns).get("pattern") == "*.wsdb"
    assert desktop["MimeType"].rstrip(";") == mime_type.get("type")
    meta = ET.parse(linux / "org.waystation.Waystation.metainfo.xml").getroot()
    assert meta.findtext("id") == "org.waystation.Waystation"
    assert meta.find("launchable").text == "org.waystation.Waystation.desktop"
    assert meta.findtext("project_license") == "AGPL-3.0-or-later"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert scripts["gui-scripts"]["waystation-gui"] == "desktop.cli:gui_main"


# -- app settings ---------------------------------------------------------------------------
def test_recent_casebooks_live_in_the_documented_config_file(qtbot, tmp_path):
    import os

    from desktop import app_settings
    from desktop.unlock import recent_casebooks, remember_casebook

    book = tmp_path / "our-group.wsdb"
    book.write_bytes(b"x")
    remember_casebook(book)
    path = Path(os.environ["XDG_CONFIG_HOME"]) / "waystation" / "settings.json"
    assert app_settings.settings_path() == path
    assert json.loads(path.read_text(encoding="utf-8")) == {"recent_casebooks": [str(book)]}
    assert recent_casebooks() == [book]
    # Nothing through QSettings (the registry on Windows, another file on Linux).
    assert not (Path(os.environ["XDG_CONFIG_HOME"]) / "Waystation").exists()


def test_damaged_settings_count_as_empty(tmp_path):
    from desktop import app_settings
    from desktop.unlock import recent_casebooks

    path = app_settings.settings_path()
    path.parent.mkdir(parents=True)
    for junk in (b"{not json", b"[1, 2]", b'{"recent_casebooks": "x"}', b"\xff\xfe"):
        path.write_bytes(junk)
        assert recent_casebooks() == []
    app_settings.remember_window_size("main", 900, 700)
    assert app_settings.window_size("main") == (900, 700)


def test_the_main_window_remembers_its_size_and_nothing_else(qtbot, ctx):
    from desktop import app_settings
    from desktop.mainwindow import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(700, 560)
    window.release()
    assert app_settings.window_size("main") == (700, 560)
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 560)
    again.release()
    stored = app_settings.settings_path().read_text(encoding="utf-8")
    assert set(json.loads(stored)) <= {"recent_casebooks", "window_sizes"}
    assert "ana" not in stored and "test.wsdb" not in stored
