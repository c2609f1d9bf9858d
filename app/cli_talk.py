"""``neiri talk``: the voice loop in a terminal, live or from files."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from app.audio.io import AudioError, FileAudio
from app.config.paths import Paths
from app.config.settings import Settings
from app.conversation.conversation import InputRejected
from app.core.events import (
    ComponentStatus,
    Event,
    ReplyText,
    TurnFailed,
    TurnInterrupted,
    TurnMetrics,
    UserText,
)
from app.engine import AudioPlan, Engine

_last_problem = [""]


def _problem(text: str) -> None:
    if text != _last_problem[0]:  # a turn failing for the reason just shown says nothing new
        _last_problem[0] = text
        print(f"  ! {text}", file=sys.stderr, flush=True)


def _printer(event: Event) -> None:
    if isinstance(event, UserText):
        print(f"you:   {event.text}", flush=True)
    elif isinstance(event, ReplyText):
        print(f"neiri: {event.text}", flush=True)
    elif isinstance(event, TurnFailed):
        _problem(event.message)
    elif isinstance(event, TurnInterrupted) and event.reason != "continued":
        print(f"  (interrupted: {event.reason})", file=sys.stderr, flush=True)
    elif isinstance(event, ComponentStatus) and event.state == "failed":
        _problem(event.detail)
    elif isinstance(event, TurnMetrics):
        stages = event.stages_ms()
        if stages:
            text = ", ".join(f"{k} {v:.0f}" for k, v in stages.items())
            print(f"  [turn {event.turn_id} ms: {text}]", file=sys.stderr, flush=True)


def plan_for(args: argparse.Namespace) -> AudioPlan:
    if args.input is not None:
        return AudioPlan("files", args.input, args.output)
    if args.output is not None:
        return AudioPlan("files", None, args.output, listen=False)
    return AudioPlan("device", listen=args.text is None)


async def _run_files(engine: Engine, tail: float) -> None:
    audio = engine.audio_io
    assert isinstance(audio, FileAudio)
    await asyncio.get_running_loop().run_in_executor(None, audio.input_done.wait)
    await engine.wait_quiet(tail)


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):  # no stdin at all, or a closed one
        return False


async def _run_interactive(engine: Engine) -> None:
    """Typed lines (and the microphone, when listening) until end of input.

    From a terminal each line is sent at once (a new line interrupts her, as speech
    would) and Ctrl+D quits now. From a pipe or a file (``neiri talk < script.txt``)
    the lines are a script: each turn is answered in full before the next line is
    read, and the last answer is heard to its end before the app exits.
    """
    loop = asyncio.get_running_loop()
    scripted = not _stdin_is_terminal()
    conversation = engine.conversation
    assert conversation is not None
    if not scripted:
        print("Talk to her, or type a message and press Enter ('stop' silences her, Ctrl+D quits).")
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            active = conversation.active_turn
            if scripted and active is not None:
                await conversation.wait(active)
            return
        line = line.strip()
        if line.lower() == "stop":
            engine.stop_speaking()
        elif line:
            try:
                turn = await engine.send_text(line)
            except InputRejected as exc:
                print(f"  ! {exc}", file=sys.stderr)
                continue
            if scripted:
                await conversation.wait(turn)


def output_problem(output: Path | None, source: Path | None) -> str | None:
    """Why ``--output`` cannot be written (checked before anything runs), or None.

    The recording is written when the run ends, so a bad path would otherwise be
    found only after the whole conversation, and the recording lost.
    """
    if output is None:
        return None
    if source is not None and source.exists() and output.exists():
        try:
            if output.samefile(source):
                return f"--output {output} is the --input file; it would be overwritten"
        except OSError:
            pass
    if output.is_dir():
        return f"--output {output} is a folder; give a file name such as out.wav"
    parent = output.parent
    if parent.exists() and not parent.is_dir():
        return f"Cannot write {output}: {parent} is not a folder"
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"Cannot write {output}: {exc.strerror or exc}"
    if output.exists() and not os.access(output, os.W_OK):
        return f"Cannot write {output}: the file is read-only"
    if not os.access(parent, os.W_OK):
        return f"Cannot write {output}: the folder {parent} is read-only"
    return None


async def run_talk(settings: Settings, paths: Paths, args: argparse.Namespace) -> int:
    problem = output_problem(args.output, args.input)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    try:
        engine = Engine(settings, paths, plan_for(args))
    except AudioError as exc:
        print(exc, file=sys.stderr)
        return 2
    engine.bus.subscribe(_printer)
    try:
        await engine.start()
    except AudioError as exc:
        print(exc, file=sys.stderr)
        return 2
    status = 0
    try:
        if args.text is not None:
            try:
                turn = await engine.send_text(args.text)
            except InputRejected as exc:
                print(exc, file=sys.stderr)
                return 2
            await engine.conversation.wait(turn)
            await asyncio.sleep(0.1)
            status = 1 if turn.failed else 0
        elif args.input is not None and isinstance(engine.audio_io, FileAudio):
            await _run_files(engine, args.tail)
        else:
            await _run_interactive(engine)
    finally:
        await engine.stop()
    return status
