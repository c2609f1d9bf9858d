"""Small pieces of the settings dialog that the other dialogs use too: the theme's
colours, line icons drawn in them, running blocking work off the Qt thread, and small
widgets (a check box and a radio button whose indicator stays visible on a dark palette,
a password field, a microphone level meter).
"""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QRadioButton, QSizePolicy, QWidget

try:  # shiboken tells whether a Qt object still exists
    from shiboken6 import isValid as qt_alive
except ImportError:  # pragma: no cover

    def qt_alive(obj: object) -> bool:
        return obj is not None


# --- colours ---------------------------------------------------------------------------


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def error_color(widget: QWidget) -> QColor:
    return QColor("#ff7b7b") if is_dark(widget) else QColor("#c62828")


def ok_color(widget: QWidget) -> QColor:
    return QColor("#6fd08c") if is_dark(widget) else QColor("#1b7f3b")


def warn_color(widget: QWidget) -> QColor:
    return QColor("#f0b44c") if is_dark(widget) else QColor("#9a6400")


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way to ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def set_text_color(label: QLabel, color: QColor | None) -> None:
    """Colour a label's text through its palette (None: back to the inherited colour)."""
    if color is None:
        label.setPalette(QPalette())
        label.setForegroundRole(QPalette.ColorRole.WindowText)
        return
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)


