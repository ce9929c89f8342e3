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
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop",
        action="store_true",
        help="add InfoInterview to your desktop's menu (Linux: a menu entry, its icon and metainfo under "
        "$XDG_DATA_HOME), then exit",
    )
    desktop.add_argument(
        "--uninstall-desktop", action="store_true", help="remove what --install-desktop added, then exit"
    )
    # Used by packaging/check_bundle.sh to prove a built bundle has what the app loads; not for people.
    desktop.add_argument("--self-check", metavar="DIR", help=argparse.SUPPRESS)
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
    if arguments.install_desktop or arguments.uninstall_desktop:
        from app.desktop_install import main as desktop_command

        return desktop_command(uninstall=arguments.uninstall_desktop)
    if arguments.self_check is not None:
        from pathlib import Path

        from app.self_check import run as self_check

        return self_check(Path(arguments.self_check))
    from app.bootstrap import run

    return run(arguments.data_dir, demo=arguments.demo)


if __name__ == "__main__":
    sys.exit(main())
