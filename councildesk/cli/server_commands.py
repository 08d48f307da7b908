"""Shared-server subcommands: pg-setup (roles, grants, people's logins) on PostgreSQL."""

from __future__ import annotations

import argparse
import getpass
import sys

from councildesk.cli import SubParsers, add_command
from councildesk.cli.language import say
from councildesk.domain.errors import UserError
from councildesk.domain.messages import QT_TRANSLATE_NOOP


def register(sub: SubParsers) -> None:
    p = add_command(
        sub,
        "pg-setup",
        cmd_pg_setup,
        QT_TRANSLATE_NOOP(
            "cli",
            "set up a PostgreSQL database for an office: schema owner, clerk and reader groups, grants "
            "(run again after each upgrade; it changes nothing that is already right)",
        ),
        database="none",
    )
    p.add_argument(
        "url",
        help=QT_TRANSLATE_NOOP(
            "cli", "the database, with an administrator's role: postgresql+psycopg://admin@host/db"
        ),
    )
    p.add_argument(
        "--add-person",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("cli", "give this person (name or id in the records) a login"),
    )
    p.add_argument(
        "--role",
        choices=("clerk", "reader"),
        help=QT_TRANSLATE_NOOP("cli", "with --add-person: clerk or reader"),
    )
    p.add_argument(
        "--login",
        metavar="ROLE",
        help=QT_TRANSLATE_NOOP("cli", "with --add-person: their login name on the server"),
    )
    p.add_argument(
        "--password",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "with --add-person: ask for their password (read from standard input when it is not a terminal)",
        ),
    )


def _password() -> str:
    if not sys.stdin.isatty():
        typed = sys.stdin.readline().rstrip("\n")
    else:
        typed = getpass.getpass(say(QT_TRANSLATE_NOOP("cli", "Password: ")))
        if getpass.getpass(say(QT_TRANSLATE_NOOP("cli", "Again: "))) != typed:
            raise UserError(QT_TRANSLATE_NOOP("cli", "The two passwords differ; nothing was changed."))
    if not typed:
        raise UserError(QT_TRANSLATE_NOOP("cli", "The password is empty; nothing was changed."))
    return typed


def cmd_pg_setup(args: argparse.Namespace) -> int:
    from councildesk.db import office_roles

    if args.add_person is None:
        if args.role or args.login or args.password:
            raise UserError(
                QT_TRANSLATE_NOOP("cli", "--role, --login and --password go with --add-person NAME.")
            )
        report = office_roles.setup(args.url)
        set_up = QT_TRANSLATE_NOOP(
            "cli",
            "Set up {database} at schema {schema}: {tables} tables granted to {clerk} and {reader}, "
            "owned by {owner}; {people} people have their own login.",
        )
        print(
            say(
                set_up,
                database=report.database,
                schema=report.schema,
                tables=report.tables,
                clerk=office_roles.CLERK,
                reader=office_roles.READER,
                owner=office_roles.OWNER,
                people=report.people,
            )
        )
        return 0
    if not args.role or not args.login:
        raise UserError(QT_TRANSLATE_NOOP("cli", "--add-person needs --role clerk|reader and --login NAME."))
    password = _password() if args.password else None
    name = office_roles.add_person(args.url, args.add_person, args.role, args.login, password)
    if password:
        added = QT_TRANSLATE_NOOP("cli", "{name} signs in as {login} ({role}). Their password was set.")
    else:
        added = QT_TRANSLATE_NOOP(
            "cli",
            "{name} signs in as {login} ({role}). Set a password with --password, or use the server's own "
            "sign-in.",
        )
    print(say(added, name=name, login=args.login, role=args.role))
    return 0
