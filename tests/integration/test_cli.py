"""The real command line, run as a subprocess against a fake Ollama in the test's loop.

``python -m app`` runs with ``NEIRI_HOME`` set to the test's own folder; its settings
file there points it at the fake server. Every run is checked for a traceback: the
CLI reports problems in words and exit codes, never with a stack dump.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

import jiwer
import numpy as np
import pytest

from tests.conftest import normalise, silence, speech16k, write_wav
from tests.fakes.fake_ollama import FakeOllama
from tests.integration.harness import chat_requests, read, voiced_spans
from tests.integration.test_failures import stored_turns

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
REPLY = "[emotion: happy] Hello to you too! It is lovely to meet you."
SPOKEN = ["Hello to you too!", "It is lovely to meet you."]

# Runs the CLI with ``import sounddevice`` failing as it does without libportaudio.
WITHOUT_PORTAUDIO = """
import builtins, sys
_real_import = builtins.__import__
def _import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name.split(".")[0] == "sounddevice":
        raise OSError("PortAudio library not found")
    return _real_import(name, globals, locals, fromlist, level)
builtins.__import__ = _import
from app.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


@dataclass
class Result:
    code: int
    out: str
    err: str

    def lines(self, prefix: str) -> list[str]:
        return [
            line[len(prefix) :].strip() for line in self.out.splitlines() if line.startswith(prefix)
        ]

    def assert_no_traceback(self) -> None:
        assert "Traceback" not in self.err and "Traceback" not in self.out, self.err


async def run_cli(
    home: Path, *args: str, stdin: bytes | None = None, code: str | None = None, limit_s=60.0
) -> Result:
    """``python -m app ARGS`` (or ``python -c CODE ARGS``) with NEIRI_HOME=home."""
    env = {**os.environ, "NEIRI_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    command = ["-c", code] if code is not None else ["-m", "app"]
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        *command,
        *args,
        stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(stdin), limit_s)
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise
    return Result(proc.returncode, out.decode(), err.decode())


def settings_file(home: Path) -> Path:
    return home / "config" / "settings.yaml"


def write_settings(home: Path, text: str) -> bytes:
    path = settings_file(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode())
    return path.read_bytes()


def llm_settings(url: str, retries: int = 1) -> str:
    return (
        "version: 1\n"
        "llm:\n"
        f"  base_url: {url}\n"
        "  model: neiri-test\n"
        f"  connect_retries: {retries}\n"
        "  retry_backoff_s: 0.05\n"
    )


def chats(fake: FakeOllama) -> list[dict]:
    """Chat requests for her replies (not the preload, not memory extraction)."""
    return chat_requests(fake)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- 10. one typed turn ----------------------------------------------------------------


async def test_talk_text_prints_the_exchange_and_writes_her_voice(neiri_home, tmp_path):
    # Must survive: the whole typed turn through the real CLI: what the user said and
    # what she answered on stdout (tags removed), exit 0, and her voice in out.wav.
    out_wav = tmp_path / "out.wav"
    async with FakeOllama(accept_any_model=True, reply=REPLY, token_delay_s=0.01) as fake:
        write_settings(neiri_home, llm_settings(fake.url))
        result = await run_cli(
            neiri_home, "talk", "--text", "Hello there", "--output", str(out_wav)
        )
    result.assert_no_traceback()
    assert result.code == 0, result.err
    assert result.lines("you:") == ["Hello there"]
    assert result.lines("neiri:") == SPOKEN
    assert chats(fake)[-1]["messages"][-1] == {"role": "user", "content": "Hello there"}
    audio, rate = read(out_wav)
    assert voiced_spans(audio, rate), "out.wav is silent"
    assert np.max(np.abs(audio)) > 0.1


# --- 11. a file as the microphone -------------------------------------------------------


async def test_talk_input_file_answers_after_the_speech_on_the_same_clock(neiri_home, tmp_path):
    # Must survive: the file-as-microphone contract. out.wav runs on the input's clock
    # (same rate, at least as long), silent while the user speaks, her voice after.
    question = "Hello Neiri, how are you today?"
    speech = speech16k(question)
    lead = silence(0.3)
    audio = np.concatenate([lead, speech, silence(3.0)])
    in_wav = write_wav(tmp_path / "in.wav", audio)
    out_wav = tmp_path / "out.wav"
    async with FakeOllama(accept_any_model=True, reply="Blue, like the sea!") as fake:
        write_settings(neiri_home, llm_settings(fake.url))
        result = await run_cli(
            neiri_home, "talk", "--input", str(in_wav), "--output", str(out_wav), "--tail", "1"
        )
    result.assert_no_traceback()
    assert result.code == 0, result.err
    heard = result.lines("you:")
    assert len(heard) == 1
    assert jiwer.wer(normalise(question), normalise(heard[0])) <= 0.4, heard
    assert " ".join(result.lines("neiri:")) == "Blue, like the sea!"

    out, rate = read(out_wav)
    assert rate == 16000 and out.size >= audio.size
    speech_end = lead.size + speech.size
    assert np.all(np.abs(out[:speech_end]) < 1e-3), "she spoke over the user"
    spans = voiced_spans(out, rate)
    assert spans and spans[0][0] > speech_end


