"""Qt objects in garbage cycles are destroyed on the Qt thread, never on a worker that
happened to trigger Python's cycle collector (QtWebEngine aborts the process when its
objects are destroyed off its thread: the start-up crash of ui/gc_guard.py)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, Qt

from ui.gc_guard import MainThreadCollector


def _orphan_cycle(destroyed_on: list[int]) -> None:
    """A parentless QObject that only a reference cycle keeps alive."""
    obj = QObject()
    obj.setObjectName("in-a-cycle")
    obj.destroyed.connect(
        lambda *_: destroyed_on.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    obj.me = obj  # the cycle: wrapper -> its __dict__ -> wrapper


def _allocate_in_worker() -> int:
    """A worker that allocates many container objects (as a model load does)."""
    seen: list[int] = []

    def work() -> None:
        seen.append(threading.get_ident())
        junk = [[i] for i in range(200_000)]
        del junk
        gc.collect()  # what an automatic collection in this thread would do at once

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    return seen[0]


def test_without_the_guard_a_worker_destroys_a_qt_object(qapp) -> None:
    """The hazard itself (why the guard exists)."""
    destroyed_on: list[int] = []
    _orphan_cycle(destroyed_on)
    worker = _allocate_in_worker()
    assert destroyed_on == [worker]


def test_with_the_guard_the_qt_thread_destroys_it(qapp, qtbot) -> None:
    destroyed_on: list[int] = []
    collector = MainThreadCollector(interval_ms=20)
    collector.start()
    try:
        assert not gc.isenabled()
        _orphan_cycle(destroyed_on)
        kept = _allocate_in_worker_without_collecting()
        assert gc.get_count()[0] > gc.get_threshold()[0]
        assert destroyed_on == []  # the worker freed nothing of it
        qtbot.waitUntil(lambda: destroyed_on != [], timeout=3000)
        assert destroyed_on == [threading.get_ident()]
        assert collector.collections >= 1
        del kept
    finally:
        collector.stop()
    assert gc.isenabled()


def _allocate_in_worker_without_collecting() -> list:
    kept: list = []

    def work() -> None:
        kept.extend([i] for i in range(50_000))  # far past the first threshold, and kept

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    return kept


def test_stopping_the_guard_collects_what_is_left_and_restores_automatic_collection(
    qapp,
) -> None:
    destroyed_on: list[int] = []
    collector = MainThreadCollector(interval_ms=60_000)
    collector.start()
    _orphan_cycle(destroyed_on)
    collector.stop()
    assert destroyed_on == [threading.get_ident()]
    assert gc.isenabled()
