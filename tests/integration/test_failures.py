"""What goes wrong, and what must survive it: the engine in-process, on typed turns.

Each test breaks one thing (the LLM server, the input, the audio system) and checks
three promises: the user is told clearly what happened, nothing already said or saved
is lost, and the app keeps running so the next turn works. Piper runs for real where
she speaks (``files`` plans write her voice to a WAV on a real-time clock); the LLM is
the fake Ollama server on 127.0.0.1 driven through the real ollama client.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import socket
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from app.audio.devices import AudioUnavailable, list_devices, sounddevice_module
from app.audio.io import AudioError, DeviceAudio
from app.config.characters import load_character
from app.config.paths import Paths
from app.conversation.conversation import InputRejected
from app.conversation.history import History, TurnRecord
from app.core.events import (
    AvatarFrame,
    ComponentStatus,
    EmotionChanged,
    ReplyText,
    SpeakingChanged,
    TurnFailed,
    TurnFinished,
    TurnInterrupted,
    UserText,
)
from app.engine import AudioPlan
from tests.conftest import silence, write_wav
from tests.fakes.fake_ollama import FakeOllama
from tests.integration.harness import (
    chat_requests,
    engine_settings,
    read,
    start_engine,
    voiced_spans,
)

pytestmark = pytest.mark.slow

NEIRI = load_character("neiri", None)

# Without tags, so that ``drop_after_tokens=8`` cuts it at a known place:
# "Hello" " there" "," " friend" "!" " I" " was" " thinking" | " about" ...
CHATTY = "Hello there, friend! I was thinking about the sea today, and the boats."
CHATTY_CUT = "Hello there, friend! I was thinking"
CHATTY_DONE = ["Hello there,", "friend!"]  # the clauses complete before the cut

BACK = "I am here now."

STORY = (
    "Once upon a time, in a small village by the sea, there lived a curious fox who loved "
    "to watch the boats. Every morning she climbed the tallest dune, counted the sails, "
    "and dreamed about the islands far away. One day a storm came, and the fox had to be "
    "very brave indeed."
)


# --- helpers ---------------------------------------------------------------------------


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (right now)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def speaking(tmp_path: Path, name: str = "out.wav") -> AudioPlan:
    """She speaks into a WAV file (real Piper, real-time clock); no microphone."""
    return AudioPlan("files", None, tmp_path / name, listen=False)


@contextlib.asynccontextmanager
async def running(settings, plan: AudioPlan):
    run = await start_engine(settings, plan)
    try:
        yield run
    finally:
        await run.engine.stop()


async def turn_of(run, text: str):
    """Send a typed turn and wait until it is over (finished, failed or interrupted)."""
    turn = await run.engine.send_text(text)
    await asyncio.wait_for(run.engine.conversation.wait(turn), 30)
    return turn


def said(run, turn) -> list[str]:
    return [e.text for e in run.of(ReplyText) if e.turn_id == turn.id]


def events_of(run, kind: type, turn) -> list:
    return [e for e in run.of(kind) if e.turn_id == turn.id]


@dataclass(frozen=True)
class Stored:
    user_text: str
    reply_text: str
    full_reply: str
    interrupted: bool
    failed: bool


def stored_turns() -> list[Stored]:
    """Every turn in the database, oldest first (read after the engine has stopped)."""
    history = History(Paths.resolve().db_file, "reader")

    def read_rows() -> list[Stored]:
        rows = TurnRecord.select().order_by(TurnRecord.id)
        return [
            Stored(r.user_text, r.reply_text, r.full_reply, r.interrupted, r.failed) for r in rows
        ]

    try:  # peewee connections are per thread: read on the history's own thread
        return history.db.call(read_rows)
    finally:
        history.close()


def assert_voiced(path: Path) -> None:
    audio, rate = read(path)
    assert voiced_spans(audio, rate), f"{path.name} is silent: she said nothing aloud"


# --- 1. the LLM server is down -------------------------------------------------------------


async def test_llm_down_she_says_so_and_the_next_turn_works_once_it_is_up(tmp_path):
    # Must survive: the app (a later turn works once Ollama is up, same port), the
    # user's words (stored, marked failed), and the user's understanding (TurnFailed
    # names the URL; she says her "can't reach my brain" line aloud, not a made-up reply).
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    settings = engine_settings(url, connect_retries=1, retry_backoff_s=0.05)
    async with running(settings, speaking(tmp_path)) as run:
        down = await turn_of(run, "Are you there?")

        failures = events_of(run, TurnFailed, down)
        assert len(failures) == 1 and failures[0].stage == "llm"
        assert url in failures[0].message
        assert said(run, down) == [NEIRI.unreachable_line]
        assert down.failed
        statuses = [e for e in run.of(ComponentStatus) if e.component == "llm"]
        assert statuses[-1].state == "failed" and url in statuses[-1].detail

        async with FakeOllama(accept_any_model=True, reply=BACK, port=port):
            up = await turn_of(run, "How about now?")
        assert not up.failed
        assert not events_of(run, TurnFailed, up)
        assert said(run, up) == [BACK]
        finished = events_of(run, TurnFinished, up)
        assert len(finished) == 1 and finished[0].reply_text == BACK

    assert_voiced(tmp_path / "out.wav")
    turns = stored_turns()
    assert [t.user_text for t in turns] == ["Are you there?", "How about now?"]
    assert turns[0].failed and not turns[0].interrupted
    assert turns[0].reply_text == NEIRI.unreachable_line
    assert not turns[1].failed and turns[1].reply_text == BACK


async def test_llm_status_recovers_when_the_server_comes_back():
    # Must survive: a true picture of the LLM for the window. After a turn has been
    # answered by the server, the last llm status must not still say "failed".
    port = free_port()
    settings = engine_settings(f"http://127.0.0.1:{port}", connect_retries=0)
    async with running(settings, AudioPlan("none")) as run:
        await turn_of(run, "Are you there?")
        async with FakeOllama(accept_any_model=True, reply="I'm back!", port=port):
            back = await turn_of(run, "And now?")
        assert not back.failed
        statuses = [e for e in run.of(ComponentStatus) if e.component == "llm"]
        assert statuses[-1].state == "ok", statuses


async def test_canned_error_lines_are_not_fed_back_to_the_model():
    # Must survive: the model's context. Lines the app spoke for her while the model was
    # unreachable are not things the model said; they must not enter later prompts.
    port = free_port()
    settings = engine_settings(f"http://127.0.0.1:{port}", connect_retries=0)
    async with running(settings, AudioPlan("none")) as run:
        await turn_of(run, "Are you there?")
        async with FakeOllama(accept_any_model=True, reply="I'm back!", port=port) as fake:
            await turn_of(run, "And now?")
        messages = chat_requests(fake)[-1]["messages"]
        assert messages[-1] == {"role": "user", "content": "And now?"}
        assistant = [m["content"] for m in messages if m["role"] == "assistant"]
        assert NEIRI.unreachable_line not in assistant, messages


# --- 2./3. the reply breaks off ----------------------------------------------------------


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ({"drop_after_tokens": 8}, "broke in mid-reply"),
        ({"error_after_tokens": 8}, "unexpected EOF"),
    ],
    ids=["connection-dropped", "error-line"],
)
async def test_a_reply_that_breaks_off_keeps_what_was_said(tmp_path, how, expected):
    # Must survive: what she had already said (the complete clauses before the break are
    # spoken, nothing invented after it), the partial reply in history (marked failed),
    # a clear TurnFailed, and the app: the next turn is answered in full.
    async with (
        FakeOllama(accept_any_model=True, reply=CHATTY, token_delay_s=0.01, **how) as fake,
        running(engine_settings(fake.url), speaking(tmp_path)) as run,
    ):
        broken = await turn_of(run, "What are you up to?")

        failures = events_of(run, TurnFailed, broken)
        assert len(failures) == 1 and failures[0].stage == "llm"
        assert "mid-reply" in failures[0].message and expected in failures[0].message
        spoken = said(run, broken)
        assert spoken[: len(CHATTY_DONE)] == CHATTY_DONE
        assert CHATTY_CUT.startswith(" ".join(spoken))  # nothing beyond the break
        assert NEIRI.unreachable_line not in spoken

        fake.drop_after_tokens = fake.error_after_tokens = None
        fake.reply = "All good now."
        fine = await turn_of(run, "Try again?")
        assert not fine.failed and said(run, fine) == ["All good now."]

    assert_voiced(tmp_path / "out.wav")
    turns = stored_turns()
    assert [t.user_text for t in turns] == ["What are you up to?", "Try again?"]
    assert turns[0].failed and not turns[0].interrupted
    assert turns[0].full_reply == CHATTY_CUT
    assert turns[0].reply_text == " ".join(spoken)
    assert not turns[1].failed and turns[1].reply_text == "All good now."


# --- 4. the model is not installed --------------------------------------------------------


async def test_missing_model_says_the_error_line_and_suggests_ollama_pull(tmp_path):
    # Must survive: the user's path to a fix. The failure names the exact command
    # (ollama pull <model>), the health status says the same, and she speaks her
    # error line rather than nothing.
    async with (
        FakeOllama(models=["llama3.2:latest"]) as fake,  # strict: only that model
        running(engine_settings(fake.url), speaking(tmp_path)) as run,
    ):
        turn = await turn_of(run, "Hello?")
        failures = events_of(run, TurnFailed, turn)
        assert len(failures) == 1 and failures[0].stage == "llm"
        assert "ollama pull neiri-test" in failures[0].message
        assert said(run, turn) == [NEIRI.error_line]
        statuses = [e for e in run.of(ComponentStatus) if e.component == "llm"]
        assert statuses[-1].state == "failed"
        assert "ollama pull neiri-test" in statuses[-1].detail
    assert_voiced(tmp_path / "out.wav")
    turns = stored_turns()
    assert len(turns) == 1 and turns[0].failed and turns[0].user_text == "Hello?"


# --- 5. unusable typed input -------------------------------------------------------------


async def test_unusable_text_is_rejected_without_a_turn():
    # Must survive: the conversation as it was. Rejected input creates no turn, sends
    # nothing to the model, stores nothing and interrupts nothing (not even a reply in
    # progress); the message says why (and the limit, for a long text). Exactly the
    # limit is accepted.
    at_limit = ("blah " * 400).strip() + "!"
    assert len(at_limit) == 2000
    over = at_limit + "!"
    unusable = [("", "empty"), ("   \n\t  ", "empty"), (over, "limit is 2000")]
    reply = "Got it. That was a lot of words!"
    async with FakeOllama(accept_any_model=True, reply=reply, token_delay_s=0.05) as fake:
        settings = engine_settings(fake.url)
        # the fake says the same thing every time: anti-repetition would skip its second
        # sentence in the second reply, and this test compares whole replies
        settings.moderation.anti_repetition = False
        async with running(settings, AudioPlan("none")) as run:
            await _rejected_without_a_turn(fake, run, unusable, at_limit, reply)
    turns = stored_turns()
    assert [t.user_text for t in turns] == [at_limit, "Hi again"]
    assert not any(t.interrupted or t.failed for t in turns)


async def _rejected_without_a_turn(fake, run, unusable, at_limit, reply) -> None:
    engine = run.engine
    for text, needle in unusable:
        with pytest.raises(InputRejected, match=needle) as info:
            await engine.send_text(text)
    assert "2001 characters" in str(info.value)
    assert not run.of(UserText)
    assert not [r for r in fake.requests if r.get("messages")]

    accepted = await engine.send_text(at_limit)
    assert accepted.id == 1  # the rejected texts did not use up turn ids
    await asyncio.sleep(0.1)  # she is in the middle of her reply
    for text, needle in unusable:
        with pytest.raises(InputRejected, match=needle):
            await engine.send_text(text)
    await asyncio.wait_for(engine.conversation.wait(accepted), 10)
    assert not accepted.failed and not accepted.interrupted
    assert " ".join(said(run, accepted)) == reply
    assert not run.of(TurnInterrupted)
    sent = chat_requests(fake)
    assert len(sent) == 1 and sent[0]["messages"][-1] == {"role": "user", "content": at_limit}

    after = await turn_of(run, "  Hi again  ")
    assert after.id == 2 and " ".join(said(run, after)) == reply


@pytest.mark.parametrize("reply", ["", "[emotion: happy]"], ids=["nothing", "only-a-tag"])
async def test_an_empty_reply_is_not_silence(reply):
    # Must survive: the user's understanding. When the model answers with no words at
    # all, she must not just stay silent as if ignoring them: the turn fails (stage llm)
    # and she says her error line.
    async with (
        FakeOllama(accept_any_model=True, reply=reply) as fake,
        running(engine_settings(fake.url), AudioPlan("none")) as run,
    ):
        turn = await turn_of(run, "Hello?")
        assert [e.stage for e in events_of(run, TurnFailed, turn)] == ["llm"]
        assert said(run, turn) == [NEIRI.error_line]


# --- 6. text-only mode ---------------------------------------------------------------------


async def test_text_only_mode_answers_in_text(tmp_path):
    # Must survive: the conversation without any audio. Her reply arrives as ReplyText
    # clauses (the whole reply, tags removed), the turn finishes, and it is stored.
    reply = "[emotion: happy] Sure thing! Let me think about that, okay? Here we go."
    async with (
        FakeOllama(accept_any_model=True, reply=reply, token_delay_s=0.005) as fake,
        running(engine_settings(fake.url), AudioPlan("none")) as run,
    ):
        engine = run.engine
        assert engine.audio_io is None and engine.player is None and engine.synth is None
        turn = await turn_of(run, "Can you help me?")
        clauses = said(run, turn)
        assert clauses == ["Sure thing!", "Let me think about that,", "okay?", "Here we go."]
        assert [e.emotion for e in events_of(run, EmotionChanged, turn)] == ["happy"]
        finished = events_of(run, TurnFinished, turn)
        assert len(finished) == 1
        assert finished[0].reply_text == " ".join(clauses)
        assert not events_of(run, TurnFailed, turn)
        # no voice: nothing claims she is speaking or moves her mouth
        assert not [e for e in run.of(SpeakingChanged) if e.speaking]
        assert all(e.mouth == 0 for e in run.of(AvatarFrame))
    assert not list(tmp_path.glob("*.wav"))
    turns = stored_turns()
    assert len(turns) == 1
    assert turns[0].user_text == "Can you help me?"
    assert turns[0].reply_text == " ".join(clauses) and not turns[0].failed


async def test_not_listening_on_purpose_is_not_a_mic_failure(tmp_path):
    # Must survive: a true status. Not listening because typed turns were asked for is
    # not a broken microphone, so no "mic failed" may reach the window or the terminal.
    settings = engine_settings(f"http://127.0.0.1:{free_port()}", connect_retries=0)
    async with running(settings, speaking(tmp_path)) as run:
        assert run.engine.player is not None  # she can speak; she was asked not to listen
        mic = [e for e in run.of(ComponentStatus) if e.component == "mic"]
        assert not [e for e in mic if e.state == "failed"], mic


# --- 7. no PortAudio -----------------------------------------------------------------------


@pytest.fixture
def no_portaudio(monkeypatch):
    """``import sounddevice`` fails the way it does when libportaudio is missing."""
    real_import = builtins.__import__

    def importer(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name.split(".")[0] == "sounddevice":
            raise OSError("PortAudio library not found")
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", importer)


@pytest.mark.usefixtures("no_portaudio")
async def test_without_portaudio_she_answers_in_text():
    # Must survive: the app itself. A missing libportaudio is an AudioUnavailable with
    # the install hint (never a raw OSError); the engine still starts, reports the audio
    # part as failed, and answers typed text in text.
    with pytest.raises(AudioUnavailable, match="libportaudio2") as info:
        sounddevice_module()
    assert isinstance(info.value.__cause__, OSError)
    with pytest.raises(AudioUnavailable, match="libportaudio2"):
        list_devices()
    with pytest.raises(AudioUnavailable, match="libportaudio2"):
        DeviceAudio()

    async with (
        FakeOllama(accept_any_model=True, reply="I can still type!") as fake,
        running(engine_settings(fake.url), AudioPlan("device")) as run,
    ):
        audio = [e for e in run.of(ComponentStatus) if e.component == "audio"]
        assert [e.state for e in audio] == ["failed"]
        assert "libportaudio2" in audio[0].detail
        assert run.engine.audio_io is None and run.engine.player is None
        turn = await turn_of(run, "Can you hear me?")
        assert said(run, turn) == ["I can still type!"]
        assert events_of(run, TurnFinished, turn)
    assert [t.user_text for t in stored_turns()] == ["Can you hear me?"]


# --- 8. a corrupt input file ---------------------------------------------------------------


def _truncated_wav(path: Path) -> bytes:
    write_wav(path, silence(0.5))
    return path.read_bytes()[:30]  # cut inside the header: no data chunk


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: b"RIFF\x00\x00\x00\x00WAVEthis is not audio" * 10, "not a valid audio file"),
        (_truncated_wav, "not a valid audio file"),
        (lambda p: b"", "not a valid audio file"),
    ],
    ids=["garbage", "truncated-header", "empty"],
)
async def test_corrupt_input_file_is_a_clear_error_and_left_alone(tmp_path, make, expected):
    # Must survive: the user's file (byte for byte) and a readable reason naming it.
    corrupt = tmp_path / "corrupt.wav"
    content = make(tmp_path / "source.wav")
    corrupt.write_bytes(content)
    out = tmp_path / "out.wav"
    with pytest.raises(AudioError) as info:
        await start_engine(engine_settings("http://127.0.0.1:9"), AudioPlan("files", corrupt, out))
    message = str(info.value)
    assert "corrupt.wav" in message and expected in message
    assert corrupt.read_bytes() == content
    assert not out.exists()


async def test_unwritable_output_file_is_a_clear_error_at_start(tmp_path):
    # Must survive: the user's recording, or at least the knowledge that it will not be
    # made. A path under a regular file can never be written.
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = blocker / "out.wav"
    with pytest.raises(AudioError, match=r"out\.wav"):
        run = await start_engine(
            engine_settings("http://127.0.0.1:9"), AudioPlan("files", None, out, listen=False)
        )
        await run.engine.stop()


# --- 9. nothing already saved is lost ---------------------------------------------------------


async def test_failures_and_interruptions_lose_nothing_already_saved(tmp_path):
    # Must survive: every earlier turn, in order, through an LLM failure, a STOP in the
    # middle of a long reply, and a restart of the app; the next session's prompt still
    # carries them.
    def reply(messages):
        return STORY if "story" in messages[-1]["content"].lower() else "Okay!"

    async with (
        FakeOllama(accept_any_model=True, reply=reply, token_delay_s=0.01) as fake,
        running(engine_settings(fake.url), speaking(tmp_path)) as run,
    ):
        engine = run.engine
        for text in ("First question", "Second question"):
            assert not (await turn_of(run, text)).failed

        fake.error_after_tokens = 0  # the model errors before saying anything
        failed = await turn_of(run, "Third question")
        assert failed.failed and said(run, failed) == [NEIRI.error_line]
        fake.error_after_tokens = None

        started = asyncio.Event()
        engine.bus.subscribe(lambda e: e.speaking and started.set(), SpeakingChanged)
        story = await engine.send_text("Tell me a story")
        await asyncio.wait_for(started.wait(), 10)
        await asyncio.sleep(0.6)
        assert engine.stop_speaking()
        await engine.conversation.wait(story)
        assert story.interrupted

        assert not (await turn_of(run, "Fourth question")).failed

        # the app restarts: a new session on the same database
        async with running(engine_settings(fake.url), AudioPlan("none")) as again:
            assert not (await turn_of(again, "After the restart")).failed
        prompt = chat_requests(fake)[-1]["messages"]

    expected = [
        "First question",
        "Second question",
        "Third question",
        "Tell me a story",
        "Fourth question",
        "After the restart",
    ]
    turns = stored_turns()
    assert [t.user_text for t in turns] == expected
    assert [t.failed for t in turns] == [False, False, True, False, False, False]
    assert [t.interrupted for t in turns] == [False, False, False, True, False, False]
    assert [t.reply_text for t in turns[:2]] == ["Okay!", "Okay!"]
    heard = turns[3].reply_text
    assert heard and STORY.startswith(heard.rstrip("…").strip()) and len(heard) < len(STORY)
    users = [m["content"] for m in prompt if m["role"] == "user"]
    assert users[:2] == ["First question", "Second question"]
    assert users[-2:] == ["Fourth question", "After the restart"]
    assert np.any(np.abs(read(tmp_path / "out.wav")[0]) > 0.05)
