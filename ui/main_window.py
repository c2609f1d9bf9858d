"""The main window: avatar, conversation, input, Stop, character, status."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.config.characters import list_characters
from app.conversation.conversation import InputRejected
from app.engine import Engine
from ui.bridge import EngineBridge
from ui.messages import translated
from ui.widgets.avatar_panel import AvatarPanel
from ui.widgets.status import ComponentLight, LatencyHistoryDialog, LatencyWaterfall, MicMeter
from ui.widgets.transcript import TranscriptView

log = logging.getLogger("neiri.ui")

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICON = ICONS / "neiri.svg"
AVATAR_AT_LATEST_MS = 15_000  # the avatar page loads once she is up, or after this
COMPONENTS = (  # translated where they are shown (MainWindow's self.tr)
    ("mic", QT_TRANSLATE_NOOP("MainWindow", "Mic")),
    ("asr", QT_TRANSLATE_NOOP("MainWindow", "ASR")),
    ("llm", QT_TRANSLATE_NOOP("MainWindow", "LLM")),
    ("tts", QT_TRANSLATE_NOOP("MainWindow", "Voice")),
)


class MainWindow(QMainWindow):
    """Everything a streamer needs on one screen; talks to the engine via the facade."""

    settingsRequested = Signal()
    logViewerRequested = Signal()
    wizardRequested = Signal()
    memoryRequested = Signal()  # Tools > Memory…
    relationshipsRequested = Signal()  # Tools > Relationships…
    desktopPetToggled = Signal(bool)  # the avatar issue makes her a desktop pet
    quitRequested = Signal()
    hiddenToTray = Signal()

    def __init__(self, engine: Engine, bridge: EngineBridge, state_file: Path) -> None:
        super().__init__()
        self.engine = engine
        self.bridge = bridge
        self._state = QSettings(str(state_file), QSettings.Format.IniFormat)
        self._tasks: set[asyncio.Task] = set()
        self.close_to_tray = engine.settings.ui.close_to_tray
        self._quitting = False
        self.setWindowTitle("Neiri")
        self.setWindowIcon(QIcon(str(ICON)))
        self.resize(1100, 700)
        self._build()
        self._build_menus()
        self._connect_bridge()
        self._restore_state()
        self._ptt_key = QKeySequence(engine.settings.ui.push_to_talk_key)
        self._ptt_down = False

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 8, 10, 6)

        top = QHBoxLayout()
        self.character_box = QComboBox()
        self.character_box.setMinimumWidth(160)
        self.character_box.setToolTip(self.tr("Switch character: persona, voice and avatar"))
        self._fill_characters()
        self.character_box.currentIndexChanged.connect(
            lambda i: self._switch_character(self.character_box.itemData(i))
        )
        self.state_label = QLabel(self.tr("Starting…"))
        self.state_label.setObjectName("stateLabel")
        top.addWidget(QLabel(self.tr("Character:")))
        top.addWidget(self.character_box)
        top.addStretch(1)
        top.addWidget(self.state_label)
        outer.addLayout(top)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.avatar = AvatarPanel()
        self._avatar_url: str | None = None  # the page to show once she is up
        self.splitter.addWidget(self.avatar)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.transcript = TranscriptView()
        self.transcript.her_name = self.engine.character.display_name
        right_layout.addWidget(self.transcript, 1)

        row = QHBoxLayout()
        self.mic_button = QToolButton()
        self.mic_button.setCheckable(True)
        self.mic_button.setChecked(True)
        self.mic_button.setMinimumSize(40, 36)
        self.mic_button.setIconSize(QSize(22, 22))
        self.mic_button.toggled.connect(self._mic_toggled)
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Type a message and press Enter…"))
        self.input.setMinimumHeight(36)
        self.input.returnPressed.connect(self.send_typed)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setMinimumHeight(36)
        self.send_button.clicked.connect(self.send_typed)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setMinimumSize(96, 36)
        self.stop_button.setToolTip(self.tr("Stop her talking now (Esc)"))
        self.stop_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.stop_button.setStyleSheet(
            "QPushButton#stopButton { background:#d9434f; color:white; font-weight:bold;"
            " border-radius:6px; padding:6px 16px; }"
            "QPushButton#stopButton:pressed { background:#b3323d; }"
        )
        self.stop_button.clicked.connect(self.stop_speaking)
        row.addWidget(self.mic_button)
        row.addWidget(self.input, 1)
        row.addWidget(self.send_button)
        row.addWidget(self.stop_button)
        right_layout.addLayout(row)
        self.input_error = QLabel()
        self.input_error.setStyleSheet("color:#d9434f;")
        self.input_error.setWordWrap(True)
        self.input_error.hide()
        right_layout.addWidget(self.input_error)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        outer.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._update_mic_tooltip()

        bar = self.statusBar()
        self.lights: dict[str, ComponentLight] = {}
        for name, label in COMPONENTS:
            light = ComponentLight(name, self.tr(label))
            self.lights[name] = light
            bar.addPermanentWidget(light)
        self.mic_meter = MicMeter()
        bar.addPermanentWidget(self.mic_meter)
        self.waterfall = LatencyWaterfall()
        self.waterfall.clicked.connect(self.show_latency_history)
        bar.addPermanentWidget(self.waterfall)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        neiri = menu.addMenu(self.tr("&Neiri"))
        self.settings_action = self._action(
            neiri, self.tr("&Settings…"), self.settingsRequested.emit
        )
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self._action(neiri, self.tr("First-run &wizard…"), self.wizardRequested.emit)
        neiri.addSeparator()
        quit_action = self._action(neiri, self.tr("&Quit"), self.quitRequested.emit)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        view = menu.addMenu(self.tr("&View"))
        self._action(view, self.tr("&Log viewer…"), self.logViewerRequested.emit)
        self.pet_action = self._action(view, self.tr("&Desktop pet"), None)
        self.pet_action.setCheckable(True)
        self.pet_action.toggled.connect(self.desktopPetToggled.emit)

        tools = menu.addMenu(self.tr("&Tools"))
        self.memory_action = self._action(tools, self.tr("&Memory…"), self.memoryRequested.emit)
        self.relationships_action = self._action(
            tools, self.tr("&Relationships…"), self.relationshipsRequested.emit
        )
        telephony = self.tr("&Telephony…")
        self._action(tools, telephony, lambda: self._not_set_up(telephony))

    def _action(self, menu, title: str, slot: Callable[..., Any] | None) -> QAction:
        action = menu.addAction(title)
        if slot is not None:
            action.triggered.connect(lambda checked=False: slot())
        return action

    def _fill_characters(self) -> None:
        self.character_box.blockSignals(True)
        self.character_box.clear()
        for name in list_characters(self.engine.paths.characters_dir):
            self.character_box.addItem(name.replace("_", " ").title(), name)
        self.select_character(self.engine.character.name)
        self.character_box.blockSignals(False)

    def select_character(self, name: str) -> None:
        index = self.character_box.findData(name)
        if index >= 0:
            self.character_box.setCurrentIndex(index)

    def _connect_bridge(self) -> None:
        b = self.bridge
        b.userText.connect(self._on_user_text)
        b.replyText.connect(self.transcript.add_reply_clause)
        b.emotionChanged.connect(self.transcript.set_emotion)
        b.turnInterrupted.connect(self._on_interrupted)
        b.turnFailed.connect(self._on_turn_failed)
        b.componentStatus.connect(self._on_status)
        b.micLevel.connect(self.mic_meter.set_level)
        b.turnMetrics.connect(self.waterfall.add)
        b.speakingChanged.connect(self._on_speaking)
        b.listeningChanged.connect(self._on_listening)

    # --- state of the window ----------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._state.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = self._state.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self._state.setValue("window/geometry", self.saveGeometry())
        self._state.setValue("window/splitter", self.splitter.saveState())
        self._state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.close_to_tray and not self._quitting:
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        self.avatar.release()
        event.accept()

    def quit_now(self) -> None:
        self._quitting = True
        self.save_state()
        self.avatar.release()
        self.close()

    # --- actions ------------------------------------------------------------------------

    def run(self, coro: Coroutine[Any, Any, Any], on_error: Callable[[Exception], None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def done(t: asyncio.Task) -> None:
            self._tasks.discard(t)
            if not t.cancelled() and t.exception() is not None:
                on_error(t.exception())  # type: ignore[arg-type]

        task.add_done_callback(done)

    def send_typed(self) -> None:
        text = self.input.text()
        self.input_error.hide()

        def failed(exc: Exception) -> None:
            message = (
                translated(exc)
                if isinstance(exc, InputRejected)
                else self.tr("Could not send the message: {}").format(translated(exc))
            )
            self.input_error.setText(message)
            self.input_error.show()

        if self.engine.conversation is None:
            failed(RuntimeError(self.tr("she is still waking up")))
            return
        self.run(self.engine.send_text(text), failed)
        if text.strip() and len(text) <= self.engine.settings.conversation.max_input_chars:
            self.input.clear()

    def stop_speaking(self) -> None:
        self.engine.stop_speaking()

    def set_mic(self, on: bool) -> None:
        self.mic_button.setChecked(on)

    def _mic_toggled(self, on: bool) -> None:
        self.engine.set_listening(on)
        self._update_mic_tooltip()

    def _update_mic_tooltip(self) -> None:
        on = self.mic_button.isChecked()
        self.mic_button.setIcon(QIcon(str(ICONS / ("mic.svg" if on else "mic-off.svg"))))
        self.mic_button.setToolTip(
            self.tr("Microphone on: click to mute")
            if on
            else self.tr("Microphone muted: click to listen, or hold {} to talk").format(
                self.engine.settings.ui.push_to_talk_key
            )
        )

    def _switch_character(self, name: str) -> None:
        if not name or name == self.engine.character.name:
            return

        def failed(exc: Exception) -> None:
            self.transcript.add_system(
                self.tr("Could not switch character: {}").format(translated(exc))
            )
            self.character_box.blockSignals(True)
            self.select_character(self.engine.character.name)
            self.character_box.blockSignals(False)

        async def switch() -> None:
            character = await self.engine.switch_character(name)
            self.transcript.her_name = character.display_name
            self.transcript.add_system(
                self.tr("Now talking with {}").format(character.display_name)
            )

        self.run(switch(), failed)

    def show_latency_history(self) -> None:
        dialog = LatencyHistoryDialog(list(self.waterfall.history), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _not_set_up(self, title: str) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(title.replace("&", "").replace("…", ""))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("This part of Neiri is not set up yet."))
        box.setInformativeText(
            self.tr("It arrives with its own update; nothing here is stored or changed yet.")
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- engine events -------------------------------------------------------------------

    def _on_user_text(self, turn_id: int, text: str, source: str) -> None:
        self.transcript.add_user(turn_id, text, source)
        self.state_label.setText(self.tr("Thinking…"))

    def _on_interrupted(self, turn_id: int, reason: str, heard: str) -> None:
        if reason == "continued":  # the user went on talking: one utterance, not two
            self.transcript.retract(turn_id)
        else:
            self.transcript.mark_interrupted(turn_id)

    def _on_turn_failed(self, turn_id: int, message: str) -> None:
        self.transcript.add_system(message)

    def _on_status(self, component: str, state: str, detail: str) -> None:
        light = self.lights.get(component)
        if light is not None:
            light.set_state(state, detail)
        if component == "server":
            if state == "ok":
                self._avatar_url = detail.rstrip("/") + "/"
                if self.engine.conversation is None:
                    # her voice first: the page's WebGL would slow the model loads down
                    # (by ~2 s on 2 cores without a GPU); at the latest after 15 s
                    QTimer.singleShot(AVATAR_AT_LATEST_MS, self, self._show_avatar)
                else:
                    self._show_avatar()
            elif state == "failed":
                self._avatar_url = None
                self.avatar.show_message(
                    self.tr("The avatar page could not be served: {}").format(detail)
                )
        if component == "audio" and state == "failed":
            self.lights["mic"].set_state("failed", detail)
            self.transcript.add_system(detail)
        if self.engine.conversation is not None:
            self._show_avatar()
        ready = all(self.lights[c].state in ("ok", "off") for c in ("asr", "tts"))
        if ready and self.state_label.text() == self.tr("Starting…"):
            self.state_label.setText(self._idle_text())

    def _show_avatar(self) -> None:
        if self._avatar_url is not None and self._avatar_url != self.avatar.url:
            self.avatar.show_page(self._avatar_url)

    def _on_speaking(self, speaking: bool) -> None:
        self.state_label.setText(self.tr("Speaking…") if speaking else self._idle_text())

    def _idle_text(self) -> str:
        if self.lights["mic"].state != "ok":
            return self.tr("Ready")
        return self.tr("Listening") if self.mic_button.isChecked() else self.tr("Muted")

    def _on_listening(self, talking: bool) -> None:
        if talking:
            self.state_label.setText(self.tr("Hearing you…"))

    # --- push to talk --------------------------------------------------------------------

    # Keys the focused widget does not use (F9 in the text box) come up to the window.
    # No application-wide event filter: a Python filter on every event crashes
    # QtWebEngine's internal widgets.

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._push_to_talk(event, True):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self._push_to_talk(event, False):
            super().keyReleaseEvent(event)

    def _push_to_talk(self, event: QKeyEvent, down: bool) -> bool:
        if event.isAutoRepeat() or not self._is_ptt(event):
            return False
        if self.mic_button.isChecked() and not self._ptt_down:
            return False  # the microphone is already on
        self._ptt_down = down
        self.engine.set_listening(down)
        self.state_label.setText(self.tr("Push to talk…") if down else self.tr("Muted"))
        return True

    def _is_ptt(self, event: QKeyEvent) -> bool:
        if self._ptt_key.isEmpty():
            return False
        return event.keyCombination().toCombined() == self._ptt_key[0].toCombined()
