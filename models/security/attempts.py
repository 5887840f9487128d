"""Failed-unlock counting, so guessing at the keyboard slows down exponentially.

Kept in its own small file (``name.wsdb.attempts``) rather than in the key file or the
database: a wrong passphrase must leave the casebook's files byte-identical (S3). It holds
slot ids and counts only. It cannot stop someone who copies the files and guesses offline —
Argon2id does that — it stops a housemate at the keyboard.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from pathlib import Path

from models.db.atomic import atomic_write_bytes
from models.errors import TooManyAttempts

FREE_TRIES = 3
MAX_DELAY = 300


class Attempts:
    def __init__(self, db_path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = self.path_for(db_path)
        self._clock = clock

    @staticmethod
    def path_for(db_path: Path) -> Path:
        db_path = Path(db_path)
        return db_path.with_name(db_path.name + ".attempts")

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _write(self, data: dict) -> None:
        try:
            if data:
                atomic_write_bytes(self.path, json.dumps(data).encode())
            else:
                self.path.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only stick must still open; the delay is a courtesy, not a lock

    @staticmethod
    def delay_for(failures: int) -> int:
        if failures < FREE_TRIES:
            return 0
        return min(MAX_DELAY, 2 ** (failures - FREE_TRIES + 1))

    def check(self, slot_id: str) -> None:
        failures, last = self._read().get(slot_id, (0, 0.0))
        wait = self.delay_for(int(failures)) - (self._clock() - float(last))
        if wait > 0:
            raise TooManyAttempts(math.ceil(wait))

    def failed(self, slot_id: str) -> None:
        data = self._read()
        failures, _ = data.get(slot_id, (0, 0.0))
        data[slot_id] = (int(failures) + 1, self._clock())
        self._write(data)

    def succeeded(self, slot_id: str) -> None:
        data = self._read()
        if data.pop(slot_id, None) is not None:
            self._write(data)
