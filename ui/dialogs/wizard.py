"""The first-run wizard: language and character, microphone, hardware, Ollama, speech
models, summary.

It runs when there is no settings file and can be re-opened from the Neiri menu. It
works on a copy of the settings: Finish writes them with
:func:`app.config.store.save_settings` and emits :attr:`FirstRunWizard.completed`;
Cancel (at any time) stops whatever is running and changes nothing.

Nothing here blocks the Qt thread, which is also the asyncio loop's thread (qasync):
network work (Ollama, model downloads) runs as asyncio tasks and the hardware probe on
a worker thread; the wizard is shown with ``open()``/``show()``, never ``exec()``.

The pages are in :mod:`ui.dialogs.wizard_pages` and :mod:`ui.dialogs.wizard_model_pages`
(their building blocks in :mod:`ui.dialogs.wizard_widgets`); the wizard here runs the
work behind them and saves the result.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget, QWizard

from app.audio.devices import AudioUnavailable, list_devices
from app.config.paths import Paths
from app.config.settings import Settings
from app.config.store import SettingsSaveRefused, save_settings
from app.hardware import HardwareInfo, Recommendation, probe, recommend
from app.llm.ollama_provider import OllamaProvider, model_matches
from app.llm.provider import LLMError
from app.models.catalog import (
    BUNDLED_VOICE,
    BUNDLED_WHISPER,
    SPOKEN_LANGUAGE,
    Catalog,
    CatalogModel,
    default_catalog,
    recommended_voice,
)
from app.models.download import DownloadError, check_loads, download_model
from ui.dialogs.wizard_model_pages import (
    OLLAMA_DOWNLOAD_URL,
    OllamaPage,
    OllamaState,
    SpeechPage,
    _ModelChoice,
)
from ui.dialogs.wizard_pages import LANGUAGES, HardwarePage, LanguagePage, MicPage, SummaryPage
from ui.dialogs.wizard_widgets import ICON, StepList
from ui.messages import error_text, file_error_text, translated

log = logging.getLogger("neiri.ui.wizard")

PAGE_LANGUAGE, PAGE_MIC, PAGE_HARDWARE, PAGE_OLLAMA, PAGE_SPEECH, PAGE_SUMMARY = range(6)

Loader = Callable[[CatalogModel, Path], None]


class FirstRunWizard(QWizard):
    """Six pages; see the module docstring. ``completed(Settings)`` is emitted after Finish
    has saved the settings (``finished(int)`` is QDialog's own signal and keeps its
    meaning)."""

    completed = Signal(object)  # Settings

    def __init__(
        self,
        settings: Settings,
        paths: Paths,
        parent: QWidget | None = None,
        *,
        bridge: Any = None,
        engine: Any = None,
        catalog: Catalog | None = None,
        probe_hardware: Callable[[], HardwareInfo] = probe,
        which: Callable[[str], str | None] = shutil.which,
        list_inputs: Callable[[], list[Any]] = list_devices,
        check_model: Loader | None = check_loads,
        http_client: Callable[[], httpx.AsyncClient] | None = None,
    ) -> None:
        super().__init__(parent)
        self.original = settings
        self.draft = settings.model_copy(deep=True)
        self.paths = paths
        self.settings_file = paths.settings_file
        self.bridge = bridge
        self.engine = engine
        self.catalog = catalog or default_catalog()
        self._probe = probe_hardware
        self._which = which
        self._list_inputs = list_inputs
        self._check_model = check_model
        self._http_client = http_client
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closing = False
        self._started: set[int] = set()
        self.saved: Settings | None = None
        self.pull_task: asyncio.Task[Any] | None = None
        self.download_task: asyncio.Task[Any] | None = None

        self.setWindowTitle(self.tr("Set up Neiri"))
        if ICON.is_file():
            self.setWindowIcon(QIcon(str(ICON)))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setMinimumSize(760, 560)
        self.resize(820, 600)

        self.language_page = LanguagePage(self.draft, paths, self)
        self.mic_page = MicPage(self)
        self.hardware_page = HardwarePage(self)
        self.ollama_page = OllamaPage(self.draft.llm.base_url, self)
        self.speech_page = SpeechPage(self.catalog, paths.models_dir, self)
        self.summary_page = SummaryPage(self)
        for page_id, page in enumerate(
            (
                self.language_page,
                self.mic_page,
                self.hardware_page,
                self.ollama_page,
                self.speech_page,
                self.summary_page,
            )
        ):
            self.setPage(page_id, page)
        self.steps = StepList(
            [
                self.tr("Welcome"),
                self.tr("Microphone"),
                self.tr("Your computer"),
                self.tr("Language model"),
                self.tr("Hearing and voice"),
                self.tr("All set"),
            ],
            self,
        )
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self._page_changed)

        self.ollama_page.check_button.clicked.connect(self.check_ollama)
        self.ollama_page.url_edit.returnPressed.connect(self.check_ollama)
        self.ollama_page.pull_button.clicked.connect(self.start_pull)
        self.ollama_page.stop_button.clicked.connect(self.stop_pull)
        self.speech_page.download_button.clicked.connect(self.start_downloads)
        self.speech_page.stop_button.clicked.connect(self.stop_downloads)

        if bridge is not None:
            bridge.micLevel.connect(self.mic_page.set_level)
            bridge.componentStatus.connect(self._component_status)

    # --- tasks -------------------------------------------------------------------------------

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        task.set_name(f"wizard-{name}")
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            log.error("wizard task %s failed", task.get_name(), exc_info=error)

    @property
    def busy(self) -> bool:
        return any(not t.done() for t in self._tasks)

    def cancel_tasks(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def done(self, result: int) -> None:
        """Finish, Cancel, Escape and the window's close button all end here."""
        self._closing = True
        self.cancel_tasks()
        if self.bridge is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.bridge.micLevel.disconnect(self.mic_page.set_level)
            with contextlib.suppress(RuntimeError, TypeError):
                self.bridge.componentStatus.disconnect(self._component_status)
        super().done(result)

    def accept(self) -> None:
        settings = self.build_settings()
        try:
            save_settings(settings, self.settings_file)
        except SettingsSaveRefused as exc:
            self.summary_page.error.show_message(
                self.tr("Your settings were not saved: {reason}").format(reason=translated(exc)),
                "error",
            )
            return
        except OSError as exc:
            self.summary_page.error.show_message(
                self.tr("Your settings could not be saved to {path}: {reason}").format(
                    path=self.settings_file, reason=file_error_text(exc)
                ),
                "error",
            )
            return
        self.saved = settings
        super().accept()
        self.completed.emit(settings)

    # --- pages ---------------------------------------------------------------------------------

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        self.steps.set_current(page_id)
        first_time = page_id not in self._started
        self._started.add(page_id)
        if page_id == PAGE_MIC and first_time:
            self._start_mic()
        elif page_id == PAGE_HARDWARE and first_time:
            self.spawn(self._run_probe(), "probe")
        elif page_id == PAGE_OLLAMA:
            rec = self.hardware_page.recommendation
            if rec is not None:
                self.ollama_page.set_recommended(rec.llm_model)
            if first_time:
                self.ollama_page.set_wanted(
                    self.original.llm.model if self.settings_file.exists() else None
                )
                self.check_ollama()
        elif page_id == PAGE_SPEECH and first_time:
            self._configure_speech()
        elif page_id == PAGE_SUMMARY:
            self._summarize()

    # microphone

    def _start_mic(self) -> None:
        page = self.mic_page
        if page.available is not None:
            return
        engine = self.engine
        if engine is not None:
            if getattr(engine, "listener", None) is not None:
                page.set_available(True)
                return
            errors = getattr(getattr(engine, "report", None), "errors", {}) or {}
            if getattr(engine, "conversation", None) is not None or "audio" in errors:
                reason = errors.get("audio") or errors.get("asr") or errors.get("vad") or ""
                page.set_available(False, translated(reason))
                return
            page.set_waiting()  # the engine is still starting: its status will tell
            return
        self.spawn(self._find_inputs(), "mic")

    async def _find_inputs(self) -> None:
        try:
            devices = await asyncio.to_thread(self._list_inputs)
        except AudioUnavailable as exc:
            reason = translated(exc)
            self._if_open(lambda: self.mic_page.set_available(False, reason))
            return
        inputs = [d for d in devices if getattr(d, "max_input_channels", 0) > 0]
        if not inputs:
            self._if_open(lambda: self.mic_page.set_available(False))
            return
        default = next((d for d in inputs if getattr(d, "is_default_input", False)), inputs[0])
        self._if_open(lambda: self.mic_page.set_available(True, device=default.name))

    @Slot(str, str, str)
    def _component_status(self, component: str, state: str, detail: str) -> None:
        if component not in ("mic", "audio") or self.mic_page.heard:
            return
        if state == "ok" and component == "mic":
            self.mic_page.set_available(True)
        elif state in ("failed", "off"):
            if state == "off":  # not listening: say why when the engine knows
                errors = getattr(getattr(self.engine, "report", None), "errors", {}) or {}
                detail = errors.get("audio", "")
            self.mic_page.set_available(False, translated(detail))

    # hardware

    async def _run_probe(self) -> None:
        language = self.language_page.language()
        try:
            info = await asyncio.to_thread(self._probe)
        except Exception as exc:
            log.exception("hardware probe failed")
            reason = error_text(exc)
            rec = Recommendation(
                BUNDLED_WHISPER,
                self.tr("The bundled model works on any computer."),
                "llama3.2:1b",
                self.tr("The smallest model is the safe choice when the computer is unknown."),
            )
            self._if_open(lambda: self.hardware_page.show_result(None, rec, reason))
            return
        rec = recommend(info, language)
        self._if_open(lambda: self.hardware_page.show_result(info, rec))

    def _if_open(self, update: Callable[[], None]) -> None:
        if not self._closing:
            update()

    # Ollama

    def _provider(self, timeout_s: float) -> OllamaProvider:
        return OllamaProvider(
            base_url=self.ollama_page.base_url(),
            connect_retries=0,
            retry_backoff_s=0.1,
            timeout_s=timeout_s,
        )

    def check_ollama(self) -> None:
        if self.ollama_page.pulling:
            return
        self.ollama_page.set_checking()
        self.spawn(self._detect_ollama(), "ollama-detect")

    async def _detect_ollama(self) -> OllamaState:
        provider = self._provider(timeout_s=5.0)
        try:
            models = await provider.list_models()
            state = OllamaState("running", "", tuple(models))
        except LLMError as exc:
            installed = self._which("ollama") is not None
            state = OllamaState("installed" if installed else "absent", translated(exc.message))
        finally:
            await provider.aclose()
        self._if_open(lambda: self.ollama_page.show_state(state))
        return state

    def start_pull(self) -> None:
        page = self.ollama_page
        model = page.pull_target()
        if not model or page.pulling:
            return
        page.pull_started(model)
        self.pull_task = self.spawn(self._pull(model), "ollama-pull")

    def stop_pull(self) -> None:
        if self.pull_task is not None:
            self.pull_task.cancel()

    async def _pull(self, model: str) -> None:
        page = self.ollama_page
        provider = self._provider(timeout_s=300.0)
        layers: dict[str, tuple[int, int]] = {}
        ok = False
        try:
            async for line in provider.pull(model):
                if line.total and line.digest:
                    layers[line.digest] = (line.completed or 0, line.total)
                done = sum(c for c, _ in layers.values())
                total = sum(t for _, t in layers.values())
                percent = int(done * 100 / total) if total else None
                if line.status == "success":
                    percent, ok = 100, True
                self._if_open(
                    lambda line=line, percent=percent, done=done, total=total: page.pull_progress(
                        model, line, percent, done, total
                    )
                )
        except asyncio.CancelledError:
            self._if_open(
                lambda: page.pull_finished(
                    model,
                    False,
                    self.tr(
                        "Stopped. Downloading {model} again continues where it stopped."
                    ).format(model=model),
                    "info",
                )
            )
            raise
        except LLMError as exc:
            reason = translated(exc.message)
            self._if_open(lambda: page.pull_finished(model, False, reason, "error"))
            return
        finally:
            await provider.aclose()
        if not ok:
            self._if_open(
                lambda: page.pull_finished(
                    model,
                    False,
                    self.tr("Ollama stopped before {model} was ready.").format(model=model),
                    "error",
                )
            )
            return
        self._if_open(lambda: page.pull_finished(model, True))
        if not self._closing:
            page.set_wanted(model)
            await self._detect_ollama()

    # speech models

    def _configure_speech(self) -> None:
        rec = self.hardware_page.recommendation
        language = self.language_page.language()
        whisper = rec.whisper_model if rec else BUNDLED_WHISPER
        self.speech_page.configure(self.draft, whisper, recommended_voice(language))

    def start_downloads(self) -> None:
        page = self.speech_page
        if page.downloading:
            return
        jobs = page.pending()
        if not jobs:
            if page.advance_when_done:
                page.advance_when_done = False
                self.next()
            return
        page.notice.clear()
        page.set_downloading(True)
        self.download_task = self.spawn(self._download(jobs), "models")

    def stop_downloads(self) -> None:
        self.speech_page.advance_when_done = False
        if self.download_task is not None:
            self.download_task.cancel()

    async def _download(self, jobs: list[tuple[_ModelChoice, CatalogModel]]) -> None:
        page = self.speech_page
        models_dir = self.paths.models_dir
        client = self._http_client() if self._http_client else None
        failed: list[str] = []
        for choice, _ in jobs[1:]:
            choice.queued()
        try:
            for choice, model in jobs:
                fallback = BUNDLED_WHISPER if model.kind == "whisper" else BUNDLED_VOICE
                self._if_open(choice.started)
                try:
                    await download_model(
                        model,
                        models_dir,
                        progress=lambda p, choice=choice: self._if_open(
                            lambda: choice.show_progress(p)
                        ),
                        client=client,
                        fallback=fallback,
                    )
                    if self._check_model is not None:
                        self._if_open(
                            lambda choice=choice: choice.status.setText(
                                self.tr("Loading it once to be sure it works…")
                            )
                        )
                        await asyncio.to_thread(self._check_model, model, models_dir)
                except DownloadError as exc:
                    failed.append(model.name)
                    message = translated(exc)
                    self._if_open(
                        lambda choice=choice: choice.finished(False, self.tr("Not downloaded."))
                    )
                    self._if_open(
                        lambda message=message: page.notice.show_message(
                            self._merge_notice(message), "warn"
                        )
                    )
                    continue
                self._if_open(lambda choice=choice: choice.finished(True))
        except asyncio.CancelledError:
            for choice, _ in jobs:
                self._if_open(
                    lambda choice=choice: choice.finished(
                        False,
                        self.tr("Stopped. What was downloaded is kept; Download continues it."),
                    )
                )
            self._if_open(lambda: page.set_downloading(False))
            raise
        finally:
            if client is not None:
                await client.aclose()
        self._if_open(lambda: page.set_downloading(False))
        if not failed and page.advance_when_done and not self._closing:
            page.advance_when_done = False
            if self.currentId() == PAGE_SPEECH:
                self.next()
        page.advance_when_done = False

    def _merge_notice(self, message: str) -> str:
        current = self.speech_page.notice.text() if self.speech_page.notice.isVisible() else ""
        return f"{current}\n\n{message}" if current else message

    # summary and result

    def build_settings(self) -> Settings:
        """The settings Finish saves: the original ones with the wizard's choices."""
        s = self.draft.model_copy(deep=True)
        language = self.language_page.language()
        s.ui_language = language
        s.character = self.language_page.character()
        if self.ollama_page.ollama.state != "unknown" or PAGE_OLLAMA in self._started:
            s.llm.base_url = self.ollama_page.base_url()
            s.llm.model = self.ollama_page.chosen_model()
            s.llm.provider = "ollama"
        models_dir = self.paths.models_dir
        whisper = self.speech_page.whisper
        if whisper.wants_download():
            model = self.catalog.get(whisper.selected() or "", "whisper")
            if model is not None and model.installed(models_dir):
                s.asr.model = model.name
                if model.language == "multi":
                    spoken = SPOKEN_LANGUAGE.get(language)
                    s.asr.language = spoken if spoken and spoken != "en" else s.asr.language
        voice = self.speech_page.voice
        if voice.wants_download():
            model = self.catalog.get(voice.selected() or "", "piper")
            if model is not None and model.installed(models_dir):
                s.tts.voice = model.name
        return s

    def _summarize(self) -> None:
        s = self.build_settings()
        language = dict(LANGUAGES).get(s.ui_language, s.ui_language)
        character = self.language_page.character_combo.currentText()
        mic = {
            True: self.tr("Found"),
            False: self.tr("None: Neiri works with typed messages"),
            None: self.tr("Not checked"),
        }[self.mic_page.available]
        ollama = self.ollama_page.ollama
        if ollama.state == "running":
            llm = self.tr("{model} in Ollama at {url}").format(
                model=s.llm.model, url=s.llm.base_url
            )
        elif ollama.state == "installed":
            llm = self.tr("{model} (start Ollama with: ollama serve)").format(model=s.llm.model)
        else:
            llm = self.tr("{model} (install Ollama first: {link})").format(
                model=s.llm.model, link=OLLAMA_DOWNLOAD_URL
            )
        if ollama.state == "running" and not any(
            model_matches(s.llm.model, name) for name in ollama.models
        ):
            llm += " " + self.tr("— not downloaded yet: ollama pull {model}").format(
                model=s.llm.model
            )
        asr = s.asr.model
        if self.speech_page.whisper.wants_download() and s.asr.model != (
            self.speech_page.whisper.selected()
        ):
            asr = self.tr("{model} ({wanted} was not downloaded)").format(
                model=s.asr.model, wanted=self.speech_page.whisper.selected()
            )
        voice = s.tts.voice or self.tr("the character's voice")
        if self.speech_page.voice.wants_download() and s.tts.voice != (
            self.speech_page.voice.selected()
        ):
            voice = self.tr("{voice} ({wanted} was not downloaded)").format(
                voice=voice, wanted=self.speech_page.voice.selected()
            )
        rows = [
            ("language", self.tr("Language"), language),
            ("character", self.tr("Character"), character),
            ("mic", self.tr("Microphone"), mic),
            ("llm", self.tr("Language model"), llm),
            ("asr", self.tr("Speech recognition"), asr),
            ("voice", self.tr("Voice"), voice),
            ("file", self.tr("Settings file"), str(self.settings_file)),
        ]
        notes = self.tr(
            "New speech models and language are used from Neiri's next start. You can run "
            "this wizard again from the Neiri menu."
        )
        self.summary_page.show_rows(rows, notes)
