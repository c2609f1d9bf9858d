"""The pages of the settings dialog and the machinery binding their fields to the
pydantic :class:`~app.config.settings.Settings` model.

A :class:`Binder` holds the dialog's working copy (the *draft*). Each editor widget
is bound to a dotted path (``llm.base_url``, or ``character`` for a top-level
field). Every edit is validated by validating the whole section with the new value;
a valid value goes into the draft, an invalid one stays in the widget, which turns
red with pydantic's reason right under it, and the draft keeps the last valid value.
"""

from __future__ import annotations

import contextlib
import math
import secrets as pysecrets
import threading
import time
import typing
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, SecretStr, ValidationError
from pydantic.fields import FieldInfo
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.config.characters import (
    BUNDLED_CHARACTERS_DIR,
    CHARACTER_SUFFIXES,
    Character,
    CharacterError,
    list_characters,
    load_character,
)
from app.config.settings import Settings

try:  # shiboken tells whether a Qt object still exists
    from shiboken6 import isValid as _qt_alive
except ImportError:  # pragma: no cover

    def _qt_alive(obj: object) -> bool:
        return obj is not None


OVERLAY_PATH = "/overlay/avatar"
MODEL_CONTEXT = "SettingsModel"
"""Translation context of the help texts that come from the pydantic descriptions."""


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


# --- the model -------------------------------------------------------------------------


def split_path(path: str) -> tuple[str, str | None]:
    section, _, key = path.partition(".")
    return section, (key or None)


def field_info(path: str) -> FieldInfo:
    section, key = split_path(path)
    info = Settings.model_fields[section]
    if key is None:
        return info
    model = info.annotation
    assert isinstance(model, type) and issubclass(model, BaseModel)
    return model.model_fields[key]


def field_default(path: str) -> Any:
    return field_info(path).get_default(call_default_factory=True)


def field_description(path: str) -> str:
    description = field_info(path).description or ""
    return QCoreApplication.translate(MODEL_CONTEXT, description) if description else ""


def nullable(path: str) -> bool:
    return type(None) in typing.get_args(field_info(path).annotation)


def bounds(path: str) -> tuple[float | None, float | None, bool]:
    """(lower, upper, lower_is_exclusive) from the field's ge/gt/le/lt constraints."""
    low = high = None
    exclusive = False
    for meta in field_info(path).metadata:
        for attr in ("ge", "gt"):
            value = getattr(meta, attr, None)
            if value is not None:
                low, exclusive = value, attr == "gt"
        for attr in ("le", "lt"):
            value = getattr(meta, attr, None)
            if value is not None:
                high = value
    return low, high, exclusive


def _clean_message(message: str) -> str:
    for prefix in ("Value error, ", "Assertion failed, "):
        if message.startswith(prefix):
            message = message[len(prefix) :]
    return message


def validate_value(settings: Settings, path: str, value: Any) -> tuple[Any, str | None]:
    """Validate ``value`` for ``path`` as part of its section (with the section's other
    current values). Returns (the validated value, None) or (None, the reason)."""
    section, key = split_path(path)
    try:
        if key is None:
            data = {section: value}
            validated = Settings.model_validate(data)
            return getattr(validated, section), None
        current = getattr(settings, section)
        data = current.model_dump()
        data[key] = value
        validated = type(current).model_validate(data)
        return getattr(validated, key), None
    except ValidationError as exc:
        wanted = key or section
        errors = [e for e in exc.errors() if e["loc"][:1] == (wanted,)] or exc.errors()
        messages: list[str] = []
        for error in errors:
            message = _clean_message(str(error.get("msg", "invalid value")))
            if message not in messages:
                messages.append(message)
        return None, "; ".join(messages[:2]) or "invalid value"


def plain(value: Any) -> Any:
    return value.get_secret_value() if isinstance(value, SecretStr) else value


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
        if owner is not None and not _qt_alive(owner):
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


# --- binding fields --------------------------------------------------------------------


