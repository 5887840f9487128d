"""Casebook settings: letterhead, auto-lock, and small behaviours a coordinator chooses."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import Any

from models.accounts import Accounts, signed_erase_for_all
from models.changes import Changes
from models.db.store import Store
from models.errors import InvalidInput
from models.open_casebook import OpenCasebook
from models.permissions import Action
from models.validate import clean_text


@dataclass(frozen=True)
class Letterhead:
    org_name: str = ""
    address: str = ""  # several lines
    contact: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    logo_png: str | None = None  # base64; kept inside the encrypted casebook


DEFAULTS: dict[str, Any] = {
    "auto_lock_minutes": 5,
    "followup_days_after_send": 7,
    "erase_allowed_for_all": False,
    "default_letter_lang": "en",
    # A client file's window title (task bar, window switcher) shows "Client #12", not the
    # name: on by default because group laptops are shared and screens are seen.
    "window_title_shows_number": True,
}


class Settings:
    def __init__(self, store: Store, book: OpenCasebook | None = None) -> None:
        self._s = store
        self._book = book  # the casebook, for the setting kept in the signed roster

    def get(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise InvalidInput.of("setting", "{key!r} is not a known setting", key=key)
        if key == "erase_allowed_for_all":
            # Kept in the signed roster (models.accounts), not in the settings table that any
            # member holding the data key can edit; format 1 still reads the table.
            signed = signed_erase_for_all(self._s.path)
            if signed is not None:
                return signed
        return self._s.setting(key, DEFAULTS[key])

    def set(self, key: str, value: Any) -> Changes:
        s = self._s
        s.require(Action.SETTINGS)
        if key not in DEFAULTS:
            raise InvalidInput.of("setting", "{key!r} is not a known setting", key=key)
        if key == "auto_lock_minutes" and not (isinstance(value, int) and 1 <= value <= 240):
            raise InvalidInput("auto-lock minutes", "must be a whole number from 1 to 240")
        if key == "followup_days_after_send" and not (isinstance(value, int)
                                                      and 1 <= value <= 90):
            raise InvalidInput("follow-up days", "must be a whole number from 1 to 90")
        if key == "default_letter_lang" and value not in ("en", "fr", "es"):
            raise InvalidInput("letter language", "must be en, fr or es")
        if key == "window_title_shows_number" and not isinstance(value, bool):
            raise InvalidInput("window titles", "must be on or off")
        if (key == "erase_allowed_for_all" and self._book is not None
                and not self._book.header.legacy):
            return Accounts(self._book).set_erase_for_all(value)
        with s.tx():
            s.x("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (key, json.dumps(value)))
            s.audit(f"setting:{key}", "settings")
        return Changes.of("settings")

    def letterhead(self) -> Letterhead:
        data = self._s.setting("letterhead", {})
        known = {f.name for f in fields(Letterhead)}
        return Letterhead(**{k: v for k, v in data.items() if k in known})

    def set_letterhead(self, lh: Letterhead) -> Changes:
        s = self._s
        s.require(Action.SETTINGS)
        clean = {k: (clean_text(k, v, limit=2000) or "") if k != "logo_png" else v
                 for k, v in asdict(lh).items()}
        if clean["logo_png"] is not None and len(clean["logo_png"]) > 2_000_000:
            raise InvalidInput("logo", "is larger than 1.5 MB")
        with s.tx():
            s.x("INSERT OR REPLACE INTO settings (key, value) VALUES ('letterhead', ?)",
                (json.dumps(clean),))
            s.audit("setting:letterhead", "settings")
        return Changes.of("settings")