# --- 12. a broken settings file -------------------------------------------------------


async def test_invalid_yaml_is_reported_and_the_turn_runs_on_defaults(neiri_home, tmp_path):
    # Must survive: the user's file (byte for byte) and the app: the problem is named
    # with its file and line, and she answers on the default settings (whose LLM address
    # is the default Ollama port, where the fake listens for this test).
    original = write_settings(neiri_home, "version: 1\nllm:\n\tmodel: neiri-test\n")
    try:
        fake = FakeOllama(accept_any_model=True, reply=REPLY, port=11434)
        await fake.start()
    except OSError:
        pytest.skip("port 11434 (the default Ollama address) is in use on this machine")
    try:
        result = await run_cli(
            neiri_home, "talk", "--text", "Hello there", "--output", str(tmp_path / "out.wav")
        )
    finally:
        await fake.stop()
    result.assert_no_traceback()
    assert "settings.yaml line 3" in result.err and "not valid YAML" in result.err
    assert result.code == 0, result.err
    assert result.lines("neiri:") == SPOKEN
    assert settings_file(neiri_home).read_bytes() == original
    assert sorted(p.name for p in settings_file(neiri_home).parent.iterdir()) == ["settings.yaml"]


async def test_out_of_range_value_is_reported_and_the_rest_of_the_file_is_used(
    neiri_home, tmp_path
):
    # Must survive: every valid value (the fake's address is used), the user's file
    # (unchanged, no backup or migration written although it has no version), and the
    # turn. The bad value is named by file, line and field and replaced by the default.
    async with FakeOllama(accept_any_model=True, reply=REPLY) as fake:
        original = write_settings(
            neiri_home,
            f"llm:\n  base_url: {fake.url}\n  model: neiri-test\n  temperature: 9\n",
        )
        result = await run_cli(
            neiri_home, "talk", "--text", "Hello there", "--output", str(tmp_path / "out.wav")
        )
    result.assert_no_traceback()
    assert "settings.yaml line 4: llm.temperature" in result.err
    assert result.code == 0, result.err
    assert result.lines("neiri:") == SPOKEN
    assert chats(fake)[-1]["options"]["temperature"] == pytest.approx(0.7)  # the default
    assert settings_file(neiri_home).read_bytes() == original
    assert sorted(p.name for p in settings_file(neiri_home).parent.iterdir()) == ["settings.yaml"]


# --- 13. devices ------------------------------------------------------------------------


async def test_devices_json_is_valid_json(neiri_home):
    # Must survive: machine-readable output on whatever audio this machine has: a list
    # of devices (exit 0) or an error object (exit 1), never a traceback.
    result = await run_cli(neiri_home, "devices", "--json")
    result.assert_no_traceback()
    data = json.loads(result.out)
    if isinstance(data, list):
        assert result.code == 0
        for device in data:
            assert {"index", "name", "max_input_channels", "max_output_channels"} <= set(device)
    else:
        assert result.code == 1 and data["error"] and data["devices"] == []


async def test_devices_json_without_portaudio_is_an_error_object(neiri_home):
    # Must survive: the same contract when libportaudio is missing: a JSON error with
    # the install hint, exit 1; the plain listing says the same in words.
    result = await run_cli(neiri_home, "devices", "--json", code=WITHOUT_PORTAUDIO)
    result.assert_no_traceback()
    assert result.code == 1
    data = json.loads(result.out)
    assert "libportaudio2" in data["error"] and data["devices"] == []

    plain = await run_cli(neiri_home, "devices", code=WITHOUT_PORTAUDIO)
    plain.assert_no_traceback()
    assert plain.code == 1 and "libportaudio2" in plain.err


# --- 14. selftest -----------------------------------------------------------------------


def engine_lines(result: Result) -> dict[str, str]:
    """``{"vad": "ok", "llm": "FAIL", ...}`` from the selftest's engine lines."""
    found = re.findall(r"^\s+(ok|FAIL)\s+(\w+)\s", result.out, re.M)
    return {name: state for state, name in found}


async def test_selftest_passes_with_the_llm_reachable(neiri_home):
    # Must survive: an honest report. Every engine loads and says ok, exit 0.
    async with FakeOllama(models=["neiri-test:latest"]) as fake:
        write_settings(neiri_home, llm_settings(fake.url))
        result = await run_cli(neiri_home, "selftest")
    result.assert_no_traceback()
    assert result.code == 0, result.out + result.err
    assert engine_lines(result) == {"vad": "ok", "asr": "ok", "tts": "ok", "llm": "ok"}


