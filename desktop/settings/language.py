"""Settings › Language: the interface language of this computer (desktop/i18n.py).

Saved at once in the app settings (not the casebook: the unlock screen speaks it too) and used
from the next start; the row says so rather than retranslating open windows halfway.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from desktop import i18n


class LanguageBox(QGroupBox):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Language"))
        self.setObjectName("languageBox")
        self.choice = QComboBox()
        self.choice.setObjectName("languageChoice")
        self.choice.setAccessibleName(self.tr("Interface language"))
        self.choice.addItem(self.tr("Follow the system"), i18n.SYSTEM)
        for code in i18n.LANGUAGES:
            self.choice.addItem(i18n.NATIVE_NAMES[code], code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(i18n.chosen())))
        self.choice.currentIndexChanged.connect(self._chosen)
        label = QLabel(self.tr("Interfac&e language:"))
        label.setBuddy(self.choice)
        self.note = QLabel(self.tr("A new language is used the next time Waystation starts."))
        self.note.setObjectName("languageNote")
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.choice)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.note)

    def _chosen(self) -> None:
        choice = self.choice.currentData()
        i18n.choose(choice)
        if i18n.resolve(choice) == i18n.current():
            self.note.setText(self.tr("A new language is used the next time Waystation "
                                      "starts."))
        else:
            self.note.setText(self.tr("Saved. Quit and start Waystation again to use this "
                                      "language."))
