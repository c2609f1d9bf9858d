"""The desktop app offscreen: window, typed turn, Stop, tray, state kept across runs."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt

from app.config.paths import Paths
from app.config.settings import Settings
from app.core.events import TurnMetrics
from app.engine import AudioPlan
from tests.fakes.fake_ollama import FakeOllama
from tests.ui.conftest import screenshot
from ui.app import NeiriApp
from ui.theme import apply_theme

pytestmark = pytest.mark.slow

REPLY = "[emotion: happy] Hello there! I'm Neiri, and I love talking with you."
LONG = (
    "[emotion: excited] Let me tell you about the stars. Every night they come out one by "
    "one, and I like to count them until I lose track, which happens very quickly indeed, "
    "because there are so many of them and I get distracted by the pretty colours."
)


def make_app(qapp, url: str, tmp_path, audio=None, memory: bool = False) -> NeiriApp:
    settings = Settings()
    # Long-term memory loads ChromaDB and an embedding model in a worker (~2 s of CPU);
    # these window tests do not need it. The wizard and memory-dialog app tests run with
    # memory on.
    settings.memory.enabled = memory
    settings.llm.base_url = url
    settings.llm.retry_backoff_s = 0.05
    settings.server.port = 0
    paths = Paths.resolve().ensure()
    plan = audio or AudioPlan("files", None, tmp_path / "out.wav", listen=False)
    return NeiriApp(qapp, settings, paths, audio=plan)


async def until(predicate, within: float = 15.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting for the window")
        await asyncio.sleep(0.02)


def test_typed_message_gets_a_streamed_reply_and_stop_interrupts(qapp, qloop, qtbot, tmp_path):
    async def scenario():
        async with FakeOllama(accept_any_model=True, token_delay_s=0.01) as fake:
            fake.reply = lambda messages: LONG if "stars" in messages[-1]["content"] else REPLY
            neiri = make_app(qapp, fake.url, tmp_path)
            window = neiri.window
            runner = asyncio.ensure_future(neiri.run())
            apply_theme(qapp, "light")
            await until(lambda: window.isVisible())
            await until(lambda: neiri.engine.conversation is not None)
            assert neiri.timings["window_shown_s"] < 5

            window.input.setText("Hi Neiri!")
            window.send_button.click()
            await until(lambda: "love talking with you" in window.transcript.plain_text())
            assert window.input.text() == ""
            assert "user: Hi Neiri!" in window.transcript.plain_text()
            assert window.transcript.lines[-1].emotion == "happy"
            await until(lambda: window.waterfall.metrics is not None)
            assert isinstance(window.waterfall.metrics, TurnMetrics)
            assert window.lights["tts"].state == "ok"
            assert window.lights["llm"].state == "ok"
            screenshot(window, "main_window_light")
            apply_theme(qapp, "dark")
            await asyncio.sleep(0.2)  # let the palette change reach every widget
            screenshot(window, "main_window_dark")
            apply_theme(qapp, "light")

            window.input.setText("Tell me about the stars")
            window.input.returnPressed.emit()
            await until(lambda: "Let me tell you" in window.transcript.plain_text())
            window.stop_button.click()
            await until(lambda: window.transcript.lines[-1].note == "interrupted")
            heard = window.transcript.lines[-1].text
            assert "distracted" not in heard

            # an oversized message is refused inline and kept in the box
            window.input.setText("x" * 2001)
            window.send_button.click()
            await until(lambda: window.input_error.isVisible())
            assert "too long" in window.input_error.text()
            assert len(window.input.text()) == 2001

            neiri.quit()
            await asyncio.wait_for(runner, 10)

    qloop.run_until_complete(scenario())


def test_tray_actions_drive_the_app(qapp, qloop, qtbot, tmp_path):
    async def scenario():
        async with FakeOllama(accept_any_model=True, reply=REPLY) as fake:
            neiri = make_app(qapp, fake.url, tmp_path)
            window = neiri.window
            runner = asyncio.ensure_future(neiri.run())
            await until(lambda: neiri.engine.conversation is not None)

            listening: list[bool] = []
            neiri.engine.set_listening = listening.append  # record what the window asks for
            neiri.tray.mute_action.trigger()
            assert not window.mic_button.isChecked()
            assert listening[-1] is False

            # push to talk while muted: F9 held in the text box reaches the window
            qtbot.keyPress(window.input, Qt.Key.Key_F9)
            assert listening[-1] is True and window.state_label.text() == "Push to talk…"
            qtbot.keyRelease(window.input, Qt.Key.Key_F9)
            assert listening[-1] is False

            neiri.tray.mute_action.trigger()
            assert window.mic_button.isChecked() and listening[-1] is True

            neiri.tray.show_action.trigger()
            assert not window.isVisible()
            neiri.tray.show_action.trigger()
            assert window.isVisible()

            # closing hides to the tray (the app keeps running) and notes the notice once
            window.close()
            assert not window.isVisible() and not runner.done()
            assert neiri.settings.ui.tray_notice_shown

            neiri.tray.pause_action.trigger()
            assert window.state_label.text() == "Paused"
            neiri.tray.pause_action.trigger()

            neiri.tray.quit_action.trigger()
            await asyncio.wait_for(runner, 10)
            assert not window.isVisible()

    qloop.run_until_complete(scenario())


def test_window_geometry_and_splitter_survive_a_restart(qapp, qloop, qtbot, tmp_path):
    async def scenario():
        async with FakeOllama(accept_any_model=True, reply=REPLY) as fake:
            neiri = make_app(qapp, fake.url, tmp_path)
            runner = asyncio.ensure_future(neiri.run())
            await until(lambda: neiri.window.isVisible())
            neiri.window.resize(760, 540)
            neiri.window.splitter.setSizes([280, 460])
            sizes = neiri.window.splitter.sizes()
            neiri.quit()
            await asyncio.wait_for(runner, 10)

            again = make_app(qapp, fake.url, tmp_path)
            runner = asyncio.ensure_future(again.run())
            await until(lambda: again.window.isVisible())
            assert again.window.size().width() == 760
            assert again.window.splitter.sizes() == sizes
            again.quit()
            await asyncio.wait_for(runner, 10)

    qloop.run_until_complete(scenario())


def test_llm_down_is_shown_not_fatal(qapp, qloop, qtbot, tmp_path):
    async def scenario():
        neiri = make_app(qapp, "http://127.0.0.1:9", tmp_path)
        neiri.settings.llm.connect_retries = 0
        runner = asyncio.ensure_future(neiri.run())
        window = neiri.window
        await until(lambda: window.lights["llm"].state == "failed")
        assert "127.0.0.1:9" in window.lights["llm"].toolTip()
        await until(lambda: neiri.engine.conversation is not None)
        window.input.setText("Hello?")
        window.send_button.click()
        await until(lambda: "can't reach my brain" in window.transcript.plain_text())
        assert window.isVisible() and not runner.done()
        neiri.quit()
        await asyncio.wait_for(runner, 10)

    qloop.run_until_complete(scenario())
