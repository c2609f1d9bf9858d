"""Light and dark themes: Qt's Fusion style with a palette of our own."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#e0569b"  # Neiri's pink

_COLORS = {
    "light": {
        QPalette.ColorRole.Window: "#f4f2f7",
        QPalette.ColorRole.WindowText: "#1f1b24",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#efebf4",
        QPalette.ColorRole.Text: "#1f1b24",
        QPalette.ColorRole.Button: "#ebe7f0",
        QPalette.ColorRole.ButtonText: "#1f1b24",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f1b24",
        QPalette.ColorRole.PlaceholderText: "#8a8494",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#b8327a",
    },
    "dark": {
        QPalette.ColorRole.Window: "#1e1b22",
        QPalette.ColorRole.WindowText: "#ece8f1",
        QPalette.ColorRole.Base: "#15131a",
        QPalette.ColorRole.AlternateBase: "#24212a",
        QPalette.ColorRole.Text: "#ece8f1",
        QPalette.ColorRole.Button: "#2b2731",
        QPalette.ColorRole.ButtonText: "#ece8f1",
        QPalette.ColorRole.ToolTipBase: "#2b2731",
        QPalette.ColorRole.ToolTipText: "#ece8f1",
        QPalette.ColorRole.PlaceholderText: "#8d8796",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#f08cc0",
    },
}


def apply_theme(app: QApplication, name: str = "light") -> None:
    """Apply ``light`` or ``dark`` (``system`` keeps the platform's own palette)."""
    app.setStyle("Fusion")
    if name not in _COLORS:
        app.setPalette(app.style().standardPalette())
        return
    palette = QPalette()
    for role, color in _COLORS[name].items():
        palette.setColor(role, QColor(color))
    disabled = QColor(_COLORS[name][QPalette.ColorRole.PlaceholderText])
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    app.setPalette(palette)
    app.setProperty("neiri_theme", name)
