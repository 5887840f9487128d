"""Roles and what each may do. Checked in the domain, so no widget can be the only guard."""

from __future__ import annotations

from enum import Enum

from models.errors import InvalidInput, Label, PermissionDenied

ROLES = ("coordinator", "caseworker", "volunteer")


class Action(Enum):
    VIEW = "view casebook records"
    ADD_NOTE = "add notes"
    UPDATE_OWN_FOLLOWUP = "update follow-ups assigned to you"
    EDIT_CLIENT = "add or edit clients"
    SCREEN = "run and save screenings"
    REFER = "create and move referrals"
    RECORD_CONSENT = "record consent"
    MANAGE_FOLLOWUPS = "manage follow-ups"
    PRINT_LETTER = "print letters and packets"
    EDIT_PARTNER = "add or edit partners"
    MANAGE_SPONSORSHIP = "manage sponsorships"
    MANAGE_BUDGET = "manage sponsorship budgets and members"
    MANAGE_USERS = "manage users"
    EXPORT = "export casebook data"
    IMPORT = "import clients"
    DELETE = "delete or purge records"
    SETTINGS = "change casebook settings"
    IMPORT_RULEPACK = "import rule packs"
    ERASE = "erase the casebook"
    READ_AUDIT = "read the whole audit trail"


_VOLUNTEER = {Action.VIEW, Action.ADD_NOTE, Action.UPDATE_OWN_FOLLOWUP}
_CASEWORKER = _VOLUNTEER | {
    Action.EDIT_CLIENT, Action.SCREEN, Action.REFER, Action.RECORD_CONSENT,
    Action.MANAGE_FOLLOWUPS, Action.PRINT_LETTER, Action.EDIT_PARTNER,
    Action.MANAGE_SPONSORSHIP,
}
_GRANTS: dict[str, frozenset[Action]] = {
    "volunteer": frozenset(_VOLUNTEER),
    "caseworker": frozenset(_CASEWORKER),
    "coordinator": frozenset(Action),
}


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InvalidInput.of("role", "must be one of {choices}", choices=", ".join(ROLES))
    return role


def allowed(role: str, action: Action) -> bool:
    return action in _GRANTS.get(role, frozenset())


def require(role: str, action: Action) -> None:
    if not allowed(role, action):
        raise PermissionDenied.of("A {role} cannot {action}.", role=Label(role),
                                  action=Label(action.value))


def why_not(role: str, action: Action) -> str | None:
    """The sentence a disabled control shows as its tooltip, or None if allowed."""
    if allowed(role, action):
        return None
    needed = next(r for r in ("caseworker", "coordinator") if allowed(r, action))
    also = " or coordinator" if needed == "caseworker" else ""
    return f"Only a {needed}{also} can {action.value}."
