"""The building blocks of the first-run wizard's pages: :class:`_Page` (a page with its
own large title), :class:`StepList` (the side panel of steps), a tinted notice and
labels whose colour follows the theme.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ui.dialogs.settings_widgets import error_color, mix, ok_color, set_text_color, warn_color

if TYPE_CHECKING:
    from ui.dialogs.wizard import FirstRunWizard

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "neiri.svg"


# --- small helpers ------------------------------------------------------------------------


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


_TONES: dict[str, Callable[[QWidget], Any]] = {
    "ok": ok_color,
    "error": error_color,
    "warn": warn_color,
}


class _ToneFilter(QObject):
    """Re-colours a label whose text has a tone when the theme changes."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(obj, QLabel):
            tone = obj.property("neiri_tone")
            if tone in _TONES and not obj.property("neiri_toning"):
                obj.setProperty("neiri_toning", True)
                try:
                    set_text_color(obj, _TONES[tone](obj.parentWidget() or obj))
                finally:
                    obj.setProperty("neiri_toning", False)
        return False


_tone_filter: _ToneFilter | None = None


def set_tone(label: QLabel, tone: str | None) -> None:
    """Colour ``label`` as ok / error / warn (None: normal), following theme changes."""
    global _tone_filter
    if _tone_filter is None:
        _tone_filter = _ToneFilter()
    if not label.property("neiri_tone_filter"):
        label.installEventFilter(_tone_filter)
        label.setProperty("neiri_tone_filter", True)
    label.setProperty("neiri_tone", tone or "")
    set_text_color(label, _TONES[tone](label.parentWidget() or label) if tone in _TONES else None)


def _with_hint(field: QWidget, hint: QLabel) -> QWidget:
    """A form field with its help text right under it."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    layout.addWidget(field)
    layout.addWidget(hint)
    return box


def _wrap(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _Notice(QFrame):
    """A tinted, word-wrapped message (ok / warn / error / info)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = "info"
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.label = _wrap("", self)
        self.label.setOpenExternalLinks(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.label, 1)
        self.setVisible(False)

    def show_message(self, text: str, tone: str = "info", *, rich: bool = False) -> None:
        self._tone = tone
        self.label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.label.setText(text)
        self._paint()
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.label.clear()
        self.setVisible(False)

    def _paint(self) -> None:
        base = self.parentWidget().palette() if self.parentWidget() else self.palette()
        window = base.color(QPalette.ColorRole.Window)
        tint = {
            "ok": ok_color(self),
            "warn": warn_color(self),
            "error": error_color(self),
        }.get(self._tone, base.color(QPalette.ColorRole.Highlight))
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, mix(window, tint, 0.14))
        self.setPalette(palette)
        text = base.color(QPalette.ColorRole.WindowText)
        set_text_color(self.label, mix(text, tint, 0.35) if self._tone != "info" else None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._paint()


class StepList(QFrame):
    """The wizard's side panel: every step, the current one highlighted."""

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizardSteps")
        self.setAutoFillBackground(True)
        self.setMinimumWidth(170)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 18, 14, 14)
        layout.setSpacing(10)
        logo = QLabel(self)
        pixmap = QPixmap(str(ICON)) if ICON.is_file() else QPixmap()
        if not pixmap.isNull():
            logo.setPixmap(
                pixmap.scaled(
                    48,
                    48,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        name = _bold(QLabel("Neiri", self))
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        name.setFont(font)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(logo)
        top.addWidget(name, 1)
        layout.addLayout(top)
        layout.addSpacing(8)
        self.labels: list[QLabel] = []
        for _ in titles:
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.RichText)
            self.labels.append(label)
            layout.addWidget(label)
        self.titles = titles
        layout.addStretch(1)
        self._painting = False
        self.current = 0
        self.set_current(0)

    def set_current(self, index: int) -> None:
        self.current = index
        self._tint()
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight).name()
        text = palette.color(QPalette.ColorRole.WindowText)
        dim = mix(text, palette.color(QPalette.ColorRole.Window), 0.45).name()
        for i, (label, title) in enumerate(zip(self.labels, self.titles, strict=True)):
            if i == index:
                label.setText(
                    f'<span style="color:{accent}">●</span>&nbsp;&nbsp;'
                    f'<b style="color:{text.name()}">{title}</b>'
                )
            elif i < index:
                label.setText(
                    f'<span style="color:{accent}">✓</span>&nbsp;&nbsp;'
                    f'<span style="color:{text.name()}">{title}</span>'
                )
            else:
                label.setText(f'<span style="color:{dim}">○&nbsp;&nbsp;{title}</span>')

    def _tint(self) -> None:
        app = self.parentWidget().palette() if self.parentWidget() else self.palette()
        window = app.color(QPalette.ColorRole.Window)
        palette = self.palette()
        palette.setColor(
            QPalette.ColorRole.Window,
            mix(app.color(QPalette.ColorRole.Base), window, 0.25),
        )
        self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._painting:
            self._painting = True
            try:
                self.set_current(self.current)
            finally:
                self._painting = False


class _Page(QWizardPage):
    """A page with its own header (a large title and a subtitle) instead of QWizard's
    small header band, which looks dated under Fusion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 4, 4)
        self._layout.setSpacing(12)
        self.title_label = QLabel(self)
        self.title_label.setObjectName("wizardPageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.subtitle_label = _wrap("", self)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.subtitle_label)
        self._layout.addSpacing(4)

    def setTitle(self, title: str) -> None:  # shown in the page, not in QWizard's header
        self.title_label.setText(title)

    def setSubTitle(self, subtitle: str) -> None:
        self.subtitle_label.setText(subtitle)

    def wiz(self) -> FirstRunWizard:
        from ui.dialogs.wizard import FirstRunWizard  # it imports the pages

        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard

    def body(self) -> QVBoxLayout:
        return self._layout

    def group(self, title: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        return box, layout

    def fmt_bytes(self, size: float | None) -> str:
        if size is None:
            return self.tr("unknown size")
        if size >= 1024**3:
            return self.tr("{value:.1f} GB").format(value=size / 1024**3)
        if size >= 1024**2:
            return self.tr("{value:.0f} MB").format(value=size / 1024**2)
        if size >= 1024:
            return self.tr("{value:.0f} KB").format(value=size / 1024)
        return self.tr("{value:.0f} bytes").format(value=size)
