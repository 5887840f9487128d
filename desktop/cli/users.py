"""``waystation user add|remove|passwd|recover|new-recovery-key|list``: the accounts.

``add`` and ``passwd`` need two passphrases: yours (``--passphrase-file`` /
``WAYSTATION_PASSPHRASE`` / prompt) and the new one (``--new-passphrase-file`` /
``WAYSTATION_NEW_PASSPHRASE`` / a prompt asked twice). ``recover`` opens with the recovery
key instead of a passphrase and sets a new passphrase for a user who forgot theirs.
``new-recovery-key`` replaces the recovery key. A new passphrase that is easy to guess is
refused with one sentence saying why (``models.security.passphrase_strength``).
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from desktop.cli import session
from models.casebook import Casebook
from models.errors import InvalidInput
from models.permissions import ROLES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("user", help="add, remove and list users; change or "
                                                "recover passphrases")
    sub = parser.add_subparsers(dest="user_command", metavar="ACTION",
                                parser_class=type(parser))
    sub.required = True

    p = sub.add_parser("add", help="add a user (coordinators)",
                       description="Add a user with their own passphrase, given through "
                                   "--new-passphrase-file, $WAYSTATION_NEW_PASSPHRASE or a "
                                   "prompt.")
    session.add_casebook(p)
    p.add_argument("name", help="the new user's name")
    p.add_argument("--role", choices=ROLES, required=True)
    session.add_new_passphrase(p)
    p.set_defaults(func=run_add)

    p = sub.add_parser("remove", help="remove a user and re-key the casebook (coordinators)",
                       description="Remove a user. The casebook gets a new data key, so a "
                                   "copy of the old key file opens nothing for them.")
    session.add_casebook(p)
    p.add_argument("name", help="the user to remove")
    p.set_defaults(func=run_remove)

    p = sub.add_parser("passwd", help="change your own passphrase")
    session.add_casebook(p)
    session.add_new_passphrase(p)
    p.set_defaults(func=run_passwd)

    p = sub.add_parser("recover", help="set a new passphrase with the recovery key",
                       description="For a user who forgot their passphrase: open with the "
                                   "casebook's recovery key and set a new passphrase.")
    session.add_path(p)
    p.add_argument("name", help="the user who forgot their passphrase")
    p.add_argument("--recovery-key-file", type=Path, metavar="FILE",
                   help="read the recovery key from the first line of FILE (else a prompt)")
    session.add_new_passphrase(p)
    p.set_defaults(func=run_recover)

    p = sub.add_parser("new-recovery-key", help="replace the recovery key (coordinators)",
                       description="Make a new recovery key and print it once. The casebook "
                                   "is re-keyed, so the old recovery key opens nothing, not "
                                   "even with an old copy of the key file. Print or write "
                                   "down the new key before closing the terminal.")
    session.add_casebook(p)
    p.set_defaults(func=run_new_recovery_key)

    p = sub.add_parser("list", help="list the users and their roles")
    session.add_casebook(p)
    p.set_defaults(func=run_list)


def _user_id(book: Casebook, name: str) -> int:
    from models.names import fold

    for user in book.users.list():
        if fold(user.name) == fold(name.strip()):
            return user.id
    raise InvalidInput("user", "there is no active user with that name in this casebook")


def run_add(args: argparse.Namespace) -> int:
    with session.open_casebook(args) as book:
        from models.permissions import Action

        book.store.require(Action.MANAGE_USERS)  # before asking for a passphrase in vain
        book.users.add(args.name, args.role, session.new_passphrase(
            args, f"Passphrase for {args.name}: "))
    print(f"Added {args.name} ({args.role}).")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    with session.open_casebook(args) as book:
        book.users.remove(_user_id(book, args.name))
    print(f"Removed {args.name}; the casebook was re-keyed.")
    return 0


def run_passwd(args: argparse.Namespace) -> int:
    old = session.passphrase(args, "Current passphrase: ")
    with session.open_casebook(args, old) as book:
        book.users.change_passphrase(old, session.new_passphrase(args))
    print("Passphrase changed.")
    return 0


def _recovery_key(args: argparse.Namespace) -> str:
    if args.recovery_key_file is not None:
        return session.first_line(args.recovery_key_file, "recovery key file")
    if not session.interactive():
        raise session.UsageError("no recovery key given; use --recovery-key-file FILE.")
    return getpass.getpass("Recovery key: ")


def run_recover(args: argparse.Namespace) -> int:
    from models.errors import CasebookNotFound
    from models.security import keyslots

    if not args.path.exists() and not keyslots.header_path(args.path).exists():
        raise CasebookNotFound()
    key = _recovery_key(args)
    from desktop import app_settings

    book = Casebook.open(args.path, args.name, recovery_key=key,
                         seen=app_settings.seen_rosters())
    try:
        book.users.reset_with_recovery(book.user.id, key, session.new_passphrase(
            args, f"New passphrase for {book.user.name}: "))
    finally:
        book.close()
    print(f"New passphrase set for {args.name}.")
    return 0


def run_new_recovery_key(args: argparse.Namespace) -> int:
    with session.open_casebook(args) as book:
        key = book.users.new_recovery_key()
    print("New recovery key (shown once; the old one no longer opens anything):")
    print(key)
    return 0


def run_list(args: argparse.Namespace) -> int:
    with session.open_casebook(args) as book:
        users = book.users.list()
    for user in users:
        print(f"{user.name}  ({user.role})")
    return 0