class FormGrid(QGridLayout):
    """Label/field rows like QFormLayout, on a grid (whose height-for-width handling of
    wrapped help text is reliable)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setHorizontalSpacing(14)
        self.setVerticalSpacing(10)
        self.setContentsMargins(12, 12, 12, 12)
        self.setColumnStretch(1, 1)
        self._rows = 0

    def addRow(self, label: QWidget, field: QWidget) -> None:
        self.addWidget(
            label, self._rows, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        self.addWidget(field, self._rows, 1)
        self._rows += 1


class FieldRow(QWidget):
    """An editor (with optional extra widgets beside it), an error line and a help line."""

    def __init__(
        self,
        editor: QWidget,
        extras: tuple[QWidget, ...] = (),
        help_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(6)
        narrow = editor.maximumWidth() < 10_000
        line.addWidget(editor, 0 if narrow else 1)
        for extra in extras:
            line.addWidget(extra)
        if narrow:
            line.addStretch(1)
        layout.addLayout(line)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.error_label.setObjectName("fieldError")
        layout.addWidget(self.error_label)
        self.help_label = make_hint_label(help_text, self)
        self.help_label.setVisible(bool(help_text))
        layout.addWidget(self.help_label)

    def add_widget(self, widget: QWidget) -> QWidget:
        """Put ``widget`` under the help text (a status line, a note)."""
        self.layout().addWidget(widget)
        return widget

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.error_label.isVisible():
            # the theme changed: recolour the error for it
            show_invalid(self.editor, self.error_label, self.error_label.text())


@dataclass
class FieldBinding:
    path: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    row: FieldRow | None = None

    @property
    def error_label(self) -> QLabel | None:
        return self.row.error_label if self.row else None


class Binder(QObject):
    """The draft settings and the editors bound to it."""

    validityChanged = Signal(bool)
    valueCommitted = Signal(str)
    """A valid value went into the draft (its dotted path)."""
    errorsChanged = Signal()

    def __init__(self, draft: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.bindings: dict[str, FieldBinding] = {}
        self.errors: dict[str, str] = {}
        self._loading = False

    # binding

    def bind(
        self,
        path: str,
        widget: QWidget,
        row: FieldRow | None = None,
        *,
        read: Callable[[], Any] | None = None,
        write: Callable[[Any], None] | None = None,
        notify: Any = None,
    ) -> FieldBinding:
        if read is None or write is None or notify is None:
            auto_read, auto_write, auto_notify = self._accessors(path, widget)
            read, write, notify = read or auto_read, write or auto_write, notify or auto_notify
        binding = FieldBinding(path, widget, read, write, row)
        self.bindings[path] = binding
        notify.connect(lambda *_: self.edited(path))
        self._loading = True
        try:
            binding.write(plain(self._draft_value(path)))
        finally:
            self._loading = False
        return binding

    def _accessors(self, path: str, widget: QWidget) -> tuple[Callable, Callable, Any]:
        none_if_empty = nullable(path)

        def text_value(text: str) -> Any:
            text = text.strip()
            return None if (not text and none_if_empty) else text

        if isinstance(widget, QLineEdit):
            return (
                lambda: text_value(widget.text()),
                lambda v: widget.setText("" if v is None else str(v)),
                widget.textChanged,
            )
        if isinstance(widget, QComboBox) and widget.isEditable():
            return (
                lambda: text_value(widget.currentText()),
                lambda v: widget.setCurrentText("" if v is None else str(v)),
                widget.currentTextChanged,
            )
        if isinstance(widget, QComboBox):

            def write_combo(value: Any) -> None:
                index = widget.findData(value)
                if index < 0:
                    widget.addItem(str(value), value)
                    index = widget.count() - 1
                widget.setCurrentIndex(index)

            return (lambda: widget.currentData(), write_combo, widget.currentIndexChanged)
        if isinstance(widget, QCheckBox):
            return (widget.isChecked, lambda v: widget.setChecked(bool(v)), widget.toggled)
        if isinstance(widget, QDoubleSpinBox):
            scale = float(widget.property("neiri_scale") or 1.0)
            whole = field_info(path).annotation is int  # e.g. bytes shown in MB

            def read_double() -> float | int:
                value = widget.value() * scale
                return round(value) if whole else value

            return (
                read_double,
                lambda v: widget.setValue(float(v) / scale),
                widget.valueChanged,
            )
        if isinstance(widget, QSpinBox):
            return (widget.value, lambda v: widget.setValue(int(v)), widget.valueChanged)
        if isinstance(widget, QSlider):
            scale = float(widget.property("neiri_scale") or 1.0)
            return (
                lambda: round(widget.value() * scale, 6),
                lambda v: widget.setValue(round(float(v) / scale)),
                widget.valueChanged,
            )
        if all(hasattr(widget, name) for name in ("value", "setValue", "valueChanged")):
            return (widget.value, widget.setValue, widget.valueChanged)  # a custom editor
        raise TypeError(f"no accessors for {type(widget).__name__}; pass read/write/notify")

    def _draft_value(self, path: str) -> Any:
        section, key = split_path(path)
        value = getattr(self.draft, section)
        return value if key is None else getattr(value, key)

    # editing

    def edited(self, path: str) -> None:
        if self._loading:
            return
        binding = self.bindings[path]
        value, error = validate_value(self.draft, path, binding.read())
        if error is None:
            section, key = split_path(path)
            if key is None:
                setattr(self.draft, section, value)
            else:
                setattr(getattr(self.draft, section), key, value)
        self.set_error(path, error)
        if error is None:
            self.valueCommitted.emit(path)

    def set_value(self, path: str, value: Any) -> None:
        """Put ``value`` in the editor of ``path`` and validate it like a user edit."""
        binding = self.bindings[path]
        self._loading = True
        try:
            binding.write(plain(value))
        finally:
            self._loading = False
        self.edited(path)

    def value(self, path: str) -> Any:
        return self._draft_value(path)

    def reload(self, settings: Settings) -> None:
        """Show ``settings`` in every editor (the draft becomes ``settings``)."""
        self.draft = settings
        self._loading = True
        try:
            for path, binding in self.bindings.items():
                binding.write(plain(self._draft_value(path)))
        finally:
            self._loading = False
        for path in list(self.errors):
            if path in self.bindings:
                self.set_error(path, None)

    # errors

    def set_error(self, path: str, message: str | None) -> None:
        was_valid = not self.errors
        if message is None:
            changed = self.errors.pop(path, None) is not None
        else:
            changed = self.errors.get(path) != message
            self.errors[path] = message
        binding = self.bindings.get(path)
        if binding is not None:
            show_invalid(binding.widget, binding.error_label, message)
        if changed:
            self.errorsChanged.emit()
        if was_valid != (not self.errors):
            self.validityChanged.emit(not self.errors)

    @property
    def valid(self) -> bool:
        return not self.errors


def show_invalid(widget: QWidget, label: QLabel | None, message: str | None) -> None:
    """Tint ``widget`` red and show ``message`` in ``label`` (None clears both)."""
    widget.setProperty("invalid", message is not None)
    if message is None:
        widget.setPalette(QPalette())
    else:
        palette = widget.palette()
        base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
        palette.setColor(QPalette.ColorRole.Base, mix(base, QColor("#e05050"), 0.22))
        widget.setPalette(palette)
    if label is not None:
        label.setText(message or "")
        label.setVisible(message is not None)
        if message is not None:
            set_text_color(label, error_color(widget))
    widget.setToolTip(message or widget.property("neiri_help") or "")


# --- pages -------------------------------------------------------------------------------


class SettingsPage(QWidget):
    """A page: a title, a short explanation and groups of fields in a scroll area."""

    icon_kind = "general"
    has_defaults = True

    def __init__(
        self, binder: Binder, title: str, subtitle: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.binder = binder
        self.title = title
        self.bindings: list[FieldBinding] = []
        self._labels: list[QLabel] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        heading.setContentsMargins(4, 0, 0, 0)
        outer.addWidget(heading)
        if subtitle:
            sub = make_hint_label(subtitle, self)
            sub.setContentsMargins(4, 0, 0, 6)
            outer.addWidget(sub)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = QWidget(scroll)
        self._body.setAutoFillBackground(False)
        scroll.viewport().setAutoFillBackground(False)
        self.body_layout = QVBoxLayout(self._body)
        self.body_layout.setContentsMargins(2, 2, 10, 2)
        self.body_layout.setSpacing(12)
        scroll.setWidget(self._body)
        outer.addWidget(scroll, 1)

    # building

    def add_group(self, title: str = "") -> FormGrid:
        box = QGroupBox(title, self._body)
        form = FormGrid(box)
        self.body_layout.addWidget(box)
        return form

    def add_field(
        self,
        form: FormGrid,
        label: str,
        path: str,
        editor: QWidget,
        *,
        extras: tuple[QWidget, ...] = (),
        help_text: str | None = None,
        **bind_kwargs: Any,
    ) -> FieldBinding:
        help_text = field_description(path) if help_text is None else help_text
        row = FieldRow(editor, extras, help_text, self._body)
        label_widget = self.add_row(form, label, row, buddy=editor)
        label_widget.setToolTip(help_text)
        editor.setProperty("neiri_help", help_text)
        editor.setToolTip(help_text)
        binding = self.binder.bind(path, editor, row, **bind_kwargs)
        self.bindings.append(binding)
        return binding

    def add_row(
        self, form: FormGrid, label: str, widget: QWidget, *, buddy: QWidget | None = None
    ) -> QLabel:
        """A row of ``form`` whose label lines up with the first line of ``widget``."""
        label_widget = QLabel(label, self._body)
        editor = buddy or (widget.editor if isinstance(widget, FieldRow) else widget)
        if label:
            label_widget.setBuddy(editor)
        label_widget.setMinimumHeight(max(editor.sizeHint().height(), 20))
        label_widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if isinstance(editor, QAbstractSpinBox | QComboBox | QSlider):
            guard_wheel(editor)
        form.addRow(label_widget, widget)
        self._labels.append(label_widget)
        return label_widget

    def add_note(self, text: str, *, title: str = "") -> QLabel:
        box = QGroupBox(title, self._body)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 12, 14, 14)
        label = QLabel(text, box)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setOpenExternalLinks(False)
        layout.addWidget(label)
        self.body_layout.addWidget(box)
        return label

    def finish(self) -> None:
        """End the page: labels of all groups get one width, so the fields line up."""
        self.body_layout.addStretch(1)
        if self._labels:
            width = max(label.sizeHint().width() for label in self._labels)
            for label in self._labels:
                label.setMinimumWidth(width)

    # editors

    def line_edit(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self._body)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        return edit

    def combo(
        self, items: list[tuple[str, Any]], *, editable: bool = False, narrow: bool = False
    ) -> QComboBox:
        """A combo box of (label, value) items; ``narrow`` for short values (it is as
        wide as its longest item, not the whole row)."""
        box = QComboBox(self._body)
        box.setEditable(editable)
        for label, value in items:
            box.addItem(label, value)
        if narrow:
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.setMinimumWidth(230 if editable else 160)
            box.setMaximumWidth(max(box.sizeHint().width(), box.minimumWidth()) + 8)
        else:
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        return box

    def spin(self, path: str, *, suffix: str = "", step: int = 1) -> QSpinBox:
        box = QSpinBox(self._body)
        low, high, _ = bounds(path)
        box.setRange(
            int(low if low is not None else -(2**31)), int(min(high or 2**31 - 1, 2**31 - 1))
        )
        box.setSingleStep(step)
        box.setSuffix(suffix)
        box.setAccelerated(True)
        box.setMinimumWidth(140)
        box.setMaximumWidth(180)
        return box

    def dspin(
        self,
        path: str,
        *,
        decimals: int = 2,
        step: float = 0.1,
        suffix: str = "",
        scale: float = 1.0,
    ) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self._body)
        low, high, exclusive = bounds(path)
        low = 0.0 if low is None else float(low) / scale
        if exclusive:
            low += 10**-decimals
        box.setDecimals(decimals)
        box.setRange(low, float(high) / scale if high is not None else 1e9)
        box.setSingleStep(step)
        box.setSuffix(suffix)
        box.setProperty("neiri_scale", scale)
        box.setAccelerated(True)
        box.setMinimumWidth(140)
        box.setMaximumWidth(180)
        return box

    def check(self, text: str) -> QCheckBox:
        return CheckBox(text, self._body)

    # behaviour

    def restore_defaults(self) -> None:
        for binding in self.bindings:
            self.binder.set_value(binding.path, field_default(binding.path))

    def has_errors(self) -> bool:
        return any(binding.path in self.binder.errors for binding in self.bindings)


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
        """Fill the pickers (``devices``: AudioDevice list) or show why there are none."""
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
                error or self.tr("PortAudio reports no audio devices on this computer.")
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
        if isinstance(models, str):
            self._status(
                self.models_status,
                self.tr("Could not get the model list: {reason}").format(reason=models),
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
        self.test_button.setEnabled(True)
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


class _LiteralDumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_LiteralDumper.add_representer(str, _represent_str)


def render_character(character: Character) -> str:
    header = (
        f"# Your copy of the character {character.name!r}, saved by Neiri's settings.\n"
        "# It overrides the bundled character of the same name.\n"
    )
    body = yaml.dump(
        character.model_dump(mode="python"),
        Dumper=_LiteralDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return header + body


@dataclass
class CharacterEdit:
    name: str
    loaded: Character | None
    source: Path | None
    persona: str = ""
    emotions: list[tuple[str, str]] | None = None
    error: str | None = None

    def candidate(self) -> tuple[Character | None, dict[str, str]]:
        """The edited character, or None and the reasons keyed ``persona``/``emotions``."""
        if self.loaded is None:
            return None, {}
        data = self.loaded.model_dump(mode="python")
        data["persona"] = self.persona
        emotions: dict[str, str] = {}
        problems: dict[str, str] = {}
        for tag, expression in self.emotions or []:
            key = tag.strip().lower()
            if not key and not expression.strip():
                continue  # an empty row being typed into
            if key in emotions:
                problems["emotions"] = QCoreApplication.translate(
                    "CharacterPage", "the emotion {tag!r} is listed twice"
                ).format(tag=key)
            emotions[key] = expression
        data["emotions"] = emotions
        try:
            character = Character.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                where = str(error["loc"][0]) if error["loc"] else "persona"
                where = "emotions" if where in ("emotions", "default_emotion") else where
                if where not in ("persona", "emotions"):
                    where = "persona"
                problems.setdefault(where, _clean_message(str(error["msg"])))
            return None, problems
        return (None, problems) if problems else (character, {})

    @property
    def dirty(self) -> bool:
        if self.loaded is None:
            return False
        return (
            self.persona != self.loaded.persona
            or dict((t.strip().lower(), e.strip()) for t, e in self.emotions or [])
            != self.loaded.emotions
        )


class CharacterPage(SettingsPage):
    icon_kind = "character"
    editsChanged = Signal()

    def __init__(
        self,
        binder: Binder,
        user_dir: Path,
        bundled_dir: Path | None = BUNDLED_CHARACTERS_DIR,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            binder,
            self.tr("Character"),
            self.tr("Who Neiri plays: her persona and how her emotions show on the avatar."),
            parent,
        )
        self.user_dir = Path(user_dir)
        self.bundled_dir = Path(bundled_dir) if bundled_dir is not None else None
        self.edits: dict[str, CharacterEdit] = {}
        self._filling = False

        form = self.add_group(self.tr("Character"))
        names = list_characters(self.user_dir, bundled_dir=self.bundled_dir)
        self.combo_box = self.combo([(name, name) for name in names])
        plays = self.add_field(form, self.tr("Plays"), "character", self.combo_box)
        self.source_label = make_hint_label("", self._body)
        assert plays.row is not None
        plays.row.add_widget(self.source_label)

        group = QGroupBox(self.tr("Persona"), self._body)
        layout = QVBoxLayout(group)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(
            make_hint_label(
                self.tr("The instructions that define her, sent to the language model."), group
            )
        )
        self.persona_edit = QPlainTextEdit(group)
        self.persona_edit.setMinimumHeight(180)
        self.persona_edit.setTabChangesFocus(True)
        self.persona_edit.textChanged.connect(self._edited)
        layout.addWidget(self.persona_edit)
        self.persona_error = QLabel(group)
        self.persona_error.setWordWrap(True)
        self.persona_error.setVisible(False)
        layout.addWidget(self.persona_error)
        self.body_layout.addWidget(group)

        group = QGroupBox(self.tr("Emotions"), self._body)
        layout = QVBoxLayout(group)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(
            make_hint_label(
                self.tr(
                    "Each emotion tag the model may write, and the avatar expression it shows."
                ),
                group,
            )
        )
        self.table = QTableWidget(0, 2, group)
        self.table.setHorizontalHeaderLabels([self.tr("Emotion tag"), self.tr("Avatar expression")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(220)
        self.table.itemChanged.connect(self._edited)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_row_button = QPushButton(self.tr("Add"), group)
        self.add_row_button.clicked.connect(self._add_row)
        self.remove_row_button = QPushButton(self.tr("Remove"), group)
        self.remove_row_button.clicked.connect(self._remove_rows)
        buttons.addWidget(self.add_row_button)
        buttons.addWidget(self.remove_row_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.emotions_error = QLabel(group)
        self.emotions_error.setWordWrap(True)
        self.emotions_error.setVisible(False)
        layout.addWidget(self.emotions_error)
        self.body_layout.addWidget(group)
        self.finish()

        binder.valueCommitted.connect(self._committed)
        self._show(binder.draft.character)

    # showing a character

    def _committed(self, path: str) -> None:
        if path == "character":
            self._show(self.binder.draft.character)

    def _edit_for(self, name: str) -> CharacterEdit:
        edit = self.edits.get(name)
        if edit is not None:
            return edit
        try:
            character = load_character(name, self.user_dir, bundled_dir=self.bundled_dir)
        except CharacterError as exc:
            edit = CharacterEdit(name, None, None, error=str(exc))
        else:
            edit = CharacterEdit(
                name,
                character,
                self._source(name),
                persona=character.persona,
                emotions=list(character.emotions.items()),
            )
        self.edits[name] = edit
        return edit

    def _source(self, name: str) -> Path | None:
        for folder in (self.user_dir, self.bundled_dir):
            if folder is None:
                continue
            for suffix in CHARACTER_SUFFIXES:
                candidate = folder / f"{name}{suffix}"
                if candidate.is_file():
                    return candidate
        return None

    def _show(self, name: str) -> None:
        edit = self._edit_for(name)
        self._filling = True
        try:
            self.persona_edit.setPlainText(edit.persona)
            self.table.setRowCount(0)
            for tag, expression in edit.emotions or []:
                self._append_row(tag, expression)
        finally:
            self._filling = False
        editable = edit.loaded is not None
        for widget in (self.persona_edit, self.table, self.add_row_button, self.remove_row_button):
            widget.setEnabled(editable)
        if edit.error:
            self.source_label.setText(
                self.tr("This character could not be loaded: {error}").format(error=edit.error)
            )
            set_text_color(self.source_label, error_color(self))
        else:
            set_text_color(self.source_label, None)
            self.source_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.source_label.setText(self._source_text(edit))
        self._validate(edit)

    def _source_text(self, edit: CharacterEdit) -> str:
        user_file = self.user_dir / f"{edit.name}.yaml"
        if edit.source is not None and edit.source.parent == self.user_dir:
            return self.tr("Your copy: {path}").format(path=edit.source)
        return self.tr(
            "Bundled with Neiri. Your changes are saved as your own copy in {path}"
        ).format(path=user_file)

    def _append_row(self, tag: str, expression: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(tag))
        self.table.setItem(row, 1, QTableWidgetItem(expression))

    def _add_row(self) -> None:
        self._append_row("", "")
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _remove_rows(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._edited()

    # editing

    def _rows(self) -> list[tuple[str, str]]:
        rows = []
        for row in range(self.table.rowCount()):
            tag = self.table.item(row, 0)
            expression = self.table.item(row, 1)
            rows.append((tag.text() if tag else "", expression.text() if expression else ""))
        return rows

    def _edited(self, *_: Any) -> None:
        if self._filling:
            return
        edit = self._edit_for(self.binder.draft.character)
        if edit.loaded is None:
            return
        edit.persona = self.persona_edit.toPlainText()
        edit.emotions = self._rows()
        self._validate(edit)
        self.editsChanged.emit()

    def _validate(self, edit: CharacterEdit) -> None:
        _, problems = edit.candidate()
        for key, label, widget in (
            ("persona", self.persona_error, self.persona_edit),
            ("emotions", self.emotions_error, self.table),
        ):
            message = problems.get(key)
            show_invalid(widget, label, message)
            # an edit of a character no longer shown still counts: its errors stay registered
            self.binder.set_error(f"character:{edit.name}.{key}", message)

    def has_errors(self) -> bool:
        return super().has_errors() or any(
            key.startswith("character:") for key in self.binder.errors
        )

    @property
    def dirty(self) -> bool:
        return any(edit.dirty for edit in self.edits.values())

    def save_edits(self) -> list[Path]:
        """Write every changed character to the user's folder. Raises OSError."""
        written: list[Path] = []
        for edit in self.edits.values():
            if not edit.dirty:
                continue
            character, problems = edit.candidate()
            if character is None:
                raise ValueError(f"{edit.name}: {problems}")
            self.user_dir.mkdir(parents=True, exist_ok=True)
            target = self.user_dir / f"{edit.name}.yaml"
            for suffix in CHARACTER_SUFFIXES:  # a user .yml of the same name would shadow it
                other = self.user_dir / f"{edit.name}{suffix}"
                if suffix != ".yaml" and other.is_file():
                    target = other
            tmp = target.with_name(f".{target.name}.tmp")
            tmp.write_text(render_character(character), encoding="utf-8")
            tmp.replace(target)
            edit.loaded = character
            edit.source = target
            edit.emotions = list(character.emotions.items())
            edit.persona = character.persona
            written.append(target)
        if written:
            self._show(self.binder.draft.character)
        return written

    def restore_defaults(self) -> None:
        super().restore_defaults()
        name = self.binder.draft.character
        if self.bundled_dir is None:
            return
        try:
            bundled = load_character(name, None, bundled_dir=self.bundled_dir)
        except CharacterError:
            return
        edit = self._edit_for(name)
        if edit.loaded is None:
            return
        edit.persona = bundled.persona
        edit.emotions = list(bundled.emotions.items())
        self._show(name)
        self.editsChanged.emit()


# Avatar --------------------------------------------------------------------------------------


class AvatarPage(SettingsPage):
    icon_kind = "avatar"
    has_defaults = False

    def __init__(self, binder: Binder, parent: QWidget | None = None) -> None:
        super().__init__(
            binder, self.tr("Avatar"), self.tr("The animated figure on screen and in OBS."), parent
        )
        self.add_note(
            self.tr(
                "<b>Avatar settings arrive with the avatar.</b><br><br>"
                "The model, expressions, lip-sync and the desktop-pet mode will be set up here "
                "once the avatar part of Neiri is installed. Until then there is nothing to "
                "change, and nothing here is hidden from you."
            )
        )
        kept = (binder.draft.model_extra or {}).get("avatar")
        if isinstance(kept, dict) and kept:
            lines = "<br>".join(f"<code>{key}</code>: {value!r}" for key, value in kept.items())
            self.add_note(
                self.tr("These avatar values from your settings file are kept as they are:")
                + "<br>"
                + lines
            )
        self.finish()


# Server / OBS ----------------------------------------------------------------------------------


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
        if _qt_alive(self.copy_button):
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
