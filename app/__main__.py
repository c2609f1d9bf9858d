"""Command line: ``neiri [talk|devices|selftest]``."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from app.config.paths import Paths
from app.config.settings import Settings


def _load(args: argparse.Namespace) -> tuple[Settings, Paths]:
    settings, paths, _result = load_all(args)
    return settings, paths


def load_all(args: argparse.Namespace, report: bool = True):
    """Settings, paths and the load result (with its problems); logging set up."""
    from app.config.store import format_problems, load_settings
    from app.logs import setup_logging

    paths = Paths.resolve(getattr(args, "config", None)).ensure()
    result = load_settings(paths.settings_file)
    if result.problems and report:
        print(
            "Problems in your settings (Neiri starts with defaults for these; "
            "your file is left as it is):\n" + format_problems(result.problems),
            file=sys.stderr,
        )
    settings = result.settings
    if getattr(args, "character", None):
        settings.character = args.character
    setup_logging(
        paths.log_dir,
        settings.logging.level,
        max_bytes=settings.logging.max_bytes,
        backups=settings.logging.backups,
        console=bool(getattr(args, "verbose", False)),
    )
    return settings, paths, result


def cmd_devices(args: argparse.Namespace) -> int:
    from app.audio.devices import AudioUnavailable, list_devices

    try:
        devices = list_devices()
    except AudioUnavailable as exc:
        if args.json:
            print(json.dumps({"error": str(exc), "devices": []}))
        else:
            print(exc, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([d.to_dict() for d in devices], indent=2))
        return 0
    if not devices:
        print("No audio devices found: Neiri works in text-only mode.", file=sys.stderr)
    for d in devices:
        marks = ("*in " if d.is_default_input else "") + ("*out" if d.is_default_output else "")
        print(
            f"{d.index:3d}  {d.name}  ({d.hostapi}; in {d.max_input_channels}, "
            f"out {d.max_output_channels}, {d.default_samplerate:.0f} Hz) {marks}"
        )
    return 0


def cmd_talk(args: argparse.Namespace) -> int:
    from app.cli_talk import run_talk

    settings, paths = _load(args)
    return asyncio.run(run_talk(settings, paths, args))


def cmd_selftest(args: argparse.Namespace) -> int:
    from app.selftest import run_selftest

    settings, paths = _load(args)
    return run_selftest(settings, paths)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="neiri", description="Neiri, a local AI VTuber")
    parser.add_argument("--config", help="settings file to use instead of the default")
    parser.add_argument("--character", help="character to talk with (default from settings)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log to the console too")
    sub = parser.add_subparsers(dest="command")

    talk = sub.add_parser("talk", help="talk with her from the terminal (mic and speakers)")
    talk.add_argument("--input", type=Path, help="a WAV/FLAC file played as the microphone")
    talk.add_argument("--output", type=Path, help="write what she says to this WAV file")
    talk.add_argument("--text", help="one typed turn instead of listening")
    talk.add_argument(
        "--tail", type=float, default=3.0, help="seconds to keep listening after --input ends"
    )
    talk.set_defaults(func=cmd_talk)

    devices = sub.add_parser("devices", help="list audio input and output devices")
    devices.add_argument("--json", action="store_true", help="machine-readable output")
    devices.set_defaults(func=cmd_devices)

    selftest = sub.add_parser("selftest", help="load each engine and print versions and timings")
    selftest.set_defaults(func=cmd_selftest)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        # The headless engine's own entry (python -m app): with no command, talk in the
        # terminal. The desktop window is started by the `neiri` launcher in ui/.
        args = parser.parse_args([*(argv or sys.argv[1:]), "talk"])
    from app.config.characters import CharacterError

    try:
        return int(args.func(args) or 0)
    except CharacterError as exc:
        print(f"Cannot load the character: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
