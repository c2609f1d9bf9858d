"""Python's cycle collector, run on the Qt thread only.

The cycle collector runs in whichever thread happens to allocate when a threshold is
passed. When it frees a Qt object there (a window left in a reference cycle, with its
QWebEngineView inside), the C++ destructor runs on that thread too, and Chromium aborts
the whole process: "Must be called on Chrome_UIThread; actually called on Unknown
Thread". Neiri's workers allocate a lot (ChromaDB loading, Whisper, Piper), so this
happened: a crash at start-up while long-term memory loaded.

:class:`MainThreadCollector` switches automatic collection off and runs the same
generational collection from a timer on the Qt thread. Reference counting still frees
everything that is not in a cycle at once, on any thread, as before.
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger("neiri.ui.gc")


class MainThreadCollector(QObject):
    """Collects garbage cycles from the Qt thread (see the module doc)."""

    def __init__(
        self, interval_ms: int = 500, full_every_s: float = 30.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.full_every_s = full_every_s
        self._last_full = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._was_enabled = False
        self.collections = 0

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        if self.active:
            return
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Back to automatic collection, after one full collection here."""
        if not self.active:
            return
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as Python's
        automatic collection would; a full collection (it walks every object: tens of
        milliseconds with the models loaded) at most every ``full_every_s``."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = -1
        for index in range(3):
            if thresholds[index] and counts[index] > thresholds[index]:
                generation = index
        now = time.monotonic()
        if generation == 2:
            if now - self._last_full < self.full_every_s:
                generation = 1
            else:
                self._last_full = now
        if generation >= 0:
            gc.collect(generation)
            self.collections += 1
