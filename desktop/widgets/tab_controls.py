"""What every tab of a record window shares: action buttons that respect the role, and the
row a table has selected. Mixed into the client file's and the sponsorship's tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton, QTableView

from desktop.widgets.rows_model import current_row
from models.permissions import Action


class TabControls:
    """Needs ``self.ctx`` (an AppContext)."""

    ctx: Any

    def button(self, text: str, slot: Callable[[], None], name: str,
               action: Action | None = None) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setAccessibleName(text.replace("&", "").rstrip("…"))
        b.clicked.connect(lambda _checked=False: slot())
        if action is not None:
            self.ctx.guard(b, action)
        return b

    def enable(self, b: QPushButton, on: bool, action: Action | None = None) -> None:
        """Enable for the selection, but never past what the role allows (the tooltip
        from ``ctx.guard`` stays)."""
        b.setEnabled(on and (action is None or self.ctx.can(action)))

    @staticmethod
    def current(table: QTableView) -> Any:
        """The row object under the table's current index, or None."""
        return current_row(table)
