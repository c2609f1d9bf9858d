"""The settings dialog: inline validation, saving, restore defaults, secrets, slots."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.audio.devices import AudioDevice, AudioUnavailable
from app.config.characters import BUNDLED_CHARACTERS_DIR, load_character
from app.config.settings import LlmSettings, Settings
from app.config.store import load_settings
from app.logs import (
    LOG_FILE_NAME,
    clear_registered_secrets,
    log_event,
    setup_logging,
    shutdown_logging,
)
from tests.ui.conftest import screenshot
from ui import secrets as secret_store
from ui.dialogs.settings_dialog import SettingsDialog
from ui.theme import apply_theme

DEVICES = [
    AudioDevice(0, "USB Microphone", "ALSA", 1, 0, 48000.0, True, False),
    AudioDevice(1, "Built-in Audio Analog Stereo", "ALSA", 2, 2, 48000.0, False, True),
    AudioDevice(2, "HDMI Output", "ALSA", 0, 8, 48000.0, False, False),
]


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


@pytest.fixture(autouse=True)
def no_keyring():
    """No test touches the real keyring: by default there is none (keyring's fail
    backend); ``memory_keyring`` puts an in-memory one in its place."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    secret_store.reset_keyring_status()
    clear_registered_secrets()
    yield
    keyring.set_keyring(previous)
    secret_store.reset_keyring_status()
    clear_registered_secrets()


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    secret_store.reset_keyring_status()
    return backend


@pytest.fixture
def paths(tmp_path) -> dict[str, Path]:
    return {
        "settings": tmp_path / "config" / "settings.yaml",
        "characters": tmp_path / "data" / "characters",
    }


@pytest.fixture
def make_dialog(qtbot, paths):
    def make(settings: Settings | None = None, probe=lambda: DEVICES) -> SettingsDialog:
        dialog = SettingsDialog(
            settings or Settings(),
            paths["settings"],
            probe=probe,
            characters_dir=paths["characters"],
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.keyring_available is not None, timeout=3000)
        qtbot.waitUntil(lambda: dialog.page("audio").refresh_button.isEnabled(), timeout=3000)
        return dialog

    return make


def apply_and_wait(qtbot, dialog: SettingsDialog) -> Settings:
    with qtbot.waitSignal(dialog.settingsApplied, timeout=3000) as blocker:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_invalid_value_is_shown_inline_blocks_apply_and_is_not_saved(make_dialog, paths):
    dialog = make_dialog()
    dialog.show_page("llm")
    address = dialog.field("llm.base_url")
    assert isinstance(address, QLineEdit)
    address.setText("")

    reason = dialog.field_error("llm.base_url")
    assert reason is not None and "at least 1 character" in reason
    label = dialog.binder.bindings["llm.base_url"].error_label
    assert label is not None and label.isVisibleTo(dialog) and label.text() == reason
    assert address.property("invalid") is True
    assert not dialog.apply_button.isEnabled()
    assert not dialog.ok_button.isEnabled()
    assert "Language model" in dialog.status_label.text()
    # the draft keeps the last valid value; nothing reaches the file
    assert dialog.draft().llm.base_url == "http://127.0.0.1:11434"
    dialog.apply()
    assert not paths["settings"].exists()

    address.setText("http://192.168.1.20:11434")
    assert dialog.field_error("llm.base_url") is None
    assert not label.isVisibleTo(dialog)
    assert dialog.apply_button.isEnabled() and dialog.ok_button.isEnabled()
    assert dialog.draft().llm.base_url == "http://192.168.1.20:11434"


