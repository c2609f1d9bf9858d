"""The pages of the settings dialog for the engine's plain settings: General, Audio,
Speech recognition, Language model, Voice, Server and OBS, Integrations and Logging.

They are built on :class:`~ui.dialogs.settings_base.SettingsPage`. The Character page is
in :mod:`ui.dialogs.settings_character_page`, the Avatar page in
:mod:`ui.dialogs.settings_avatar_page`, the memory, people and moderation pages in
:mod:`ui.dialogs.settings_people_pages`.
"""

from __future__ import annotations

import secrets as pysecrets
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from ui.dialogs.settings_base import Binder, FieldRow, SettingsPage
from ui.dialogs.settings_widgets import (
    LevelMeter,
    PasswordEdit,
    error_color,
    make_hint_label,
    ok_color,
    qt_alive,
    set_text_color,
    warn_color,
)
from ui.messages import translated

OVERLAY_PATH = "/overlay/avatar"


def secret_note_text(keyring: bool | None) -> str:
    """Where a secret is kept, for the note under the field."""
    if keyring is None:
        return QCoreApplication.translate("SettingsDialog", "Checking for a system keyring…")
    if keyring:
        return QCoreApplication.translate(
            "SettingsDialog", "Stored in the system keyring, not in the settings file."
        )
    return QCoreApplication.translate(
        "SettingsDialog",
        "No system keyring is available, so this is kept in the settings file "
        "(readable only by you). It never appears in the logs.",
    )


# General ---------------------------------------------------------------------------------

UI_LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("ru", "Русский"),
    ("pt_BR", "Português (Brasil)"),
    ("zh_CN", "简体中文"),
)


class GeneralPage(SettingsPage):
    icon_kind = "general"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            binder,
            self.tr("General"),
            self.tr("Language of the app and how long conversations are remembered."),
            parent,
        )
        form = self.add_group(self.tr("Interface"))
        language = self.combo([(name, code) for code, name in UI_LANGUAGES], narrow=True)
        self.add_field(
            form,
            self.tr("Language"),
            "ui_language",
            language,
            help_text=self.tr("Language of menus and dialogs. Applies after a restart."),
        )
        form = self.add_group(self.tr("Conversation"))
        self.add_field(
            form,
            self.tr("Remembered turns"),
            "conversation.history_turns",
            self.spin("conversation.history_turns"),
        )
        self.add_field(
            form,
            self.tr("Longest message"),
            "conversation.max_input_chars",
            self.spin("conversation.max_input_chars", suffix=self.tr(" characters"), step=100),
        )
        self.add_field(
            form,
            self.tr("Resume within"),
            "conversation.resume_window_h",
            self.dspin(
                "conversation.resume_window_h", decimals=1, step=0.5, suffix=self.tr(" hours")
            ),
        )
        self.finish()


# Audio -------------------------------------------------------------------------------------


