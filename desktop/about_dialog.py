"""Help › About Waystation and Help › User guide.

About names the version, the licence, every library the app is built with and its licence,
and says plainly that screenings are not legal advice. The guide is the Markdown file shipped
in ``resources/guide/<lang>/``, shown inside the app (no browser, no network).
"""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.app_icon import icon_pixmap
from desktop.version import __version__
from models.resource_files import read_text, resource

LICENCE = "GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later)"
NOT_LEGAL_ADVICE = ("Screenings are not legal advice. Each rule pack summarises the law as "
                    "of the date it shows; always suggest that the person speak to a lawyer.")

# (distribution, what it does here, licence). Checked against pyproject's dependencies by
# tests/test_app_conventions.py; packaging/README.md has the same list with the platforms.
LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", "Qt for Python: the windows", "LGPL-3.0-only"),
    ("PySide6-Addons", "Qt PDF: previews from memory", "LGPL-3.0-only"),
    ("shiboken6", "Qt for Python's bindings", "LGPL-3.0-only"),
    ("sqlcipher3", "the encrypted database (bundles SQLCipher, BSD-3-Clause)", "Zlib"),
    ("reportlab", "letters, packets and reports as PDF", "BSD-3-Clause"),
    ("pillow", "images for reportlab", "MIT-CMU"),
    ("pypdf", "joins letters into one PDF", "BSD-3-Clause"),
    ("argon2-cffi", "passphrase key derivation (Argon2id)", "MIT"),
    ("cryptography", "key wrapping and backups", "Apache-2.0 OR BSD-3-Clause"),
    ("platformdirs", "the settings and data folders", "MIT"),
    ("PyYAML", "rule packs and letter texts", "MIT"),
    ("cel-python", "the rule packs' expressions", "Apache-2.0"),
    ("lark", "cel-python's parser", "MIT"),
    ("babel", "country names and dates in words (Unicode CLDR data)", "BSD-3-Clause"),
    ("rapidfuzz", "similar names in the duplicate warning", "MIT"),
    ("anyascii", "names in any script compared in Latin letters", "ISC"),
    ("zxcvbn", "how easy a passphrase is to guess", "MIT"),
    ("uharfbuzz", "HarfBuzz text shaping for Arabic and Ethiopic in PDFs", "Apache-2.0"),
    ("openpyxl", "spreadsheet import and export", "MIT"),
    ("pillow-heif", "reads HEIC photos (bundles libheif and libde265, LGPL-3.0, and x265, "
                    "GPL-2.0-or-later)", "BSD-3-Clause"),
)
FONTS = ("Noto Sans, Noto Mono, Noto Sans Arabic, Noto Sans Ethiopic and a Simplified Chinese "
         "subset of Noto Sans CJK (SIL Open Font License 1.1), embedded in every PDF")


def installed_version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "—"


def about_html() -> str:
    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{escape(installed_version(name))}</td>"
        f"<td>{escape(licence)}</td><td>{escape(purpose)}</td></tr>"
        for name, purpose, licence in LIBRARIES)
    return (
        f"<p>An offline, encrypted casebook for refugee sponsorship groups and caseworkers. "
        f"It never opens a network connection.</p>"
        f"<p><b>{escape(NOT_LEGAL_ADVICE)}</b></p>"
        f"<p>Waystation is free software under the {escape(LICENCE)}: you may use, study, "
        f"share and change it; the full text is in the LICENSE file that comes with it.</p>"
        f"<p>Built with Qt {escape(qVersion())} (LGPL-3.0) through PySide6 "
        f"{escape(pyside_version)}, Python, and:</p>"
        f"<table cellspacing='0' cellpadding='3'>"
        f"<tr><th align='left'>library</th><th align='left'>version</th>"
        f"<th align='left'>licence</th><th align='left'>used for</th></tr>{rows}</table>"
        f"<p>Fonts: {escape(FONTS)}.</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle("About Waystation")
        icon = QLabel()
        icon.setPixmap(icon_pixmap(64))
        title = QLabel(f"<h2>Waystation {escape(__version__)}</h2>")
        title.setObjectName("aboutTitle")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(title, 1)
        self.body = QTextBrowser()
        self.body.setObjectName("aboutText")
        self.body.setOpenLinks(False)
        self.body.setHtml(about_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.body, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)


GUIDE_TITLES = {"en": "Waystation — user guide", "fr": "Waystation — guide d'utilisation",
                "es": "Waystation — guía de uso"}


def guide_language() -> str:
    """The guide's language: the interface's locale (QLocale, which follows the system until
    there is a language setting) when a guide exists in it, else English."""
    lang = QLocale().name().split("_")[0]
    return lang if lang in ("fr", "es") else "en"


def guide_markdown(lang: str = "en") -> str:
    """The user guide in ``lang``, else English."""
    if not resource("guide", lang, "user-guide.md").is_file():
        lang = "en"
    return read_text("guide", lang, "user-guide.md")


class GuideWindow(QDialog):
    """The bundled user guide, read inside the app."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        lang = lang or guide_language()
        self.setObjectName("userGuide")
        self.setWindowTitle(GUIDE_TITLES.get(lang, GUIDE_TITLES["en"]))
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setOpenLinks(False)  # nothing in the guide leaves the app
        self.text.setMarkdown(guide_markdown(lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)
