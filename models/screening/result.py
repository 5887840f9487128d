"""What a screening produces; plain frozen data that a casebook can store as it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Finding:
    id: str
    severity: str  # bar | exception | review | info
    message: str
    citation: str
    referrals: tuple[str, ...]
    triggered_by: tuple[str, ...]  # the answer keys that led to it

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "severity": self.severity,
            "citation": self.citation,
            "message": self.message,
            "referrals": list(self.referrals),
            "triggered_by": list(self.triggered_by),
        }


@dataclass(frozen=True)
class ScreeningResult:
    pack_id: str
    pack_version: str
    law_current_to: str
    summary: str  # bar | review | clear
    findings: tuple[Finding, ...]
    notice: str = ""  # not legal advice, in the language of the messages
    # Country answers read through an alias ("UK" as GB), in words, to show the user.
    notes: tuple[str, ...] = ()

    def ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``waystation screen --json`` (docs/screening.md)."""
        return {
            "pack": self.pack_id,
            "pack_version": self.pack_version,
            "law_current_to": self.law_current_to,
            "summary": self.summary,
            "notice": self.notice,
            "findings": [f.to_dict() for f in self.findings],
            **({"notes": list(self.notes)} if self.notes else {}),
        }


def summarize(severities: list[str]) -> str:
    if "bar" in severities:
        return "bar"
    if "review" in severities:
        return "review"
    return "clear"