class AudioPage(SettingsPage):
    icon_kind = "audio"
    testOutputRequested = Signal()
    refreshDevicesRequested = Signal()

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            binder,
            self.tr("Audio"),
            self.tr("Which microphone Neiri listens to and where her voice plays."),
            parent,
        )
        form = self.add_group(self.tr("Devices"))
        self.input_combo = self.combo([(self.tr("Looking for audio devices…"), None)])
        self.input_combo.setMinimumContentsLength(24)
        self.refresh_button = QPushButton(self.tr("Refresh"), self._body)
        self.refresh_button.setToolTip(self.tr("Look for audio devices again"))
        self.refresh_button.clicked.connect(self.refreshDevicesRequested)
        microphone = self.add_field(
            form,
            self.tr("Microphone"),
            "audio.input_device",
            self.input_combo,
            extras=(self.refresh_button,),
        )
        self.meter = LevelMeter(self._body)
        meter_row = FieldRow(self.meter, (), self.tr("Speak: the bar should move."), self._body)
        self.add_row(form, self.tr("Level"), meter_row)
        self.output_combo = self.combo([(self.tr("Looking for audio devices…"), None)])
        self.output_combo.setMinimumContentsLength(24)
        self.test_button = QPushButton(self.tr("Test"), self._body)
        self.test_button.setToolTip(self.tr("Play a short sound on this device"))
        self.test_button.clicked.connect(self.testOutputRequested)
        self.add_field(
            form,
            self.tr("Speakers"),
            "audio.output_device",
            self.output_combo,
            extras=(self.test_button,),
        )
        self.devices_note = QLabel(self._body)
        self.devices_note.setWordWrap(True)
        self.devices_note.setVisible(False)
        assert microphone.row is not None
        microphone.row.add_widget(self.devices_note)

        form = self.add_group(self.tr("Listening"))
        mode = self.combo(
            [(self.tr("Headphones"), "headphones"), (self.tr("Speakers"), "speakers")],
            narrow=True,
        )
        self.add_field(form, self.tr("You use"), "audio.mode", mode)
        self.add_field(
            form,
            self.tr("Microphone gain"),
            "audio.input_gain_db",
            self.dspin("audio.input_gain_db", decimals=1, step=1.0, suffix=self.tr(" dB")),
        )
        self.add_field(
            form,
            self.tr("Speech threshold"),
            "vad.threshold",
            self.dspin("vad.threshold", decimals=2, step=0.05),
        )
        self.add_field(
            form,
            self.tr("Pause that ends a sentence"),
            "vad.min_silence_ms",
            self.spin("vad.min_silence_ms", suffix=self.tr(" ms"), step=50),
        )

        form = self.add_group(self.tr("Advanced"))
        self.add_field(
            form,
            self.tr("Block length"),
            "audio.block_ms",
            self.spin("audio.block_ms", suffix=self.tr(" ms")),
        )
        self.add_field(
            form,
            self.tr("End-of-speech threshold"),
            "vad.neg_threshold",
            self.dspin("vad.neg_threshold", decimals=2, step=0.05),
        )
        self.add_field(
            form,
            self.tr("Shortest speech"),
            "vad.min_speech_ms",
            self.spin("vad.min_speech_ms", suffix=self.tr(" ms"), step=16),
        )
        self.add_field(
            form,
            self.tr("Pre-roll"),
            "vad.preroll_ms",
            self.spin("vad.preroll_ms", suffix=self.tr(" ms"), step=50),
        )
        self.add_field(
            form,
            self.tr("Longest utterance"),
            "vad.max_utterance_s",
            self.dspin("vad.max_utterance_s", decimals=0, step=5, suffix=self.tr(" s")),
        )
        self.add_field(
            form,
            self.tr("Speakers margin"),
            "vad.speakers_margin_db",
            self.dspin("vad.speakers_margin_db", decimals=1, step=1.0, suffix=self.tr(" dB")),
        )
        self.finish()

    def show_loading(self) -> None:
        for combo in (self.input_combo, self.output_combo):
            combo.setEnabled(False)
        self.refresh_button.setEnabled(False)

    def set_devices(self, devices: list[Any] | None, error: str | None) -> None:
        """Fill the pickers (``devices``: AudioDevice list) or show why there are none
        (``error``: the engine's message, translated here if it is not yet)."""
        self.refresh_button.setEnabled(True)
        for path, combo, channels in (
            ("audio.input_device", self.input_combo, "max_input_channels"),
            ("audio.output_device", self.output_combo, "max_output_channels"),
        ):
            current = self.binder.value(path)
            combo.blockSignals(True)
            combo.clear()
            if error is not None or not devices:
                combo.addItem(self.tr("No audio devices found"), None)
                combo.setEnabled(False)
                if current is not None:
                    combo.addItem(self.tr("{name} (not available)").format(name=current), current)
                    combo.setCurrentIndex(1)
                combo.blockSignals(False)
                continue
            combo.setEnabled(True)
            default_name = ""
            usable = [d for d in devices if getattr(d, channels, 0) > 0]
            for device in usable:
                if (
                    device.is_default_input
                    if channels == "max_input_channels"
                    else (device.is_default_output)
                ):
                    default_name = device.name
            label = self.tr("System default")
            if default_name:
                label = self.tr("System default ({name})").format(name=default_name)
            combo.addItem(label, None)
            for device in usable:
                combo.addItem(device.name, device.name)
                combo.setItemData(
                    combo.count() - 1,
                    self.tr("{api}, device {index}").format(api=device.hostapi, index=device.index),
                    Qt.ItemDataRole.ToolTipRole,
                )
            index = combo.findData(current)
            if index < 0 and isinstance(current, int):
                index = next((i + 1 for i, d in enumerate(usable) if d.index == current), -1)
            if index < 0 and current is not None:
                combo.addItem(self.tr("{name} (not connected)").format(name=current), current)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        if error is not None or not devices:
            self.devices_note.setText(
                translated(error)
                if error
                else self.tr("PortAudio reports no audio devices on this computer.")
            )
            self.devices_note.setVisible(True)
            self.test_button.setEnabled(False)
        else:
            self.devices_note.setVisible(False)
            self.test_button.setEnabled(True)


