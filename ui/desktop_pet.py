"""The desktop pet: the avatar alone in a frameless, transparent, always-on-top window.

It is dragged by a small handle at its top (the web view takes every mouse event it
gets), resized by a grip in its bottom-right corner, can let every click through to
the windows beneath it, remembers where it was, and comes back on screen when the
monitor it sat on is gone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import QHBoxLayout, QSizeGrip, QVBoxLayout, QWidget

DEFAULT_SIZE = QSize(320, 480)
SAVE_DELAY_MS = 400
KEY = "pet/rect"


class _Handle(QWidget):
    """A faint pill to drag the window by (fully transparent pixels would not get clicks
    on every platform)."""

    def __init__(self, pet: DesktopPet) -> None:
        super().__init__(pet)
        self._pet = pet
        self._grab: QPoint | None = None
        self._hover = False
        self.setFixedSize(72, 14)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setToolTip(self.tr("Drag to move Neiri"))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(128, 128, 128, 170 if self._hover else 70))
        painter.drawRoundedRect(self.rect().adjusted(4, 4, -4, -4), 3, 3)

    def enterEvent(self, event) -> None:
        self._hover = True
        self.update()

    def leaveEvent(self, event) -> None:
        self._hover = False
        self.update()

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        handle = self._pet.windowHandle()
        if handle is not None and handle.startSystemMove():
            self._grab = None  # the window manager moves it
        else:
            self._grab = event.globalPosition().toPoint() - self._pet.pos()
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._grab is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._pet.move(event.globalPosition().toPoint() - self._grab)

    def mouseReleaseEvent(self, event) -> None:
        self._grab = None


class DesktopPet(QWidget):
    def __init__(self, url: str, state_file: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Tool
        )
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.setWindowTitle(self.tr("Neiri desktop pet"))
        self.setMinimumSize(120, 160)
        self.url = url
        self._state = QSettings(str(state_file), QSettings.Format.IniFormat)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_geometry)
        self._restoring = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.handle = _Handle(self)
        top.addStretch(1)
        top.addWidget(self.handle)
        top.addStretch(1)
        layout.addLayout(top)

        from PySide6.QtWebEngineWidgets import QWebEngineView

        self.view = QWebEngineView(self)
        self.view.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
        self.view.page().setBackgroundColor(Qt.GlobalColor.transparent)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        layout.addWidget(self.view, 1)
        self.grip = QSizeGrip(self)
        self.grip.setToolTip(self.tr("Drag to resize"))
        self.grip.resize(16, 16)
        self.view.load(QUrl(url))

        self.setGeometry(self._saved_rect() or self._default_rect())
        self._restoring = False

    # --- place ------------------------------------------------------------------------

    def show_url(self, url: str) -> None:
        """Load the overlay from ``url`` (the server moved)."""
        if url != self.url:
            self.url = url
            self.view.load(QUrl(url))

    def _saved_rect(self) -> QRect | None:
        value = self._state.value(KEY)
        if isinstance(value, QRect) and value.isValid():
            return value
        return None

    def _default_rect(self) -> QRect:
        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen else QRect(0, 0, 800, 600)
        size = DEFAULT_SIZE.boundedTo(area.size())
        rect = QRect(QPoint(0, 0), size)
        rect.moveBottomRight(area.bottomRight())
        return rect

    def ensure_on_screen(self) -> None:
        """Bring her back to the primary screen's corner when no screen shows her."""
        rect = self.geometry()
        if any(s.availableGeometry().intersects(rect) for s in QGuiApplication.screens()):
            return
        area = QGuiApplication.primaryScreen().availableGeometry()
        rect.setSize(rect.size().boundedTo(area.size()))
        rect.moveBottomRight(area.bottomRight())
        self.setGeometry(rect)

    def save_geometry(self) -> None:
        self._save_timer.stop()
        self._state.setValue(KEY, self.geometry())
        self._state.sync()

    def _geometry_changed(self) -> None:
        if not self._restoring and self.isVisible():
            self._save_timer.start()

    # --- input ------------------------------------------------------------------------

    @property
    def click_through(self) -> bool:
        return bool(self.windowFlags() & Qt.WindowType.WindowTransparentForInput)

    def set_click_through(self, on: bool) -> None:
        """Let every click pass to the windows beneath (changing flags hides a window)."""
        if on == self.click_through:
            return
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowTransparentForInput, on)
        self.handle.setVisible(not on)
        self.grip.setVisible(not on)
        if visible:
            self.show()

    # --- Qt events --------------------------------------------------------------------

    def showEvent(self, event) -> None:
        self.ensure_on_screen()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.save_geometry()
        super().hideEvent(event)

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        self._geometry_changed()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.grip.move(self.width() - self.grip.width(), self.height() - self.grip.height())
        self.grip.raise_()
        self._geometry_changed()

    def release(self) -> None:
        """Delete the web view before the application goes away (WebEngine needs it)."""
        if self.view is not None:
            self.layout().removeWidget(self.view)
            self.view.deleteLater()
            self.view = None
