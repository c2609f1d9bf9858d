"""The first-run wizard offscreen: a full walk against a fake Ollama and a fake model
server, Cancel in the middle of a pull, and the offline messages. Writes a screenshot of
every page in the light and dark themes (tests/ui/screenshots/wizard_*.png)."""

from __future__ import annotations

import asyncio
import hashlib
import os
import socket
from types import SimpleNamespace

from PySide6.QtWidgets import QApplication, QWizard

from app.config.paths import Paths
from app.config.settings import Settings
from app.config.store import load_settings, save_settings
from app.hardware import GB, GpuInfo, HardwareInfo
from app.models.catalog import DEFAULT_CATALOG, Catalog
from tests.fakes.fake_files import FakeFileServer
from tests.fakes.fake_ollama import FakeOllama
from tests.ui.conftest import screenshot
from ui.dialogs.wizard import (
    PAGE_HARDWARE,
    PAGE_MIC,
    PAGE_OLLAMA,
    PAGE_SPEECH,
    PAGE_SUMMARY,
    FirstRunWizard,
)
from ui.theme import apply_theme

WHISPER_BIN = os.urandom(400_000)
WHISPER_CONFIG = b'{"alignment_heads": [], "lang_ids": []}\n'
VOICE_ONNX = os.urandom(90_000)
VOICE_JSON = b'{"audio": {"sample_rate": 22050}}\n'

MACHINE = HardwareInfo(
    cpu_name="AMD Ryzen 7 5800X 8-Core Processor",
    cpu_cores=8,
    cpu_threads=16,
    ram_total_bytes=32 * GB,
    ram_available_bytes=21 * GB,
    gpus=(GpuInfo("NVIDIA GeForce RTX 3060", 12 * GB),),
)
LAPTOP = HardwareInfo(
    cpu_name="Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz",
    cpu_cores=4,
    cpu_threads=8,
    ram_total_bytes=int(7.7 * GB),
    ram_available_bytes=3 * GB,
)
MIC = SimpleNamespace(name="USB Microphone", max_input_channels=1, is_default_input=True)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fake_catalog(server: FakeFileServer) -> Catalog:
    """The bundled entries of the real catalog plus two small fake models, with exact
    sizes and checksums, served by ``server``."""
    files = {
        "/w/small/model.bin": WHISPER_BIN,
        "/w/small/config.json": WHISPER_CONFIG,
        "/p/pt_BR-faber-medium.onnx": VOICE_ONNX,
        "/p/pt_BR-faber-medium.onnx.json": VOICE_JSON,
    }
    for path, data in files.items():
        server.add(path, data)

    def entry(path: str, name: str) -> dict:
        data = files[path]
        return {"path": name, "url": server.url + path, "size": len(data), "sha256": sha(data)}

    data = {
        "models": [
            {"name": "tiny.en", "kind": "whisper", "bundled": True},
            {
                "name": "small",
                "kind": "whisper",
                "language": "multi",
                "files": [
                    entry("/w/small/config.json", "config.json"),
                    entry("/w/small/model.bin", "model.bin"),
                ],
            },
            {"name": "en_US-joe-medium", "kind": "piper", "bundled": True, "language": "en_US"},
            {
                "name": "pt_BR-faber-medium",
                "kind": "piper",
                "language": "pt_BR",
                "files": [
                    entry("/p/pt_BR-faber-medium.onnx.json", "pt_BR-faber-medium.onnx.json"),
                    entry("/p/pt_BR-faber-medium.onnx", "pt_BR-faber-medium.onnx"),
                ],
            },
        ]
    }
    return Catalog.from_data(data)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def until(predicate, within: float = 10.0, what: str = "the wizard") -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def shots(qapp, wizard: FirstRunWizard, name: str) -> None:
    """Screenshots of the current page in both themes (then back to light)."""
    for theme in ("light", "dark"):
        apply_theme(qapp, theme)
        await asyncio.sleep(0.05)  # let the palette change reach every widget
        screenshot(wizard, f"wizard_{name}_{theme}")
    apply_theme(qapp, "light")
    await asyncio.sleep(0.02)


