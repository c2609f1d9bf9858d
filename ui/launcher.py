"""``neiri``: the desktop app by default; ``neiri talk|devices|selftest`` for the CLI."""

from __future__ import annotations

import os
import sys

from app.__main__ import build_parser, load_all
from app.__main__ import main as cli_main


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.command is not None:
        return cli_main(argv)
    if not has_display():
        print(
            "No display found, so Neiri starts in the terminal (neiri talk). "
            "Run her on a desktop session for the window.",
            file=sys.stderr,
        )
        return cli_main([*argv, "talk"])
    from ui.app import run_gui

    settings, paths, result = load_all(args, report=False)
    return run_gui(settings, paths, result)


if __name__ == "__main__":
    sys.exit(main())
