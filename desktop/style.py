"""A calm, readable look that follows the system palette (light or dark) and scales."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

_SHEET = """
QLabel#appTitle { font-size: 22pt; font-weight: 600; }
QLabel#unlockMessage { color: palette(highlight); font-weight: 600; }
QLabel#lockReason {
  padding: 6px 10px; border: 1px solid palette(mid); border-radius: 4px; font-weight: 600;
}
QListWidget#sectionList { font-size: 11pt; padding: 6px; }
QListWidget#sectionList { border: none; background: palette(window); }
QListWidget#sectionList::item { padding: 8px 10px; border-radius: 4px; color: palette(text); }
QListWidget#sectionList::item:selected {
  background: palette(highlight); color: palette(highlighted-text);
}
QLabel.sectionTitle { font-size: 15pt; font-weight: 600; }
QLabel#recoveryKey { padding: 12px; border: 1px solid palette(mid); border-radius: 6px; }
QLabel.severity_bar { color: white; background: #b3261e; border-radius: 3px; padding: 1px 6px; }
QLabel.severity_review { color: black; background: #f2c94c; border-radius: 3px; padding: 1px 6px; }
QLabel.severity_exception {
  color: white; background: #2e7d32; border-radius: 3px; padding: 1px 6px;
}
QLabel.severity_info { color: white; background: #1565c0; border-radius: 3px; padding: 1px 6px; }
QLabel#notLegalAdvice { font-style: italic; }
QLabel.helpText { color: palette(placeholder-text); }
QLabel.fieldProblem, QLabel#formError, QLabel#searchProblem { color: #c62828; font-weight: 600; }
QLabel#duplicateWarning { font-weight: 600; }
QFrame#findingCard { border: 1px solid palette(mid); border-radius: 6px; }
QLabel#findingId, QLabel#findingCitation { color: palette(placeholder-text); }
"""


def apply_style(app: QApplication) -> None:
    # Only when it changes anything: a new QStyle or sheet re-polishes every live widget, and
    # replacing the style under widgets that wait for their deferred delete crashed the
    # test suite (a segfault in a second make_application call).
    # (Once a sheet is set, app.style() is a nameless sheet proxy: remember it ourselves.)
    if app.property("waystationStyled") and app.styleSheet() == _SHEET:
        return
    app.setStyle("Fusion")
    app.setStyleSheet(_SHEET)
    app.setProperty("waystationStyled", True)