def make_wizard(settings: Settings, url: str, catalog: Catalog, **kw) -> FirstRunWizard:
    settings.llm.base_url = url
    options = {
        "probe_hardware": lambda: MACHINE,
        "which": lambda name: None,
        "list_inputs": lambda: [MIC],
        "check_model": None,
    }
    options.update(kw)
    # as in the app (a tray app): closing the wizard must not quit the application,
    # which would stop the qasync loop under the test
    QApplication.instance().setQuitOnLastWindowClosed(False)
    wizard = FirstRunWizard(settings, Paths.resolve().ensure(), catalog=catalog, **options)
    wizard.show()
    return wizard


def next_page(wizard: FirstRunWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"Next is disabled on page {wizard.currentId()}"
    button.click()


def test_the_wizard_walks_through_every_page_and_saves(qapp, qloop, qtbot) -> None:
    apply_theme(qapp, "light")

    async def scenario() -> None:
        paths = Paths.resolve()
        async with (
            FakeOllama(models=("llama3.2:1b",), pull_delay_s=0.03, pull_steps=12) as ollama,
            FakeFileServer(chunk_size=16 * 1024, delay_s=0.02) as files,
        ):
            wizard = make_wizard(Settings(), ollama.url, fake_catalog(files))
            saved: list[Settings] = []
            wizard.completed.connect(saved.append)

            # 1. language and character
            page = wizard.language_page
            page.language_combo.setCurrentIndex(page.language_combo.findData("pt_BR"))
            assert page.character() == "neiri"
            await shots(qapp, wizard, "1_welcome")
            next_page(wizard)

            # 2. microphone: the engine's levels move the meter
            assert wizard.currentId() == PAGE_MIC
            mic = wizard.mic_page
            await until(lambda: mic.available is True, what="the microphone check")
            assert "USB Microphone" in mic.status.text()
            for db in (-60.0, -35.0, -14.0):
                mic.set_level(db)
            assert mic.heard and mic.status.text() == "Neiri hears you."
            assert mic.meter.level_db > -20
            await shots(qapp, wizard, "2_microphone")
            next_page(wizard)

            # 3. hardware
            assert wizard.currentId() == PAGE_HARDWARE
            hw = wizard.hardware_page
            await until(lambda: hw.done, what="the hardware probe")
            assert "Ryzen 7" in hw.cpu.text() and "8 cores, 16 threads" in hw.cpu.text()
            assert "RTX 3060" in hw.gpu.text() and "12.0 GB" in hw.gpu.text()
            assert hw.recommendation is not None
            assert hw.recommendation.llm_model == "qwen2.5:7b"
            assert hw.recommendation.whisper_model == "small"  # Portuguese speaker
            await shots(qapp, wizard, "3_hardware")
            next_page(wizard)

            # 4. Ollama: running, its models listed; pull the recommended one
            assert wizard.currentId() == PAGE_OLLAMA
            ol = wizard.ollama_page
            await until(lambda: ol.ollama.state == "running", what="Ollama detection")
            listed = [ol.models.item(i).text() for i in range(ol.models.count())]
            assert listed == ["llama3.2:1b"]
            assert ol.pull_target() == "qwen2.5:7b"
            values: list[int] = []
            ol.progress.valueChanged.connect(values.append)
            ol.pull_button.click()
            assert ol.pulling and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
            await until(lambda: 30 <= ol.progress.value() < 100, what="pull progress")
            await shots(qapp, wizard, "4_ollama_pulling")
            await until(lambda: not ol.pulling, within=15, what="the pull")
            assert ol.pulled == "qwen2.5:7b"
            assert values[-1] == 100 and values == sorted(values)
            assert any(0 < v < 100 for v in values)
            assert ol.pull_status.text() == "qwen2.5:7b is ready."
            await until(lambda: ol.models.count() == 2, what="the refreshed model list")
            assert ol.chosen_model() == "qwen2.5:7b"
            assert ollama.pull_requests[-1]["model"] == "qwen2.5:7b"
            await shots(qapp, wizard, "4_ollama_done")
            next_page(wizard)

            # 5. speech models: the recommended ones are selected for download; Next
            # downloads them (with progress and checks) and moves on by itself
            assert wizard.currentId() == PAGE_SPEECH
            sp = wizard.speech_page
            assert sp.whisper.fetch.isChecked() and sp.whisper.selected() == "small"
            assert sp.voice.fetch.isChecked() and sp.voice.selected() == "pt_BR-faber-medium"
            await shots(qapp, wizard, "5_speech")
            fractions: list[int] = []
            sp.whisper.progress.valueChanged.connect(fractions.append)
            next_page(wizard)
            assert sp.downloading
            await until(lambda: 0 < sp.whisper.progress.value() < 1000, what="download progress")
            await shots(qapp, wizard, "5_speech_downloading")
            await until(lambda: wizard.currentId() == PAGE_SUMMARY, within=15, what="downloads")
            assert fractions[-1] == 1000
            models = paths.models_dir
            assert (models / "whisper" / "small" / "model.bin").read_bytes() == WHISPER_BIN
            assert (models / "piper" / "pt_BR-faber-medium.onnx").read_bytes() == VOICE_ONNX
            assert not list(models.rglob("*.part"))

            # 6. summary and Finish
            rows = wizard.summary_page.rows
            assert rows["language"].text() == "Português (Brasil)"
            assert rows["llm"].text().startswith("qwen2.5:7b in Ollama at")
            assert rows["asr"].text() == "small"
            assert rows["voice"].text() == "pt_BR-faber-medium"
            await shots(qapp, wizard, "6_summary")
            wizard.button(QWizard.WizardButton.FinishButton).click()
            assert not wizard.isVisible()

        assert len(saved) == 1
        loaded = load_settings(paths.settings_file)
        assert not loaded.first_run and not loaded.problems
        s = loaded.settings
        assert s.ui_language == "pt_BR"
        assert s.character == "neiri"
        assert s.llm.model == "qwen2.5:7b" and s.llm.base_url == ollama.url
        assert s.asr.model == "small" and s.asr.language == "pt"
        assert s.tts.voice == "pt_BR-faber-medium"
        assert saved[0] == s

    qloop.run_until_complete(scenario())


def test_cancel_in_the_middle_of_a_pull_leaves_the_settings_alone(qapp, qloop, qtbot) -> None:
    async def scenario() -> None:
        paths = Paths.resolve().ensure()
        before = Settings(ui_language="ru")
        save_settings(before, paths.settings_file)
        original = paths.settings_file.read_bytes()
        async with FakeOllama(models=(), pull_delay_s=0.1, pull_steps=50) as ollama:
            wizard = make_wizard(before, ollama.url, DEFAULT_CATALOG, probe_hardware=lambda: LAPTOP)
            wizard.language_page.language_combo.setCurrentIndex(2)
            next_page(wizard)
            next_page(wizard)
            await until(lambda: wizard.hardware_page.done, what="the probe")
            next_page(wizard)
            ol = wizard.ollama_page
            await until(lambda: ol.ollama.state == "running", what="Ollama detection")
            assert ol.models.count() == 0
            assert "no models yet" in ol.notice.text()
            assert ol.pull_target() == "llama3.2:3b"
            ol.pull_button.click()
            await until(lambda: ol.progress.value() > 5, what="pull progress")
            task = wizard.pull_task
            wizard.button(QWizard.WizardButton.CancelButton).click()
            assert not wizard.isVisible()
            await until(lambda: task is not None and task.done(), within=2, what="cancel")
            assert task.cancelled()
            await until(lambda: not wizard.busy, within=2, what="every task to stop")
            assert len(ollama.pull_requests) == 1
        assert paths.settings_file.read_bytes() == original
        assert load_settings(paths.settings_file).settings.ui_language == "ru"

    qloop.run_until_complete(scenario())


def test_offline_says_what_is_missing(qapp, qloop, qtbot) -> None:
    apply_theme(qapp, "light")

    async def scenario() -> None:
        paths = Paths.resolve()
        dead = f"http://127.0.0.1:{free_port()}"
        catalog = DEFAULT_CATALOG.rebased(dead)
        wizard = make_wizard(
            Settings(),
            dead,
            catalog,
            probe_hardware=lambda: LAPTOP,
            list_inputs=lambda: [],
        )
        next_page(wizard)
        mic = wizard.mic_page
        await until(lambda: mic.available is False, what="the microphone check")
        assert mic.notice.isVisible()
        assert mic.notice.text().startswith("No microphone found — Neiri works with typed messages")
        await shots(qapp, wizard, "2_no_microphone")
        next_page(wizard)
        await until(lambda: wizard.hardware_page.done, what="the probe")
        next_page(wizard)

        ol = wizard.ollama_page
        await until(lambda: ol.ollama.state == "absent", what="Ollama detection")
        assert "Ollama was not found" in ol.notice.text()
        assert "https://ollama.com/download" in ol.notice.text()
        assert not ol.pull_button.isEnabled()
        await shots(qapp, wizard, "4_ollama_absent")
        next_page(wizard)

        sp = wizard.speech_page
        assert sp.whisper.selected() == "base.en" and sp.whisper.fetch.isChecked()
        assert sp.voice.keep.isChecked()  # English: the bundled voice is the right one
        next_page(wizard)  # starts the download; it fails: stay on the page
        await until(lambda: not sp.downloading and sp.notice.isVisible(), what="the error")
        assert wizard.currentId() == PAGE_SPEECH
        dest = paths.models_dir / "whisper" / "base.en"
        expected = (
            f"You are offline or {dead.removeprefix('http://')} is unreachable. Neiri keeps "
            "using the bundled tiny.en; to get base.en later, re-run the first-run wizard "
            "(Neiri menu > First-run wizard…), or download config.json, tokenizer.json, "
            f"vocabulary.txt, model.bin from {dead}/Systran/faster-whisper-base.en/tree/main "
            f"into {dest}{os.sep} by hand."
        )
        assert sp.notice.text() == expected
        await shots(qapp, wizard, "5_speech_offline")

        # keeping the bundled model is always possible
        sp.whisper.keep.setChecked(True)
        next_page(wizard)
        assert wizard.currentId() == PAGE_SUMMARY
        rows = wizard.summary_page.rows
        assert rows["asr"].text() == "tiny.en"
        assert "install Ollama first" in rows["llm"].text()
        assert rows["mic"].text() == "None: Neiri works with typed messages"
        await shots(qapp, wizard, "6_summary_offline")
        wizard.reject()
        assert not paths.settings_file.is_file()

    qloop.run_until_complete(scenario())


def test_the_app_opens_the_wizard_from_its_menu_again_and_again(qapp, qloop, qtbot) -> None:
    from app.engine import AudioPlan
    from ui.app import NeiriApp

    async def scenario() -> None:
        async with FakeOllama(accept_any_model=True) as ollama:
            settings = Settings()
            # memory on: this test used to crash while memory loaded on its worker thread
            # (a garbage collection there destroyed Qt objects; see ui/gc_guard.py)
            settings.memory.enabled = True
            settings.llm.base_url = ollama.url
            paths = Paths.resolve().ensure()
            neiri = NeiriApp(qapp, settings, paths, audio=AudioPlan("none", listen=False))
            runner = asyncio.ensure_future(neiri.run())
            await until(lambda: neiri.engine.conversation is not None, what="the engine")
            for _ in range(2):
                neiri.window.wizardRequested.emit()
                wizard = neiri._dialogs["wizard"]
                assert isinstance(wizard, FirstRunWizard)
                await until(lambda wizard=wizard: wizard.isVisible(), what="the wizard")
                assert wizard.parent() is neiri.window and wizard.isModal()
                neiri.window.wizardRequested.emit()  # a second request raises the same one
                assert neiri._dialogs["wizard"] is wizard
                next_page(wizard)
                # text-only engine: the page says so instead of waiting for levels
                assert wizard.mic_page.available is False
                assert wizard.mic_page.notice.isVisible()
                wizard.reject()
                await asyncio.sleep(0.05)
            assert not paths.settings_file.exists()
            neiri.quit()
            await asyncio.wait_for(runner, 10)

    qloop.run_until_complete(scenario())
