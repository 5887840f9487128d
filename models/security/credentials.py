"""A new member's name and passphrase, refused with one sentence when they will not do.

Shared by creating a casebook, adding a member and changing a passphrase (``models.casebook``,
``models.accounts``) and by the forms that ask for them before any work starts.
"""

from __future__ import annotations

from models.errors import InvalidInput
from models.security import passphrase_strength

MIN_PASSPHRASE = passphrase_strength.MIN_LENGTH


def check_passphrase(passphrase: str, user: str = "") -> str:
    """A new passphrase, refused with one sentence when it is short or easy to guess."""
    return passphrase_strength.check(passphrase, (user,) if user else ())


def check_user_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 64 or any(ord(ch) < 32 for ch in name):
        raise InvalidInput("user name", "use 1 to 64 printable characters")
    return name
