"""The private-sponsorship cost table, read from the ``ca-private-sponsorship`` pack.

The table is versioned data inside the pack (so a newer pack brings a newer table); this
module only gives Python code, such as the sponsorship budget, the same numbers the
screening uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.errors import InvalidInput
from models.screening.loader import load_pack
from models.screening.pack import RulePackInvalid, Table

PACK_ID = "ca-private-sponsorship"
TABLE = "psr_costs"


@dataclass(frozen=True)
class CostRow:
    """Twelve months of support for one family size, in whole Canadian dollars."""

    income_support: int
    start_up: int
    total: int


def cost_table() -> Table:
    table = load_pack(PACK_ID).tables.get(TABLE)
    if table is None:
        raise RulePackInvalid(PACK_ID, f"table {TABLE} is missing")
    sizes = [row.get("size") for row in table.rows]
    if sizes != list(range(1, len(sizes) + 1)) or table.each_more is None:
        raise RulePackInvalid(PACK_ID, f"table {TABLE} must list sizes 1, 2, … and each_more")
    for row in (*table.rows, table.each_more):
        if row["income_support"] + row["start_up"] != row["total"]:
            raise RulePackInvalid(PACK_ID, f"table {TABLE}: a total is not the sum of its parts")
    return table


def cost_for_family_size(n: int) -> CostRow:
    """The requirement for ``n`` people; past the last listed size, add ``each_more``."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise InvalidInput("family_size", "must be a whole number of at least 1")
    table = cost_table()
    if n <= len(table.rows):
        return _row(table.rows[n - 1])
    last, more = table.rows[-1], table.each_more or {}
    extra = n - len(table.rows)
    return CostRow(*(last[c] + extra * more[c] for c in ("income_support", "start_up", "total")))


def _row(row: dict[str, Any]) -> CostRow:
    return CostRow(row["income_support"], row["start_up"], row["total"])


def __getattr__(name: str) -> Any:
    # COST_TABLE_DATE is read lazily: importing this module must not load and validate
    # a pack (that runs its worked examples).
    if name == "COST_TABLE_DATE":
        return cost_table().date
    raise AttributeError(name)