# Speech recognition ---------------------------------------------------------------------

ASR_MODELS = ("tiny.en", "base.en", "small.en", "medium.en", "tiny", "base", "small", "medium")
LANGUAGES = ("en", "ru", "pt", "zh", "ja", "ko", "de", "fr", "es", "it")


class AsrPage(SettingsPage):
    icon_kind = "asr"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            binder,
            self.tr("Speech recognition"),
            self.tr("Turning what you say into text (Whisper, on this computer)."),
            parent,
        )
        form = self.add_group(self.tr("Model"))
        self.model_combo = self.combo([(name, name) for name in ASR_MODELS], editable=True)
        self.model_combo.setMinimumContentsLength(24)
        browse = QPushButton(self.tr("Browse…"), self._body)
        browse.setToolTip(self.tr("Use a Whisper model folder (CTranslate2 format)"))
        browse.clicked.connect(self._browse)
        self.browse_button = browse
        self.add_field(form, self.tr("Model"), "asr.model", self.model_combo, extras=(browse,))
        language = self.combo([(code, code) for code in LANGUAGES], editable=True, narrow=True)
        language.lineEdit().setPlaceholderText(self.tr("The character's language"))
        language.lineEdit().setClearButtonEnabled(True)
        self.add_field(form, self.tr("Language"), "asr.language", language)

        form = self.add_group(self.tr("Advanced"))
        self.add_field(
            form,
            self.tr("Runs on"),
            "asr.device",
            self.combo(
                [("cpu", "cpu"), ("cuda", "cuda"), ("auto", "auto")], editable=True, narrow=True
            ),
        )
        self.add_field(
            form,
            self.tr("Precision"),
            "asr.compute_type",
            self.combo(
                [(n, n) for n in ("int8", "int8_float16", "float16", "float32")],
                editable=True,
                narrow=True,
            ),
        )
        threads = self.spin("asr.cpu_threads")
        threads.setSpecialValueText(self.tr("Automatic"))
        self.add_field(form, self.tr("CPU threads"), "asr.cpu_threads", threads)
        self.add_field(form, self.tr("Beam size"), "asr.beam_size", self.spin("asr.beam_size"))
        self.finish()
        self._file_dialog: QFileDialog | None = None

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a Whisper model folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        current = Path(self.model_combo.currentText()).expanduser()
        if current.is_dir():
            dialog.setDirectory(str(current))
        dialog.fileSelected.connect(self._picked)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def _picked(self, folder: str) -> None:
        if folder:
            self.binder.set_value("asr.model", folder)


# LLM ----------------------------------------------------------------------------------------


