"""Command line: a data subcommand goes to ``app.cli``; otherwise parse the arguments and hand over
to the composition root."""

from __future__ import annotations

import argparse
import sys

from app import APP_NAME, __version__


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="infointerview",
        description=f"{APP_NAME}: plan, run and follow up informational interviews.",
        epilog="Your data in and out: infointerview {export,import,backup,restore,backups,check} (each with --help).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where to keep your data (default: your user data folder; "
        "the INFOINTERVIEW_DATA_DIR environment variable also sets it)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo workspace: sample people and interviews in a folder of their own, never your own data",
    )
    arguments = parser.parse_args(argv)
    if arguments.data_dir is not None and not arguments.data_dir.strip():
        parser.error("--data-dir needs a folder; it was given an empty one")
    return arguments


# ``infointerview export …`` and the rest run without a window, over the same code as the GUI.
DATA_COMMANDS = frozenset({"export", "import", "backup", "restore", "backups", "check"})


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in DATA_COMMANDS:
        from app.cli import main as data_command

        return data_command(argv)
    arguments = parse_arguments(argv)
    from app.bootstrap import run

    return run(arguments.data_dir, demo=arguments.demo)


if __name__ == "__main__":
    sys.exit(main())
