"""Environment Qt needs before it is imported (WebEngine as root, headless WebGL)."""

from __future__ import annotations

import os
import sys

WEBGL_FLAGS = (
    "--ignore-gpu-blocklist --use-gl=angle --use-angle=swiftshader --enable-unsafe-swiftshader"
)


def prepare_environment() -> None:
    """Call before the first PySide6 import."""
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to run its sandbox as root (containers, some live systems).
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    headless = os.environ.get("QT_QPA_PLATFORM") == "offscreen" or (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--use-angle" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} {WEBGL_FLAGS}".strip()


def load_webengine() -> bool:
    """Import QtWebEngine before the QApplication exists, as Qt requires.

    Creating a web view in an application started without this crashes the process.
    Returns False when QtWebEngine is not installed (the avatar then shows a note).
    """
    try:
        from PySide6.QtCore import QCoreApplication, Qt
        from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: F401
    except ImportError:
        return False
    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    return True
