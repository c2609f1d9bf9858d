"""Status-bar pieces: part states, the microphone meter and the latency waterfall."""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.events import TurnMetrics

STATE_COLORS = {
    "ok": QColor("#3fb96b"),
    "working": QColor("#e8a33d"),
    "failed": QColor("#e0504f"),
    "off": QColor("#8d8796"),
}
STAGES = (  # labels are translated where they are drawn (context "Latency")
    ("asr_done", QT_TRANSLATE_NOOP("Latency", "ASR"), "#6c8cff"),
    ("llm_first_token", QT_TRANSLATE_NOOP("Latency", "LLM"), "#f0a43a"),
    ("first_clause", QT_TRANSLATE_NOOP("Latency", "clause"), "#3fb9a6"),
    ("tts_first_audio", QT_TRANSLATE_NOOP("Latency", "TTS"), "#e0569b"),
    ("playback_start", QT_TRANSLATE_NOOP("Latency", "play"), "#9b6bd6"),
)


def stage_label(label: str) -> str:
    return QCoreApplication.translate("Latency", label)


class ComponentLight(QWidget):
    """A coloured dot and a name; the reason is in the tooltip."""

    def __init__(self, name: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.state = "off"
        self.detail = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(5)
        self._dot = QLabel()
        self._dot.setFixedSize(10, 10)
        self._text = QLabel(label)
        layout.addWidget(self._dot)
        layout.addWidget(self._text)
        self.set_state("off", "")

    def set_state(self, state: str, detail: str) -> None:
        self.state = state
        self.detail = detail
        color = STATE_COLORS.get(state, STATE_COLORS["off"]).name()
        self._dot.setStyleSheet(f"background:{color}; border-radius:5px;")
        names = {
            "ok": self.tr("ok"),
            "working": self.tr("working"),
            "failed": self.tr("failed"),
            "off": self.tr("off"),
        }
        tip = f"{self._text.text()}: {names.get(state, state)}"
        self.setToolTip(tip + (f"\n{detail}" if detail else ""))


class MicMeter(QWidget):
    """A small level bar for the microphone (dBFS -60..0)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level_db = -90.0
        self.setFixedSize(60, 10)

    def set_level(self, db: float) -> None:
        self.level_db = db
        self.setToolTip(self.tr("Microphone level: {:.0f} dB").format(db))
        self.update()

    def fraction(self) -> float:
        return max(0.0, min(1.0, (self.level_db + 60.0) / 60.0))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(self.palette().mid().color()))
        p.setBrush(self.palette().base())
        p.drawRoundedRect(rect, 4, 4)
        filled = QRectF(rect.x(), rect.y(), rect.width() * self.fraction(), rect.height())
        color = QColor("#3fb96b") if self.level_db < -6 else QColor("#e0504f")
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(filled, 4, 4)


def stage_spans(metrics: TurnMetrics) -> list[tuple[str, float, float, str]]:
    """(label, start ms, end ms, colour) for each stage that ran, relative to the turn start."""
    stages = metrics.stages_ms()
    spans = []
    previous = 0.0
    for key, label, color in STAGES:
        value = stages.get(key)
        if value is None:
            continue
        spans.append((stage_label(label), previous, value, color))
        previous = value
    return spans


class LatencyWaterfall(QWidget):
    """The last turn's stages as one stacked bar; a click opens the recent-turns plot."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics: TurnMetrics | None = None
        self.history: deque[TurnMetrics] = deque(maxlen=50)
        self.setMinimumSize(QSize(230, 16))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Latency of the last turn. Click for recent turns."))

    def add(self, metrics: TurnMetrics) -> None:
        if metrics.playback_start is None and metrics.first_clause is None:
            return
        self.metrics = metrics
        self.history.append(metrics)
        lines = [
            self.tr("{} {:.0f} ms").format(label, end - start)
            for label, start, end, _ in stage_spans(metrics)
        ]
        total = stage_spans(metrics)[-1][2] if stage_spans(metrics) else 0.0
        self.setToolTip(
            self.tr("Last turn: {:.0f} ms to her first sound").format(total)
            + "\n"
            + "\n".join(lines)
        )
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 2, -62, -2)
        p.setPen(QPen(self.palette().mid().color()))
        p.setBrush(self.palette().base())
        p.drawRoundedRect(rect, 3, 3)
        spans = stage_spans(self.metrics) if self.metrics else []
        if not spans:
            p.setPen(self.palette().placeholderText().color())
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("no turn yet"))
            return
        total = max(spans[-1][2], 1.0)
        scale = rect.width() / max(total, 600.0)
        p.setPen(Qt.PenStyle.NoPen)
        for _label, start, end, color in spans:
            p.setBrush(QColor(color))
            p.drawRect(
                QRectF(
                    rect.x() + start * scale, rect.y() + 1, (end - start) * scale, rect.height() - 2
                )
            )
        p.setPen(self.palette().windowText().color())
        p.drawText(
            QRectF(rect.right() + 6, 0, 56, self.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.tr("{:.0f} ms").format(total),
        )


class LatencyPlot(QWidget):
    """Recent turns: one stacked bar per turn."""

    def __init__(self, history: list[TurnMetrics], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setMinimumSize(520, 260)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(48, 12, -12, -40)
        text = self.palette().windowText().color()
        spans = [stage_spans(m) for m in self.history]
        top = max([s[-1][2] for s in spans if s] + [400.0])
        p.setPen(QPen(self.palette().mid().color()))
        for frac in (0.0, 0.25, 0.5, 0.75, 1.0):
            y = area.bottom() - frac * area.height()
            p.drawLine(area.left(), y, area.right(), y)
            p.setPen(text)
            p.drawText(QRectF(0, y - 8, 44, 16), Qt.AlignmentFlag.AlignRight, f"{top * frac:.0f}")
            p.setPen(QPen(self.palette().mid().color()))
        if not spans:
            p.setPen(text)
            p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No turns yet."))
            return
        width = area.width() / max(len(spans), 1)
        p.setPen(Qt.PenStyle.NoPen)
        for i, turn in enumerate(spans):
            for _label, start, end, color in turn:
                p.setBrush(QColor(color))
                y0 = area.bottom() - end / top * area.height()
                h = (end - start) / top * area.height()
                p.drawRect(QRectF(area.left() + i * width + 2, y0, max(2.0, width - 4), h))
        x = area.left()
        for _key, label, color in STAGES:
            p.setBrush(QColor(color))
            p.drawRect(QRectF(x, area.bottom() + 16, 10, 10))
            p.setPen(text)
            p.drawText(
                QRectF(x + 14, area.bottom() + 12, 60, 18),
                Qt.AlignmentFlag.AlignLeft,
                stage_label(label),
            )
            p.setPen(Qt.PenStyle.NoPen)
            x += 76


class LatencyHistoryDialog(QDialog):
    def __init__(self, history: list[TurnMetrics], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recent turns: latency by stage (ms)"))
        layout = QVBoxLayout(self)
        layout.addWidget(LatencyPlot(history, self))
        note = QLabel(
            self.tr("Milliseconds from the end of your speech (or your message) to each stage.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
