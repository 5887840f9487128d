"""A passphrase strength meter (zxcvbn through ``models.security.passphrase_strength``): a bar and
one line saying how strong the passphrase is and, when it is too weak, why. Used wherever a new
passphrase is typed: the create-casebook wizard, Add user, Change my passphrase, Reset."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from models.security.passphrase_strength import MIN_SCORE, Strength, rate


class StrengthMeter(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength meter"))
        self.verdict = QLabel("")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Passphrase strength"))
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
            self.verdict.setText(self._verdict(self.strength))
        self.changed.emit()

    def _verdict(self, strength: Strength) -> str:
        from PySide6.QtCore import QCoreApplication

        from desktop import i18n
        from models.security.passphrase_strength import MIN_LENGTH

        if strength.acceptable:
            return self.tr("Strength: {word}").format(
                word=QCoreApplication.translate("models", strength.word))
        if i18n.current() == "en":  # with zxcvbn's reason, which it gives in English only
            return f"Too weak: {strength.advice}."
        if strength.advice.startswith("use at least"):
            return self.tr("Too weak: use at least {n} characters.").format(n=MIN_LENGTH)
        return self.tr("Too weak: it is too easy to guess; use four or more unrelated words.")

    @property
    def acceptable(self) -> bool:
        return self.strength is not None and self.strength.acceptable