def make_hint_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """Small grey wrapped text for help under a field."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    font = label.font()
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


# --- icons -----------------------------------------------------------------------------

ICON_KINDS = (
    "general",
    "audio",
    "asr",
    "llm",
    "voice",
    "character",
    "avatar",
    "server",
    "integrations",
    "logging",
    "people",
    "shield",
    "warning",
    "eye",
)


def draw_icon(kind: str, color: QColor, size: int = 48) -> QPixmap:
    """A simple line icon drawn in ``color`` (so it follows the theme)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 24, size / 24)
    pen = QPen(
        color, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    if kind == "general":
        p.drawEllipse(QPointF(12, 12), 6, 6)
        p.drawEllipse(QPointF(12, 12), 2.2, 2.2)
        p.save()
        p.translate(12, 12)
        p.setPen(QPen(color, 2.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        for _ in range(8):
            p.drawLine(QPointF(0, -7), QPointF(0, -9))
            p.rotate(45)
        p.restore()
    elif kind == "audio":
        p.drawRoundedRect(QRectF(9, 2.5, 6, 11), 3, 3)
        p.drawArc(QRectF(5.5, 5, 13, 12.5), 180 * 16, 180 * 16)
        p.drawLine(QPointF(12, 17.5), QPointF(12, 21))
        p.drawLine(QPointF(8.5, 21), QPointF(15.5, 21))
    elif kind == "asr":
        path = QPainterPath()
        path.addRoundedRect(QRectF(3, 3.5, 18, 13), 3, 3)
        p.drawPath(path)
        p.drawPolyline([QPointF(8, 16.5), QPointF(7, 21), QPointF(12.5, 16.5)])
        p.drawLine(QPointF(7, 8.5), QPointF(17, 8.5))
        p.drawLine(QPointF(7, 12), QPointF(13.5, 12))
    elif kind == "llm":
        p.drawRoundedRect(QRectF(6, 6, 12, 12), 2, 2)
        for v in (9.5, 14.5):
            p.drawLine(QPointF(v, 2.5), QPointF(v, 6))
            p.drawLine(QPointF(v, 18), QPointF(v, 21.5))
            p.drawLine(QPointF(2.5, v), QPointF(6, v))
            p.drawLine(QPointF(18, v), QPointF(21.5, v))
        p.setBrush(color)
        p.drawRoundedRect(QRectF(10, 10, 4, 4), 1, 1)
    elif kind == "voice":
        for x, height in ((4, 4), (8, 10), (12, 17), (16, 11), (20, 5)):
            p.drawLine(QPointF(x, 12 - height / 2), QPointF(x, 12 + height / 2))
    elif kind == "character":
        p.drawEllipse(QPointF(12, 8), 3.8, 3.8)
        p.drawArc(QRectF(4.5, 14, 15, 14), 0, 180 * 16)
    elif kind == "avatar":
        p.drawEllipse(QPointF(12, 12), 8.5, 8.5)
        p.setBrush(color)
        p.drawEllipse(QPointF(9, 10.5), 0.9, 0.9)
        p.drawEllipse(QPointF(15, 10.5), 0.9, 0.9)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawArc(QRectF(8, 9.5, 8, 7), 200 * 16, 140 * 16)
    elif kind == "server":
        p.drawRoundedRect(QRectF(3.5, 4, 17, 7), 2, 2)
        p.drawRoundedRect(QRectF(3.5, 13, 17, 7), 2, 2)
        p.drawLine(QPointF(11, 7.5), QPointF(17, 7.5))
        p.drawLine(QPointF(11, 16.5), QPointF(17, 16.5))
        p.setBrush(color)
        p.drawEllipse(QPointF(7, 7.5), 0.8, 0.8)
        p.drawEllipse(QPointF(7, 16.5), 0.8, 0.8)
    elif kind == "integrations":
        p.drawRoundedRect(QRectF(2.5, 8.5, 11, 7), 3.5, 3.5)
        p.drawRoundedRect(QRectF(10.5, 8.5, 11, 7), 3.5, 3.5)
    elif kind == "logging":
        p.drawRoundedRect(QRectF(5.5, 2.5, 13, 19), 2, 2)
        p.drawLine(QPointF(9, 8), QPointF(15, 8))
        p.drawLine(QPointF(9, 12), QPointF(15, 12))
        p.drawLine(QPointF(9, 16), QPointF(13, 16))
    elif kind == "people":  # two people, the one behind a little smaller
        p.drawEllipse(QPointF(9, 8.5), 3.4, 3.4)
        p.drawArc(QRectF(2, 14.5, 14, 13), 0, 180 * 16)
        p.drawArc(QRectF(13, 4.5, 6, 6), -100 * 16, 215 * 16)
        p.drawArc(QRectF(12, 14, 10, 14), 0, 70 * 16)
    elif kind == "shield":  # shield with a tick
        path = QPainterPath()
        path.moveTo(12, 2.5)
        path.lineTo(19.5, 5.5)
        path.lineTo(19.5, 11)
        path.cubicTo(19.5, 16, 16, 19.5, 12, 21.5)
        path.cubicTo(8, 19.5, 4.5, 16, 4.5, 11)
        path.lineTo(4.5, 5.5)
        path.closeSubpath()
        p.drawPath(path)
        p.drawPolyline([QPointF(8.5, 12), QPointF(11, 14.5), QPointF(15.5, 9.5)])
    elif kind == "warning":
        path = QPainterPath()
        path.moveTo(12, 2.5)
        path.lineTo(22, 20.5)
        path.lineTo(2, 20.5)
        path.closeSubpath()
        p.setBrush(color)
        p.drawPath(path)
        p.setPen(QPen(QColor("white"), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(12, 9), QPointF(12, 14))
        p.drawPoint(QPointF(12, 17.5))
    elif kind == "eye":
        path = QPainterPath()
        path.moveTo(2, 12)
        path.quadTo(12, 2.5, 22, 12)
        path.quadTo(12, 21.5, 2, 12)
        p.drawPath(path)
        p.drawEllipse(QPointF(12, 12), 3, 3)
    p.end()
    return pixmap


def themed_icon(kind: str, widget: QWidget) -> QIcon:
    """``kind`` in the widget's text colour, white when selected."""
    palette = widget.palette()
    icon = QIcon()
    if kind == "warning":
        color = error_color(widget)
        icon.addPixmap(draw_icon(kind, color))
        icon.addPixmap(draw_icon(kind, color), QIcon.Mode.Selected)
        return icon
    icon.addPixmap(draw_icon(kind, palette.color(QPalette.ColorRole.WindowText)))
    icon.addPixmap(
        draw_icon(kind, palette.color(QPalette.ColorRole.HighlightedText)), QIcon.Mode.Selected
    )
    icon.addPixmap(
        draw_icon(kind, palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)),
        QIcon.Mode.Disabled,
    )
    return icon


# --- running blocking work off the Qt thread -----------------------------------------------


class _Relay(QObject):
    done = Signal(object, object)

    def __init__(self, callback: Callable[[Any, BaseException | None], None]) -> None:
        super().__init__()
        self._callback = callback
        self.done.connect(self._deliver)

    @Slot(object, object)
    def _deliver(self, result: Any, error: Any) -> None:
        _relays.discard(self)
        self._callback(result, error)


_relays: set[_Relay] = set()


def run_off_thread(
    work: Callable[[], Any],
    on_done: Callable[[Any, BaseException | None], None],
    *,
    owner: QObject | None = None,
) -> None:
    """Run ``work`` on a worker thread; call ``on_done(result, error)`` on the Qt thread
    (skipped if ``owner`` was deleted meanwhile). Never blocks the caller."""

    def deliver(result: Any, error: BaseException | None) -> None:
        if owner is not None and not qt_alive(owner):
            return
        on_done(result, error)

    relay = _Relay(deliver)
    _relays.add(relay)

    def target() -> None:
        try:
            result, error = work(), None
        except BaseException as exc:
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the application is shutting down
            relay.done.emit(result, error)

    threading.Thread(target=target, name="neiri-settings-worker", daemon=True).start()


# --- small widgets -----------------------------------------------------------------------


class _NoWheelUnlessFocused(QObject):
    """Scrolling a page must not change the spin box or combo under the mouse."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus():
            event.ignore()
            return True
        return False


_wheel_filter: _NoWheelUnlessFocused | None = None


def guard_wheel(widget: QWidget) -> None:
    global _wheel_filter
    if _wheel_filter is None:
        _wheel_filter = _NoWheelUnlessFocused()
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_wheel_filter)


class _VisibleIndicator:
    """Keeps a check box's box or a radio button's circle visible on a dark palette
    (Fusion draws its outline darker than the window colour, which disappears on a dark
    window). Mixed in before the Qt class."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._adjusting = False
        self._adjust()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._adjusting:
            self._adjust()

    def _adjust(self) -> None:
        self._adjusting = True
        try:
            source = (
                self.parentWidget().palette() if self.parentWidget() else QGuiApplication.palette()
            )
            window = source.color(QPalette.ColorRole.Window)
            palette = QPalette(self.palette())
            if window.lightness() < 128:
                text = source.color(QPalette.ColorRole.WindowText)
                palette.setColor(QPalette.ColorRole.Window, mix(window, text, 0.45))
            else:
                palette.setColor(QPalette.ColorRole.Window, window)
            self.setPalette(palette)
        finally:
            self._adjusting = False


class CheckBox(_VisibleIndicator, QCheckBox):
    """A check box whose box stays visible on a dark palette."""


class RadioButton(_VisibleIndicator, QRadioButton):
    """A radio button whose circle stays visible on a dark palette."""


class PasswordEdit(QLineEdit):
    """A password field with a show/hide action."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setClearButtonEnabled(True)
        self._toggle = QAction(self.tr("Show"), self)
        self._toggle.setCheckable(True)
        self._toggle.setIcon(themed_icon("eye", self))
        self._toggle.setToolTip(self.tr("Show or hide the text"))
        self._toggle.toggled.connect(self._on_toggle)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._toggle.setIcon(themed_icon("eye", self))
        super().changeEvent(event)

    def _on_toggle(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)


class LevelMeter(QWidget):
    """A horizontal microphone level meter in dBFS with a peak marker."""

    MIN_DB = -60.0
    MAX_DB = 0.0
    RELEASE_DB_PER_S = 24.0
    PEAK_HOLD_S = 1.5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = self.MIN_DB
        self._peak = self.MIN_DB
        self._peak_at = 0.0
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(33)
        self._timer.timeout.connect(self._tick)
        self.setMinimumHeight(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Microphone level"))

    def sizeHint(self) -> QSize:
        return QSize(260, 16)

    @property
    def level_db(self) -> float:
        return self._shown

    def set_level(self, db: float) -> None:
        if not isinstance(db, int | float) or math.isnan(db):
            return
        db = max(self.MIN_DB, min(self.MAX_DB, float(db)))
        now = time.monotonic()
        self._decay(now)
        if db >= self._shown:
            self._shown = db
        if db >= self._peak or now - self._peak_at > self.PEAK_HOLD_S:
            self._peak, self._peak_at = db, now
        if not self._timer.isActive():
            self._timer.start()
        self.setToolTip(self.tr("{level:.0f} dB").format(level=db))
        self.update()

    def _decay(self, now: float) -> None:
        elapsed = now - self._last
        self._last = now
        self._shown = max(self.MIN_DB, self._shown - self.RELEASE_DB_PER_S * elapsed)

    def _tick(self) -> None:
        now = time.monotonic()
        self._decay(now)
        if now - self._peak_at > self.PEAK_HOLD_S:
            self._peak = max(self._shown, self._peak - self.RELEASE_DB_PER_S / 30)
        if self._shown <= self.MIN_DB and self._peak <= self.MIN_DB:
            self._timer.stop()
        self.update()

    def _x(self, db: float, width: float) -> float:
        return (db - self.MIN_DB) / (self.MAX_DB - self.MIN_DB) * width

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(0, 1, -1, -1)
        palette = self.palette()
        trough = mix(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.08
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(trough)
        painter.drawRoundedRect(rect, 4, 4)
        width = rect.width()
        zones = (
            (self.MIN_DB, -18.0, QColor("#3fb36b")),
            (-18.0, -6.0, QColor("#e0b232")),
            (-6.0, self.MAX_DB, QColor("#e05050")),
        )
        painter.setClipRect(rect.adjusted(0, 0, round(-width + self._x(self._shown, width)), 0))
        for low, high, color in zones:
            x0, x1 = self._x(low, width), self._x(high, width)
            painter.setBrush(color)
            painter.drawRoundedRect(
                round(rect.left() + x0), rect.top(), round(x1 - x0) + 1, rect.height(), 4, 4
            )
        painter.setClipping(False)
        if self._peak > self.MIN_DB:
            x = rect.left() + self._x(self._peak, width)
            painter.setBrush(palette.color(QPalette.ColorRole.Text))
            painter.drawRect(round(x) - 1, rect.top(), 2, rect.height())
        # tick marks every 12 dB
        tick = mix(trough, palette.color(QPalette.ColorRole.Text), 0.25)
        painter.setPen(tick)
        for db in range(-48, 0, 12):
            x = round(rect.left() + self._x(db, width))
            painter.drawLine(x, rect.bottom() - 3, x, rect.bottom())
        painter.end()
