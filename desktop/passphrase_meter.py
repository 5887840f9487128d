"""A passphrase strength meter (zxcvbn through ``models.passphrase_strength``): a bar and one
line saying how strong the passphrase is and, when it is too weak, why. Used wherever a new
passphrase is typed: the create-casebook wizard, Add user, Change my passphrase, Reset."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from models.passphrase_strength import MIN_SCORE, Strength, rate


class StrengthMeter(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName("Passphrase strength meter")
        self.verdict = QLabel("")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName("Passphrase strength")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.bar)
        box.addWidget(self.verdict)
        self.strength: Strength | None = None

    def rate(self, text: str, hints: tuple[str, ...] = ()) -> None:
        if not text:
            self.strength = None
            self.bar.setValue(0)
            self.verdict.setText("")
        else:
            self.strength = rate(text, hints)
            self.bar.setValue(self.strength.score if self.strength.acceptable
                              else min(self.strength.score, MIN_SCORE - 1))
            self.verdict.setText(f"Strength: {self.strength.word}" if self.strength.acceptable
                                 else f"Too weak: {self.strength.advice}.")
        self.changed.emit()

    @property
    def acceptable(self) -> bool:
        return self.strength is not None and self.strength.acceptable
