"""The desktop pet offscreen: flags, click-through, a remembered place, the tray."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication

from app.core.bus import EventBus
from app.server import EventServer
from tests.fakes.fake_ollama import FakeOllama
from tests.ui.conftest import screenshot
from tests.ui.test_main_window import make_app, until
from ui.desktop_pet import KEY, DesktopPet


async def serving() -> EventServer:
    server = EventServer(EventBus(), port=0, heartbeat=None)
    await server.start()
    return server


def close(pet: DesktopPet) -> None:
    pet.hide()
    pet.release()
    pet.deleteLater()


def test_pet_is_frameless_on_top_and_clicks_can_pass_through(qapp, qloop, qtbot, tmp_path):
    async def scenario():
        server = await serving()
        try:
            pet = DesktopPet(server.overlay_url("avatar"), tmp_path / "pet.ini")
            loaded = []
            pet.view.loadFinished.connect(loaded.append)
            pet.show()
            await until(lambda: pet.isVisible())
            flags = pet.windowFlags()
            for flag in (
                Qt.WindowType.FramelessWindowHint,
                Qt.WindowType.WindowStaysOnTopHint,
                Qt.WindowType.Tool,
            ):
                assert flags & flag
            assert pet.testAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
            assert pet.view.page().backgroundColor().alpha() == 0
            await until(lambda: loaded, within=20)
            assert loaded == [True]
            assert pet.view.url().toString().endswith("/overlay/avatar")
            await asyncio.sleep(1.0)  # let the page draw its first frames
            screenshot(pet, "desktop_pet")

            pet.set_click_through(True)
            assert pet.windowFlags() & Qt.WindowType.WindowTransparentForInput
            assert pet.click_through and pet.isVisible()
            assert pet.windowFlags() & Qt.WindowType.FramelessWindowHint
            assert not pet.handle.isVisible()
            pet.set_click_through(False)
            assert not pet.windowFlags() & Qt.WindowType.WindowTransparentForInput
            assert pet.isVisible() and pet.handle.isVisible()
            close(pet)
        finally:
            await server.stop()

    qloop.run_until_complete(scenario())


def test_pet_remembers_its_place_and_comes_back_on_screen(qapp, qloop, qtbot, tmp_path):
    state = tmp_path / "pet.ini"
    area = QGuiApplication.primaryScreen().availableGeometry()

    async def scenario():
        server = await serving()
        url = server.overlay_url("avatar")
        try:
            pet = DesktopPet(url, state)
            pet.show()
            await until(lambda: pet.isVisible())
            assert area.contains(pet.geometry())  # first run: the primary screen's corner
            pet.setGeometry(40, 30, 250, 300)
            await asyncio.sleep(0.7)  # past the save debounce
            assert QSettings(str(state), QSettings.Format.IniFormat).value(KEY) == QRect(
                40, 30, 250, 300
            )
            pet.move(60, 50)
            pet.hide()  # hiding saves at once
            close(pet)

            again = DesktopPet(url, state)
            again.show()
            await until(lambda: again.isVisible())
            assert again.geometry() == QRect(60, 50, 250, 300)
            close(again)

            # the monitor she sat on is gone
            saved = QSettings(str(state), QSettings.Format.IniFormat)
            saved.setValue(KEY, QRect(10000, 8000, 250, 300))
            saved.sync()
            lost = DesktopPet(url, state)
            lost.show()
            await until(lambda: lost.isVisible())
            assert area.contains(lost.geometry())
            assert lost.geometry().bottomRight() == area.bottomRight()
            assert lost.size().width() == 250
            close(lost)
        finally:
            await server.stop()

    qloop.run_until_complete(scenario())


@pytest.mark.slow
def test_tray_and_view_menu_show_the_pet_and_toggle_click_through(qapp, qloop, qtbot, tmp_path):
    async def scenario():
        async with FakeOllama(accept_any_model=True, reply="Hi!") as fake:
            neiri = make_app(qapp, fake.url, tmp_path)
            runner = asyncio.ensure_future(neiri.run())
            await until(lambda: neiri.window.isVisible())
            await until(lambda: neiri.engine.server is not None and neiri.engine.server.running)
            tray = neiri.tray
            tray.pet_action.trigger()
            pet = neiri.pet
            assert pet is not None and pet.isVisible()
            assert pet.url.endswith("/overlay/avatar")
            assert neiri.window.pet_action.isChecked()

            tray.click_through_action.trigger()
            assert pet.click_through and pet.isVisible()
            tray.click_through_action.trigger()
            assert not pet.click_through and pet.isVisible()

            tray.pet_action.trigger()
            assert not pet.isVisible()
            assert not neiri.window.pet_action.isChecked()

            neiri.window.pet_action.trigger()  # View > Desktop pet
            assert pet.isVisible() and tray.pet_action.isChecked()
            neiri.window.pet_action.trigger()
            assert not pet.isVisible() and not tray.pet_action.isChecked()

            neiri.quit()
            await asyncio.wait_for(runner, 10)
            assert pet.view is None

    qloop.run_until_complete(scenario())