def test_valid_changes_are_saved_and_survive_reloading(qtbot, make_dialog, paths):
    paths["settings"].parent.mkdir(parents=True)
    paths["settings"].write_text("version: 1\nmy_own_key: keep me\nllm:\n  extra_thing: 3\n")
    loaded = load_settings(paths["settings"])
    assert loaded.ok
    dialog = make_dialog(loaded.settings)
    assert not dialog.apply_button.isEnabled()  # nothing changed yet

    dialog.field("llm.model").setCurrentText("qwen2.5:7b")
    dialog.field("llm.temperature").setValue(1.1)
    dialog.field("server.port").setValue(9100)
    dialog.field("logging.max_bytes").setValue(2.57)  # MB, stored as whole bytes
    dialog.field("audio.input_device").setCurrentIndex(
        dialog.field("audio.input_device").findData("USB Microphone")
    )
    dialog.field("asr.language").setCurrentText("en")
    assert dialog.apply_button.isEnabled()
    applied = apply_and_wait(qtbot, dialog)
    assert applied.llm.model == "qwen2.5:7b"
    assert not dialog.apply_button.isEnabled()  # saved: nothing left to apply

    reloaded = load_settings(paths["settings"])
    assert reloaded.ok, reloaded.errors
    s = reloaded.settings
    assert s.llm.model == "qwen2.5:7b"
    assert s.llm.temperature == pytest.approx(1.1)
    assert s.server.port == 9100
    assert s.logging.max_bytes == 2_570_000
    assert s.audio.input_device == "USB Microphone"
    assert s.asr.language == "en"
    assert s.model_extra == {"my_own_key": "keep me"}  # unknown keys survive
    assert s.llm.model_extra == {"extra_thing": 3}

    # a new dialog on the reloaded settings shows the saved values
    again = make_dialog(s)
    assert again.field("llm.model").currentText() == "qwen2.5:7b"
    assert again.field("server.port").value() == 9100
    assert again.field("audio.input_device").currentText() == "USB Microphone"
    assert again.page("server").overlay_url.text() == "http://127.0.0.1:9100/overlay/avatar"


def test_ok_saves_and_closes(qtbot, make_dialog, paths):
    dialog = make_dialog()
    dialog.field("tts.speed").setValue(125)
    assert dialog.draft().tts.speed == pytest.approx(1.25)
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert load_settings(paths["settings"]).settings.tts.speed == pytest.approx(1.25)


