"""The log viewer: live tailing, rotation, filters, turns, copy, export, corrupt lines."""

from __future__ import annotations

import json
import logging
import zipfile
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.logs import LOG_FILE_NAME, log_event, setup_logging, shutdown_logging
from tests.ui.conftest import screenshot
from ui.dialogs.log_viewer import UNREADABLE_EVENT, LogTail, LogViewer
from ui.theme import apply_theme


def write_conversation() -> None:
    """Two turns and some noise, as the engine would log them."""
    log_event("listener", "listener.start", "listening on the default microphone")
    log_event("asr", "asr.done", "transcribed: hello there", turn_id=1, latency_ms=142.0)
    log_event("llm", "llm.first_token", "first token", turn_id=1, latency_ms=310.5)
    log_event("tts", "tts.first_audio", "speaking", turn_id=1, latency_ms=48.0)
    log_event("asr", "asr.debug", "vad window", level=logging.DEBUG)
    log_event("asr", "asr.done", "transcribed: what's the weather", turn_id=2, latency_ms=150.0)
    log_event("llm", "llm.slow", "the model took long to answer", level=logging.WARNING, turn_id=2)
    log_event("tts", "tts.failed", "voice file missing", level=logging.ERROR, turn_id=2)


@pytest.fixture
def log_dir(tmp_path):
    folder = tmp_path / "logs"
    setup_logging(folder, level="DEBUG", console=False)
    write_conversation()
    yield folder
    shutdown_logging()


@pytest.fixture
def viewer(qtbot, log_dir):
    view = LogViewer(log_dir, poll_ms=40)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.history_loaded, timeout=3000)
    return view


def events(view: LogViewer) -> list[str]:
    return [entry.event for entry in view.visible_entries()]


def test_shows_the_rows_written_by_the_logger_and_new_ones_live(qtbot, viewer, log_dir):
    assert events(viewer) == [
        "listener.start",
        "asr.done",
        "llm.first_token",
        "tts.first_audio",
        "asr.debug",
        "asr.done",
        "llm.slow",
        "tts.failed",
    ]
    first = viewer.visible_entries()[1]
    assert (first.level, first.component, first.turn, first.latency) == ("INFO", "asr", "1", 142.0)
    model = viewer.table.model()
    assert model.rowCount() == 8
    assert model.index(1, 5).data().strip() == "142 ms"
    assert model.index(1, 6).data() == "transcribed: hello there"

    log_event("llm", "llm.live", "a line written while the viewer is open", turn_id=3)
    qtbot.waitUntil(lambda: "llm.live" in events(viewer), timeout=3000)
    assert viewer.visible_entries()[-1].turn == "3"
    assert "llm" in [
        viewer.component_combo.itemData(i) for i in range(viewer.component_combo.count())
    ]


def test_filters_by_level_component_turn_text_and_time(viewer):
    viewer.set_filter(level="WARNING")
    assert events(viewer) == ["llm.slow", "tts.failed"]
    viewer.set_filter(level="ALL", component="asr")
    assert events(viewer) == ["asr.done", "asr.debug", "asr.done"]
    viewer.set_filter(level="INFO")
    assert events(viewer) == ["asr.done", "asr.done"]  # the debug line is below INFO
    viewer.set_filter(level="ALL", component="", turn="2")
    assert events(viewer) == ["asr.done", "llm.slow", "tts.failed"]
    viewer.set_filter(turn="", text="VOICE FILE")  # case-insensitive, in any field
    assert events(viewer) == ["tts.failed"]
    viewer.set_filter(text="")

    now = datetime.now().astimezone()
    viewer.set_filter(since=now + timedelta(minutes=5))
    assert events(viewer) == []
    viewer.set_filter(since=now - timedelta(minutes=5), until=now + timedelta(minutes=5))
    assert len(events(viewer)) == 8
    assert "Showing" not in viewer.count_label.text()

    # widgets drive the same filter
    viewer.clear_filters()
    viewer.text_edit.setText("weather")
    viewer.apply_filters()
    assert events(viewer) == ["asr.done"]
    viewer.clear_filters()
    assert len(events(viewer)) == 8


def test_show_turn_gathers_its_events_and_double_click_does_too(qtbot, viewer):
    viewer.set_filter(level="ERROR")
    assert events(viewer) == ["tts.failed"]
    viewer.select_row(0)
    assert viewer.turn_button.isEnabled()
    qtbot.mouseClick(viewer.turn_button, Qt.MouseButton.LeftButton)
    assert events(viewer) == ["asr.done", "llm.slow", "tts.failed"]
    assert viewer.turn_edit.text() == "2"
    assert viewer.level_combo.currentData() == 0  # other filters cleared

    viewer.clear_filters()
    index = viewer.table.model().index(2, 3)  # llm.first_token of turn 1
    viewer.table.doubleClicked.emit(index)
    assert events(viewer) == ["asr.done", "llm.first_token", "tts.first_audio"]

    viewer.clear_filters()
    viewer.select_row(0)  # listener.start has no turn
    assert not viewer.turn_button.isEnabled()
    assert viewer.show_turn() is False