class LlmPage(SettingsPage):
    icon_kind = "llm"
    modelsRequested = Signal(str, str)
    testConnectionRequested = Signal(object)

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            binder,
            self.tr("Language model"),
            self.tr("The server that writes Neiri's replies."),
            parent,
        )
        form = self.add_group(self.tr("Server"))
        provider = self.combo(
            [(self.tr("Ollama (local)"), "ollama"), (self.tr("OpenAI-compatible"), "openai")],
            narrow=True,
        )
        self.add_field(form, self.tr("Provider"), "llm.provider", provider)
        self.add_field(
            form, self.tr("Address"), "llm.base_url", self.line_edit("http://127.0.0.1:11434")
        )
        self.model_combo = self.combo([], editable=True)
        self.model_combo.setMinimumContentsLength(22)
        self.refresh_button = QPushButton(self.tr("Refresh"), self._body)
        self.refresh_button.setToolTip(self.tr("Ask the server which models it has"))
        self.refresh_button.clicked.connect(self.request_models)
        model = self.add_field(
            form, self.tr("Model"), "llm.model", self.model_combo, extras=(self.refresh_button,)
        )
        self.models_status = make_hint_label("", self._body)
        self.models_status.setVisible(False)
        assert model.row is not None
        model.row.add_widget(self.models_status)
        self.api_key = PasswordEdit(self._body)
        self.api_key.setPlaceholderText(self.tr("Not needed for a local Ollama"))
        key = self.add_field(form, self.tr("API key"), "llm.api_key", self.api_key)
        self.key_note = make_hint_label(secret_note_text(None), self._body)
        assert key.row is not None
        key.row.add_widget(self.key_note)

        test_row = QWidget(self._body)
        test_layout = QHBoxLayout(test_row)
        test_layout.setContentsMargins(0, 4, 0, 0)
        self.test_button = QPushButton(self.tr("Test connection"), test_row)
        self.test_button.clicked.connect(self.request_test)
        self.test_result = QLabel(test_row)
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_layout.addWidget(self.test_button)
        test_layout.addWidget(self.test_result, 1)
        self.add_row(form, "", test_row, buddy=self.test_button)

        form = self.add_group(self.tr("Replies"))
        self.add_field(
            form,
            self.tr("Temperature"),
            "llm.temperature",
            self.dspin("llm.temperature", decimals=2, step=0.05),
        )
        self.add_field(
            form,
            self.tr("Longest reply"),
            "llm.max_tokens",
            self.spin("llm.max_tokens", suffix=self.tr(" tokens"), step=50),
        )
        self.add_field(
            form,
            self.tr("Context window"),
            "llm.num_ctx",
            self.spin("llm.num_ctx", suffix=self.tr(" tokens"), step=1024),
        )
        form = self.add_group(self.tr("Advanced"))
        self.add_field(form, self.tr("Keep loaded for"), "llm.keep_alive", self.line_edit("30m"))
        self.add_field(
            form, self.tr("Retries"), "llm.connect_retries", self.spin("llm.connect_retries")
        )
        self.add_field(
            form,
            self.tr("First retry after"),
            "llm.retry_backoff_s",
            self.dspin("llm.retry_backoff_s", decimals=2, step=0.25, suffix=self.tr(" s")),
        )
        self.add_field(
            form,
            self.tr("Reply timeout"),
            "llm.timeout_s",
            self.dspin("llm.timeout_s", decimals=0, step=5, suffix=self.tr(" s")),
        )
        self.finish()

    def request_models(self) -> None:
        self._status(self.models_status, self.tr("Asking the server for its models…"), None)
        self.modelsRequested.emit(self.binder.draft.llm.provider, self.binder.draft.llm.base_url)

    def set_models(self, models: list[str] | str) -> None:
        """The server's models, or why they could not be listed (the engine's message)."""
        if isinstance(models, str):
            self._status(
                self.models_status,
                self.tr("Could not get the model list: {reason}").format(reason=translated(models)),
                error_color(self),
            )
            return
        current = self.model_combo.currentText()
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        for name in models:
            self.model_combo.addItem(name, name)
        self.model_combo.setCurrentText(current)
        self.model_combo.blockSignals(False)
        if models:
            text = self.tr("{count} models on the server.").format(count=len(models))
            if current and current not in models:
                text += " " + self.tr("“{model}” is not one of them.").format(model=current)
            self._status(self.models_status, text, None)
        else:
            self._status(
                self.models_status,
                self.tr("The server has no models yet. With Ollama: ollama pull llama3.2:3b"),
                warn_color(self),
            )

    def request_test(self) -> None:
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Testing…"))
        set_text_color(self.test_result, None)
        self.testConnectionRequested.emit(self.binder.draft.llm.model_copy(deep=True))

    def show_connection_result(self, ok: bool, text: str, first_token_ms: float | None) -> None:
        """``text``: what happened (the engine's message when it failed)."""
        self.test_button.setEnabled(True)
        text = translated(text)
        if ok and first_token_ms is not None:
            text = self.tr("{text} (first token after {ms:.0f} ms)").format(
                text=text, ms=first_token_ms
            )
        self.test_result.setText(("✓ " if ok else "✗ ") + text)
        set_text_color(self.test_result, ok_color(self) if ok else error_color(self))

    def set_keyring(self, available: bool | None) -> None:
        self.key_note.setText(secret_note_text(available))

    @staticmethod
    def _status(label: QLabel, text: str, color: QColor | None) -> None:
        label.setText(text)
        label.setVisible(True)
        if color is None:
            label.setPalette(QPalette())
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        else:
            label.setForegroundRole(QPalette.ColorRole.WindowText)
            set_text_color(label, color)