def test_a_file_that_failed_to_load_is_only_overwritten_when_asked(qtbot, make_dialog, paths):
    paths["settings"].parent.mkdir(parents=True)
    paths["settings"].write_text("llm: [unclosed\n")
    loaded = load_settings(paths["settings"])
    assert loaded.save_blocked
    dialog = make_dialog(loaded.settings)
    dialog.field("llm.model").setCurrentText("mistral:7b")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.save_bar.isVisible(), timeout=3000)
    assert "not valid YAML" in dialog.save_bar.label.text()
    assert dialog.overwrite_button.isVisible()
    assert paths["settings"].read_text() == "llm: [unclosed\n"  # untouched

    with qtbot.waitSignal(dialog.settingsApplied, timeout=3000):
        qtbot.mouseClick(dialog.overwrite_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_bar.isVisible()
    assert load_settings(paths["settings"]).settings.llm.model == "mistral:7b"


def test_restore_defaults_resets_only_the_current_page_after_confirming(make_dialog, qtbot):
    dialog = make_dialog()
    dialog.field("llm.temperature").setValue(1.5)
    dialog.field("llm.base_url").setText("")  # invalid, shown in red
    dialog.field("server.port").setValue(9999)
    dialog.show_page("llm")
    qtbot.mouseClick(dialog.restore_defaults_button, Qt.MouseButton.LeftButton)
    assert dialog.restore_bar.isVisible()
    assert dialog.draft().llm.temperature == 1.5  # nothing happens before confirming

    qtbot.mouseClick(dialog.confirm_restore_button, Qt.MouseButton.LeftButton)
    assert not dialog.restore_bar.isVisible()
    draft = dialog.draft()
    assert draft.llm.temperature == 0.7
    assert dialog.field("llm.temperature").value() == pytest.approx(0.7)
    assert dialog.field("llm.base_url").text() == "http://127.0.0.1:11434"
    assert dialog.field_error("llm.base_url") is None
    assert draft.server.port == 9999  # another page: untouched
    assert dialog.ok_button.isEnabled()


def test_secrets_stay_out_of_the_logs_without_a_keyring(qtbot, make_dialog, paths, tmp_path):
    log_dir = tmp_path / "logs"
    setup_logging(log_dir, level="DEBUG", console=False)
    try:
        dialog = make_dialog()
        assert dialog.keyring_available is False
        assert "settings file" in dialog.page("llm").key_note.text()
        api_key, token = "hunter2-very-private-value", "remote-token-0123456789"
        dialog.field("llm.api_key").setText(api_key)
        dialog.field("server.token").setText(token)
        apply_and_wait(qtbot, dialog)
        # without a keyring they are kept in the (owner-only) settings file
        saved = load_settings(paths["settings"]).settings
        assert saved.llm.api_key.get_secret_value() == api_key
        assert saved.server.token.get_secret_value() == token
        # anything that logs them later is masked
        log_event("llm", "llm.request", f"calling the server with key {api_key}", token=token)
        log_event("server", "server.auth", f"client sent {token}")
    finally:
        shutdown_logging()
    text = (log_dir / LOG_FILE_NAME).read_text()
    assert api_key not in text and token not in text
    events = [json.loads(line) for line in text.splitlines()]
    saved_event = next(e for e in events if e["event"] == "settings.saved")
    assert "llm.api_key" in saved_event["changed"]
    assert any("***" in e["message"] for e in events if e["event"] == "llm.request")


def test_secrets_go_to_the_keyring_when_there_is_one(qtbot, make_dialog, paths, memory_keyring):
    dialog = make_dialog()
    assert dialog.keyring_available is True
    assert "system keyring" in dialog.page("server").token_note.text()
    dialog.field("llm.api_key").setText("my-openai-key-123456")
    apply_and_wait(qtbot, dialog)
    assert memory_keyring.store[("neiri", "llm.api_key")] == "my-openai-key-123456"
    assert "my-openai-key-123456" not in paths["settings"].read_text()
    on_disk = load_settings(paths["settings"]).settings
    assert on_disk.llm.api_key is None
    assert secret_store.apply_stored_secrets(on_disk).llm.api_key.get_secret_value() == (
        "my-openai-key-123456"
    )

    # a new dialog on the file's settings fetches the key from the keyring
    again = make_dialog(on_disk)
    qtbot.waitUntil(lambda: again.field("llm.api_key").text() == "my-openai-key-123456")
    assert not again.dirty
    again.field("llm.api_key").setText("")  # clearing it removes it from the keyring
    apply_and_wait(qtbot, again)
    assert ("neiri", "llm.api_key") not in memory_keyring.store


def test_model_list_slot_fills_the_combo(qtbot, make_dialog):
    dialog = make_dialog()
    dialog.show_page("llm")
    page = dialog.page("llm")
    with qtbot.waitSignal(dialog.modelsRequested) as blocker:
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["ollama", "http://127.0.0.1:11434"]
    dialog.set_models(["llama3.2:3b", "qwen2.5:7b", "mistral:7b"])
    combo = dialog.field("llm.model")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "llama3.2:3b",
        "qwen2.5:7b",
        "mistral:7b",
    ]
    assert combo.currentText() == "llama3.2:3b"  # the chosen model is kept
    assert "3 models" in page.models_status.text()
    combo.setCurrentIndex(1)
    assert dialog.draft().llm.model == "qwen2.5:7b"

    dialog.set_models("connection refused")
    assert "connection refused" in page.models_status.text()
    assert combo.count() == 3  # the last good list stays


