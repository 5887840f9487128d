"""Running a migration's SQL inside the caller's transaction.

``executescript()`` would COMMIT the transaction a migration runs in (together with its
version bump, ``models.db.schema.upgrade``), so the statements run one by one instead.
"""

from __future__ import annotations

import sqlcipher3


def run_script(conn: sqlcipher3.Connection, sql: str) -> None:
    """Each statement of ``sql`` (separated by ``;`` at a line's end), in order."""
    for statement in sql.split(";\n"):
        if statement.strip():
            conn.execute(statement)
