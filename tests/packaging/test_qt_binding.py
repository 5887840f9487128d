"""Guards the PySide6 pin: 6.12.0 drops a reference to None whenever a Python model's data()
returns None through Qt, and Python 3.11 aborts when None's count reaches zero. Run in a
child process so a regression fails this test instead of killing the suite."""

from __future__ import annotations

import subprocess
import sys

CODE = """
import sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
class M(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()): return 1
    def columnCount(self, parent=QModelIndex()): return 1
    def data(self, index, role=Qt.ItemDataRole.DisplayRole): return None
proxy = QSortFilterProxyModel()
proxy.setSourceModel(M())
before = sys.getrefcount(None)
for _ in range(3000):
    proxy.index(0, 0).data()
print(before - sys.getrefcount(None))
"""


def test_models_returning_none_do_not_leak_none():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.returncode == 0, out.stderr[-500:]
    assert int(out.stdout.strip()) < 100
