"""Voice-loop benchmark: response latency, barge-in, STOP, memory and idle CPU.

Runs the real engine (Silero VAD, faster-whisper tiny.en, Piper) on a recorded
conversation played as the microphone in real time (``FileAudio``, the same path as
``neiri talk --input in.wav --output out.wav``), against the fake Ollama server in a
separate process (0 ms to the first token, 20 ms per token). Latency is measured from
the two files: from the user's last voiced sample in the input to her first sample in
the output. Prints a table, writes ``benchmarks/results/voice_latency.json`` and a PNG
waterfall of the stages.

    uv run python benchmarks/voice_latency.py [--turns 21] [--quick] [--memory both]

``--memory both`` (the default) plays the conversation twice, first with long-term
memory, relationships and fact extraction switched off, then on with a store seeded
with ``--seed-memories`` items, and reports both response latencies side by side.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.audio.io import read_audio_file  # noqa: E402
from app.audio.resample import resample  # noqa: E402
from app.config.paths import Paths  # noqa: E402
from app.config.settings import Settings  # noqa: E402
from app.core.events import SpeakingChanged, TurnMetrics  # noqa: E402
from app.engine import AudioPlan, Engine  # noqa: E402

RATE = 16_000
RESULTS = ROOT / "benchmarks" / "results"
JFK = ROOT.parent / "shared" / "fixtures" / "speech" / "jfk.flac"
REPLY = "[emotion: happy] Oh, that's a fun one! Let me think about it for a second."
STORY = (
    "[emotion: excited] Once upon a time, in a small village by the sea, there lived a "
    "curious fox who loved to watch the boats and count their sails every single morning."
)
PROMPTS = [
    "Hi Neiri, how are you doing today?",
    "What is your favourite colour?",
    "Can you tell me a joke?",
    "What did you have for breakfast?",
    "Do you like cats or dogs more?",
    "What's the weather like where you live?",
    "Which game should I play tonight?",
    "Tell me something interesting about space.",
    "How do you say hello in Japanese?",
    "What music do you like?",
    "I just finished my homework.",
    "Can you recommend a good book?",
    "Why is the sky blue?",
    "What's your favourite food?",
    "Let's play a word game.",
    "How old are you?",
    "Good morning!",
    "I'm feeling a bit tired today.",
    "What should we talk about?",
    "Do you dream when you sleep?",
    "Thanks for chatting with me.",
]
ESPEAK_VOICES = ["en-us", "en-gb", "en-us+f3", "en-gb-scotland", "en-us+m3", "en-gb-x-rp+f2"]


# --- speech material -----------------------------------------------------------------


def last_voiced(clip: np.ndarray, threshold_db: float = -40.0) -> int:
    """Index just after the last sample of ``clip`` in a voiced 10 ms frame."""
    hop = RATE // 100
    frames = clip[: clip.size // hop * hop].reshape(-1, hop)
    db = 20 * np.log10(np.maximum(np.sqrt(np.mean(frames**2, axis=1)), 1e-9))
    voiced = np.flatnonzero(db > threshold_db)
    return int((voiced[-1] + 1) * hop) if voiced.size else clip.size


def first_voiced(clip: np.ndarray, threshold_db: float = -40.0) -> int:
    hop = RATE // 100
    frames = clip[: clip.size // hop * hop].reshape(-1, hop)
    db = 20 * np.log10(np.maximum(np.sqrt(np.mean(frames**2, axis=1)), 1e-9))
    voiced = np.flatnonzero(db > threshold_db)
    return int(voiced[0] * hop) if voiced.size else 0


def espeak(text: str, voice: str) -> np.ndarray:
    with tempfile.NamedTemporaryFile(suffix=".wav") as tmp:
        subprocess.run(["espeak-ng", "-v", voice, "-s", "165", "-w", tmp.name, text], check=True)
        audio, rate = read_audio_file(tmp.name)
    return resample(audio, rate, RATE)


def make_voices():
    from app.speech.tts.piper_tts import PiperTTS

    pipers = [PiperTTS("en_US-joe-medium", speed=s) for s in (0.9, 1.0, 1.15)]

    def piper(text: str, k: int) -> np.ndarray:
        voiced = pipers[k % len(pipers)].synthesize(text)
        return resample(voiced.pcm, voiced.sample_rate, RATE)

    return piper


def build_conversation(prompts: list[str], gap_s: float, use_jfk: bool):
    """One long input: each prompt, then silence for her answer. Returns audio, ends."""
    piper = make_voices()
    clips: list[tuple[str, np.ndarray]] = []
    for k, text in enumerate(prompts):
        if k % 2 == 0:
            clips.append((f"piper:{text}", piper(text, k)))
        else:
            clips.append(
                (
                    f"espeak/{ESPEAK_VOICES[k % len(ESPEAK_VOICES)]}:{text}",
                    espeak(text, ESPEAK_VOICES[k % len(ESPEAK_VOICES)]),
                )
            )
    if use_jfk and JFK.is_file():
        audio, rate = read_audio_file(JFK)
        jfk = resample(audio, rate, RATE)
        clips.insert(len(clips) // 2, ("human:jfk (last phrase)", jfk[int(8.1 * RATE) :]))
    parts = [np.zeros(RATE, np.float32)]
    ends = []
    position = RATE
    for name, clip in clips:
        parts.append(clip)
        ends.append((name, position + last_voiced(clip)))
        position += clip.size
        parts.append(np.zeros(int(gap_s * RATE), np.float32))
        position += int(gap_s * RATE)
    return np.concatenate(parts).astype(np.float32), ends


# --- the fake LLM in its own process -------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_fake_llm(reply: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.fakes.fake_ollama",
            "--port",
            str(port),
            "--first-token-delay",
            "0",
            "--token-delay",
            "0.02",
            "--reply",
            reply,
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 15
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the fake LLM server did not start")


def settings_for(url: str, memory: bool = True) -> Settings:
    settings = Settings()
    settings.llm.base_url = url
    settings.llm.model = "bench"
    settings.tts.cache_size = 0  # every clause is synthesized: no flattering cache hits
    settings.memory.enabled = memory
    settings.relationships.enabled = memory
    return settings


def seed_memories(count: int) -> float:
    """Fill the long-term store with ``count`` varied memories; seconds it took."""
    from app.memory import MemoryItem, MemoryStore

    rng = random.Random(7)
    topics = ["cat", "dog", "game", "book", "song", "city", "food", "job", "hobby", "trip"]
    people = ["local:me"] + [f"twitch:{i}" for i in range(50)]
    started = time.perf_counter()
    with MemoryStore(Paths.resolve().memory_dir) as store:
        items = [
            MemoryItem(
                text=f"Viewer {i % 97} mentioned their {rng.choice(topics)} number {i} and "
                f"how it relates to {rng.choice(topics)}s.",
                about=rng.choice(people),
                importance=rng.random(),
            )
            for i in range(count)
        ]
        for start in range(0, count, 500):
            store.add(items[start : start + 500])
    return time.perf_counter() - started


# --- runs ----------------------------------------------------------------------------


async def run_conversation(
    url: str, audio: np.ndarray, workdir: Path, tail_s: float = 2.0, memory: bool = False
):
    import soundfile as sf

    in_wav, out_wav = workdir / "in.wav", workdir / "out.wav"
    sf.write(in_wav, audio, RATE, subtype="PCM_16")
    settings = settings_for(url, memory)
    engine = Engine(settings, Paths.resolve(), AudioPlan("files", in_wav, out_wav))
    events: list = []
    engine.bus.subscribe(events.append)
    await engine.start()
    rss = psutil.Process().memory_info().rss
    await asyncio.get_running_loop().run_in_executor(None, engine.audio_io.input_done.wait)
    await engine.wait_quiet(tail_s)
    started_at = engine.audio_io.started_at
    await engine.stop()
    out, _ = read_audio_file(out_wav)
    return out, events, started_at, rss


def response_latencies(out: np.ndarray, ends: list[tuple[str, int]]) -> list[dict]:
    rows = []
    for i, (name, end) in enumerate(ends):
        limit = ends[i + 1][1] if i + 1 < len(ends) else out.size
        segment = out[end:limit]
        loud = np.flatnonzero(np.abs(segment) > 0.01)
        latency = float(loud[0]) / RATE * 1000 if loud.size else None
        rows.append({"clip": name, "latency_ms": latency})
    return rows


def silence_after(out: np.ndarray, start: int, min_silent_s: float = 0.1) -> int | None:
    """First index >= start from which ``out`` stays silent for ``min_silent_s``."""
    need = int(min_silent_s * RATE)
    loud = np.abs(out[start:]) > 1e-3
    run = 0
    for i, value in enumerate(loud):
        run = 0 if value else run + 1
        if run >= need:
            return start + i - need + 1
    return None


async def barge_in_run(url_story: str, workdir: Path, count: int) -> list[float]:
    piper = make_voices()
    parts = [np.zeros(RATE, np.float32)]
    onsets = []
    position = RATE
    for k in range(count):
        ask = piper("Please tell me a story.", k)
        interrupt = espeak("Wait, hold on a second.", ESPEAK_VOICES[k % len(ESPEAK_VOICES)])
        talk_over_after = 1.4 + 0.1 * (k % 4)  # she is well into the story by then
        for clip, pause in ((ask, talk_over_after), (interrupt, 4.0)):
            if clip is interrupt:
                onsets.append(position + first_voiced(clip))
            parts += [clip, np.zeros(int(pause * RATE), np.float32)]
            position += clip.size + int(pause * RATE)
    audio = np.concatenate(parts)
    out, _events, _, _ = await run_conversation(url_story, audio, workdir)
    delays = []
    for onset in onsets:
        was_speaking = np.any(np.abs(out[onset - RATE // 5 : onset]) > 0.01)
        silent = silence_after(out, onset)
        if was_speaking and silent is not None:
            delays.append((silent - onset) / RATE * 1000)
    return delays


async def stop_run(url_story: str, workdir: Path, count: int) -> list[float]:
    out_wav = workdir / "stop.wav"
    engine = Engine(settings_for(url_story), Paths.resolve(), AudioPlan("files", None, out_wav))
    speaking = asyncio.Event()
    engine.bus.subscribe(lambda e: e.speaking and speaking.set(), SpeakingChanged)
    await engine.start()
    presses = []
    rng = random.Random(7)
    for _ in range(count):
        speaking.clear()
        turn = await engine.send_text("Tell me a story")
        await asyncio.wait_for(speaking.wait(), 20)
        await asyncio.sleep(rng.uniform(0.3, 0.9))
        presses.append(time.perf_counter())
        engine.stop_speaking()
        await engine.conversation.wait(turn)
        await asyncio.sleep(0.3)
    started_at = engine.audio_io.started_at
    await engine.stop()
    out, rate = read_audio_file(out_wav)
    delays = []
    for t in presses:
        at = int((t - started_at) * rate)
        silent = silence_after(out, at) if rate == RATE else None
        if silent is None:
            loud = np.abs(out[at:]) > 1e-3
            need = int(0.1 * rate)
            run = 0
            for i, v in enumerate(loud):
                run = 0 if v else run + 1
                if run >= need:
                    silent = at + i - need + 1
                    break
        delays.append((silent - at) / rate * 1000)
    return delays


async def idle_cpu(url: str, workdir: Path, seconds: float = 10.0) -> float:
    audio = np.zeros(int((seconds + 4) * RATE), np.float32)
    import soundfile as sf

    in_wav = workdir / "idle.wav"
    sf.write(in_wav, audio, RATE, subtype="PCM_16")
    engine = Engine(settings_for(url), Paths.resolve(), AudioPlan("files", in_wav, None))
    await engine.start()
    await asyncio.sleep(2.0)
    proc = psutil.Process()
    c0, t0 = proc.cpu_times(), time.perf_counter()
    await asyncio.sleep(seconds)
    c1, t1 = proc.cpu_times(), time.perf_counter()
    await engine.stop()
    used = (c1.user - c0.user) + (c1.system - c0.system)
    return used / (t1 - t0) * 100


# --- report --------------------------------------------------------------------------


def stats(values: list[float]) -> dict:
    vals = [v for v in values if v is not None]
    if not vals:
        return {"n": 0, "median": None, "p95": None}
    arr = np.array(vals)
    return {
        "n": len(vals),
        "median": round(float(np.median(arr)), 1),
        "p95": round(float(np.percentile(arr, 95)), 1),
        "max": round(float(arr.max()), 1),
    }


def stage_breakdown(events: list) -> tuple[dict, list[dict]]:
    per_turn = []
    for m in (e for e in events if isinstance(e, TurnMetrics) and e.source == "mic"):
        if m.speech_end is None or m.playback_start is None or m.interrupted:
            continue
        row = m.stages_ms()
        if m.llm_first_token is not None and m.tts_first_audio is not None:
            row["first_token_to_tts_audio"] = round(
                (m.tts_first_audio - m.llm_first_token) * 1000, 1
            )
            row["first_token_to_playback"] = round((m.playback_start - m.llm_first_token) * 1000, 1)
        if m.llm_first_text is not None:
            row["first_text_to_tts_audio"] = round((m.tts_first_audio - m.llm_first_text) * 1000, 1)
            row["first_text_to_playback"] = round((m.playback_start - m.llm_first_text) * 1000, 1)
        if m.asr_start is not None and m.asr_done is not None:
            row["asr_compute"] = round((m.asr_done - m.asr_start) * 1000, 1)
        per_turn.append(row)
    keys = sorted({k for row in per_turn for k in row})
    return {k: stats([row.get(k) for row in per_turn]) for k in keys}, per_turn


def waterfall_png(stages: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    order = [
        "asr_done",
        "llm_first_token",
        "llm_first_text",
        "first_clause",
        "tts_first_audio",
        "playback_start",
    ]
    labels = [
        "ASR done",
        "LLM first token",
        "first spoken token",
        "first clause",
        "TTS first audio",
        "playback start",
    ]
    fig, ax = plt.subplots(figsize=(8, 3.6))
    prev = 0.0
    for i, (key, _label) in enumerate(zip(order, labels, strict=True)):
        value = (stages.get(key) or {}).get("median")
        if value is None:
            continue
        ax.barh(i, value - prev, left=prev, color=f"C{i}")
        ax.text(value + 4, i, f"{value:.0f} ms", va="center", fontsize=8)
        prev = value
    ax.set_yticks(range(len(labels)), labels)
    ax.invert_yaxis()
    ax.set_xlabel("ms after the VAD's end of speech (median over turns)")
    ax.set_title("Neiri response latency by stage")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


async def main_async(args: argparse.Namespace) -> dict:
    RESULTS.mkdir(parents=True, exist_ok=True)
    prompts = PROMPTS[: args.turns]
    report: dict = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "llm": {"first_token_ms": 0, "per_token_ms": 20},
    }
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        os.environ["NEIRI_HOME"] = str(workdir / "home")
        fake, url = start_fake_llm(REPLY)
        story, url_story = start_fake_llm(STORY)
        try:
            print(f"building {len(prompts)} spoken prompts ...", flush=True)
            audio, ends = build_conversation(prompts, gap_s=5.0, use_jfk=True)
            print(f"conversation: {audio.size / RATE:.0f} s in real time ...", flush=True)
            if args.memory in ("both", "on"):
                print(f"seeding {args.seed_memories} memories ...", flush=True)
                report["memory_seed_s"] = round(seed_memories(args.seed_memories), 1)
            if args.memory == "both":
                print("memory off ...", flush=True)
                out, events, _, _ = await run_conversation(url, audio, workdir, memory=False)
                off = response_latencies(out, ends)
                report["response_latency_ms_memory_off"] = stats([r["latency_ms"] for r in off])
                report["stages_ms_memory_off"] = stage_breakdown(events)[0]
                print("memory on ...", flush=True)
            memory_on = args.memory != "off"
            out, events, _, rss = await run_conversation(url, audio, workdir, memory=memory_on)
            report["memory"] = "on" if memory_on else "off"
            recall = [e for e in events if getattr(e, "component", "") == "memory"]
            report["memory_status"] = [f"{e.state}: {e.detail}" for e in recall]
            rows = response_latencies(out, ends)
            stages, per_turn = stage_breakdown(events)
            report["response_latency_ms"] = stats([r["latency_ms"] for r in rows])
            report["turns"] = rows
            report["stages_ms"] = stages
            report["per_turn_stages_ms"] = per_turn
            report["rss_mb_after_load"] = round(rss / 2**20, 1)
            report["rss_mb_steady"] = round(psutil.Process().memory_info().rss / 2**20, 1)
            print("barge-in runs ...", flush=True)
            report["barge_in_ms"] = stats(await barge_in_run(url_story, workdir, args.barge_ins))
            print("STOP runs ...", flush=True)
            report["stop_ms"] = stats(await stop_run(url_story, workdir, args.stops))
            print("idle CPU ...", flush=True)
            report["idle_cpu_percent_of_one_core"] = round(await idle_cpu(url, workdir), 1)
        finally:
            fake.terminate()
            story.terminate()
    return report


def print_table(report: dict) -> None:
    def line(name: str, s: dict, target: str = "") -> None:
        med = "-" if s.get("median") is None else f"{s['median']:.0f}"
        p95 = "-" if s.get("p95") is None else f"{s['p95']:.0f}"
        print(f"{name:<38} {s.get('n', 0):>3} {med:>8} {p95:>8}   {target}")

    print(f"\n{'measure (ms)':<38} {'n':>3} {'median':>8} {'p95':>8}   target")
    if "response_latency_ms_memory_off" in report:
        line(
            "response, memory OFF",
            report["response_latency_ms_memory_off"],
            "median<=400, p95<=600",
        )
    line(
        f"response (memory {report.get('memory', 'on').upper()})",
        report["response_latency_ms"],
        "median<=400, p95<=600",
    )
    for key, s in report["stages_ms"].items():
        line(f"  {key}", s)
    line("barge-in (speech onset -> silent)", report["barge_in_ms"], "p95<=200")
    line("STOP -> silent", report["stop_ms"], "p95<=30")
    print(
        f"RSS after load {report['rss_mb_after_load']} MB, steady {report['rss_mb_steady']} MB"
        " (target <= 1024)"
    )
    print(f"idle CPU {report['idle_cpu_percent_of_one_core']}% of one core (target <= 10)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=len(PROMPTS))
    parser.add_argument("--barge-ins", type=int, default=10)
    parser.add_argument("--stops", type=int, default=20)
    parser.add_argument("--quick", action="store_true", help="5 turns, 3 barge-ins, 5 stops")
    parser.add_argument("--memory", choices=("both", "on", "off"), default="both")
    parser.add_argument("--seed-memories", type=int, default=2000)
    args = parser.parse_args()
    if args.quick:
        args.turns, args.barge_ins, args.stops = 5, 3, 5
    report = asyncio.run(main_async(args))
    print_table(report)
    out = RESULTS / "voice_latency.json"
    out.write_text(json.dumps(report, indent=2))
    waterfall_png(report["stages_ms"], RESULTS / "voice_latency_waterfall.png")
    print(f"\nwrote {out} and {RESULTS / 'voice_latency_waterfall.png'}")


if __name__ == "__main__":
    main()
