"""Every subcommand, by name: its one-line help and the module that builds its parser.

Explicit ``from desktop.cli import x`` statements (not names computed at run time) so that a
freezer such as PyInstaller sees every command module, and a lookup table so that ``--help``,
``--version`` and a typo never import them: the top-level help is built from the lines below,
and only the module of the command being run is imported (reportlab, the screening engine and
Qt stay unloaded otherwise). ``tests/cli/test_cli_startup.py`` checks this table against the
modules.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType


def _screen() -> ModuleType:
    from desktop.cli import screen
    return screen


def _erase() -> ModuleType:
    from desktop.cli import erase
    return erase


def _documents() -> ModuleType:
    from desktop.cli import documents
    return documents


def _init() -> ModuleType:
    from desktop.cli import init
    return init


def _demo() -> ModuleType:
    from desktop.cli import demo
    return demo


def _transfer() -> ModuleType:
    from desktop.cli import transfer
    return transfer


def _listing() -> ModuleType:
    from desktop.cli import listing
    return listing


def _backups() -> ModuleType:
    from desktop.cli import backups
    return backups


def _users() -> ModuleType:
    from desktop.cli import users
    return users


def _bench() -> ModuleType:
    from desktop.cli import bench
    return bench


# name -> (help line shown by `waystation --help`, the module whose register() adds it).
# In the order `--help` lists them.
COMMANDS: dict[str, tuple[str, Callable[[], ModuleType]]] = {
    "init": ("create a new, empty casebook with you as its coordinator", _init),
    "demo": ("create a casebook full of fictional clients, partners and referrals", _demo),
    "demo-run": ("open the desktop app on a demo casebook (what `make run` does)", _demo),
    "screen": ("screen answers with a rule pack (refugee claim, private sponsorship)",
               _screen),
    "import": ("add clients from a CSV file (all rows or none)", _transfer),
    "export": ("write everything to files (coordinators; not encrypted)", _transfer),
    "list": ("list clients, referrals, follow-ups, partners or sponsorships", _listing),
    "letter": ("write a referral letter to a PDF file", _documents),
    "packet": ("write a referral packet (letter, consented summary, screening, consent "
               "form, checklist) to a PDF file", _documents),
    "report": ("write the caseload report (counts only) to a PDF", _documents),
    "sponsorship": ("write a sponsorship summary (or its budget sheet) to a PDF file",
                    _documents),
    "resources": ("write a resource sheet from the partner directory to a PDF", _documents),
    "backup": ("write an encrypted, verified backup (coordinators)", _backups),
    "restore": ("restore a backup to a new casebook file (never overwrites)", _backups),
    "verify": ("check the encryption, the database and the audit trail", _backups),
    "user": ("add, remove and list users; change or recover passphrases", _users),
    "erase": ("emergency erase: destroy a casebook's keys and files for good", _erase),
    "bench": ("measure performance on the reference casebook", _bench),
}


def command_module(name: str) -> ModuleType:
    """The module that registers ``name`` (imported now, and only now)."""
    return COMMANDS[name][1]()
