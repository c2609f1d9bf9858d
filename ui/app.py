"""The desktop app: one Qt window and tray running the engine on the Qt thread (qasync)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.config.characters import list_characters
from app.config.paths import Paths
from app.config.settings import Settings
from app.config.store import LoadResult, format_problem, save_settings
from app.engine import AudioPlan, Engine
from app.logs import log_event
from ui.bridge import EngineBridge
from ui.desktop_pet import DesktopPet
from ui.gc_guard import MainThreadCollector
from ui.main_window import ICON, MainWindow
from ui.messages import translated
from ui.single_instance import SingleInstance, server_name
from ui.theme import apply_theme
from ui.tray import Tray

log = logging.getLogger("neiri.ui")


class NeiriApp(QObject):
    """Owns the engine, the window, the tray and the dialogs; one explicit quit path."""

    def __init__(
        self,
        qapp: QApplication,
        settings: Settings,
        paths: Paths,
        loaded: LoadResult | None = None,
        audio: AudioPlan | None = None,
    ) -> None:
        super().__init__()
        self.qapp = qapp
        qapp.setQuitOnLastWindowClosed(False)  # a tray app: quit only through quit()
        self.settings = settings
        self.paths = paths
        self.loaded = loaded
        self.started_at = time.perf_counter()
        self.timings: dict[str, float] = {}
        self.engine = Engine(settings, paths, audio or AudioPlan("device"))
        self.bridge = EngineBridge(self.engine.bus, self)
        self.collector = MainThreadCollector(parent=self)
        self.window = MainWindow(self.engine, self.bridge, paths.config_dir / "window.ini")
        characters = list_characters(paths.characters_dir)
        self.tray = Tray(QIcon(str(ICON)), characters, self.engine.character.name, self)
        self._quit = asyncio.Event()
        self._dialogs: dict[str, QObject] = {}
        self._tasks: set[asyncio.Task] = set()
        self.pet: DesktopPet | None = None
        self._wire()

    def _wire(self) -> None:
        w, t = self.window, self.tray
        w.quitRequested.connect(self.quit)
        w.settingsRequested.connect(self.open_settings)
        w.logViewerRequested.connect(self.open_log_viewer)
        w.wizardRequested.connect(self.open_wizard)
        w.memoryRequested.connect(self.open_memory)
        w.relationshipsRequested.connect(self.open_relationships)
        w.hiddenToTray.connect(self._hidden_to_tray)
        t.showHideRequested.connect(self.toggle_window)
        w.desktopPetToggled.connect(self.set_pet_visible)
        t.petToggled.connect(self.set_pet_visible)
        t.clickThroughToggled.connect(self._pet_click_through)
        t.muteToggled.connect(lambda muted: w.set_mic(not muted))
        t.pauseToggled.connect(self._pause)
        t.stopRequested.connect(self.engine.stop_speaking)
        t.characterChosen.connect(w.select_character)
        t.settingsRequested.connect(self.open_settings)
        t.quitRequested.connect(self.quit)
        self.bridge.componentStatus.connect(self._note_ready)
        self.bridge.componentStatus.connect(self._follow_server)

    # --- life cycle -------------------------------------------------------------------

    async def run(self) -> None:
        self.collector.start()  # before any worker thread runs: see ui/gc_guard.py
        self.window.show()
        self.tray.show()
        self.timings["window_shown_s"] = time.perf_counter() - self.started_at
        if self.loaded is not None and self.loaded.problems:
            self._settings_problem(
                "\n".join(translated(format_problem(p)) for p in self.loaded.problems)
            )
        await self._load_secrets()
        try:
            await self.engine.start()
        except Exception as exc:  # a broken engine degrades the app, it never kills it
            log.exception("engine start failed")
            self.window.transcript.add_system(
                self.tr("Neiri could not start: {}").format(translated(exc))
            )
        self.timings["engine_started_s"] = time.perf_counter() - self.started_at
        await self._quit.wait()
        await self.shutdown()

    async def _load_secrets(self) -> None:
        """Fill the API key and server token from the OS keyring (off the Qt thread)."""
        from ui.secrets import SECRET_NAMES, apply_stored_secrets

        try:
            filled = await asyncio.get_running_loop().run_in_executor(
                None, apply_stored_secrets, self.settings
            )
        except Exception as exc:  # a broken keyring must not stop her
            log_event(log, "secrets.unavailable", str(exc), level=logging.WARNING)
            return
        for name in SECRET_NAMES:
            section, key = name.split(".", 1)
            setattr(getattr(self.settings, section), key, getattr(getattr(filled, section), key))

    async def shutdown(self) -> None:
        if self.pet is not None:
            self.pet.hide()
            self.pet.release()
        self.window.quit_now()
        try:
            await self.engine.stop()
        finally:
            self.bridge.detach()
            self.tray.icon.hide()
            self.collector.stop()

    def quit(self) -> None:
        self._quit.set()

    def _follow_server(self, component: str, state: str, detail: str) -> None:
        """The server restarted (new port or token): the desktop pet follows it."""
        server = self.engine.server
        if component == "server" and state == "ok" and self.pet is not None and server:
            self.pet.show_url(server.overlay_url("avatar"))

    def _note_ready(self, component: str, state: str, detail: str) -> None:
        if "ready_s" in self.timings or self.engine.conversation is None:
            return
        if self.engine.listener is not None or (component == "mic" and state != "working"):
            self.timings["ready_s"] = time.perf_counter() - self.started_at
            log_event(
                log, "app.ready", "ready", **{k: round(v, 3) for k, v in self.timings.items()}
            )

    # --- window and tray ---------------------------------------------------------------

    def toggle_window(self) -> None:
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.hide()
        else:
            self.bring_to_front()

    def bring_to_front(self) -> None:
        self.window.show()
        self.window.setWindowState(
            self.window.windowState() & ~Qt.WindowState.WindowMinimized
            | Qt.WindowState.WindowActive
        )
        self.window.raise_()
        self.window.activateWindow()

    def set_pet_visible(self, on: bool) -> None:
        """Show or hide the desktop pet; the window's and the tray's checks follow."""
        if on and self.pet is None:
            server = self.engine.server
            if server is None:
                self.window.transcript.add_system(
                    self.tr("The desktop pet needs the local web server, which is not running.")
                )
                on = False
            else:
                self.pet = DesktopPet(
                    server.overlay_url("avatar"), self.paths.config_dir / "pet.ini"
                )
                self.pet.set_click_through(self.tray.click_through_action.isChecked())
        if self.pet is not None:
            self.pet.setVisible(on)
        self.window.pet_action.setChecked(on)
        self.tray.pet_action.setChecked(on)

    def _pet_click_through(self, on: bool) -> None:
        if self.pet is not None:
            self.pet.set_click_through(on)

    def _pause(self, paused: bool) -> None:
        self.engine.set_listening(not paused and self.window.mic_button.isChecked())
        self.window.state_label.setText(self.tr("Paused") if paused else self.tr("Listening"))

    def _hidden_to_tray(self) -> None:
        if self.settings.ui.tray_notice_shown:
            return
        self.tray.notify(
            "Neiri",
            self.tr("Neiri is still running in the tray. Use Quit in its menu to close her."),
        )
        self.settings.ui.tray_notice_shown = True
        try:
            save_settings(self.settings, self.paths.settings_file)
        except Exception as exc:  # refused while the file is broken: keep it in memory
            log_event(log, "settings.not_saved", str(exc), level=logging.WARNING)

    def _settings_problem(self, text: str) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Problems in your settings"))
        box.setText(
            self.tr("Some settings could not be used; Neiri started with defaults for them.")
        )
        box.setInformativeText(text + "\n\n" + self.tr("Your settings file was not changed."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- dialogs ----------------------------------------------------------------------

    def open_settings(self) -> QObject:
        from ui.dialogs.settings_dialog import SettingsDialog

        existing = self._dialogs.get("settings")
        if existing is not None and existing.isVisible():
            existing.raise_()
            return existing
        dialog = SettingsDialog(
            self.settings,
            self.paths.settings_file,
            self.window,
            characters_dir=self.paths.characters_dir,
        )
        dialog.settingsApplied.connect(self._settings_applied)
        dialog.modelsRequested.connect(
            lambda provider, url: self._spawn(self._list_models(dialog, provider, url))
        )
        dialog.testConnectionRequested.connect(
            lambda llm: self._spawn(self._test_connection(dialog, llm))
        )
        dialog.previewRequested.connect(
            lambda text: self._spawn(self._preview(dialog, text), dialog)
        )
        dialog.testOutputRequested.connect(lambda: self._guard(self.engine.play_test_tone, dialog))
        dialog.openLogFolderRequested.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.log_dir)))
        )
        dialog.logViewerRequested.connect(self.open_log_viewer)
        dialog.memoryDialogRequested.connect(self.open_memory)  # Settings > Memory & people
        dialog.relationshipsDialogRequested.connect(self.open_relationships)
        self.bridge.micLevel.connect(dialog.set_input_level)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: self._dialogs.pop("settings", None))
        self._dialogs["settings"] = dialog
        dialog.open()
        return dialog

    def _spawn(self, coro, dialog: QObject | None = None) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)

        def done(t: asyncio.Task) -> None:
            self._tasks.discard(t)
            if not t.cancelled() and t.exception() is not None:
                self._report(t.exception(), dialog)

        task.add_done_callback(done)

    def _guard(self, fn, dialog: QObject | None = None) -> None:
        try:
            fn()
        except Exception as exc:
            self._report(exc, dialog)

    def _report(self, exc: BaseException, dialog: QObject | None) -> None:
        log_event(log, "ui.action_failed", str(exc), level=logging.WARNING)
        self.window.transcript.add_system(translated(exc))

    async def _probe_llm(self, llm_settings):
        """A one-off client for the dialog's buttons: the draft's LLM settings, no retries
        (made in a worker: the HTTP client's TLS setup would freeze the window ~0.3 s)."""
        from app.engine import make_llm

        probe = self.settings.model_copy(deep=True)
        probe.llm = llm_settings.model_copy(update={"connect_retries": 0})
        return await asyncio.to_thread(make_llm, probe)

    async def _list_models(self, dialog, provider: str, url: str) -> None:
        llm_settings = self.settings.llm.model_copy(update={"provider": provider, "base_url": url})
        llm = await self._probe_llm(llm_settings)
        try:
            models = await llm.list_models()
        except Exception as exc:
            dialog.set_models(translated(exc))
        else:
            dialog.set_models(models)
        finally:
            await llm.aclose()

    async def _test_connection(self, dialog, llm_settings) -> None:
        """Connect with the draft's LLM settings and time the first token of a tiny reply."""
        llm = await self._probe_llm(llm_settings)
        started = time.perf_counter()
        try:
            stream = llm.stream_chat([{"role": "user", "content": "Say hi."}], max_tokens=8)
            async with contextlib.aclosing(stream):
                async for _piece in stream:
                    first_ms = (time.perf_counter() - started) * 1000
                    break
                else:
                    raise RuntimeError(self.tr("the server answered with nothing"))
        except Exception as exc:
            dialog.show_connection_result(False, translated(exc), None)
        else:
            dialog.show_connection_result(True, self.tr("Connected"), first_ms)
        finally:
            await llm.aclose()

    async def _preview(self, dialog, text: str) -> None:
        await self.engine.preview_voice(text, dialog.draft())

    def _settings_applied(self, settings: Settings) -> None:
        self.settings = settings
        self.window.close_to_tray = settings.ui.close_to_tray
        apply_theme(self.qapp, settings.ui.theme)
        self._spawn(self._apply_to_engine(settings))

    async def _apply_to_engine(self, settings: Settings) -> None:
        later = await self.engine.apply_settings(settings)
        if later:
            self.window.transcript.add_system(
                self.tr("Saved. These take effect after a restart: {}").format(
                    ", ".join(translated(item) for item in later)
                )
            )

    def open_log_viewer(self) -> None:
        from ui.dialogs.log_viewer import LogViewer

        viewer = self._dialogs.get("logs")
        if viewer is None:
            viewer = LogViewer(self.paths.log_dir, self.window)
            self._dialogs["logs"] = viewer
        viewer.show()
        viewer.raise_()

    def _memory_enabled(self) -> bool:
        return self.settings.memory.enabled

    def _existing(self, key: str) -> QObject | None:
        """The open dialog for ``key`` (None if there is none or Qt deleted it)."""
        from shiboken6 import isValid

        dialog = self._dialogs.get(key)
        if dialog is not None and not isValid(dialog):
            self._dialogs.pop(key, None)
            return None
        return dialog

    def open_memory(self) -> QObject:
        """Tools > Memory…: one dialog, raised if it is open already."""
        from ui.dialogs.memory_dialog import MemoryDialog

        memory = self.engine.memory
        people = self.engine.people
        dialog = self._existing("memory")
        if dialog is None:
            dialog = MemoryDialog(
                memory,
                self.window,
                people=people,
                enabled=self._memory_enabled(),
                source=lambda: self.engine.memory,
            )
            self._dialogs["memory"] = dialog
        else:
            dialog.set_memory(memory, enabled=self._memory_enabled(), people=people)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_relationships(self) -> QObject:
        """Tools > Relationships…: one dialog, raised if it is open already."""
        from ui.dialogs.relationships_dialog import RelationshipsDialog

        people = self.engine.people
        memory = self.engine.memory
        dialog = self._existing("relationships")
        if dialog is None:
            dialog = RelationshipsDialog(
                people,
                self.window,
                memory=memory,
                source=lambda: self.engine.people,
                memory_source=lambda: self.engine.memory,
            )
            self._dialogs["relationships"] = dialog
        else:
            dialog.set_services(people, memory)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_wizard(self) -> None:
        """Show the first-run wizard (window-modal, never ``exec()``); Finish saves and
        applies its settings, Cancel changes nothing."""
        from ui.dialogs.wizard import FirstRunWizard

        wizard = self._existing("wizard")  # None once deleted on close
        if wizard is not None and wizard.isVisible():
            wizard.raise_()
            wizard.activateWindow()
            return
        wizard = FirstRunWizard(
            self.settings, self.paths, self.window, bridge=self.bridge, engine=self.engine
        )

        def completed(settings: Settings) -> None:
            character = settings.character
            self._settings_applied(settings)
            if character != self.engine.character.name:
                self.window.select_character(character)

        wizard.completed.connect(completed)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs["wizard"] = wizard
        wizard.open()


def run_gui(settings: Settings, paths: Paths, loaded: LoadResult | None = None) -> int:
    """Start the desktop app; returns the exit code."""
    from ui.qt_env import load_webengine, prepare_environment

    prepare_environment()
    load_webengine()
    import qasync

    QApplication.setApplicationName("Neiri")
    QApplication.setOrganizationName("Neiri")
    qapp = QApplication.instance() or QApplication(sys.argv)
    qapp.setQuitOnLastWindowClosed(False)
    qapp.setWindowIcon(QIcon(str(ICON)))
    apply_theme(qapp, settings.ui.theme)
    from ui.i18n import install_translator, language_from_settings

    install_translator(qapp, language_from_settings(settings))  # before any window exists

    instance = SingleInstance(server_name(str(paths.config_dir)))
    if instance.ask_running_instance():
        print("Neiri is already running: its window was brought to the front.")
        return 0
    instance.listen()

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    neiri = NeiriApp(qapp, settings, paths, loaded)
    instance.activated.connect(neiri.bring_to_front)

    async def main() -> None:
        running = asyncio.ensure_future(neiri.run())
        await asyncio.sleep(0)  # run() shows the window first
        if loaded is not None and loaded.first_run:
            neiri.open_wizard()
        await running

    with loop:
        loop.run_until_complete(main())
    instance.close()
    return 0
