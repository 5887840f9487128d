"""The interface language (issue 17): which one, and the translators that speak it.

The choice is an app setting (desktop/app_settings.py, key ``language``), never casebook
data, because the unlock screen is built before any casebook is open: ``system`` follows the
computer's language, or ``en``, ``fr``, ``es``. ``install`` is called once when the
application starts, before any window is built; a new choice applies at the next start
(the Settings row says so) — windows are not retranslated while open.

Three things are installed for a language:
- Waystation's catalogue ``resources/translations/waystation_<lang>.qm`` (read through
  models/resource_files.py, so it works from the source tree, a wheel and a bundle). English
  has one too, holding only plural forms, so "%n client(s)" reads "1 client", "2 clients";
- Qt's own ``qtbase_<lang>.qm`` (standard buttons, the text-field menu), from Qt's
  translations folder;
- the default ``QLocale``, so ``QLocale().toString`` writes dates and numbers the local way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop import app_settings

SETTING = "language"
SYSTEM = "system"
LANGUAGES = ("en", "fr", "es")
CHOICES = (SYSTEM, *LANGUAGES)
# Shown in the language itself, so a person who cannot read the current one finds theirs.
NATIVE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}
# The locale a language falls back to when the computer speaks another language: Waystation's
# French users are in Canada, its Spanish users are caseworkers in the United States.
_DEFAULT_LOCALE = {"en": "en_CA", "fr": "fr_CA", "es": "es_US"}
_QT_LANGUAGE = {QLocale.Language.English: "en", QLocale.Language.French: "fr",
                QLocale.Language.Spanish: "es"}

_installed: list[QTranslator] = []
_current = "en"


def chosen() -> str:
    """The saved choice: ``system``, ``en``, ``fr`` or ``es`` (anything else counts as
    ``system``)."""
    value = app_settings.get(SETTING, SYSTEM)
    return value if value in CHOICES else SYSTEM


def choose(choice: str) -> None:
    """Save the choice for the next start."""
    if choice not in CHOICES:
        raise ValueError(f"unknown language choice {choice!r}")
    app_settings.put(SETTING, choice)


def resolve(choice: str) -> str:
    """The language a choice means on this computer (``system`` → the system's language when
    Waystation speaks it, else English)."""
    if choice in LANGUAGES:
        return choice
    return _QT_LANGUAGE.get(QLocale.system().language(), "en")


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks ``language`` (fr_FR keeps its conventions),
    else the usual locale of Waystation's users of that language."""
    system = QLocale.system()
    if _QT_LANGUAGE.get(system.language()) == language:
        return system
    return QLocale(_DEFAULT_LOCALE[language])


def current() -> str:
    """The language installed now (``en`` before ``install``)."""
    return _current


def _app_catalogue(language: str) -> QTranslator | None:
    from models.resource_files import resource, resource_path

    name = f"waystation_{language}.qm"
    if not resource("translations", name).is_file():
        return None
    translator = QTranslator()
    # QTranslator keeps the file open (memory-mapped) for as long as it lives; installed
    # files are ordinary files that outlive the context manager.
    with resource_path("translations", name) as path:
        return translator if translator.load(str(path)) else None


def _qt_catalogue(language: str) -> QTranslator | None:
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def install(language: str | None = None) -> str:
    """Install the translators and default locale for ``language`` (default: the saved
    choice); replaces whatever an earlier call installed. Returns the language used."""
    global _current
    app = QCoreApplication.instance()
    language = resolve(language or chosen())
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    for translator in (_qt_catalogue(language), _app_catalogue(language)):
        if translator is not None and app is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(language))
    _current = language
    return language


def uninstall() -> None:
    """Remove what ``install`` installed and go back to the system's locale (tests)."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale.system())
    _current = "en"