# Voice ----------------------------------------------------------------------------------------

VOICES = ("en_US-joe-medium",)


class VoicePage(SettingsPage):
    icon_kind = "voice"
    previewRequested = Signal(str)

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            binder, self.tr("Voice"), self.tr("How Neiri sounds when she speaks."), parent
        )
        form = self.add_group(self.tr("Voice"))
        engine = self.combo(
            [
                (self.tr("Piper (fast, on the CPU)"), "piper"),
                (self.tr("XTTS-v2 (optional download)"), "xtts"),
            ],
            narrow=True,
        )
        engine_binding = self.add_field(form, self.tr("Engine"), "tts.engine", engine)
        self.xtts_note = make_hint_label(
            self.tr(
                "XTTS-v2 needs the optional xtts package and a model you download yourself; "
                "its weights are licensed for non-commercial use only."
            ),
            self._body,
        )
        assert engine_binding.row is not None
        engine_binding.row.add_widget(self.xtts_note)
        voice = self.combo([(name, name) for name in VOICES], editable=True)
        voice.lineEdit().setPlaceholderText(self.tr("The character's voice"))
        voice.lineEdit().setClearButtonEnabled(True)
        voice.setMinimumContentsLength(22)
        self.add_field(form, self.tr("Voice"), "tts.voice", voice)

        self.speed = QSlider(Qt.Orientation.Horizontal, self._body)
        self.speed.setRange(50, 200)
        self.speed.setSingleStep(5)
        self.speed.setPageStep(10)
        self.speed.setTickInterval(25)
        self.speed.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.speed.setProperty("neiri_scale", 0.01)
        self.speed_label = QLabel(self._body)
        self.speed_label.setMinimumWidth(
            self.speed_label.fontMetrics().horizontalAdvance("2.00×") + 6
        )
        self.speed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.speed.valueChanged.connect(self._show_speed)
        self.add_field(form, self.tr("Speed"), "tts.speed", self.speed, extras=(self.speed_label,))
        self._show_speed(self.speed.value())

        form = self.add_group(self.tr("Preview"))
        self.preview_text = QLineEdit(self.tr("Hi! I'm Neiri. This is how I sound."), self._body)
        self.preview_button = QPushButton(self.tr("Preview"), self._body)
        self.preview_button.clicked.connect(
            lambda: self.previewRequested.emit(self.preview_text.text().strip())
        )
        preview_row = FieldRow(
            self.preview_text,
            (self.preview_button,),
            self.tr("Uses the engine, voice and speed chosen above, before you apply them."),
            self._body,
        )
        self.add_row(form, self.tr("Say"), preview_row)

        form = self.add_group(self.tr("Advanced"))
        self.add_field(
            form,
            self.tr("Phrase cache"),
            "tts.cache_size",
            self.spin("tts.cache_size", suffix=self.tr(" phrases"), step=64),
        )
        self.finish()
        binder.valueCommitted.connect(self._committed)
        self._committed("tts.engine")

    def _show_speed(self, value: int) -> None:
        self.speed_label.setText(f"{value / 100:.2f}×")

    def _committed(self, path: str) -> None:
        if path == "tts.engine":
            self.xtts_note.setVisible(self.binder.draft.tts.engine == "xtts")


# Character -----------------------------------------------------------------------------------


