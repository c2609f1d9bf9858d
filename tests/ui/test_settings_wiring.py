"""The settings dialog inside the running app: model list, connection test, apply live."""

from __future__ import annotations

import asyncio

import pytest

from app.config.store import load_settings
from tests.fakes.fake_ollama import FakeOllama
from tests.ui.test_main_window import make_app, until

pytestmark = pytest.mark.slow


def test_dialog_talks_to_the_engine_and_applies_without_restart(qapp, qloop, qtbot, tmp_path):
    async def scenario():
        async with FakeOllama(models=["llama3.2:3b", "qwen2.5:7b"], reply="Hi!") as fake:
            neiri = make_app(qapp, fake.url, tmp_path)
            neiri.settings.llm.model = "llama3.2:3b"
            runner = asyncio.ensure_future(neiri.run())
            await until(lambda: neiri.engine.conversation is not None)
            dialog = neiri.open_settings()
            answers: dict[str, object] = {}
            dialog.set_models = lambda models: answers.__setitem__("models", models)
            dialog.show_connection_result = lambda ok, text, ms: answers.__setitem__(
                "connection", (ok, text, ms)
            )

            dialog.modelsRequested.emit("ollama", fake.url)
            await until(lambda: "models" in answers)
            assert answers["models"] == ["llama3.2:3b", "qwen2.5:7b"]

            dialog.modelsRequested.emit("ollama", "http://127.0.0.1:9")
            await until(lambda: isinstance(answers.get("models"), str))
            assert "127.0.0.1:9" in answers["models"]

            dialog.testConnectionRequested.emit(neiri.settings.llm.model_copy())
            await until(lambda: "connection" in answers)
            ok, text, first_ms = answers["connection"]
            # the page adds the time to the text once ("Connected (first token after N ms)")
            assert ok and first_ms is not None and first_ms > 0 and text == "Connected"

            # a changed value is saved to the file and reaches the running engine
            old_synth = neiri.engine.synth
            dialog.set_field_value("conversation.history_turns", 4)
            dialog.set_field_value("tts.speed", 1.2)
            applied = []
            dialog.settingsApplied.connect(applied.append)
            dialog.apply()
            await until(lambda: applied)
            await until(lambda: neiri.engine.synth is not old_synth)
            assert neiri.engine.conversation.options.history_turns == 4
            saved = load_settings(neiri.paths.settings_file).settings
            assert saved.conversation.history_turns == 4 and saved.tts.speed == 1.2

            # she still talks with the new voice settings
            turn = await neiri.engine.send_text("Hello again")
            await neiri.engine.conversation.wait(turn)
            assert not turn.failed and turn.spoken == ["Hi!"]

            neiri.quit()
            await asyncio.wait_for(runner, 10)

    qloop.run_until_complete(scenario())
