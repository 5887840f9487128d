"""``waystation demo`` builds a casebook of fictional people; ``demo-run`` (``make run``)
builds one if needed in the per-user data folder and opens the desktop app on it."""

from __future__ import annotations

import argparse
import contextlib
import secrets
import sys
import time
from pathlib import Path

from desktop import app_settings
from desktop.cli import session
from models.demo import build as demo
from models.errors import WaystationError

DEMO_RUN_CLIENTS = 300
DEMO_RUN_PASSPHRASE = "demo passphrase"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo", help="create a casebook full of fictional clients, partners and referrals",
        description="Create a new casebook filled with realistic, entirely fictional data. "
                    f"Users: {demo.DEMO_USER} (coordinator), caseworker and volunteer, all "
                    "with the same passphrase: from --passphrase-file or "
                    f"${session.PASSPHRASE_VAR}, else a new one is made up and printed.")
    session.add_path(parser, "where to create the demo casebook (.wsdb)")
    session.add_passphrase(parser)
    parser.add_argument("--clients", type=int, default=DEMO_RUN_CLIENTS, metavar="N",
                        help=f"how many clients (default {DEMO_RUN_CLIENTS}); partners, "
                             "referrals and follow-ups scale with it")
    parser.add_argument("--seed", type=int, default=1, metavar="S",
                        help="the same seed gives the same casebook (default 1)")
    session.add_kdf_fast(parser)
    parser.set_defaults(func=run_demo)

    parser = subparsers.add_parser(
        "demo-run", help="open the desktop app on a demo casebook (what `make run` does)",
        description=f"Create, if missing, a demo casebook of {DEMO_RUN_CLIENTS} clients in "
                    "your data folder and open it in the desktop app as user "
                    f"{demo.DEMO_USER!r} with the passphrase {DEMO_RUN_PASSPHRASE!r}.")
    session.add_kdf_fast(parser)
    parser.set_defaults(func=run_demo_run)


def _progress():  # noqa: ANN202
    """Progress on a terminal only; scripts and tests get the summary alone."""
    stream = sys.stderr
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError):
        return None

    def report(done: int, total: int) -> None:
        end = "\n" if done == total else ""
        print(f"\r  {done:,} of {total:,} clients", end=end, file=stream, flush=True)
    return report


def run_demo(args: argparse.Namespace) -> int:
    demo.check_clients(args.clients)
    given = session.given_passphrase(args)
    passphrase = given or _made_up_passphrase()
    started = time.perf_counter()
    summary, recovery = demo.build(args.path, passphrase, clients=args.clients,
                                   seed=args.seed, kdf=session.kdf_params(args),
                                   progress=_progress())
    with contextlib.suppress(OSError):  # a new casebook here on purpose
        app_settings.seen_rosters().forget_path(args.path)
    seconds = time.perf_counter() - started
    print(f"Created the demo casebook {args.path} in {seconds:.1f} s:")
    _print_summary(summary)
    if given is None:
        print(f"Passphrase (for every user): {passphrase}")
    print(f"Recovery key: {recovery}")
    return 0


def _print_summary(s: demo.DemoSummary) -> None:
    print(f"  {s.clients:,} clients, {s.partners:,} partners, {s.referrals:,} referrals, "
          f"{s.followups:,} follow-ups, {s.consents:,} consent records, {s.notes:,} notes,")
    print(f"  {s.screenings:,} screenings, {s.sponsorships:,} sponsorships, "
          f"{s.audit_entries:,} audit entries.")
    if s.screenings_skipped:
        print(f"  Screenings were skipped: {s.screenings_skipped}.")
    print("  Users: " + ", ".join(f"{name} ({role})" for name, role in s.users))


def _made_up_passphrase() -> str:
    # Five groups of four from an alphabet without look-alikes: about 100 bits.
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "-".join("".join(secrets.choice(alphabet) for _ in range(4)) for _ in range(5))


def demo_run_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("waystation", appauthor=False)) / "demo.wsdb"


def run_demo_run(args: argparse.Namespace) -> int:
    from desktop.display import missing_display

    reason = missing_display()
    if reason:  # before building a casebook nobody could look at
        raise WaystationError(reason)
    path = demo_run_path()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"Creating a demo casebook of {DEMO_RUN_CLIENTS} fictional clients at {path} ...")
        summary, _ = demo.build(path, DEMO_RUN_PASSPHRASE, clients=DEMO_RUN_CLIENTS,
                                kdf=session.kdf_params(args), progress=_progress())
        with contextlib.suppress(OSError):  # a new casebook here on purpose
            app_settings.seen_rosters().forget_path(path)
        _print_summary(summary)
    print(f"Demo casebook: {path}")
    print(f"User: {demo.DEMO_USER}    Passphrase: {DEMO_RUN_PASSPHRASE}")
    try:
        from desktop.app import run_app  # Qt is loaded only here
    except ModuleNotFoundError as exc:
        if exc.name in ("desktop.app", "PySide6"):
            raise WaystationError("The desktop app is not available in this installation; "
                                  "the demo casebook is ready for the command line.") from None
        raise
    return int(run_app(path=path, user=demo.DEMO_USER) or 0)
