"""The one place that finds the files shipped with Waystation (the ``resources`` package).

Through ``importlib.resources``, so the same code reads them from the source tree, from an
installed wheel and from a frozen bundle; nothing here builds a path from ``__file__``.
No Qt: models and reports use it too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "resources"


def resource(*parts: str) -> Traversable:
    """A shipped file or folder, e.g. ``resource("rulepacks", "ca-refugee-claim.yaml")``."""
    node = files(PACKAGE)
    for part in parts:
        node = node / part
    return node


def resource_dir(*parts: str) -> Path:
    """A shipped folder as a real path, for readers that stat and glob (rule packs, letters).

    Wheels and bundles install the package as ordinary files, so this is the folder itself;
    a zipped install (which we never make) is refused with a clear message.
    """
    node = resource(*parts)
    if not isinstance(node, Path):
        raise RuntimeError(f"Waystation's {'/'.join(parts)} files must be installed as "
                           "ordinary files, not inside an archive.")
    return node


def read_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()


def read_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


@contextlib.contextmanager
def resource_path(*parts: str) -> Iterator[Path]:
    """A real file path for libraries that want one (reportlab's fonts, Qt's icon loaders)."""
    with as_file(resource(*parts)) as path:
        yield Path(path)
