"""The engine's event bus as Qt signals, so widgets never reach into engines."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.bus import EventBus
from app.core.events import (
    ComponentStatus,
    EmotionChanged,
    Event,
    MicLevel,
    ReplyText,
    SpeakingChanged,
    SpeechEnded,
    SpeechStarted,
    TurnFailed,
    TurnFinished,
    TurnInterrupted,
    TurnMetrics,
    UserText,
)
from ui.messages import translated


class EngineBridge(QObject):
    """Re-emits bus events as signals. The bus publishes on the loop thread, which under
    qasync is the Qt thread, so signals are delivered directly. The engine's sentences
    for the user (status details, why a turn failed) arrive in the interface language."""

    userText = Signal(int, str, str)  # turn id, text, source
    replyText = Signal(int, str)  # turn id, clause as it starts playing
    emotionChanged = Signal(int, str)
    speakingChanged = Signal(bool)
    listeningChanged = Signal(bool)  # the user is (not) talking
    componentStatus = Signal(str, str, str)  # component, state, detail
    micLevel = Signal(float)  # dBFS
    turnMetrics = Signal(object)  # TurnMetrics
    turnFailed = Signal(int, str)
    turnInterrupted = Signal(int, str, str)  # turn id, reason, heard text
    turnFinished = Signal(int)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = bus.subscribe(self._on_event)

    def detach(self) -> None:
        self._unsubscribe()

    def _on_event(self, event: Event) -> None:
        if isinstance(event, UserText):
            self.userText.emit(event.turn_id, event.text, event.source)
        elif isinstance(event, ReplyText):
            self.replyText.emit(event.turn_id, event.text)
        elif isinstance(event, EmotionChanged):
            self.emotionChanged.emit(event.turn_id, event.emotion)
        elif isinstance(event, SpeakingChanged):
            self.speakingChanged.emit(event.speaking)
        elif isinstance(event, SpeechStarted):
            self.listeningChanged.emit(True)
        elif isinstance(event, SpeechEnded):
            self.listeningChanged.emit(False)
        elif isinstance(event, ComponentStatus):
            self.componentStatus.emit(event.component, event.state, translated(event.detail))
        elif isinstance(event, MicLevel):
            self.micLevel.emit(event.rms_db)
        elif isinstance(event, TurnMetrics):
            self.turnMetrics.emit(event)
        elif isinstance(event, TurnFailed):
            self.turnFailed.emit(event.turn_id, translated(event.message))
        elif isinstance(event, TurnInterrupted):
            self.turnInterrupted.emit(event.turn_id, event.reason, event.heard_text)
        elif isinstance(event, TurnFinished):
            self.turnFinished.emit(event.turn_id)
