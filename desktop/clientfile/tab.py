"""What every tab of a client file shares: the context, the client, a reload on the worker
when an entity it shows has changed, and role-guarded buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from desktop.context import AppContext
from desktop.widgets.tab_controls import TabControls

if TYPE_CHECKING:
    from desktop.clientfile.window import ClientFileWindow
    from models.casebook import Casebook


class ClientTab(TabControls, QWidget):
    title = ""
    entities: tuple[str, ...] = ()  # Changes entities that make this tab reload

    def __init__(self, ctx: AppContext, file: ClientFileWindow) -> None:
        super().__init__()
        self.ctx = ctx
        self.file = file
        self.client_id = file.client_id
        self.loaded = False

    def load(self, book: Casebook) -> Any:
        """Runs on the worker: everything the tab shows, as plain data."""
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        def shown(data: Any) -> None:
            self.loaded = True
            self.show_data(data)

        self.ctx.run(self.load, shown, self)

