"""Help › About Waystation and Help › User guide.

About names the version, the licence, every library the app is built with and its licence,
and says plainly that screenings are not legal advice. The guide is the Markdown file shipped
in ``resources/guide/<lang>/``, shown inside the app (no browser, no network).
"""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, qVersion
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
NOT_LEGAL_ADVICE = QT_TRANSLATE_NOOP(
    "about_dialog", "Screenings are not legal advice. Each rule pack summarises the law as "
    "of the date it shows; always suggest that the person speak to a lawyer.")

# (distribution, what it does here — marked for translation, licence). Checked against
# pyproject's dependencies by tests/packaging/test_app_conventions.py; packaging/README.md has the
# same
# list with the platforms.
LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("PySide6-Essentials", QT_TRANSLATE_NOOP(
        "about_dialog", "Qt for Python: the windows"),
     "LGPL-3.0-only"),
    ("PySide6-Addons", QT_TRANSLATE_NOOP(
        "about_dialog", "Qt PDF: previews from memory"),
     "LGPL-3.0-only"),
    ("shiboken6", QT_TRANSLATE_NOOP(
        "about_dialog", "Qt for Python's bindings"),
     "LGPL-3.0-only"),
    ("sqlcipher3", QT_TRANSLATE_NOOP(
        "about_dialog", "the encrypted database (bundles SQLCipher, BSD-3-Clause)"),
     "Zlib"),
    ("reportlab", QT_TRANSLATE_NOOP(
        "about_dialog", "letters, packets and reports as PDF"),
     "BSD-3-Clause"),
    ("pillow", QT_TRANSLATE_NOOP(
        "about_dialog", "images for reportlab"),
     "MIT-CMU"),
    ("pypdf", QT_TRANSLATE_NOOP(
        "about_dialog", "joins letters into one PDF"),
     "BSD-3-Clause"),
    ("argon2-cffi", QT_TRANSLATE_NOOP(
        "about_dialog", "passphrase key derivation (Argon2id)"),
     "MIT"),
    ("cryptography", QT_TRANSLATE_NOOP(
        "about_dialog", "key wrapping and backups"),
     "Apache-2.0 OR BSD-3-Clause"),
    ("platformdirs", QT_TRANSLATE_NOOP(
        "about_dialog", "the settings and data folders"),
     "MIT"),
    ("PyYAML", QT_TRANSLATE_NOOP(
        "about_dialog", "rule packs and letter texts"),
     "MIT"),
    ("cel-python", QT_TRANSLATE_NOOP(
        "about_dialog", "the rule packs' expressions"),
     "Apache-2.0"),
    ("lark", QT_TRANSLATE_NOOP(
        "about_dialog", "cel-python's parser"),
     "MIT"),
    ("babel", QT_TRANSLATE_NOOP(
        "about_dialog", "country names and dates in words (Unicode CLDR data)"),
     "BSD-3-Clause"),
    ("rapidfuzz", QT_TRANSLATE_NOOP(
        "about_dialog", "similar names in the duplicate warning"),
     "MIT"),
    ("anyascii", QT_TRANSLATE_NOOP(
        "about_dialog", "names in any script compared in Latin letters"),
     "ISC"),
    ("zxcvbn", QT_TRANSLATE_NOOP(
        "about_dialog", "how easy a passphrase is to guess"),
     "MIT"),
    ("uharfbuzz", QT_TRANSLATE_NOOP(
        "about_dialog", "HarfBuzz text shaping for Arabic and Ethiopic in PDFs"),
     "Apache-2.0"),
    ("openpyxl", QT_TRANSLATE_NOOP(
        "about_dialog", "spreadsheet import and export"),
     "MIT"),
    ("pillow-heif", QT_TRANSLATE_NOOP(
        "about_dialog", "reads HEIC photos (bundles libheif and libde265, LGPL-3.0, and "
        "x265, GPL-2.0-or-later)"),
     "BSD-3-Clause"),
)
FONTS = QT_TRANSLATE_NOOP("about_dialog",
                          "Noto Sans, Noto Mono, Noto Sans Arabic, Noto Sans Ethiopic and a "
                          "Simplified Chinese subset of Noto Sans CJK (SIL Open Font License "
                          "1.1), embedded in every PDF")


def installed_version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "—"


def about_html() -> str:
    def tr(text: str) -> str:
        return escape(QCoreApplication.translate("about_dialog", text))

    rows = "".join(
        f"<tr><td>{escape(name)}</td><td>{escape(installed_version(name))}</td>"
        f"<td>{escape(licence)}</td><td>{tr(purpose)}</td></tr>"
        for name, purpose, licence in LIBRARIES)
    return (
        "<p>" + escape(QCoreApplication.translate(
            "about_dialog", "An offline, encrypted casebook for refugee sponsorship groups and "
            "caseworkers. It never opens a network connection.")) + "</p>"
        f"<p><b>{tr(NOT_LEGAL_ADVICE)}</b></p>"
        "<p>" + escape(QCoreApplication.translate(
            "about_dialog", "Waystation is free software under the {licence}: you may use, "
            "study, share and change it; the full text is in the LICENSE file that comes with "
            "it.").format(licence=LICENCE)) + "</p>"
        "<p>" + escape(QCoreApplication.translate(
            "about_dialog", "Built with Qt {qt} (LGPL-3.0) through PySide6 {pyside}, Python, "
            "and:").format(qt=qVersion(), pyside=pyside_version)) + "</p>"
        "<table cellspacing='0' cellpadding='3'><tr>"
        + "".join("<th align='left'>" + escape(QCoreApplication.translate("about_dialog", h))
                  + "</th>" for h in (QT_TRANSLATE_NOOP("about_dialog", "library"),
                                       QT_TRANSLATE_NOOP("about_dialog", "version"),
                                       QT_TRANSLATE_NOOP("about_dialog", "licence"),
                                       QT_TRANSLATE_NOOP("about_dialog", "used for")))
        + f"</tr>{rows}</table>"
        "<p>" + escape(QCoreApplication.translate("about_dialog", "Fonts: {fonts}.").format(
            fonts=QCoreApplication.translate("about_dialog", FONTS))) + "</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Waystation"))
        icon = QLabel()
        icon.setPixmap(icon_pixmap(64))
        title = QLabel(f"<h2>Waystation {escape(__version__)}</h2>")  # a name and a number
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