class ServerPage(SettingsPage):
    icon_kind = "server"

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            binder,
            self.tr("Server and OBS"),
            self.tr("The local web server that serves the avatar to OBS and remote controls."),
            parent,
        )
        form = self.add_group(self.tr("Web server"))
        self.add_field(form, self.tr("Address"), "server.host", self.line_edit("127.0.0.1"))
        self.add_field(form, self.tr("Port"), "server.port", self.spin("server.port"))
        self.add_field(
            form,
            self.tr("Remote access"),
            "server.allow_remote",
            self.check(self.tr("Allow other devices to connect")),
        )
        self.token = PasswordEdit(self._body)
        self.token.setPlaceholderText(self.tr("Needed for remote access"))
        generate = QPushButton(self.tr("Generate"), self._body)
        generate.setToolTip(self.tr("Make a new random token"))
        generate.clicked.connect(
            lambda: self.binder.set_value("server.token", pysecrets.token_urlsafe(24))
        )
        self.generate_button = generate
        token = self.add_field(
            form, self.tr("Token"), "server.token", self.token, extras=(generate,)
        )
        assert token.row is not None
        self.token_note = token.row.add_widget(make_hint_label(secret_note_text(None)))
        self.remote_warning = QLabel(
            self.tr("Remote access is allowed but there is no token: remote clients are refused."),
            self._body,
        )
        self.remote_warning.setWordWrap(True)
        token.row.add_widget(self.remote_warning)

        form = self.add_group(self.tr("OBS overlay"))
        self.overlay_url = QLineEdit(self._body)
        self.overlay_url.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy"), self._body)
        self.copy_button.clicked.connect(self.copy_overlay_url)
        row = FieldRow(
            self.overlay_url,
            (self.copy_button,),
            self.tr(
                "In OBS, add a Browser source with this address. Its background is transparent."
            ),
            self._body,
        )
        self.add_row(form, self.tr("Overlay URL"), row)
        self.finish()
        binder.valueCommitted.connect(self._committed)
        self._committed("")

    def overlay_url_text(self) -> str:
        return f"http://127.0.0.1:{self.binder.draft.server.port}{OVERLAY_PATH}"

    def copy_overlay_url(self) -> None:
        QGuiApplication.clipboard().setText(self.overlay_url.text())
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(1500, self._reset_copy)

    def _reset_copy(self) -> None:
        if qt_alive(self.copy_button):
            self.copy_button.setText(self.tr("Copy"))

    def _committed(self, path: str) -> None:
        self.overlay_url.setText(self.overlay_url_text())
        server = self.binder.draft.server
        self.remote_warning.setVisible(server.allow_remote and server.token is None)
        set_text_color(self.remote_warning, warn_color(self))

    def set_keyring(self, available: bool | None) -> None:
        self.token_note.setText(secret_note_text(available))


# Integrations ----------------------------------------------------------------------------------


class IntegrationsPage(SettingsPage):
    icon_kind = "integrations"
    has_defaults = False

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            binder,
            self.tr("Integrations"),
            self.tr("Connections to streaming services and other apps."),
            parent,
        )
        self.add_note(
            self.tr(
                "<b>Not set up yet.</b><br><br>"
                "Twitch chat and events, OBS scene control, VTube Studio and telephony each "
                "arrive with their own part of Neiri. None of them is installed, so none of "
                "them is active and there is nothing to configure here yet."
            )
        )
        self.finish()


# Logging ---------------------------------------------------------------------------------------


class LoggingPage(SettingsPage):
    icon_kind = "logging"
    openLogFolderRequested = Signal()
    logViewerRequested = Signal()

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            binder,
            self.tr("Logging"),
            self.tr("What Neiri writes to her log files, for finding out what went wrong."),
            parent,
        )
        form = self.add_group(self.tr("Log files"))
        level = self.combo(
            [
                (self.tr("Debug (everything)"), "DEBUG"),
                (self.tr("Info"), "INFO"),
                (self.tr("Warnings"), "WARNING"),
                (self.tr("Errors only"), "ERROR"),
            ],
            narrow=True,
        )
        self.add_field(form, self.tr("Level"), "logging.level", level)
        self.add_field(
            form,
            self.tr("Rotate at"),
            "logging.max_bytes",
            self.dspin(
                "logging.max_bytes", decimals=2, step=1.0, suffix=self.tr(" MB"), scale=1_000_000
            ),
            help_text=self.tr("Size at which the log file is closed and a new one started."),
        )
        self.add_field(
            form, self.tr("Old files kept"), "logging.backups", self.spin("logging.backups")
        )
        buttons = QWidget(self._body)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 4, 0, 0)
        self.open_folder_button = QPushButton(self.tr("Open log folder"), buttons)
        self.open_folder_button.clicked.connect(self.openLogFolderRequested)
        self.viewer_button = QPushButton(self.tr("View logs…"), buttons)
        self.viewer_button.clicked.connect(self.logViewerRequested)
        row.addWidget(self.open_folder_button)
        row.addWidget(self.viewer_button)
        row.addStretch(1)
        self.add_row(form, "", buttons, buddy=self.open_folder_button)
        self.finish()