async def test_selftest_fails_clearly_without_the_llm(neiri_home):
    # Must survive: the diagnosis. The LLM line says FAIL with the address it tried,
    # the other engines still say ok, exit 1.
    url = f"http://127.0.0.1:{free_port()}"
    write_settings(neiri_home, llm_settings(url))
    result = await run_cli(neiri_home, "selftest")
    result.assert_no_traceback()
    assert result.code == 1
    assert engine_lines(result) == {"vad": "ok", "asr": "ok", "tts": "ok", "llm": "FAIL"}
    fail_line = next(line for line in result.out.splitlines() if "FAIL" in line)
    assert url in fail_line


# --- 15. and other ways to start wrong -------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [(None, "not found"), (b"RIFF\x00\x00\x00\x00WAVEnot audio" * 8, "not a valid audio file")],
    ids=["missing", "corrupt"],
)
async def test_talk_with_a_bad_input_file_exits_with_a_message(
    neiri_home, tmp_path, content, expected
):
    # Must survive: the user's file (unchanged) and a clear message naming it; non-zero.
    source = tmp_path / "in.wav"
    if content is not None:
        source.write_bytes(content)
    write_settings(neiri_home, llm_settings(f"http://127.0.0.1:{free_port()}"))
    result = await run_cli(neiri_home, "talk", "--input", str(source))
    result.assert_no_traceback()
    assert result.code != 0
    assert "in.wav" in result.err and expected in result.err
    if content is not None:
        assert source.read_bytes() == content


async def test_talk_with_the_llm_down_says_so_and_exits_1(neiri_home, tmp_path):
    # Must survive: the user's understanding: she speaks her "can't reach" line, the
    # address is named, and the exit code says the turn failed.
    url = f"http://127.0.0.1:{free_port()}"
    write_settings(neiri_home, llm_settings(url, retries=0))
    result = await run_cli(
        neiri_home, "talk", "--text", "Hello?", "--output", str(tmp_path / "out.wav")
    )
    result.assert_no_traceback()
    assert result.code == 1
    assert result.lines("neiri:") == ["Sorry, I can't reach my brain right now. Is Ollama running?"]
    assert url in result.err


async def test_unknown_character_is_a_message_not_a_traceback(neiri_home, tmp_path):
    # Must survive: a clear reason when the settings or --character name a character
    # that does not exist.
    write_settings(neiri_home, llm_settings(f"http://127.0.0.1:{free_port()}"))
    result = await run_cli(
        neiri_home,
        "--character",
        "nobody",
        "talk",
        "--text",
        "hi",
        "--output",
        str(tmp_path / "out.wav"),
    )
    result.assert_no_traceback()
    assert result.code == 2
    assert "no character named 'nobody'" in result.err


async def test_unusable_output_path_is_refused_before_anything_runs(neiri_home, tmp_path):
    # Must survive: the user's recording and input. An --output that can never be written
    # (under a regular file), or that is the --input file, is refused at once, with no
    # turn run and the input untouched.
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    in_wav = write_wav(tmp_path / "in.wav", silence(0.5))
    original = in_wav.read_bytes()
    async with FakeOllama(accept_any_model=True, reply=REPLY) as fake:
        write_settings(neiri_home, llm_settings(fake.url))
        under_file = await run_cli(
            neiri_home, "talk", "--text", "hi", "--output", str(blocker / "out.wav")
        )
        same = await run_cli(neiri_home, "talk", "--input", str(in_wav), "--output", str(in_wav))
    for result in (under_file, same):
        result.assert_no_traceback()
        assert result.code == 2
        assert not result.lines("you:")
    assert "a-file" in under_file.err and "is not a folder" in under_file.err
    assert "would be overwritten" in same.err
    assert in_wav.read_bytes() == original
    assert not chats(fake)


async def test_piped_lines_are_a_script_answered_in_full(neiri_home, tmp_path):
    # Must survive: every scripted line's answer. Typed lines from a pipe are answered
    # one after another to the end (not interrupted by the next line or by end of input),
    # and all of them are stored.
    def reply(messages):
        return "Number one!" if "one" in messages[-1]["content"] else "And number two."

    out_wav = tmp_path / "out.wav"
    async with FakeOllama(accept_any_model=True, reply=reply, token_delay_s=0.01) as fake:
        write_settings(neiri_home, llm_settings(fake.url))
        result = await run_cli(
            neiri_home, "talk", "--output", str(out_wav), stdin=b"line one\nline two\n"
        )
    result.assert_no_traceback()
    assert result.code == 0, result.err
    assert "interrupted" not in result.err
    assert result.lines("you:") == ["line one", "line two"]
    assert result.lines("neiri:") == ["Number one!", "And number two."]
    audio, rate = read(out_wav)
    assert voiced_spans(audio, rate), "out.wav is silent"
    turns = stored_turns()
    assert [(t.user_text, t.reply_text) for t in turns] == [
        ("line one", "Number one!"),
        ("line two", "And number two."),
    ]
    assert not any(t.interrupted or t.failed for t in turns)