def test_copy_row_puts_its_json_line_on_the_clipboard(qtbot, viewer):
    viewer.select_row(2)
    qtbot.mouseClick(viewer.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    data = json.loads(copied)
    assert data["event"] == "llm.first_token" and data["turn_id"] == 1
    assert '"llm.first_token"' in viewer.details.toPlainText()


def test_export_writes_exactly_the_filtered_rows(viewer, tmp_path):
    viewer.set_filter(turn="2")
    expected = [entry.raw for entry in viewer.visible_entries()]
    assert len(expected) == 3

    jsonl = tmp_path / "out" / "turn2.jsonl"
    assert viewer.export_to(jsonl) == 3
    assert jsonl.read_text().splitlines() == expected

    archive = tmp_path / "out" / "turn2.zip"
    assert viewer.export_to(archive) == 3
    with zipfile.ZipFile(archive) as zipped:
        assert sorted(zipped.namelist()) == ["filters.json", "turn2.jsonl"]
        assert zipped.read("turn2.jsonl").decode().splitlines() == expected
        assert json.loads(zipped.read("filters.json"))["filter"]["turn_id"] == "2"


def test_corrupt_and_partial_lines_never_break_it(qtbot, viewer, log_dir):
    path = log_dir / LOG_FILE_NAME
    with open(path, "ab") as handle:
        handle.write(b"this is not json {\n")
        handle.write(b'["a list, not an object"]\n')
        handle.write(b"\xff\xfe broken bytes\n")
        handle.write(b'{"ts": "2030-01-01T10:00:00.000+00:00", "level": "INFO", "comp')
        handle.flush()
    qtbot.waitUntil(lambda: events(viewer).count(UNREADABLE_EVENT) == 3, timeout=3000)
    assert "unreadable" in viewer.count_label.text()
    assert "partial" not in " ".join(e.raw for e in viewer.all_entries())
    # the rest of the partial line arrives later: it becomes one good row
    with open(path, "ab") as handle:
        handle.write(b'onent": "llm", "event": "llm.late", "message": "late"}\n')
    qtbot.waitUntil(lambda: "llm.late" in events(viewer), timeout=3000)
    assert len(viewer.all_entries()) == 8 + 4

    viewer.set_filter(level="INFO")  # unreadable lines have no level: hidden at INFO+
    assert UNREADABLE_EVENT not in events(viewer)
    viewer.set_filter(level="ALL")
    viewer.select_row(events(viewer).index(UNREADABLE_EVENT))
    assert "not valid JSON" in viewer.details.toPlainText()
    out = viewer.export_to(log_dir.parent / "all.jsonl")
    lines = (log_dir.parent / "all.jsonl").read_text().splitlines()
    assert out == len(lines) == 12
    assert all(isinstance(json.loads(line), dict) for line in lines)  # export stays JSONL


def test_rotation_loses_and_repeats_no_line(qtbot, tmp_path):
    folder = tmp_path / "logs"
    setup_logging(folder, level="INFO", max_bytes=800, backups=40, console=False)
    try:
        for n in range(30):
            log_event("test", "test.line", "before opening", n=n)
        view = LogViewer(folder, poll_ms=10_000)  # polled by hand below
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.history_loaded, timeout=3000)
        assert [e.data["n"] for e in view.all_entries()] == list(range(30))
        assert len(list(folder.glob(LOG_FILE_NAME + ".*"))) >= 2  # history spans rotations
        n = 30
        for burst in (1, 3, 9, 25):  # more than one rotation between some polls
            for _ in range(burst):
                log_event("test", "test.line", "while open", n=n)
                n += 1
            view.poll()
        assert [e.data["n"] for e in view.all_entries()] == list(range(n))
    finally:
        shutdown_logging()


def test_memory_stays_bounded(qtbot, tmp_path):
    folder = tmp_path / "logs"
    setup_logging(folder, level="INFO", console=False)
    try:
        for n in range(150):
            log_event("test", "test.line", "line", n=n)
        view = LogViewer(folder, max_rows=100, poll_ms=10_000)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.history_loaded, timeout=3000)
        assert [e.data["n"] for e in view.all_entries()] == list(range(50, 150))
        for n in range(150, 180):
            log_event("test", "test.line", "line", n=n)
        view.set_filter(text="line")
        view.poll()
        kept = [e.data["n"] for e in view.all_entries()]
        assert kept == list(range(80, 180))
        assert [e.data["n"] for e in view.visible_entries()] == kept
    finally:
        shutdown_logging()


def test_tail_without_a_file_then_with_one(tmp_path):
    tail = LogTail(tmp_path / LOG_FILE_NAME)
    assert tail.read_history() == []
    assert tail.poll() == []
    (tmp_path / LOG_FILE_NAME).write_text('{"event": "a"}\n{"event": "b"}\n{"ev')
    assert tail.poll() == ['{"event": "a"}', '{"event": "b"}']
    (tmp_path / LOG_FILE_NAME).write_text('{"event": "c"}\n')  # truncated and rewritten
    assert tail.poll() == ['{"event": "c"}']


def test_screenshots_in_both_themes(qapp, qtbot, log_dir):
    for n in range(3, 9):
        log_event("llm", "llm.reply_done", f"reply {n} spoken", turn_id=n, latency_ms=900 + n)
    try:
        for theme in ("light", "dark"):
            apply_theme(qapp, theme)
            view = LogViewer(log_dir, poll_ms=40)
            qtbot.addWidget(view)
            view.show()
            qtbot.waitUntil(lambda view=view: view.history_loaded, timeout=3000)
            view.select_row(6)
            qapp.processEvents()
            path = screenshot(view, f"log-viewer-{theme}")
            assert path.stat().st_size > 10_000
            view.close()
    finally:
        apply_theme(qapp, "light")
