"""The `councildesk` command: no subcommand opens the window; subcommands work headless, without Qt."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from councildesk.domain.messages import QT_TRANSLATE_NOOP

# What `register(sub)` of each command module receives: argparse's subcommand collection
# (a lazy alias: argparse's class is not subscriptable at run time).
type SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]

# Each module adds its subcommands with register(subparsers). Kept as names so that a
# command's own imports (reportlab, exchange formats …) load only when it runs.
COMMAND_MODULES = [
    "councildesk.cli.core_commands",
    "councildesk.cli.exchange_commands",
    "councildesk.cli.records_commands",
    "councildesk.cli.minutes_commands",
    "councildesk.cli.meeting_commands",
    "councildesk.cli.signing_commands",
    "councildesk.cli.publish_commands",
    "councildesk.cli.server_commands",
    "councildesk.cli.move_commands",
    "councildesk.cli.video_commands",
]

# 1: refused or a fault the user can fix (one sentence on stderr); 2: bad arguments;
# 70 (EX_SOFTWARE from sysexits.h): a bug — the traceback goes to the log, not the terminal.
EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 70


class Command:
    """What a subcommand needs: how to open the database and the function to run."""

    def __init__(self, run: Callable[..., int], *, database: str = "write") -> None:
        self.run = run
        self.database = database  # "write", "read" or "none"


def build_parser() -> argparse.ArgumentParser:
    from councildesk import __version__

    parser = argparse.ArgumentParser(
        prog="councildesk",
        description=QT_TRANSLATE_NOOP(
            "cli",
            "Record council meetings and publish official minutes. "
            "With no command, opens the desktop window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"CouncilDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("cli", "database file or PostgreSQL URL (default: your data folder)"),
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=QT_TRANSLATE_NOOP("cli", "log what happens to stderr")
    )
    parser.add_argument(
        "--lang",
        choices=("system", "en", "es", "fr"),
        default="system",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "language of messages (default: LANG / LC_MESSAGES; the window's View ▸ Interface language)",
        ),
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "open the window read only (a councilor's view; the file may be open elsewhere for writing)",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "check this installation end to end, offscreen, in a temporary folder, and exit"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    from councildesk.cli.language import translate_parser

    translate_parser(parser)
    return parser


def database_target(args: argparse.Namespace) -> str | Path:
    if args.db:
        return str(args.db)
    from councildesk.paths import default_database_path

    return default_database_path()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from councildesk.cli import language

    language.install(language.chosen(argv))  # before the parser: its help is translated too
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    # The console handler has its own level: the window's log file raises the "councildesk" logger to
    # INFO, and without -v those lines belong in the file only, not on stderr.
    console = logging.StreamHandler()
    console.setLevel(logging.INFO if args.verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    logging.basicConfig(level=console.level, handlers=[console])
    if args.self_test:
        from councildesk.cli.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from councildesk.app import run_app  # Qt is imported only here

        return run_app(database_target(args), read_only=args.read_only)
    command: Command = args.handler
    try:
        return run_command(command, args)
    except BrokenPipeError:
        # `councildesk meetings | head`: the reader has all it wanted. Point stdout at /dev/null
        # so that the interpreter's final flush does not complain either.
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the one boundary that turns every fault into an exit code
        from councildesk.cli.faults import report_failure

        return report_failure(error, getattr(args, "db", None) or "your default database")


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def run_command(command: Command, args: argparse.Namespace) -> int:
    if command.database == "none":
        return command.run(args)
    from councildesk.db.engine import open_database
    from councildesk.services.container import Services

    target = database_target(args)
    db = open_database(target, write=command.database == "write")
    try:
        return command.run(args, Services(db))
    finally:
        db.close()


def add_command(
    sub: SubParsers, name: str, run: Callable[..., int], help: str, *, database: str = "write"
) -> argparse.ArgumentParser:
    """Register one subcommand; `run(args, services)` (or `run(args)` without a database)."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help, description=help)
    parser.set_defaults(handler=Command(run, database=database))
    if database != "none":  # `councildesk demo --db x.db` works as well as `councildesk --db x.db demo`
        parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser
