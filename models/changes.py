"""What a mutation changed, so a view refreshes only what it must (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    entities: frozenset[str] = field(default_factory=frozenset)
    ids: frozenset[tuple[str, int]] = field(default_factory=frozenset)

    @classmethod
    def of(cls, entity: str, *ids: int) -> Changes:
        return cls(frozenset({entity}), frozenset((entity, i) for i in ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities, self.ids | other.ids)

    def touches(self, entity: str) -> bool:
        return entity in self.entities

    def id_of(self, entity: str) -> int | None:
        """The id of the one ``entity`` row changed (for 'created X'), if there is exactly one."""
        found = [i for e, i in self.ids if e == entity]
        return found[0] if len(found) == 1 else None
