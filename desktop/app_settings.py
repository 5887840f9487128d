"""The app's own settings (recent casebook paths, window sizes), never casebook data.

One small JSON file in the platform's config folder, through platformdirs:

- Linux: ``$XDG_CONFIG_HOME/waystation/settings.json`` (``~/.config/waystation/…``)
- Windows: ``%LOCALAPPDATA%\\waystation\\settings.json``
- macOS: ``~/Library/Application Support/waystation/settings.json``

Not QSettings: on Windows that is the registry, where a person cannot see or delete it, and
the README documents the file (and ``seen_rosters.json`` beside it). A damaged file counts
as empty (the settings are a convenience; nothing depends on them).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from models.db.atomic import atomic_write_bytes
from models.security.seen_rosters import SeenRosters

APP_NAME = "waystation"
FILE_NAME = "settings.json"
MAX_BYTES = 64_000  # a few paths and sizes; anything larger is not ours


def settings_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False, roaming=False)) / FILE_NAME


def seen_rosters() -> SeenRosters:
    """This computer's memory of the roster versions it has opened (issue 12's downgrade
    check), in ``seen_rosters.json`` beside the settings file."""
    return SeenRosters(settings_path().parent / "seen_rosters.json")


def load() -> dict[str, Any]:
    path = settings_path()
    try:
        if path.stat().st_size > MAX_BYTES:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def put(key: str, value: Any) -> None:
    data = load()
    data[key] = value
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))


def window_size(name: str) -> tuple[int, int] | None:
    size = get("window_sizes", {}).get(name) if isinstance(get("window_sizes"), dict) else None
    if isinstance(size, list) and len(size) == 2 and all(isinstance(v, int) for v in size):
        return size[0], size[1]
    return None


def remember_window_size(name: str, width: int, height: int) -> None:
    sizes = get("window_sizes", {})
    sizes = sizes if isinstance(sizes, dict) else {}
    sizes[name] = [int(width), int(height)]
    put("window_sizes", sizes)
