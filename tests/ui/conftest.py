"""Qt tests run offscreen with a qasync loop; screenshots go to tests/ui/screenshots/."""

from __future__ import annotations

import asyncio
import gc
import os
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from ui.qt_env import load_webengine, prepare_environment

prepare_environment()
load_webengine()

SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"


@pytest.fixture(autouse=True)
def _collect_on_the_qt_thread():
    """After each test, free its garbage cycles here, on the Qt thread. Left to Python,
    a later test's worker thread could collect them, destroying a window with a web
    view off the Qt thread, which aborts the process (see ui/gc_guard.py)."""
    yield
    gc.collect()


@pytest.fixture
def qloop(qapp):
    """A qasync event loop on the Qt application, current for the test's duration.

    Run coroutines with ``qloop.run_until_complete(...)``: pytest-qt has no qasync
    support of its own.
    """
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()
        asyncio.set_event_loop(None)


def screenshot(widget, name: str) -> Path:
    """Save what the user sees of ``widget`` as a PNG (look at these)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path