def test_request_signals_and_result_slots(qtbot, make_dialog):
    dialog = make_dialog()
    llm = dialog.page("llm")
    with qtbot.waitSignal(dialog.testConnectionRequested) as blocker:
        qtbot.mouseClick(llm.test_button, Qt.MouseButton.LeftButton)
    assert isinstance(blocker.args[0], LlmSettings)
    assert not llm.test_button.isEnabled()
    dialog.show_connection_result(True, "Connected to llama3.2:3b", 312.4)
    assert llm.test_button.isEnabled()
    assert "312 ms" in llm.test_result.text()
    dialog.show_connection_result(False, "Ollama is not running", None)
    assert "Ollama is not running" in llm.test_result.text()

    voice = dialog.page("voice")
    with qtbot.waitSignal(dialog.previewRequested) as blocker:
        qtbot.mouseClick(voice.preview_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].startswith("Hi!")
    with qtbot.waitSignal(dialog.testOutputRequested):
        qtbot.mouseClick(dialog.page("audio").test_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.openLogFolderRequested):
        qtbot.mouseClick(dialog.page("logging").open_folder_button, Qt.MouseButton.LeftButton)

    dialog.set_input_level(-12.0)
    assert dialog.page("audio").meter.level_db == pytest.approx(-12.0, abs=1.0)

    server = dialog.page("server")
    dialog.field("server.port").setValue(8800)
    assert server.overlay_url.text() == "http://127.0.0.1:8800/overlay/avatar"
    qtbot.mouseClick(server.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "http://127.0.0.1:8800/overlay/avatar"


def test_no_audio_devices_is_shown_gracefully(make_dialog):
    def broken():
        raise AudioUnavailable("No audio system found: the PortAudio library is not installed.")

    dialog = make_dialog(probe=broken)
    audio = dialog.page("audio")
    assert audio.input_combo.currentText() == "No audio devices found"
    assert not audio.input_combo.isEnabled() and not audio.output_combo.isEnabled()
    assert "PortAudio" in audio.devices_note.text()
    assert not audio.test_button.isEnabled()
    assert dialog.ok_button.isEnabled()  # the rest of the dialog still works


def test_character_edits_are_saved_as_the_users_copy(qtbot, make_dialog, paths):
    bundled = BUNDLED_CHARACTERS_DIR / "neiri.yaml"
    bundled_before = bundled.read_bytes()
    dialog = make_dialog()
    dialog.show_page("character")
    page = dialog.page("character")
    page.persona_edit.setPlainText("")
    assert dialog.field_error("character:neiri.persona") is not None
    assert not dialog.apply_button.isEnabled()

    page.persona_edit.setPlainText("You are Neiri, a cheerful test persona.")
    page.table.item(1, 1).setText("joy")  # happy -> joy
    assert dialog.apply_button.isEnabled()
    apply_and_wait(qtbot, dialog)

    user_copy = paths["characters"] / "neiri.yaml"
    assert user_copy.is_file()
    character = load_character("neiri", paths["characters"])
    assert character.persona == "You are Neiri, a cheerful test persona."
    assert character.emotions["happy"] == "joy"
    assert bundled.read_bytes() == bundled_before  # the bundled file is never written


def test_screenshots_of_every_page_in_both_themes(qapp, make_dialog):
    try:
        for theme in ("light", "dark"):
            apply_theme(qapp, theme)
            dialog = make_dialog()
            dialog.set_input_level(-16.0)
            dialog.set_models(["llama3.2:3b", "qwen2.5:7b"])
            for key in SettingsDialog.PAGE_KEYS:
                dialog.show_page(key)
                qapp.processEvents()
                path = screenshot(dialog, f"settings-{theme}-{key}")
                assert path.stat().st_size > 10_000
            dialog.show_page("llm")
            dialog.field("llm.base_url").setText("")
            dialog.show_connection_result(True, "Connected to llama3.2:3b", 284.0)
            qapp.processEvents()
            screenshot(dialog, f"settings-{theme}-invalid")
            dialog.restore_defaults_button.click()  # the inline "are you sure?" bar
            qapp.processEvents()
            screenshot(dialog, f"settings-{theme}-restore-confirm")
            dialog.close()
    finally:
        apply_theme(qapp, "light")
