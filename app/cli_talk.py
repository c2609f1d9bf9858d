"""``neiri talk``: the voice loop in a terminal, live or from files."""

from __future__ import annotations

import argparse
import asyncio
import sys

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


def _printer(event: Event) -> None:
    if isinstance(event, UserText):
        print(f"you:   {event.text}", flush=True)
    elif isinstance(event, ReplyText):
        print(f"neiri: {event.text}", flush=True)
    elif isinstance(event, TurnFailed):
        print(f"  ! {event.message}", file=sys.stderr, flush=True)
    elif isinstance(event, TurnInterrupted):
        print(f"  (interrupted: {event.reason})", file=sys.stderr, flush=True)
    elif isinstance(event, ComponentStatus) and event.state == "failed":
        print(f"  ! {event.component}: {event.detail}", file=sys.stderr, flush=True)
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


async def _run_interactive(engine: Engine) -> None:
    loop = asyncio.get_running_loop()
    print("Talk to her, or type a message and press Enter ('stop' silences her, Ctrl+D quits).")
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        line = line.strip()
        if line.lower() == "stop":
            engine.stop_speaking()
        elif line:
            try:
                await engine.send_text(line)
            except InputRejected as exc:
                print(f"  ! {exc}", file=sys.stderr)


async def run_talk(settings: Settings, paths: Paths, args: argparse.Namespace) -> int:
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
        elif isinstance(engine.audio_io, FileAudio):
            await _run_files(engine, args.tail)
        else:
            await _run_interactive(engine)
    finally:
        await engine.stop()
    return status
