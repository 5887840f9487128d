"""Screenshots of the Sponsorships section for ``make screenshots``: the list, the budget
of a family in its support period, and the readiness check of a group preparing its
application. The casebook is expected to hold the demo sponsorships
(``models.demo.sponsorships.add_demo_sponsorships``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget


def _wait(qtbot_or_app: Any, condition: Callable[[], bool], timeout_ms: int = 10000) -> None:
    if hasattr(qtbot_or_app, "waitUntil"):
        qtbot_or_app.waitUntil(condition, timeout=timeout_ms)
        return
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the sponsorship screen did not finish loading")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle(ctx: Any, qtbot_or_app: Any) -> None:
    """Let queued worker results arrive and the layout settle before grabbing."""
    ctx.worker.drain()
    _wait(qtbot_or_app, lambda: ctx.worker.pending == 0)
    for _ in range(5):
        QApplication.processEvents()


def _grab(window: QWidget, path: Path) -> Path:
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path.name}")
    return path


def _show(page: Any, ctx: Any, qtbot_or_app: Any, match: Callable[[Any], bool],
          tab: QWidget) -> None:
    rows = page.model.rows()
    target = next((s for s in rows if match(s)), rows[0])
    page.select(target.id)
    _wait(qtbot_or_app, lambda: getattr(page, "detail", None) is not None
          and page.detail.id == target.id)
    page.tabs.setCurrentWidget(tab)
    _settle(ctx, qtbot_or_app)


def capture(main_window: Any, ctx: Any, out_dir: Path, qtbot_or_app: Any) -> list[Path]:
    """Open the Sponsorships section and save the list, budget and readiness views."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    page = main_window.show_section("sponsorships")
    main_window.show()
    page.reload()
    _wait(qtbot_or_app, lambda: page.model.rowCount() > 0
          and getattr(page, "detail", None) is not None)
    _settle(ctx, qtbot_or_app)
    shots = []
    _show(page, ctx, qtbot_or_app, lambda s: s.arrival_date is not None, page.duties)
    shots.append(_grab(main_window, out_dir / "sponsorships-list.png"))
    page.tabs.setCurrentWidget(page.budget)
    _settle(ctx, qtbot_or_app)
    shots.append(_grab(main_window, out_dir / "sponsorship-budget.png"))
    _show(page, ctx, qtbot_or_app, lambda s: s.screening_id is not None, page.readiness)
    shots.append(_grab(main_window, out_dir / "sponsorship-readiness.png"))
    return shots
